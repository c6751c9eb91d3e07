"""One input record (a JSONL line, an object of a JSON file) turned into a page, by the same field rules.

The content is the first string among `html`, `page_text`, `text` and `articleBody` (schema.org's and Zyte's
name for the article's clean text); `url` is the page's address. What the record declares about the article
(its title, authors and publication date) is kept as metadata whose evidence names the field it was read from
(`record:headline`), so a scraper's or an extraction API's output loses nothing it already knew.
"""

from __future__ import annotations

from typing import Any

from dateline.ingest.decode import repair_mojibake
from dateline.ingest.page import RawPage, digest, failed
from dateline.record import Evidence, InputKind, Metadata, Problem, Published, Source

CONTENT_FIELDS = {"html": InputKind.html, "page_text": InputKind.page_text, "text": InputKind.article_text,
                  "articleBody": InputKind.article_text}
TITLE_FIELDS = ("title", "headline")
AUTHOR_FIELDS = ("author", "authors")
DATE_FIELDS = ("published", "date_published", "datePublished")


def record_page(item: Any, source: Source, where: str, raw: str, published: str | None = None,
                warnings: tuple[Problem, ...] = ()) -> RawPage:
    """The page of one parsed record; a value that is not an object, or has no content field, is an error page.

    `where` names the record in messages ('line 3', 'element 2'); `raw` is its text (the error page's id);
    `warnings` are the container's (a charset repaired for the whole file).
    """
    container = source.kind.value
    if not isinstance(item, dict):
        return failed(source, f"{container}-invalid", f"{where} is not a JSON object", raw.encode())
    url = item.get("url") if isinstance(item.get("url"), str) else None
    source = source.model_copy(update={"url": url})
    field = next((name for name in CONTENT_FIELDS if isinstance(item.get(name), str)), None)
    if field is None:
        return failed(source, f"{container}-no-content",
                      f"{where} has none of the fields {', '.join(CONTENT_FIELDS)}", raw.encode())
    content, repaired = repair_mojibake(item[field])
    return RawPage(content=content, kind=CONTENT_FIELDS[field], source=source, digest=digest(item[field]),
                   published=published, declared=declared_metadata(item),
                   warnings=warnings + ((repaired,) if repaired else ()))


def declared_metadata(item: dict) -> Metadata | None:
    """The title, authors and publication date a record declares, each with evidence naming its field; None when
    it declares none of them."""
    title_field = _first_string(item, TITLE_FIELDS)
    author_field = next((name for name in AUTHOR_FIELDS if author_names(item.get(name))), None)
    date_field = _first_string(item, DATE_FIELDS)
    if not (title_field or author_field or date_field):
        return None
    metadata = Metadata()
    if title_field:
        metadata.title = " ".join(item[title_field].split())
        metadata.evidence["title"] = Evidence(source=f"record:{title_field}", text=item[title_field])
    if author_field:
        metadata.authors = author_names(item[author_field])
        metadata.evidence["authors"] = Evidence(source=f"record:{author_field}", text="; ".join(metadata.authors))
    if date_field:
        value = item[date_field].strip()
        metadata.published = Published(value=value, confidence=1.0,
                                       evidence=[Evidence(source=f"record:{date_field}", text=item[date_field])])
    return metadata


def author_names(value: Any) -> list[str]:
    """The names in an author field as schema.org and extraction APIs write it: a string, a `{name}` object,
    or a list of either (empty for anything else)."""
    values = value if isinstance(value, list) else [value]
    names = [item.get("name") if isinstance(item, dict) else item for item in values]
    return list(dict.fromkeys(" ".join(name.split()) for name in names if isinstance(name, str) and name.strip()))


def _first_string(item: dict, fields: tuple[str, ...]) -> str | None:
    """The first of `fields` whose value in `item` is a non-blank string."""
    return next((name for name in fields if isinstance(item.get(name), str) and item[name].strip()), None)
