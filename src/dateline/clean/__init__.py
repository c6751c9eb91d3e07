"""Clean: separate the article from the page furniture and read the page's metadata.

`clean(page)` is the first stage: it turns a `RawPage` into a `Document` whose `text` is the article
alone, stored once, with `paragraphs` as offsets into it and the furniture kept, labelled, beside it.
"""

from __future__ import annotations

from dateline.clean.extracted import Extracted
from dateline.clean.html import extract_html
from dateline.clean.page_text import extract_article_text, extract_page_text
from dateline.clean.published import publication_date
from dateline.config import Settings
from dateline.ingest.page import RawPage
from dateline.record import Document, InputKind, Metadata, Problem, Segment

__all__ = ["assemble", "clean"]


def assemble(page: RawPage, extracted: Extracted, settings: Settings) -> Document:
    """Join paragraphs into the one article text (blank line between), recording their offsets."""
    text, paragraphs, warnings = "", [], list(page.warnings) + extracted.warnings
    for paragraph in extracted.paragraphs:
        if len(text) + len(paragraph) > settings.max_text_chars:
            warnings.append(Problem(code="text-truncated", stage="clean",
                                    message=f"article text cut at {settings.max_text_chars} characters"))
            break
        if text:
            text += "\n\n"
        paragraphs.append(Segment(start=len(text), end=len(text) + len(paragraph)))
        text += paragraph
    if not text:
        warnings.append(Problem(code="no-article", stage="clean", message="no article text found on the page"))
    metadata = declared_first(extracted.metadata, page.declared).model_copy(
        update={"published": publication_date(page, extracted)})
    return Document(id=page.digest, source=page.source, text=text, paragraphs=paragraphs,
                    furniture=extracted.furniture, metadata=metadata, warnings=warnings, stages=["clean"])


def declared_first(metadata: Metadata, declared: Metadata | None) -> Metadata:
    """`metadata` with the title and authors an input record declares put first (as its date is, see
    `publication_date`): the record's own fields are what its producer knew, the page's are read back from it."""
    if declared is None:
        return metadata
    update: dict = {"evidence": dict(metadata.evidence), "reasons": dict(metadata.reasons)}
    for name in ("title", "authors"):
        if getattr(declared, name):
            update[name] = getattr(declared, name)
            update["evidence"][name] = declared.evidence[name]
            update["reasons"].pop(name, None)
    return metadata.model_copy(update=update)


def clean(page: RawPage, settings: Settings) -> Document:
    """The clean stage: RawPage in, Document with article text, furniture and metadata out."""
    if page.kind is InputKind.html:
        extracted = extract_html(page.content, page.source.url, page.source.warc_date)
    elif page.kind is InputKind.article_text:
        extracted = extract_article_text(page.content, page.source.url)
    else:
        extracted = extract_page_text(page.content, page.source.url)
    return assemble(page, extracted, settings)
