"""The store: a real SQLite file, idempotent, transactional per batch, queryable tables and FTS."""

from __future__ import annotations

import sqlite3

import pytest
from fictional_collection import article

from dateline.collection import Store, ingest
from dateline.collection.schema import MIGRATIONS
from dateline.config import Settings


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "c.db", Settings()) as s:
        yield s


def test_same_document_twice_is_stored_once(store):
    doc = article(0, "Port Elnor", "Mira Tallis", "2025-03-04", "harbourpost.example")
    assert store.add([doc]) == 1
    assert store.add([doc, doc]) == 0
    assert store.counts()["documents"] == 1


def test_every_annotation_gets_rows_with_offsets_into_the_text(store):
    doc = article(1, "Varrow", "Joren Vale", "2025-05-01", "wire.example")
    store.add([doc])
    c = store.conn
    text = c.execute("SELECT text FROM documents").fetchone()[0]
    quote = c.execute('SELECT start, "end", content, speaker FROM quotes').fetchone()
    assert text[quote["start"]:quote["end"]] == quote["content"] and quote["speaker"] == "Joren Vale"
    timex = c.execute('SELECT start, "end", text, value FROM timexes').fetchone()
    assert text[timex["start"]:timex["end"]] == timex["text"] and timex["value"] == "2025-05-01"
    assert c.execute("SELECT count(*) FROM mentions").fetchone()[0] == 2
    assert c.execute("SELECT count(*) FROM furniture").fetchone()[0] == 2
    assert c.execute("SELECT place, lat FROM events").fetchone()["place"] == "Varrow"


def test_full_text_search_tables_follow_the_sqlite_utils_convention(store):
    store.add([article(2, "Kessel Bay", "Piet Hollander", "2025-01-09", "wire.example")])
    c = store.conn
    assert c.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'villages'").fetchone()[0] == 1
    assert c.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'crews'").fetchone()[0] == 1


def test_a_failed_batch_leaves_nothing_half_written(store):
    good = article(0, "Port Elnor", "Mira Tallis", "2025-03-04", "harbourpost.example")
    bad = article(1, "Varrow", "Joren Vale", "2025-05-01", "wire.example")
    bad.quotes.append(bad.quotes[0])  # same quote id twice violates the primary key mid-batch
    with pytest.raises(sqlite3.IntegrityError):
        store.add([good, bad])
    assert store.counts()["documents"] == 0 and store.counts()["quotes"] == 0
    assert store.add([good]) == 1


def test_schema_version_is_recorded_and_reopening_does_not_migrate_again(tmp_path):
    path = tmp_path / "c.db"
    with Store(path) as s:
        s.add([article(0, "Amarind", "Sana Idrissi", "2025-02-02", "wire.example")])
    with Store(path) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert s.counts()["documents"] == 1


def test_ingest_reads_extracted_records_without_processing_again(tmp_path):
    records = tmp_path / "records.jsonl"
    docs = [article(i % 3, "Oskova", SPEAKER, f"2025-0{i + 1}-10", "wire.example") for i, SPEAKER in
            enumerate(["Mira Tallis", "Joren Vale", "Tomas Quell"])]
    records.write_text("".join(d.model_dump_json() + "\n" for d in docs))
    settings = Settings(stages=("clean",))
    with Store(tmp_path / "c.db", settings) as s:
        report = ingest(s, [str(records)], settings)
        assert (report.added, report.skipped) == (3, 0)
        assert s.counts()["quotes"] == 3  # annotations kept: the records were not re-extracted
        again = ingest(s, [str(records)], settings)
        assert (again.added, again.skipped) == (0, 3)


def test_ingest_of_pages_skips_pages_already_stored(tmp_path, examples_dir):
    settings = Settings(stages=("clean",), ingest_batch=1)
    with Store(tmp_path / "c.db", settings) as s:
        first = ingest(s, [str(examples_dir)], settings)
        second = ingest(s, [str(examples_dir)], settings)
    assert first.added >= 1 and second.added == 0 and second.skipped == first.added


def test_an_event_over_a_period_is_found_by_a_date_range_it_overlaps(tmp_path):
    from dateline import extract_text
    from dateline.collection import queries

    doc = extract_text("Rebels took Tobrin on June 3, 2019. In the six weeks that followed, militias burned the "
                       "library of Tobrin.", kind="article-text", published="2019-09-01")
    with Store(tmp_path / "c.db", Settings()) as store:
        store.add([doc])
        store.merge()
        inside = queries.events(store.conn, date_from="2019-07-01", date_to="2019-07-31")
        after = queries.events(store.conn, date_from="2019-08-01")
    assert [e["date"] for e in inside] == ["2019-06-03/2019-07-15"]
    assert after == []


def test_a_store_of_the_first_schema_is_upgraded_in_place_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    old.executescript(f"BEGIN; {MIGRATIONS[0]}; PRAGMA user_version = 1; COMMIT;")
    old.execute("INSERT INTO documents (id, text, words, text_hash, record) VALUES ('d0', 'x', 1, 'h', '{}')")
    old.execute("INSERT INTO timexes VALUES ('d0', 't1', 'DATE', 0, 1, 'x', NULL, 'unresolved')")
    old.commit()
    old.close()
    doc = article(2, "Tarrow", "Ines Moll", "2025-06-02", "wire.example")
    unresolved = doc.timexes[0].model_copy(update={"value": None, "anchor": "unresolved",
                                                   "reason": "counts from a date the text has not given"})
    with Store(path) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        s.add([doc.model_copy(update={"timexes": [unresolved]})])
        rows = dict(s.conn.execute("SELECT document_id, reason FROM timexes").fetchall())
    assert rows == {"d0": None, doc.id: "counts from a date the text has not given"}
