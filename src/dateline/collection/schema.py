"""The store's SQL schema, as numbered migrations.

Each migration runs once, in order, inside a transaction; `PRAGMA user_version` records how far a database
has been brought, so an old `dateline.db` is upgraded in place and a new one is built from scratch by the
same path. Tables are plain and named for what they hold so that a user (or Datasette) can query them.
Full-text search follows the sqlite-utils convention: an FTS5 table `{table}_fts` kept in step by triggers.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

MIGRATIONS: tuple[str, ...] = (
    # 1: documents and every annotation a record holds, one row each, offsets into documents.text
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,            -- Document.id: hash of the input page
        url TEXT, path TEXT, kind TEXT,
        title TEXT, site TEXT, section TEXT, authors TEXT, language TEXT,
        published TEXT, published_confidence REAL, published_reason TEXT,
        text TEXT NOT NULL,
        words INTEGER NOT NULL,
        text_hash TEXT NOT NULL,        -- SHA-256 of the normalised text: exact duplicates share it
        duplicate_of TEXT REFERENCES documents(id),  -- earliest stored copy (exact or near duplicate)
        similarity REAL,                -- estimated Jaccard similarity to duplicate_of
        story_id TEXT,                  -- id of the first article of its story cluster
        errors TEXT,                    -- JSON list of error codes
        record TEXT NOT NULL,           -- the full Document as JSON
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX documents_text_hash ON documents(text_hash);
    CREATE INDEX documents_story ON documents(story_id);
    CREATE INDEX documents_duplicate ON documents(duplicate_of);
    CREATE TABLE paragraphs (
        document_id TEXT NOT NULL REFERENCES documents(id), n INTEGER NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, PRIMARY KEY (document_id, n));
    CREATE TABLE furniture (
        document_id TEXT NOT NULL REFERENCES documents(id), n INTEGER NOT NULL,
        kind TEXT NOT NULL, text TEXT NOT NULL, line INTEGER, PRIMARY KEY (document_id, n));
    CREATE TABLE entities (
        document_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL,
        label TEXT NOT NULL, name TEXT NOT NULL, aliases TEXT,
        geonameid INTEGER, place_name TEXT, country TEXT, lat REAL, lon REAL,
        PRIMARY KEY (document_id, id));
    CREATE INDEX entities_name ON entities(name);
    CREATE TABLE mentions (
        document_id TEXT NOT NULL REFERENCES documents(id), entity_id TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, label TEXT);
    CREATE INDEX mentions_document ON mentions(document_id);
    CREATE TABLE quotes (
        document_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, kind TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, content TEXT NOT NULL,
        speaker TEXT,                   -- resolved full name, else the speaker as written
        speaker_text TEXT, speaker_entity TEXT, speaker_title TEXT, speaker_reason TEXT,
        cue TEXT, timex TEXT,
        PRIMARY KEY (document_id, id));
    CREATE INDEX quotes_speaker ON quotes(speaker);
    CREATE TABLE timexes (
        document_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, type TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, value TEXT, anchor TEXT,
        PRIMARY KEY (document_id, id));
    CREATE TABLE events (
        document_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL,
        type TEXT NOT NULL, mode TEXT, trigger TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
        date TEXT, place TEXT, place_key TEXT, lat REAL, lon REAL,
        actors TEXT, targets TEXT,      -- JSON lists of names
        status TEXT, modality TEXT, claimed_by TEXT,
        merged_id TEXT,                 -- the cross-source event this mention belongs to
        PRIMARY KEY (document_id, id));
    CREATE INDEX events_merged ON events(merged_id);
    CREATE TABLE merged_events (
        id TEXT PRIMARY KEY, type TEXT NOT NULL, story_id TEXT,
        date TEXT, place TEXT, lat REAL, lon REAL, actors TEXT,
        mentions INTEGER NOT NULL,      -- articles that report it, duplicates included
        corroboration INTEGER NOT NULL, -- independent sources: duplicates and one outlet count once
        contradictions TEXT             -- JSON list of {field, values}
    );
    CREATE INDEX merged_events_place ON merged_events(place);
    CREATE INDEX merged_events_date ON merged_events(date);
    -- MinHash LSH bands, so near-duplicate and story look-ups survive restarts and stay in SQL
    CREATE TABLE lsh_bands (
        purpose TEXT NOT NULL, band INTEGER NOT NULL, key INTEGER NOT NULL, document_id TEXT NOT NULL);
    CREATE INDEX lsh_bands_lookup ON lsh_bands(purpose, band, key);
    CREATE TABLE signatures (
        document_id TEXT NOT NULL, purpose TEXT NOT NULL, hashvalues BLOB NOT NULL,
        PRIMARY KEY (document_id, purpose));
    """,
    # 2: what a time expression was anchored to, and why it is unresolved when it is
    """
    ALTER TABLE timexes ADD COLUMN anchor_timex TEXT;
    ALTER TABLE timexes ADD COLUMN reason TEXT;
    """,
)

FTS = {"documents": ["title", "text"], "quotes": ["content", "speaker"]}


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database to the latest schema; returns the version it is at.

    Each migration and its version bump commit together. The FTS tables are (re)created by sqlite-utils
    whenever missing, which also fills them from existing rows, so a kill between steps heals on next open.
    """
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number, script in enumerate(MIGRATIONS, start=1):
        if number > version:
            conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    db = sqlite_utils.Database(conn)
    for table, columns in FTS.items():
        if db[table].detect_fts() is None:
            db[table].enable_fts(columns, fts_version="FTS5", create_triggers=True)
    conn.commit()
    return len(MIGRATIONS)
