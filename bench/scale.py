"""Scale-out benchmark: one process vs the local pool vs Ray Data, on the same generated WARC, in one run.

    .venv/bin/python bench/scale.py                      # 600 pages, all stages, 2 workers
    .venv/bin/python bench/scale.py --pages 200 --stages clean --flat-pages 10000

Each engine runs `dateline run --engine E --workers W` as a subprocess on one WARC made by
bench/make_warc.py from the bundled fictional examples. Reported per engine:

- end-to-end docs/s (wall clock from launch to exit, start-up included: Python imports, spaCy loads,
  Ray start-up);
- steady docs/s (from the start of the first shard to the end of the last, read from the shard markers),
  and its speed-up over one process;
- CPU seconds per document, summed over every process of the run (start-up included), sampled from
  /proc: unlike docs/s it does not depend on what else the machine is running;
- peak RSS of the largest worker process, sampled from /proc every 0.2 s (RSS counts pages shared
  copy-on-write with the parent, so it overstates what a worker alone needs).

`--flat-pages N` adds a memory-flatness run: the pool on an N-page WARC, the workers' RSS sampled
throughout, reported for the second tenth (past start-up) and the last tenth of the run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.make_warc import write_warc

DATELINE = str(Path(sys.executable).with_name("dateline"))
PAGE = os.sysconf("SC_PAGE_SIZE")
TICK = os.sysconf("SC_CLK_TCK")


def _processes() -> dict[int, tuple[int, str, int, float]]:
    """pid -> (parent pid, command name, RSS bytes, CPU seconds) for every process we can read."""
    table = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry.name}/stat").read_text()
            rss_pages = int(Path(f"/proc/{entry.name}/statm").read_text().split()[1])
        except (OSError, IndexError, ValueError):
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        cpu = (int(fields[11]) + int(fields[12])) / TICK  # utime + stime
        table[int(entry.name)] = (int(fields[1]), name, rss_pages * PAGE, cpu)
    return table


class MemorySampler(threading.Thread):
    """Samples the RSS of every descendant of `root` until stopped: peak per pid, and a time series."""

    def __init__(self, root: int, interval: float = 0.2):
        super().__init__(daemon=True)
        self.root, self.interval = root, interval
        self.peak: dict[int, int] = {}
        self.cpu: dict[int, float] = {}
        self.names: dict[int, str] = {}
        self.series: list[tuple[float, int]] = []
        self._halt = threading.Event()

    def run(self) -> None:
        began = time.monotonic()
        while not self._halt.is_set():
            table = _processes()
            tree, frontier = set(), {self.root}
            while frontier:
                tree |= frontier
                frontier = {pid for pid, (ppid, *_) in table.items() if ppid in frontier and pid not in tree}
            workers = [pid for pid in tree if pid != self.root and pid in table and _is_worker(table[pid][1])]
            for pid in tree & table.keys():
                self.peak[pid] = max(self.peak.get(pid, 0), table[pid][2])
                self.cpu[pid] = table[pid][3]
                self.names[pid] = table[pid][1]
            if workers:
                self.series.append((time.monotonic() - began, max(table[pid][2] for pid in workers)))
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join()

    def worker_peak(self) -> int:
        """Largest peak RSS among worker processes (the root process itself when it has none)."""
        workers = [rss for pid, rss in self.peak.items() if pid != self.root and _is_worker(self.names[pid])]
        return max(workers) if workers else self.peak.get(self.root, 0)


def _is_worker(name: str) -> bool:
    """Processes that run documents: pool workers (forked `dateline`) and Ray's actors and their children."""
    return name.startswith(("dateline", "ray::"))


def run_engine(engine: str, warc: Path, workers: int, stages: str, pages_per_shard: int) -> dict:
    """One `dateline run` on `warc`; timings from the wall clock and from the shard markers."""
    output = Path(tempfile.mkdtemp(prefix=f"dateline-scale-{engine}-"))
    command = [DATELINE, "run", str(warc), "--output", str(output), "--engine", engine, "--workers", str(workers),
               "--pages-per-shard", str(pages_per_shard), "--stages", stages]
    began = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    sampler = MemorySampler(proc.pid)
    sampler.start()
    _, stderr = proc.communicate()
    wall = time.perf_counter() - began
    sampler.stop()
    if proc.returncode != 0:
        raise SystemExit(f"{engine} failed:\n{stderr[-3000:]}")
    markers = [json.loads(p.read_text()) | {"mtime": p.stat().st_mtime} for p in (output / "_done").glob("*.json")]
    documents = sum(m["articles"] for m in markers)
    first_start = min(m["mtime"] - m["seconds"] for m in markers)
    steady = max(m["mtime"] for m in markers) - first_start
    shutil.rmtree(output, ignore_errors=True)
    return {"engine": engine, "workers": 1 if engine == "local" else workers, "documents": documents,
            "wall": wall, "steady": steady, "peak_rss": sampler.worker_peak(), "series": sampler.series,
            "cpu": sum(sampler.cpu.values())}


def flatness(series: list[tuple[float, int]]) -> tuple[float, float]:
    """Median worker RSS (MiB) in the second tenth (past start-up) and in the last tenth of a run."""
    if len(series) < 20:
        return float("nan"), float("nan")
    tenth = len(series) // 10
    return (statistics.median(r for _, r in series[tenth:2 * tenth]) / 2**20,
            statistics.median(r for _, r in series[-tenth:]) / 2**20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--stages", default="clean,language,quotes,time,events")
    parser.add_argument("--pages-per-shard", type=int, default=50)
    parser.add_argument("--engines", default="local,pool,ray")
    parser.add_argument("--flat-pages", type=int, default=0, help="pages of the memory-flatness run (0: skip)")
    parser.add_argument("--flat-stages", default=None, help="stages of the flatness run (default: --stages)")
    parser.add_argument("--workdir", default="build/bench")
    args = parser.parse_args()

    warc = write_warc(Path(args.workdir) / f"scale-{args.pages}.warc.gz", args.pages)
    print(f"{args.pages} pages ({warc.stat().st_size / 2**20:.1f} MiB WARC), stages {args.stages}, "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start\n")
    rows = [run_engine(engine, warc, args.workers, args.stages, args.pages_per_shard)
            for engine in args.engines.split(",")]
    base = next((r for r in rows if r["engine"] == "local"), rows[0])
    print("| engine | workers | docs | end-to-end docs/s | steady docs/s | speed-up (steady) | CPU s/doc "
          "(all processes, start-up included) | peak RSS per worker |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['engine']} | {r['workers']} | {r['documents']} | {r['documents'] / r['wall']:.1f} | "
              f"{r['documents'] / r['steady']:.1f} | {base['steady'] / r['steady']:.2f}x | "
              f"{r['cpu'] / r['documents']:.3f} | {r['peak_rss'] / 2**20:.0f} MiB |")
    if args.flat_pages:
        flat_warc = write_warc(Path(args.workdir) / f"scale-{args.flat_pages}.warc.gz", args.flat_pages)
        r = run_engine("pool", flat_warc, args.workers, args.flat_stages or args.stages, max(args.pages_per_shard, 500))
        first, last = flatness(r["series"])
        print(f"\nMemory flatness, pool x{args.workers} on {r['documents']} pages "
              f"(stages {args.flat_stages or args.stages}, {r['documents'] / r['wall']:.1f} docs/s): "
              f"largest worker RSS {first:.0f} MiB in the second tenth, {last:.0f} MiB in the last tenth, "
              f"peak {r['peak_rss'] / 2**20:.0f} MiB")
        flat_warc.unlink()
    warc.unlink()


if __name__ == "__main__":
    main()
