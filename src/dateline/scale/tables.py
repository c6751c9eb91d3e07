"""The record flattened into four tables for Parquet: articles, quotes, events, mentions.

One row per article (with the whole record as JSON in `record`, so nothing is lost and a store can be
rebuilt from the Parquet alone), one row per quote, per event and per entity mention, each carrying
`doc_id`. Offsets stay character offsets into the article's `text`.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa

from dateline.record import Document, Participant

_STR = pa.string()
_INT = pa.int64()
_STRS = pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("doc_id", _STR), ("shard", _STR), ("path", _STR), ("url", _STR), ("warc_record_id", _STR),
        ("warc_date", _STR), ("input_kind", _STR), ("title", _STR), ("site", _STR), ("section", _STR),
        ("authors", _STRS), ("tags", _STRS), ("language", _STR), ("published", _STR),
        ("published_confidence", pa.float64()), ("published_reason", _STR), ("text", _STR),
        ("paragraphs", _INT), ("stages", _STRS), ("warnings", _STRS), ("errors", _STRS),
        ("error_message", _STR), ("record", _STR),
    ]),
    "quotes": pa.schema([
        ("doc_id", _STR), ("quote_id", _STR), ("kind", _STR), ("content", _STR), ("start", _INT), ("end", _INT),
        ("cue", _STR), ("speaker", _STR), ("speaker_entity", _STR), ("speaker_text", _STR), ("timex", _STR),
    ]),
    "events": pa.schema([
        ("doc_id", _STR), ("event_id", _STR), ("type", _STR), ("mode", _STR), ("trigger", _STR),
        ("start", _INT), ("end", _INT), ("actors", _STRS), ("targets", _STRS), ("place", _STR),
        ("date", _STR), ("status", _STR), ("modality", _STR),
    ]),
    "mentions": pa.schema([
        ("doc_id", _STR), ("entity_id", _STR), ("label", _STR), ("name", _STR), ("text", _STR),
        ("start", _INT), ("end", _INT), ("geonameid", _INT), ("country", _STR), ("lat", pa.float64()),
        ("lon", pa.float64()),
    ]),
}
TABLES = tuple(SCHEMAS)


def _name(participant: Participant | None) -> str | None:
    if participant is None:
        return None
    return participant.name or participant.mention.text


def rows(doc: Document, shard: str) -> dict[str, list[dict]]:
    """The rows one record contributes to each table."""
    meta, source = doc.metadata, doc.source
    article = {
        "doc_id": doc.id, "shard": shard, "path": source.path, "url": source.url,
        "warc_record_id": source.warc_record_id, "warc_date": source.warc_date, "input_kind": source.kind.value,
        "title": meta.title, "site": meta.site, "section": meta.section, "authors": meta.authors,
        "tags": meta.tags, "language": meta.language, "published": meta.published.value,
        "published_confidence": meta.published.confidence, "published_reason": meta.published.reason,
        "text": doc.text, "paragraphs": len(doc.paragraphs), "stages": doc.stages,
        "warnings": [p.code for p in doc.warnings], "errors": [p.code for p in doc.errors],
        "error_message": "; ".join(p.message for p in doc.errors) or None,
        "record": doc.model_dump_json(),
    }
    quotes = [{
        "doc_id": doc.id, "quote_id": q.id, "kind": q.kind, "content": q.content.text, "start": q.content.start,
        "end": q.content.end, "cue": q.cue.text if q.cue else None, "speaker": q.speaker.name,
        "speaker_entity": q.speaker.entity, "speaker_text": q.speaker.mention.text if q.speaker.mention else None,
        "timex": q.timex,
    } for q in doc.quotes]
    events = [{
        "doc_id": doc.id, "event_id": e.id, "type": e.type, "mode": e.mode, "trigger": e.trigger.text,
        "start": e.trigger.start, "end": e.trigger.end, "actors": [_name(a) for a in e.actors],
        "targets": [_name(t) for t in e.targets], "place": _name(e.place), "date": e.date, "status": e.status,
        "modality": e.modality,
    } for e in doc.events]
    mentions = [{
        "doc_id": doc.id, "entity_id": entity.id, "label": m.label, "name": entity.name, "text": m.text,
        "start": m.start, "end": m.end,
        "geonameid": entity.place.geonameid if entity.place else None,
        "country": entity.place.country if entity.place else None,
        "lat": entity.place.lat if entity.place else None, "lon": entity.place.lon if entity.place else None,
    } for entity in doc.entities for m in entity.mentions]
    return {"articles": [article], "quotes": quotes, "events": events, "mentions": mentions}


def to_tables(docs: Iterable[Document], shard: str) -> dict[str, pa.Table]:
    """Arrow tables (fixed schemas, so an empty table still has its columns) for a batch of records."""
    columns: dict[str, list[dict]] = {name: [] for name in TABLES}
    for doc in docs:
        for name, table_rows in rows(doc, shard).items():
            columns[name].extend(table_rows)
    return {name: pa.Table.from_pylist(columns[name], schema=SCHEMAS[name]) for name in TABLES}
