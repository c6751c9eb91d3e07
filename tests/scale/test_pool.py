"""The process pool: same records as in-process, in order; a hard time limit; crashed workers replaced."""

from __future__ import annotations

import time
from pathlib import Path

from bench.make_warc import pages, write_warc
from faults import CRASH, HANG, HOG, faulty

from dateline.config import Settings
from dateline.ingest import read_inputs
from dateline.scale import InProcess, ProcessPool

SETTINGS = Settings(stages=("clean",), worker_time_limit=2.0)


def poisoned_warc(tmp_path, **poison):
    html = dict(pages(12))
    bodies = {number: list(html.values())[number].replace(b"<body>", f"<body>{marker}".encode(), 1)
              for marker, number in ((HANG, poison.get("hang")), (CRASH, poison.get("crash")), (HOG, poison.get("hog")))
              if number is not None}
    return write_warc(tmp_path / "poisoned.warc.gz", 12, poison=bodies)


def test_pool_gives_the_in_process_records_in_input_order(warc):
    expected = list(InProcess(SETTINGS).map(read_inputs([str(warc)])))
    with ProcessPool(SETTINGS, workers=2) as pool:
        got = list(pool.map(read_inputs([str(warc)])))
    assert [d.model_dump() for d in got] == [d.model_dump() for d in expected]


def test_document_stuck_past_the_limit_is_killed_and_recorded_as_time_limit(tmp_path):
    path = poisoned_warc(tmp_path, hang=4)
    began = time.perf_counter()
    with ProcessPool(SETTINGS, workers=2, process=faulty) as pool:
        docs = list(pool.map(read_inputs([str(path)])))
    assert time.perf_counter() - began < 30
    assert len(docs) == 12
    assert [d.errors[0].code for d in docs if d.errors] == ["time-limit"]
    assert docs[4].errors and docs[4].source.warc_record_id
    assert all(not d.errors for n, d in enumerate(docs) if n != 4)


def test_page_that_kills_its_worker_is_retried_once_then_recorded(tmp_path):
    path = poisoned_warc(tmp_path, crash=7)
    with ProcessPool(SETTINGS, workers=2, process=faulty) as pool:
        docs = list(pool.map(read_inputs([str(path)])))
    assert len(docs) == 12
    assert [(n, d.errors[0].code) for n, d in enumerate(docs) if d.errors] == [(7, "worker-crashed")]


def test_page_that_needs_more_memory_than_the_worker_limit_is_recorded_and_the_worker_goes_on(tmp_path):
    path = poisoned_warc(tmp_path, hog=3)
    settings = Settings(stages=("clean",), worker_time_limit=20.0, worker_memory_limit=2_000_000_000)
    with ProcessPool(settings, workers=1, process=faulty) as pool:
        worker = pool._workers[0].process.pid
        docs = list(pool.map(read_inputs([str(path)])))
        assert pool._workers[0].process.pid == worker  # the same worker, not a replacement
    assert len(docs) == 12
    assert [(n, d.errors[0].code) for n, d in enumerate(docs) if d.errors] == [(3, "out-of-memory")]


def test_pool_keeps_working_after_replacing_workers(tmp_path):
    path = poisoned_warc(tmp_path, hang=0, crash=1)
    with ProcessPool(SETTINGS, workers=1, process=faulty) as pool:
        first = list(pool.map(read_inputs([str(path)])))
        second = list(pool.map(read_inputs([str(write_warc(tmp_path / "clean.warc", 5))])))
    assert [bool(d.errors) for d in first[:2]] == [True, True]
    assert len(second) == 5 and not any(d.errors for d in second)


def test_workers_die_with_a_killed_pool(tmp_path):
    import os
    import signal
    import subprocess
    import sys

    script = ("import sys, time\n"
              "from dateline.config import Settings\n"
              "from dateline.scale import ProcessPool\n"
              "pool = ProcessPool(Settings(stages=('clean',)), workers=2)\n"
              "print(*[w.process.pid for w in pool._workers], flush=True)\n"
              "time.sleep(60)\n")
    owner = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    pids = [int(pid) for pid in owner.stdout.readline().split()]
    os.kill(owner.pid, signal.SIGKILL)
    owner.wait()
    deadline = time.monotonic() + 10
    alive = pids
    while alive and time.monotonic() < deadline:
        alive = [pid for pid in pids if os.path.exists(f"/proc/{pid}") and
                 Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"]
        time.sleep(0.1)
    assert alive == []
