"""The collection store: records in SQLite, one row per annotation, committed a batch at a time.

`Store.add(docs)` writes a batch in one transaction: documents already stored (same id, i.e. the same
page) are skipped, so ingest is idempotent and a killed run is simply run again. Each new article is
checked for exact duplicates (same normalised text) and near duplicates (MinHash LSH), and put into a
story cluster, before its rows are written. `Store.merge()` rebuilds the cross-source events.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Self

from dateline.collection import dedup
from dateline.collection.merge import merge_events
from dateline.collection.schema import migrate
from dateline.config import Settings
from dateline.record import Document, Entity, Participant


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), WAL so readers never block ingest."""
    if readonly:
        conn = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True, isolation_level=None,
                               check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.row_factory = sqlite3.Row
    return conn


def text_hash(text: str) -> str:
    """Hash of the text with whitespace and case normalised: exact duplicates share it."""
    return hashlib.sha256(" ".join(text.lower().split()).encode()).hexdigest()


class Store:
    """A dateline collection in one SQLite file."""

    def __init__(self, path: str | Path, settings: Settings | None = None):
        self.settings = settings or Settings.from_env()
        self.path = Path(path)
        self.conn = connect(self.path)
        self.version = migrate(self.conn)
        cap = self.settings.lsh_max_candidates
        self.duplicates = dedup.LSHIndex(self.conn, "dup", self.settings.duplicate_threshold, cap,
                                         dedup.DUPLICATE_BANDING)
        self.stories = dedup.LSHIndex(self.conn, "story", self.settings.story_threshold, cap, dedup.STORY_BANDING)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def known(self, ids: Iterable[str]) -> set[str]:
        """Which of `ids` are already stored."""
        ids = list(ids)
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            found |= {r[0] for r in self.conn.execute(
                f"SELECT id FROM documents WHERE id IN ({','.join('?' * len(chunk))})", chunk)}
        return found

    def add(self, docs: Iterable[Document]) -> int:
        """Store a batch in one transaction; returns how many documents were new."""
        docs = list(docs)
        known = self.known(d.id for d in docs)
        added = 0
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for doc in docs:
                if doc.id in known:
                    continue
                self._insert(doc)
                known.add(doc.id)
                added += 1
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return added

    def merge(self) -> int:
        """Rebuild the cross-source events; returns how many merged events there are."""
        return merge_events(self.conn)

    def counts(self) -> dict[str, int]:
        tables = ("documents", "quotes", "timexes", "entities", "events", "merged_events")
        counts = {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        counts["duplicates"] = self.conn.execute(
            "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL").fetchone()[0]
        counts["stories"] = self.conn.execute(
            "SELECT count(DISTINCT story_id) FROM documents WHERE story_id IS NOT NULL").fetchone()[0]
        return counts

    # --- writing one document ------------------------------------------------------------------------

    def _classify(self, doc: Document, hashed: str) -> tuple[str | None, float | None, str | None]:
        """(duplicate_of, similarity, story_id) of a new article, registering it in the LSH indexes."""
        if not doc.text:
            return None, None, None
        row = self.conn.execute("SELECT id, story_id FROM documents WHERE text_hash = ? AND duplicate_of IS NULL "
                                "ORDER BY rowid LIMIT 1", (hashed,)).fetchone()
        if row:
            return row["id"], 1.0, row["story_id"]
        perm = self.settings.minhash_perm
        text_sig = dedup.signature(dedup.text_shingles(doc.text), perm)
        match = self.duplicates.best(text_sig)
        self.duplicates.add(doc.id, text_sig)
        if match:
            original = self.conn.execute("SELECT coalesce(duplicate_of, id), story_id FROM documents WHERE id = ?",
                                         (match.document_id,)).fetchone()
            return original[0], match.similarity, original[1]
        story_sig = dedup.signature(dedup.story_features(doc), perm)
        if story_sig is None:
            return None, None, doc.id
        story = self.stories.best(story_sig)
        self.stories.add(doc.id, story_sig)
        if story:
            return None, None, self.conn.execute("SELECT story_id FROM documents WHERE id = ?",
                                                 (story.document_id,)).fetchone()[0]
        return None, None, doc.id

    def _insert(self, doc: Document) -> None:
        meta, published, source = doc.metadata, doc.metadata.published, doc.source
        hashed = text_hash(doc.text)
        duplicate_of, similarity, story = self._classify(doc, hashed)
        c = self.conn
        c.execute(
            "INSERT INTO documents (id, url, path, kind, title, site, section, authors, language, published, "
            "published_confidence, published_reason, text, words, text_hash, duplicate_of, similarity, story_id, "
            "errors, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.id, source.url, source.path, source.kind.value, meta.title, meta.site, meta.section,
             json.dumps(meta.authors), meta.language, published.value, published.confidence, published.reason,
             doc.text, len(doc.text.split()), hashed, duplicate_of, similarity, story,
             json.dumps([p.code for p in doc.errors]), doc.model_dump_json()))
        c.executemany("INSERT INTO paragraphs VALUES (?, ?, ?, ?)",
                      [(doc.id, n, p.start, p.end) for n, p in enumerate(doc.paragraphs)])
        c.executemany("INSERT INTO furniture VALUES (?, ?, ?, ?, ?)",
                      [(doc.id, n, f.kind, f.text, f.line) for n, f in enumerate(doc.furniture)])
        c.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      [_entity_row(doc.id, e) for e in doc.entities])
        c.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)",
                      [(doc.id, e.id, m.start, m.end, m.text, m.label) for e in doc.entities for m in e.mentions])
        c.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (doc.id, q.id, q.kind, q.content.start, q.content.end, q.content.text,
             q.speaker.name or (q.speaker.mention.text if q.speaker.mention else None),
             q.speaker.mention.text if q.speaker.mention else None, q.speaker.entity, q.speaker.title,
             q.speaker.reason, q.cue.text if q.cue else None, q.timex) for q in doc.quotes])
        c.executemany("INSERT INTO timexes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      [(doc.id, t.id, t.type, t.start, t.end, t.text, t.value, t.anchor, t.anchor_timex, t.reason)
                       for t in doc.timexes])
        entities = {e.id: e for e in doc.entities}
        rows = []
        for e in doc.events:
            place = entities.get(e.place.entity) if e.place and e.place.entity else None
            geo = place.place if place and place.place and place.place.lat is not None else None
            name = _name(e.place, entities) if e.place else None
            key = str(geo.geonameid) if geo and geo.geonameid else (name.lower() if name else None)
            rows.append((doc.id, e.id, e.type, e.mode, e.trigger.text, e.trigger.start, e.trigger.end,
                         e.sentence.start, e.sentence.end, e.date, name, key,
                         geo.lat if geo else None, geo.lon if geo else None,
                         json.dumps([_name(a, entities) for a in e.actors]),
                         json.dumps([_name(t, entities) for t in e.targets]),
                         e.status, e.modality, e.claimed_by, None))
        c.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _name(participant: Participant, entities: dict[str, Entity]) -> str:
    """The best name of a participant: its own, its entity's canonical name, or the text as written."""
    if participant.name:
        return participant.name
    entity = entities.get(participant.entity) if participant.entity else None
    return entity.name if entity else participant.mention.text


def _entity_row(document_id: str, e: Entity) -> tuple:
    p = e.place
    return (document_id, e.id, e.label, e.name, json.dumps(e.aliases), p.geonameid if p else None,
            p.name if p else None, p.country if p else None, p.lat if p else None, p.lon if p else None)
