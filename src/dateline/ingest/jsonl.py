"""JSONL of `{"url", "html"}` objects (also `text` for page text, and an optional `published` date)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from dateline.ingest.page import RawPage, digest, failed
from dateline.record import InputKind, Source

CONTENT_FIELDS = {"html": InputKind.html, "page_text": InputKind.page_text, "text": InputKind.article_text}


def read_jsonl(lines: Iterable[str], path: str, max_bytes: int, published: str | None = None) -> Iterator[RawPage]:
    """One page per non-blank line; a line that is not a usable object becomes an error record."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        source = Source(path=path, kind=InputKind.jsonl, line=number, bytes=len(line))
        if len(line) > max_bytes:
            yield failed(source, "input-too-large", f"line {number} exceeds {max_bytes} bytes", line[:4096].encode())
            continue
        try:
            item = json.loads(line)
        except ValueError as exc:
            yield failed(source, "jsonl-invalid", f"line {number} is not JSON: {exc}", line.encode())
            continue
        if not isinstance(item, dict):
            yield failed(source, "jsonl-invalid", f"line {number} is not a JSON object", line.encode())
            continue
        field = next((name for name in CONTENT_FIELDS if isinstance(item.get(name), str)), None)
        url = item.get("url") if isinstance(item.get("url"), str) else None
        source = source.model_copy(update={"url": url})
        if field is None:
            yield failed(source, "jsonl-no-content",
                         f"line {number} has none of the fields {', '.join(CONTENT_FIELDS)}", line.encode())
            continue
        given = item.get("published") or item.get("date_published") or item.get("datePublished")
        yield RawPage(
            content=item[field],
            kind=CONTENT_FIELDS[field],
            source=source,
            digest=digest(item[field]),
            published=published or (given if isinstance(given, str) else None),
        )
