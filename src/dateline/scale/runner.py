"""The per-shard step and the run driver shared by every engine.

`run_shard` is the one function every executor runs: shard in (a WARC range or a batch of files), records
out (Parquet tables and a done marker). `run` plans the shards of the inputs, skips the finished ones, and
hands the rest to an engine; results come back in shard order: `local` (in this process), `pool` (a local
process pool with a hard per-document time limit) or `ray` (Ray Data, see `dateline.scale.ray_engine`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from dateline.config import Settings
from dateline.pipeline import process
from dateline.scale.executors import Executor, InProcess, Process
from dateline.scale.output import ShardWriter, is_done, read_marker
from dateline.scale.pool import ProcessPool
from dateline.scale.shards import Shard, plan_shards, read_shard

ENGINES = ("local", "pool", "ray")


@dataclass(frozen=True)
class ShardResult:
    shard: str
    documents: int
    failed: int
    seconds: float
    skipped: bool = False
    """True when the shard was already finished by an earlier run."""

    @classmethod
    def from_marker(cls, output: str | Path, shard_id: str) -> ShardResult:
        marker = read_marker(output, shard_id)
        return cls(shard_id, marker["articles"], marker["failed"], marker["seconds"])


def run_shard(shard: Shard, settings: Settings, output: str | Path, executor: Executor) -> ShardResult:
    """Read the pages of `shard`, process them on `executor` and commit them as Parquet (idempotent)."""
    if is_done(output, shard.id):
        return ShardResult(shard.id, 0, 0, 0.0, skipped=True)
    writer = ShardWriter(output, shard.id)
    try:
        for doc in executor.map(read_shard(shard, settings)):
            writer.add(doc)
    except BaseException:
        writer.abort()
        raise
    writer.commit()
    return ShardResult.from_marker(output, shard.id)


def run(inputs: Iterable[str], output: str | Path, settings: Settings, engine: str = "local", workers: int = 2,
        pages_per_shard: int = 500, process: Process = process) -> list[ShardResult]:
    """Process every unfinished shard of `inputs` into `output` with `engine`; returns one result per shard."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    shards = plan_shards(inputs, pages_per_shard)
    results = {s.id: ShardResult(s.id, 0, 0, 0.0, skipped=True) for s in shards if is_done(output, s.id)}
    todo = [s for s in shards if s.id not in results]
    if engine == "ray":
        from dateline.scale.ray_engine import run_ray

        results.update((r.shard, r) for r in run_ray(todo, output, settings, workers, process))
    else:
        executor: Executor = (ProcessPool(settings, workers, process) if engine == "pool"
                              else InProcess(settings, process))
        try:
            results.update((s.id, run_shard(s, settings, output, executor)) for s in todo)
        finally:
            executor.close()
    return [results[s.id] for s in shards]
