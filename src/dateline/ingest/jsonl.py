"""JSONL: one record per line (`{"url", "html"}`, or the other content fields of `records.CONTENT_FIELDS`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TextIO

from dateline.ingest.page import RawPage, failed
from dateline.ingest.records import record_page
from dateline.record import InputKind, Source

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
        yield record_page(item, source, f"line {number}", line, published)
