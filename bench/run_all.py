"""Run every benchmark in turn (`make bench`); each prints its own markdown table.

The store benchmark needs the `hey` load tool (Debian package `hey`); `make bench` installs it.
A single benchmark runs on its own with `.venv/bin/python -m bench.<name>`.
"""

from __future__ import annotations

import subprocess
import sys
import time

BENCHMARKS = ["extraction", "dates", "flattened", "furniture", "metadata", "quotes", "time", "events", "entities",
              "geo", "realnews", "speed", "scale", "store"]


def main(names: list[str]) -> int:
    failed = []
    for name in names or BENCHMARKS:
        print(f"\n## bench.{name}\n", flush=True)
        started = time.perf_counter()
        if subprocess.run([sys.executable, "-m", f"bench.{name}"], check=False).returncode:
            failed.append(name)
        print(f"\n(bench.{name}: {time.perf_counter() - started:.0f} s)", flush=True)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
