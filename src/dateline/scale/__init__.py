"""Scale-out: one per-shard step, run by three executors (in-process, a local process pool, Ray Data).

A *shard* is a slice of the input (a range of records of one WARC, or a batch of files); `run_shard` reads
its pages, runs every page through `pipeline.process` on an executor, and writes the records as Parquet
tables with file names derived from the shard id, then a done marker. The same function serves
`dateline run --engine local|pool|ray`; `dateline extract --workers N` uses the pool directly.
"""

from __future__ import annotations

from dateline.scale.executors import Executor, InProcess
from dateline.scale.pool import ProcessPool
from dateline.scale.runner import ShardResult, run, run_shard
from dateline.scale.shards import Shard, plan_shards, read_shard

__all__ = ["Executor", "InProcess", "ProcessPool", "Shard", "ShardResult", "plan_shards", "read_shard",
           "run", "run_shard"]
