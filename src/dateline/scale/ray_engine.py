"""The Ray Data engine: shards as rows of a Ray dataset, processed by a pool of actors.

Each actor (`ShardActor`) is created once per worker slot and keeps a one-worker `ProcessPool`, so spaCy
is loaded once per actor and a page that hangs or crashes is killed inside the actor, recorded as an error
row, and the shard goes on. Each actor writes its shard's Parquet files itself with `run_shard`
(deterministic names, atomic renames, a done marker): Ray Data's own `write_parquet` appends files with
generated names, so a rerun would duplicate rows. An actor that dies is restarted by Ray and its shard
retried; a half-written shard has no marker and is simply rewritten.

Ray is an optional extra (`pip install dateline[ray]`); this module is imported only by `--engine ray`.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from dateline.config import Settings
from dateline.scale.executors import Process
from dateline.scale.pool import ProcessPool
from dateline.scale.runner import ShardResult, run_shard
from dateline.scale.shards import Shard

RETRIES = 3
"""Restarts of a dead actor, and retries of the shard it was working on."""


class ShardActor:
    """A Ray Data callable class: one per worker slot, with its models loaded once in its child worker."""

    def __init__(self, settings: Settings, output: str, process: Process):
        self.settings, self.output = settings, output
        self.pool = ProcessPool(settings, workers=1, process=process)

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        results = []
        for number in range(len(batch["id"])):
            shard = Shard.from_row({name: batch[name][number] for name in batch})
            results.append(run_shard(shard, self.settings, self.output, self.pool))
        return {
            "shard": np.array([r.shard for r in results]),
            "documents": np.array([r.documents for r in results]),
            "failed": np.array([r.failed for r in results]),
            "seconds": np.array([r.seconds for r in results]),
            "skipped": np.array([r.skipped for r in results]),
        }

    def __del__(self):
        pool = getattr(self, "pool", None)
        if pool is not None:
            pool.close()


def start(workers: int) -> None:
    """Join the cluster in RAY_ADDRESS if set, else start a local Ray with `workers` CPUs (once)."""
    import ray

    if ray.is_initialized():
        return
    if os.environ.get("RAY_ADDRESS"):
        ray.init(log_to_driver=False)
    else:
        ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)


def run_ray(shards: list[Shard], output: str | Path, settings: Settings, workers: int,
            process: Process) -> list[ShardResult]:
    """Run `shards` on Ray Data with `workers` actors; returns one result per shard, in shard order."""
    import ray

    if not shards:
        return []
    start(workers)
    dataset = ray.data.from_items([shard.to_row() for shard in shards], override_num_blocks=len(shards))
    results = dataset.map_batches(
        ShardActor,
        batch_size=1,
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=min(workers, len(shards))),
        fn_constructor_kwargs={"settings": settings, "output": str(output), "process": process},
        num_cpus=1,
        max_restarts=RETRIES,
        max_task_retries=RETRIES,
    )
    rows = {row["shard"]: row for row in results.iter_rows()}
    return [ShardResult(shard=str(rows[s.id]["shard"]), documents=int(rows[s.id]["documents"]),
                        failed=int(rows[s.id]["failed"]), seconds=float(rows[s.id]["seconds"]),
                        skipped=bool(rows[s.id]["skipped"])) for s in shards]
