"""Writing records: JSONL (one record a line) or one JSON array."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TextIO

from dateline.record import Document


def write_records(docs: Iterable[Document], out: TextIO, fmt: str = "jsonl") -> Iterator[Document]:
    """Write each record as it comes and pass it on (so callers can count and summarise)."""
    first = True
    if fmt == "json":
        out.write("[")
    for doc in docs:
        data = doc.model_dump_json(exclude_none=False)
        if fmt == "json":
            out.write(("\n" if first else ",\n") + data)
        else:
            out.write(data + "\n")
        first = False
        yield doc
    if fmt == "json":
        out.write("\n]\n")
