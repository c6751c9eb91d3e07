"""Store and API benchmark: ingest throughput, then API latency at a fixed request rate on loopback.

1. builds (or reuses) a synthetic collection of records with `bench/make_collection.py`;
2. ingests it into a fresh SQLite store with `dateline ingest` (records: no NLP), and the bundled example
   pages through the whole pipeline, reporting documents per second of each;
3. starts `dateline serve` on 127.0.0.1 and sends search and article-view requests at a fixed rate from an
   open-loop load generator (httpx + asyncio: requests leave on schedule whether or not earlier ones have
   answered, and latency is measured from the scheduled time, so a stalled server cannot hide its queue);
   prints p50/p99 latency per kind of request as a markdown table.

    .venv/bin/python bench/store.py                       # 100,000 articles, 200 req/s for 30 s
    .venv/bin/python bench/store.py -n 5000 --duration 10 # a quick run
"""

from __future__ import annotations

import argparse
import asyncio
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
    """User + system CPU time of a process so far (Linux /proc), to report the server's cost per request,
    which a shared, busy machine does not distort the way it distorts latency."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


async def load(base: str, targets: list[tuple[str, str]], rate: float, duration: float) -> dict[str, list]:
    """Send `rate` requests/s for `duration` s, cycling through `targets` (kind, path); open loop."""
    results: dict[str, list] = {kind: [] for kind, _ in targets}
    errors: dict[str, int] = {kind: 0 for kind, _ in targets}
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=10.0) as client:
        start = time.perf_counter()

        async def one(i: int, scheduled: float) -> None:
            kind, path = targets[i % len(targets)]
            try:
                response = await client.get(path)
                ok = response.status_code == 200
            except httpx.HTTPError:
                ok = False
            if ok:
                results[kind].append((time.perf_counter() - scheduled) * 1000)
            else:
                errors[kind] += 1

        tasks = []
        total = int(rate * duration)
        for i in range(total):
            scheduled = start + i / rate
            delay = scheduled - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(i, scheduled)))
        await asyncio.gather(*tasks)
    return {"latency": results, "errors": errors}


def main() -> None:
    parser = argparse.ArgumentParser(description="dateline store and API benchmark")
    parser.add_argument("-n", type=int, default=100_000, help="articles in the synthetic collection")
    parser.add_argument("--rate", type=float, default=200.0, help="requests per second")
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of load")
    parser.add_argument("--workdir", default="build/bench-store")
    args = parser.parse_args()
    work = ROOT / args.workdir
    work.mkdir(parents=True, exist_ok=True)
    records, db = work / f"collection-{args.n}.jsonl", work / f"store-{args.n}.db"
    if not records.exists():
        run([sys.executable, "bench/make_collection.py", "-n", str(args.n), "-o", str(records)])
    for path in work.glob(f"store-{args.n}.db*"):
        path.unlink()
    ingest_s = run([DATELINE, "ingest", str(records), "--db", str(db), "--no-progress"])
    pages_db = work / "pages.db"
    for path in work.glob("pages.db*"):
        path.unlink()
    pages_s = run([DATELINE, "ingest", "examples/", "--db", str(pages_db), "--no-progress"])
    with sqlite3.connect(pages_db) as pages_conn:
        pages = pages_conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    conn = sqlite3.connect(db)
    ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY random() LIMIT 2000")]
    words = [r[0] for r in conn.execute("SELECT DISTINCT place FROM events WHERE place IS NOT NULL "
                                        "ORDER BY random() LIMIT 500")]
    words += ["harbour", "bread prices", "rescue service", "cranes", "protesters march", "villages"]
    conn.close()
    rng = random.Random(1)
    targets = []
    for _ in range(2000):
        targets.append(("search", "/api/search?" + httpx.QueryParams(q=rng.choice(words)).__str__()))
        targets.append(("article", f"/api/articles/{rng.choice(ids)}"))

    port = free_port()
    server = subprocess.Popen([DATELINE, "serve", "--db", str(db), "--port", str(port)], cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(base + "/api/stories?limit=1")
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        asyncio.run(load(base, targets[:200], rate=50, duration=2))  # warm-up
        cpu_before = cpu_seconds(server.pid)
        outcome = asyncio.run(load(base, targets, args.rate, args.duration))
        server_cpu = cpu_seconds(server.pid) - cpu_before
    finally:
        server.terminate()
        server.wait(10)

    print(f"\n### Store and API ({args.n:,} synthetic articles; {args.rate:g} req/s for {args.duration:g} s)\n")
    print("| measure | value |\n| --- | --- |")
    print(f"| ingest of extracted records (dedup, stories, merge included) | {args.n / ingest_s:,.0f} docs/s "
          f"({ingest_s:,.1f} s) |")
    print(f"| ingest of example pages through the whole pipeline | {pages / pages_s:,.2f} docs/s "
          f"({pages} pages, {pages_s:,.1f} s incl. model load) |")
    print(f"| store size | {db.stat().st_size / 1e6:,.0f} MB |")
    served = sum(len(v) for v in outcome["latency"].values())
    print(f"| server CPU per request (search and article mixed) | {server_cpu / served * 1000:.2f} ms "
          f"(one core serves about {served / server_cpu:,.0f} req/s) |")
    for kind, latencies in outcome["latency"].items():
        print(f"| {kind}: p50 / p99 / max latency | {percentile(latencies, 50):.1f} / "
              f"{percentile(latencies, 99):.1f} / {max(latencies):.1f} ms ({len(latencies)} ok, "
              f"{outcome['errors'][kind]} failed) |")


if __name__ == "__main__":
    main()
