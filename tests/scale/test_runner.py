"""The per-shard step and its Parquet output: same records as extract, resumable, no duplicate rows."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
from bench.make_warc import write_warc

from dateline.config import Settings
from dateline.ingest import read_inputs
from dateline.pipeline import process
from dateline.scale import plan_shards, run
from dateline.scale.output import read_documents
from dateline.scale.tables import TABLES

SETTINGS = Settings(stages=("clean",))
DATELINE = str(Path(sys.executable).with_name("dateline"))


def count(output, table="articles"):
    return duckdb.sql(f"select count(*), count(distinct doc_id) from '{output}/{table}/*.parquet'").fetchall()[0]


def test_warc_is_split_into_shards_with_stable_ids(warc):
    first, second = plan_shards([str(warc)], 15), plan_shards([str(warc)], 15)
    assert [s.id for s in first] == [s.id for s in second]
    assert len(first) == 3 and first[0].start == 0 and first[-1].end is None
    assert first[0].end == first[1].start


def test_run_writes_the_same_records_as_extract(warc, tmp_path):
    expected = [process(page, SETTINGS) for page in read_inputs([str(warc)])]
    results = run([str(warc)], tmp_path / "out", SETTINGS, engine="local", pages_per_shard=15)
    assert sum(r.documents for r in results) == 40
    assert [d.model_dump() for d in read_documents(tmp_path / "out")] == [d.model_dump() for d in expected]
    for table in TABLES:
        files = sorted(p.name for p in (tmp_path / "out" / table).iterdir())
        assert files == [f"{s.id}.parquet" for s in plan_shards([str(warc)], 15)]


def test_a_warc_listed_by_url_is_one_streamed_shard_with_the_records_of_the_file(warc, tmp_path):
    from file_server import serving

    expected = [process(page, SETTINGS) for page in read_inputs([str(warc)])]
    with serving(warc.parent) as base:
        url = f"{base}/{warc.name}"
        [shard] = plan_shards([url], 15)
        results = run([url], tmp_path / "out", SETTINGS, engine="pool", workers=2, pages_per_shard=15)
    assert shard.paths == (url,) and shard.id == plan_shards([url], 15)[0].id
    assert [(r.documents, r.failed) for r in results] == [(len(expected), 0)]
    assert sorted(d.id for d in read_documents(tmp_path / "out")) == sorted(d.id for d in expected)


def test_tables_flatten_quotes_and_mentions_with_offsets_into_the_text(tmp_path, examples_dir):
    settings = Settings(stages=("clean", "language", "quotes"))
    run([str(examples_dir / "valley-ferry.html")], tmp_path / "out", settings, engine="local")
    [doc] = read_documents(tmp_path / "out")
    mentions = pq.read_table(tmp_path / "out" / "mentions").to_pylist()
    assert len(mentions) == sum(len(e.mentions) for e in doc.entities) > 0
    assert all(doc.text[m["start"]:m["end"]] == m["text"] for m in mentions)
    quotes = pq.read_table(tmp_path / "out" / "quotes").to_pylist()
    assert len(quotes) == len(doc.quotes)
    assert all(doc.text[q["start"]:q["end"]] == q["content"] for q in quotes)


def test_rerun_skips_finished_shards_and_redoes_unfinished_ones_without_duplicates(warc, tmp_path):
    out = tmp_path / "out"
    shards = plan_shards([str(warc)], 10)
    run([str(warc)], out, SETTINGS, engine="local", pages_per_shard=10)
    # An interrupted shard: no marker, a stale final file and a leftover temporary file.
    (out / "_done" / f"{shards[2].id}.json").unlink()
    (out / "articles" / f".{shards[2].id}.parquet.tmp-1").write_bytes(b"partial")
    results = run([str(warc)], out, SETTINGS, engine="pool", workers=2, pages_per_shard=10)
    assert [r.skipped for r in results] == [True, True, False, True]
    assert count(out) == (40, 40)


def test_killed_run_resumes_without_duplicates(tmp_path):
    warc = write_warc(tmp_path / "pages.warc", 120)
    out = tmp_path / "out"
    command = [DATELINE, "run", str(warc), "--output", str(out), "--engine", "local", "--pages-per-shard", "4",
               "--stages", "clean"]
    victim = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list((out / "_done").glob("*.json"))) < 3:
        time.sleep(0.02)
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait()
    finished = len(list((out / "_done").glob("*.json")))
    shards = len(plan_shards([str(warc)], 4))
    assert 3 <= finished < shards, "the run was not killed part way"
    subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
    assert count(out) == (120, 120)
    assert len(list((out / "_done").glob("*.json"))) == shards


def test_poisoned_page_is_one_error_row_with_its_warc_record_id(tmp_path):
    from faults import HANG, faulty

    warc = write_warc(tmp_path / "pages.warc.gz", 10, poison={3: b"<html><body>" + HANG.encode() + b"</body></html>"})
    settings = Settings(stages=("clean",), worker_time_limit=2.0)
    run([str(warc)], tmp_path / "out", settings, engine="pool", workers=2, process=faulty)
    rows = duckdb.sql(f"select errors, warc_record_id from '{tmp_path}/out/articles/*.parquet' "
                      "where len(errors) > 0").fetchall()
    assert len(rows) == 1 and rows[0][0] == ["time-limit"] and rows[0][1].startswith("<urn:uuid:")
    assert count(tmp_path / "out") == (10, 10)


def test_parquet_output_loads_into_the_store_and_queries_with_duckdb(warc, tmp_path):
    from click.testing import CliRunner

    from dateline.collection import Store
    from dateline.outputs.cli import main

    out = tmp_path / "out"
    run([str(warc)], out, SETTINGS, engine="local", pages_per_shard=15)
    db = tmp_path / "store.db"
    result = CliRunner().invoke(main, ["ingest", str(out), "--db", str(db)], catch_exceptions=False)
    assert result.exit_code == 0
    with Store(db, SETTINGS) as store:
        assert store.counts()["documents"] + store.counts()["duplicates"] >= 1
    assert "40 documents read" in result.stderr
    pages = duckdb.sql(f"select count(distinct url) from '{out}/articles/*.parquet' where url like '%?page=%'")
    assert pages.fetchall() == [(40,)]
