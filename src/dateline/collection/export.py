"""`dateline export`: articles, quotes, events and their mentions as JSONL, CSV or Parquet.

Rows are streamed from SQLite in chunks, so a large collection is exported in bounded memory. JSON-valued
columns (authors, actors, contradictions) stay JSON text in CSV and Parquet and become lists in JSONL.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

QUERIES = {
    "articles": "SELECT id, url, path, kind, title, site, section, authors, language, published, "
                "published_confidence, published_reason, words, duplicate_of, similarity, story_id, errors, text "
                "FROM documents ORDER BY rowid",
    "quotes": "SELECT document_id, id, kind, start, \"end\", content, speaker, speaker_text, speaker_entity, "
              "speaker_title, speaker_reason, cue, timex FROM quotes ORDER BY rowid",
    "events": "SELECT id, type, story_id, date, place, lat, lon, actors, mentions, corroboration, contradictions "
              "FROM merged_events ORDER BY date, id",
    "mentions": "SELECT e.merged_id, e.document_id, e.id, e.type, e.trigger, e.start, e.\"end\", "
                "e.sentence_start, e.sentence_end, e.date, e.place, e.actors, e.targets, e.status, e.modality, "
                "d.site AS outlet, d.url FROM events e JOIN documents d ON d.id = e.document_id "
                "ORDER BY e.merged_id, e.document_id, e.id",
}
JSON_COLUMNS = {"authors", "errors", "actors", "targets", "contradictions"}
FORMATS = ("jsonl", "csv", "parquet")
CHUNK = 5000


def _chunks(conn: sqlite3.Connection, table: str) -> Iterator[tuple[list[str], list[tuple]]]:
    cursor = conn.execute(QUERIES[table])
    columns = [c[0] for c in cursor.description]
    while rows := cursor.fetchmany(CHUNK):
        yield columns, [tuple(r) for r in rows]


def export(conn: sqlite3.Connection, table: str, fmt: str, path: str | Path) -> int:
    """Write one table to `path` in `fmt`; returns the number of rows written."""
    if table not in QUERIES or fmt not in FORMATS:
        raise ValueError(f"table must be one of {sorted(QUERIES)} and format one of {FORMATS}")
    count = 0
    if fmt == "parquet":
        writer = None
        for columns, rows in _chunks(conn, table):
            batch = pa.Table.from_pylist([dict(zip(columns, r)) for r in rows])
            if writer is None:  # a column that is all null in the first chunk is typed as text
                schema = pa.schema([pa.field(f.name, pa.string()) if pa.types.is_null(f.type) else f
                                    for f in batch.schema])
                writer = pq.ParquetWriter(str(path), schema)
            writer.write_table(batch.cast(writer.schema))
            count += len(rows)
        if writer is None:
            cursor = conn.execute(QUERIES[table] + " LIMIT 0")
            pq.write_table(pa.table({c[0]: pa.array([], pa.string()) for c in cursor.description}), str(path))
        else:
            writer.close()
        return count
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = None
        for columns, rows in _chunks(conn, table):
            if fmt == "csv":
                if writer is None:
                    writer = csv.writer(handle)
                    writer.writerow(columns)
                writer.writerows(rows)
            else:
                for row in rows:
                    item = {c: json.loads(v) if c in JSON_COLUMNS and v is not None else v
                            for c, v in zip(columns, row)}
                    handle.write(json.dumps(item, ensure_ascii=False) + "\n")
            count += len(rows)
        if fmt == "csv" and writer is None:
            csv.writer(handle).writerow(c[0] for c in conn.execute(QUERIES[table] + " LIMIT 0").description)
    return count
