"""The collection: many records in one SQLite store, with duplicates linked, stories clustered and events
merged across sources. `Store` writes and reads it; `ingest` fills it; `export` writes it out."""

from dateline.collection.ingest import IngestReport, ingest
from dateline.collection.store import Store

__all__ = ["IngestReport", "Store", "ingest"]
