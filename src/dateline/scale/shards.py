"""Shards: the units of work of a scale-out run, planned from the inputs with deterministic ids.

A WARC is split into ranges of `pages_per_shard` response records (by byte offset, found in one fast pass),
so two workers can share one archive; a WARC named by URL is one shard, streamed once (finding its offsets
would mean downloading it twice); any other input (HTML, JSONL, page text) is grouped into batches of
files. A shard's id names its output files and its done marker, so a rerun finds the same shards again.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from dateline.config import Settings
from dateline.ingest import RawPage, expand_paths, read_inputs, read_warc_range
from dateline.ingest.detect import kind_from_name
from dateline.ingest.remote import is_url, url_name
from dateline.ingest.warc import record_offsets
from dateline.record import InputKind

_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


@dataclass(frozen=True)
class Shard:
    """A slice of the input: records [start, end) of one WARC (`end` None: to the end), or a batch of files."""

    id: str
    paths: tuple[str, ...]
    start: int = 0
    end: int | None = None
    warc: bool = False

    def to_row(self) -> dict:
        """A plain dict (for Ray Data rows and JSON markers)."""
        return {"id": self.id, "paths": list(self.paths), "start": self.start,
                "end": -1 if self.end is None else self.end, "warc": self.warc}

    @classmethod
    def from_row(cls, row: dict) -> Shard:
        end = int(row["end"])
        return cls(id=str(row["id"]), paths=tuple(str(p) for p in row["paths"]), start=int(row["start"]),
                   end=None if end < 0 else end, warc=bool(row["warc"]))


def _name(path: str) -> str:
    """A readable, filesystem-safe, location-stable stem for a shard id: file name + hash of its real path
    (of the URL itself for a URL)."""
    real = path if is_url(path) else os.path.realpath(path)
    stem = _UNSAFE.sub("_", os.path.basename(url_name(path) if is_url(path) else real))[:60]
    return f"{stem}-{hashlib.sha256(real.encode()).hexdigest()[:8]}"


def plan_shards(inputs: Iterable[str], pages_per_shard: int = 500) -> list[Shard]:
    """The shards of `inputs` (files and directories), in input order, with ids stable across runs."""
    shards: list[Shard] = []
    batch: list[str] = []

    def flush() -> None:
        if batch:
            shards.append(Shard(id=f"files-{_name(batch[0])}-{len(batch):05d}", paths=tuple(batch)))
            batch.clear()

    for path in expand_paths(inputs):
        kind = kind_from_name(url_name(path) if is_url(path) else path)
        if kind is InputKind.warc and is_url(path):
            flush()
            shards.append(Shard(id=f"warc-{_name(path)}-all", paths=(path,)))
        elif kind is InputKind.warc:
            flush()
            shards.extend(_warc_shards(path, pages_per_shard))
        elif kind is InputKind.jsonl:
            flush()
            shards.append(Shard(id=f"jsonl-{_name(path)}", paths=(path,)))
        else:
            batch.append(path)
            if len(batch) >= pages_per_shard:
                flush()
    flush()
    return shards


def _warc_shards(path: str, pages_per_shard: int) -> Iterator[Shard]:
    try:
        offsets = record_offsets(path)
    except OSError:
        offsets = []
    starts = offsets[::pages_per_shard] or [0]
    name = _name(path)
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else None
        yield Shard(id=f"warc-{name}-{number:05d}", paths=(path,), start=0 if number == 0 else start, end=end,
                    warc=True)


def read_shard(shard: Shard, settings: Settings) -> Iterator[RawPage]:
    """The pages of one shard, streamed."""
    if shard.warc:
        yield from read_warc_range(shard.paths[0], shard.start, shard.end, max_bytes=settings.max_input_bytes,
                                   max_nesting=settings.max_nesting)
    else:
        yield from read_inputs(shard.paths, max_bytes=settings.max_input_bytes, max_nesting=settings.max_nesting)
