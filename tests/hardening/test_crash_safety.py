"""kill -9 at random points, again and again: after a rerun every record is stored exactly once.

Covers the store (`dateline ingest`, then `PRAGMA integrity_check` and all-or-nothing documents after every
kill) and the scale-out output (`dateline run` with the process pool, then no duplicate or missing rows).
The kill points are drawn from a seeded generator, so a failure can be replayed.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import duckdb
from bench.make_warc import write_warc
from fictional_collection import write_records

DATELINE = str(Path(sys.executable).with_name("dateline"))
KILLS = 4


def _kill_after(command: list[str], seconds: float, env: dict | None = None) -> bool:
    """Start `command`, SIGKILL it after `seconds`; True if it was still running when killed."""
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        proc.wait(timeout=seconds)
        return False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the whole group: pool workers die with their parent
        proc.wait()
        return True


def test_ingest_killed_at_random_points_keeps_the_store_whole_and_a_rerun_stores_each_record_once(tmp_path):
    records, db = tmp_path / "records.jsonl", tmp_path / "c.db"
    unique = write_records(records, 3000)
    env = {**os.environ, "DATELINE_INGEST_BATCH": "15"}
    command = [DATELINE, "ingest", str(records), "--db", str(db), "--no-progress"]
    rng = random.Random(8)
    killed = 0
    for _ in range(KILLS):
        killed += _kill_after(command, rng.uniform(0.3, 2.0), env)
        if not db.exists():
            continue
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            for table in ("quotes", "timexes", "events"):  # one of each per fictional article: all or nothing
                assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == stored
    assert killed, "no ingest was still running when its kill came"
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*), count(DISTINCT id) FROM documents").fetchone() == (unique, unique)
        assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == unique


def test_scale_out_run_killed_at_random_points_resumes_to_each_page_once(tmp_path):
    warc = write_warc(tmp_path / "pages.warc.gz", 600)
    out = tmp_path / "out"
    command = [DATELINE, "run", str(warc), "--output", str(out), "--engine", "pool", "--workers", "2",
               "--pages-per-shard", "5", "--stages", "clean"]
    rng = random.Random(9)
    killed = sum(_kill_after(command, rng.uniform(0.4, 2.0)) for _ in range(KILLS))
    assert killed, "no run was still running when its kill came"
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rows = duckdb.sql(f"SELECT count(*), count(DISTINCT doc_id) FROM '{out}/articles/*.parquet'").fetchall()[0]
    assert rows == (600, 600)
