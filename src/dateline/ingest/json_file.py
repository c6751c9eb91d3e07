"""A JSON file of records: one object (one page) or an array of objects (one page per element).

This is what scrapers and extraction APIs write: a schema.org NewsArticle export, Zyte's article format, one
object per file or a list of them. Each object is read by the same field rules as a JSONL line
(`records.record_page`); an array element keeps its position in `Source.index`, as a JSONL record keeps its
line. The caller bounds the file to the max-bytes limit before it is parsed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from dateline.ingest.page import RawPage, failed
from dateline.ingest.records import record_page
from dateline.record import Problem, Source


def read_json(value: Any, source: Source, published: str | None = None,
              warnings: tuple[Problem, ...] = ()) -> Iterator[RawPage]:
    """The pages of a parsed JSON file: its object, or each element of its array (an empty array is an error)."""
    if not isinstance(value, list):
        yield record_page(value, source, "the JSON value", json.dumps(value), published, warnings)
        return
    if not value:
        yield failed(source, "json-no-content", "the JSON array holds no records")
        return
    for index, item in enumerate(value):
        raw = json.dumps(item, ensure_ascii=False)
        element = source.model_copy(update={"index": index, "bytes": len(raw.encode())})
        yield record_page(item, element, f"element {index}", raw, published, warnings)


def invalid_json(source: Source, error: ValueError, raw: bytes) -> RawPage:
    """The error page of a file named or declared JSON that does not parse."""
    return failed(source, "json-invalid", f"the file is not valid JSON: {error}", raw)
