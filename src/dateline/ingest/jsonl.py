"""JSONL of `{"url", "html"}` objects (also `text` for page text, and an optional `published` date)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TextIO

from dateline.ingest.decode import repair_mojibake
from dateline.ingest.page import RawPage, digest, failed
from dateline.record import InputKind, Source

CONTENT_FIELDS = {"html": InputKind.html, "page_text": InputKind.page_text, "text": InputKind.article_text}


SKIP_CHUNK = 1 << 20


def bounded_lines(stream: TextIO, limit: int) -> Iterator[tuple[str, int]]:
    """(line, length) for each line of `stream`, never holding more than `limit` + 1 characters of one line:
    an over-long line yields only its first `limit` + 1 characters and its full length, the rest is skipped
    in chunks (a multi-gigabyte line, or a gzip bomb without newlines, cannot exhaust memory)."""
    while line := stream.readline(limit + 1):
        length = len(line)
        if length > limit and not line.endswith("\n"):
            while chunk := stream.readline(SKIP_CHUNK):
                length += len(chunk)
                if chunk.endswith("\n"):
                    break
        yield line, length


def read_jsonl(stream: TextIO, path: str, max_bytes: int, published: str | None = None) -> Iterator[RawPage]:
    """One page per non-blank line; a line that is not a usable object becomes an error record."""
    for number, (line, length) in enumerate(bounded_lines(stream, max_bytes), start=1):
        if not line.strip():
            continue
        source = Source(path=path, kind=InputKind.jsonl, line=number, bytes=length)
        if length > max_bytes:
            yield failed(source, "input-too-large", f"line {number} has {length} characters, over the {max_bytes} "
                         "limit", line[:4096].encode())
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
        content, repaired = repair_mojibake(item[field])
        yield RawPage(
            content=content,
            kind=CONTENT_FIELDS[field],
            source=source,
            digest=digest(item[field]),
            published=published or (given if isinstance(given, str) else None),
            warnings=(repaired,) if repaired else (),
        )
