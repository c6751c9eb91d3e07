"""The Ray Data engine: shards as rows of a Ray dataset, processed by a pool of actors.

Each actor (`ShardActor`) is created once per worker slot and keeps a one-worker `ProcessPool`, so spaCy
is loaded once per actor and a page that hangs or crashes is killed inside the actor, recorded as an error
row, and the shard goes on. Each actor writes its shard's Parquet files itself with `run_shard`
(deterministic names, atomic renames, a done marker): Ray Data's own `write_parquet` appends files with
generated names, so a rerun would duplicate rows. When an actor dies, the shards without a marker are submitted
again; a half-written shard has no marker and is simply rewritten.

Ray is an optional extra (`pip install dateline[ray]`); this module is imported only by `--engine ray`.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import numpy as np

from dateline.config import Settings
from dateline.scale.executors import Process
from dateline.scale.output import is_done
from dateline.scale.pool import ProcessPool
from dateline.scale.runner import ShardResult, run_shard
from dateline.scale.shards import Shard

log = logging.getLogger(__name__)

RETRIES = 3
"""Resubmissions of the unfinished shards after a failed run (an actor died and Ray Data gave up)."""


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


LOOPBACK = "127.0.0.1"
"""A local Ray talks to itself over loopback only."""


def _actor_options() -> dict:
    """Ray options of each actor: a dead actor is restarted and its call retried a few times, then the call
    fails and `run_ray` resubmits the unfinished shards. (Ray 2.60 deprecates `ray_remote_args_fn` without
    a named replacement for these two options; without them a dead actor's call is retried forever.)"""
    return {"max_restarts": RETRIES, "max_task_retries": RETRIES}


def start(workers: int) -> None:
    """Join the cluster in RAY_ADDRESS if set, else start a local Ray with `workers` CPUs (once)."""
    import ray

    if ray.is_initialized():
        return
    if os.environ.get("RAY_ADDRESS"):
        ray.init(log_to_driver=False)
    else:
        ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False, _node_ip_address=LOOPBACK)
    ray.data.DataContext.get_current().enable_progress_bars = False


def run_ray(shards: list[Shard], output: str | Path, settings: Settings, workers: int,
            process: Process) -> list[ShardResult]:
    """Run `shards` on Ray Data with `workers` actors; returns one result per shard, in shard order.

    If the dataset fails (an actor died and Ray Data gave up on it), the shards still without a marker are
    submitted again, up to RETRIES times.
    """
    import ray

    for attempt in range(RETRIES + 1):
        todo = [s for s in shards if not is_done(output, s.id)]
        if not todo:
            break
        start(workers)
        try:
            for _ in _dataset(todo, output, settings, workers, process).iter_rows():
                pass
        except ray.exceptions.RayError as exc:
            if attempt == RETRIES:
                raise
            log.warning("Ray run failed (%s); retrying %d unfinished shards", type(exc).__name__, len(todo))
    return [ShardResult.from_marker(output, s.id) for s in shards]


def _dataset(shards: list[Shard], output: str | Path, settings: Settings, workers: int, process: Process):
    """The lazy Ray dataset: one row per shard, mapped by a pool of `ShardActor`s, one shard per call."""
    import ray

    dataset = ray.data.from_items([shard.to_row() for shard in shards], override_num_blocks=len(shards))
    return dataset.map_batches(
        ShardActor,
        batch_size=1,
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=min(workers, len(shards))),
        fn_constructor_kwargs={"settings": settings, "output": str(output), "process": process},
        num_cpus=1,
        ray_remote_args_fn=_actor_options,
    )
