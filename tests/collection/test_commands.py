"""`dateline ingest` and `dateline export` as a user runs them, including a kill in the middle of ingest."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner
from fictional_collection import PLACES, SPEAKERS, article, write_records

from dateline.outputs.cli import main
from dateline.outputs.writers import write_records as write_documents

DATELINE = str(Path(sys.executable).with_name("dateline"))


def test_ingest_then_export_from_the_command_line(tmp_path):
    records, db = tmp_path / "records.jsonl", tmp_path / "c.db"
    unique = write_records(records, 30)
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(records), "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert f"{unique} added" in result.output
    out = tmp_path / "quotes.csv"
    result = runner.invoke(main, ["export", "--db", str(db), "--table", "quotes", "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0 and len(out.read_text().splitlines()) == unique + 1


def test_killed_ingest_leaves_no_half_written_document_and_a_rerun_completes(tmp_path):
    records, db = tmp_path / "records.jsonl", tmp_path / "c.db"
    unique = write_records(records, 800)
    env = {**os.environ, "DATELINE_INGEST_BATCH": "20"}
    proc = subprocess.Popen([DATELINE, "ingest", str(records), "--db", str(db), "--no-progress"], env=env,
                            stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
                    if conn.execute("SELECT count(*) FROM documents").fetchone()[0] >= 40:
                        break
            except sqlite3.OperationalError:
                pass  # schema not created yet
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # every fictional article has one quote, one timex, one event: all or nothing per document
        for table in ("quotes", "timexes", "events", "documents_fts"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == stored
    assert stored < unique, "the ingest finished before it could be killed"
    subprocess.run([DATELINE, "ingest", str(records), "--db", str(db), "--no-progress"], env=env, check=True,
                   stderr=subprocess.DEVNULL)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == unique
        assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == unique


def test_records_written_as_a_json_array_are_stored_as_records_not_read_again_as_pages(tmp_path):
    places = list(PLACES)
    docs = [article(i, places[i], SPEAKERS[i], f"2024-0{i + 1}-01", f"outlet{i}.example") for i in range(3)]
    records, db = tmp_path / "records.json", tmp_path / "c.db"
    with open(records, "w", encoding="utf-8") as out:
        for _ in write_documents(docs, out, fmt="json"):
            pass
    result = CliRunner().invoke(main, ["ingest", str(records), "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        stored = {row[0] for row in conn.execute("SELECT id FROM documents")}
    assert stored == {doc.id for doc in docs}


def test_a_broken_line_in_a_records_file_stops_with_its_line_number(tmp_path):
    records, db = tmp_path / "records.jsonl", tmp_path / "c.db"
    write_records(records, 3)
    with open(records, "a", encoding="utf-8") as out:
        out.write('{"schema_version": "1", "id": "x"}\n')
    result = CliRunner().invoke(main, ["ingest", str(records), "--db", str(db), "--no-progress"])
    assert result.exit_code == 1
    assert f"{records}:4 is not a dateline record" in result.output


def test_a_record_whose_id_no_url_can_name_stops_with_its_line_number(tmp_path):
    records, db = tmp_path / "records.jsonl", tmp_path / "c.db"
    write_records(records, 2)
    lines = records.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace('"id":"', '"id":"line\\nbreak', 1)
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(records), "--db", str(db), "--no-progress"])
    assert result.exit_code == 1
    assert f"{records}:2: the record id" in result.output and "control character" in result.output


def test_serve_refuses_a_store_that_does_not_exist(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "typo.db")])
    assert result.exit_code == 1 and "no collection at" in result.output
    assert not (tmp_path / "typo.db").exists()


def test_serve_with_two_workers_answers_from_two_processes_on_one_port(tmp_path):
    import socket

    import httpx

    records, db = tmp_path / "records.jsonl", tmp_path / "c.db"
    write_records(records, 10)
    assert CliRunner().invoke(main, ["ingest", str(records), "--db", str(db), "--no-progress"]).exit_code == 0
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([DATELINE, "serve", "--db", str(db), "--port", str(port), "--workers", "2"],
                              stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline, answer = time.time() + 60, None
        while time.time() < deadline and answer is None:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/search?q=harbour", timeout=5)
            except httpx.HTTPError:
                time.sleep(0.2)
        assert answer is not None and answer.status_code == 200 and answer.json()["results"]
        children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
        assert len(children) >= 2
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(10)
