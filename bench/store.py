"""Store and API benchmark: ingest throughput, then API latency at a fixed request rate on loopback.

1. builds (or reuses) a synthetic collection of records with `bench/make_collection.py`;
2. ingests it into a fresh SQLite store with `dateline ingest` (records: no NLP), and the bundled example
   pages through the whole pipeline, reporting documents per second of each;
3. starts `dateline serve` on 127.0.0.1 and sends search and article-view requests at a fixed total rate
   with `hey` (Debian package `hey`; `apt-get install hey`), several queries and articles at once, each
   `hey` run rate-limited per worker; prints p50/p99 latency per kind of request as a markdown table, with
   the server's CPU time per request (robust on a shared machine, where latency is not).

    .venv/bin/python bench/store.py                       # 100,000 articles, 200 req/s for 30 s
    .venv/bin/python bench/store.py -n 5000 --duration 10 # a quick run
    .venv/bin/python bench/store.py --reuse-store --rate 50 --rate 200   # API only, on the last store
    .venv/bin/python bench/store.py --reuse-store --server-workers 2 --duration 600   # two server processes
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
DATELINE = str(Path(sys.executable).with_name("dateline"))


def run(cmd: list[str]) -> float:
    """Run a command and return its wall time in seconds."""
    start = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT)
    return time.perf_counter() - start


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time so far of a process and its child processes (Linux /proc; the server's
    worker processes with `--server-workers`), to report the server's cost per request, which a shared,
    busy machine does not distort the way it distorts latency."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK") + sum(cpu_seconds(int(c)) for c in children)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def load(base: str, targets: dict[str, list[str]], rate: float, duration: float
         ) -> tuple[dict[str, list[float]], dict[str, int]]:
    """Latencies (ms) of answered requests and the count of failed ones (non-200 or transport errors), per
    kind: every path of every kind gets an equal share of `rate` requests/s for `duration` s, all `hey`
    processes running at the same time."""
    per_path = rate / sum(len(paths) for paths in targets.values())
    workers = 4
    runs = []
    for kind, paths in targets.items():
        for path in paths:
            cmd = ["hey", "-z", f"{duration:g}s", "-c", str(workers), "-q", f"{per_path / workers:g}", "-o", "csv",
                   base + path]
            runs.append((kind, subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)))
    latencies: dict[str, list[float]] = {kind: [] for kind in targets}
    failed = {kind: 0 for kind in targets}
    for kind, proc in runs:
        out, _ = proc.communicate()
        for row in csv.DictReader(io.StringIO(out)):
            if row.get("status-code") == "200":
                latencies[kind].append(float(row["response-time"]) * 1000)
            else:
                failed[kind] += 1
    return latencies, failed


def main() -> None:
    parser = argparse.ArgumentParser(description="dateline store and API benchmark")
    parser.add_argument("-n", type=int, default=100_000, help="articles in the synthetic collection")
    parser.add_argument("--rate", type=float, action="append",
                        help="requests per second (repeat for several rates; default 200)")
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of load")
    parser.add_argument("--server-workers", type=int, default=1, help="`dateline serve --workers N`")
    parser.add_argument("--workdir", default="build/bench-store")
    parser.add_argument("--reuse-store", action="store_true",
                        help="measure the API on the store a previous run built (skips the ingest figures)")
    args = parser.parse_args()
    rates = args.rate or [200.0]
    work = ROOT / args.workdir
    work.mkdir(parents=True, exist_ok=True)
    records, db = work / f"collection-{args.n}.jsonl", work / f"store-{args.n}.db"
    if not records.exists():
        run([sys.executable, "bench/make_collection.py", "-n", str(args.n), "-o", str(records)])
    rows = []
    if not (args.reuse_store and db.exists()):
        for path in work.glob(f"store-{args.n}.db*"):
            path.unlink()
        ingest_s = run([DATELINE, "ingest", str(records), "--db", str(db), "--no-progress"])
        pages_db = work / "pages.db"
        for path in work.glob("pages.db*"):
            path.unlink()
        pages_s = run([DATELINE, "ingest", "examples/", "--db", str(pages_db), "--no-progress"])
        with sqlite3.connect(pages_db) as pages_conn:
            pages = pages_conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        rows += [("ingest of extracted records (dedup, stories, merge included)",
                  f"{args.n / ingest_s:,.0f} docs/s ({ingest_s:,.1f} s)"),
                 ("ingest of example pages through the whole pipeline",
                  f"{pages / pages_s:,.2f} docs/s ({pages} pages, {pages_s:,.1f} s incl. model load)")]
    rows.append(("store size", f"{db.stat().st_size / 1e6:,.0f} MB"))

    conn = sqlite3.connect(db)
    ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY random() LIMIT 2000")]
    words = [r[0] for r in conn.execute("SELECT DISTINCT place FROM events WHERE place IS NOT NULL "
                                        "ORDER BY random() LIMIT 500")]
    words += ["harbour", "bread prices", "rescue service", "cranes", "protesters march", "villages"]
    conn.close()
    rng = random.Random(1)
    targets = {"search": ["/api/search?" + str(httpx.QueryParams(q=w)) for w in rng.sample(words, 5)],
               "article": [f"/api/articles/{i}" for i in rng.sample(ids, 5)]}

    port = free_port()
    server = subprocess.Popen([DATELINE, "serve", "--db", str(db), "--port", str(port),
                               "--workers", str(args.server_workers)], cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(base + "/api/stories?limit=1")
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        load(base, targets, rate=20, duration=2)  # warm-up
        for rate in rates:
            cpu_before = cpu_seconds(server.pid)
            latency, failed = load(base, targets, rate, args.duration)
            served = sum(len(v) for v in latency.values())
            cpu = (cpu_seconds(server.pid) - cpu_before) / served * 1000
            rows.append((f"server CPU per request at {rate:g} req/s (search and article mixed)",
                         f"{cpu:.2f} ms (one core serves about {1000 / cpu:,.0f} req/s)"))
            for kind, latencies in latency.items():
                rows.append((f"{kind} at {rate:g} req/s: p50 / p99 / max latency",
                             f"{percentile(latencies, 50):.1f} / {percentile(latencies, 99):.1f} / "
                             f"{max(latencies):.1f} ms ({len(latencies) / args.duration:.0f} answered/s, "
                             f"error rate {failed[kind] / max(1, failed[kind] + len(latencies)):.2%})"))
    finally:
        server.terminate()
        server.wait(10)

    print(f"\n### Store and API ({args.n:,} synthetic articles; {args.duration:g} s of load per rate; "
          f"{args.server_workers} server process{'es' if args.server_workers > 1 else ''})\n")
    print("| measure | value |\n| --- | --- |")
    for measure, value in rows:
        print(f"| {measure} | {value} |")


if __name__ == "__main__":
    main()
