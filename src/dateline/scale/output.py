"""Parquet output of a scale-out run: one file per table per shard, committed atomically, then a marker.

Layout of the output directory:

    articles/<shard>.parquet  quotes/<shard>.parquet  events/<shard>.parquet  mentions/<shard>.parquet
    _done/<shard>.json        (written last: the shard is finished; its counts)

Files are written under a temporary name and renamed into place only when the whole shard is done, and
the marker comes after the renames, so a killed run leaves either a finished shard or no trace that a
rerun could duplicate: a rerun skips shards with a marker and rewrites the others under the same names.
Each file holds every table's rows in row groups of `BATCH` records, so memory stays flat however large
the shard.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq

from dateline.record import Document
from dateline.scale.tables import SCHEMAS, TABLES, to_tables

BATCH = 64
DONE = "_done"


def marker_path(output: str | Path, shard_id: str) -> Path:
    return Path(output) / DONE / f"{shard_id}.json"


def is_done(output: str | Path, shard_id: str) -> bool:
    return marker_path(output, shard_id).exists()


def read_marker(output: str | Path, shard_id: str) -> dict:
    """What a finished shard recorded: its row counts per table, failed documents and seconds."""
    return json.loads(marker_path(output, shard_id).read_text())


class ShardWriter:
    """Writes the records of one shard to the four tables; `commit` makes them visible with the marker."""

    def __init__(self, output: str | Path, shard_id: str):
        self.output, self.shard_id = Path(output), shard_id
        self._pending: list[Document] = []
        self._writers: dict[str, pq.ParquetWriter] = {}
        self.counts = {name: 0 for name in TABLES} | {"failed": 0}
        self._began = time.perf_counter()
        for name in TABLES:
            (self.output / name).mkdir(parents=True, exist_ok=True)
            self._writers[name] = pq.ParquetWriter(self._tmp(name), SCHEMAS[name], compression="zstd")

    def _final(self, table: str) -> Path:
        return self.output / table / f"{self.shard_id}.parquet"

    def _tmp(self, table: str) -> Path:
        return self.output / table / f".{self.shard_id}.parquet.tmp-{os.getpid()}"

    def add(self, doc: Document) -> None:
        self._pending.append(doc)
        self.counts["failed"] += bool(doc.errors)
        if len(self._pending) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        for name, table in to_tables(self._pending, self.shard_id).items():
            self.counts[name] += table.num_rows
            if table.num_rows:
                self._writers[name].write_table(table)
        self._pending.clear()

    def commit(self) -> dict[str, int]:
        """Close the files, move them into place, then write the done marker. Returns the row counts."""
        self._flush()
        for name, writer in self._writers.items():
            writer.close()
            os.replace(self._tmp(name), self._final(name))
        marker = marker_path(self.output, self.shard_id)
        marker.parent.mkdir(parents=True, exist_ok=True)
        tmp = marker.with_suffix(f".tmp-{os.getpid()}")
        seconds = round(time.perf_counter() - self._began, 3)
        tmp.write_text(json.dumps({"shard": self.shard_id, **self.counts, "seconds": seconds}))
        os.replace(tmp, marker)
        return dict(self.counts)

    def abort(self) -> None:
        """Drop the unfinished files (the shard will be redone)."""
        for name, writer in self._writers.items():
            writer.close()
            self._tmp(name).unlink(missing_ok=True)


def is_run_output(path: str | Path) -> bool:
    """True for the output directory of a `dateline run` (it has the `_done` marker folder)."""
    return (Path(path) / DONE).is_dir()


def read_documents(output: str | Path) -> Iterator[Document]:
    """The records of every finished shard of a run, in shard order (for loading into a store)."""
    root = Path(output)
    for marker in sorted((root / DONE).glob("*.json")):
        shard = marker.stem
        table = pq.read_table(root / "articles" / f"{shard}.parquet", columns=["record"])
        for record in table.column("record").to_pylist():
            yield Document.model_validate_json(record)
