"""A local process pool whose per-document time limit holds even for code stuck in C.

A `signal.alarm` cannot interrupt a regex or a parser that never returns to the interpreter, so the pool
watches each worker from the outside: a worker still busy with one document past `worker_time_limit`
seconds is killed (SIGKILL) and replaced, and that document is recorded with `time-limit`; a worker's heap is
capped at `worker_memory_limit` bytes, and a document that needs more is recorded with `out-of-memory`. A worker that
dies (a crash in C, the OOM killer) is replaced and its document tried once more on a fresh worker; a page
that kills two workers is recorded with `worker-crashed`. Records come out in input order.

Workers are forked, load their models once (`pipeline.warm_up` before they take work, so start-up time
never counts against a document's limit), and are reused for every document after that.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import resource
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Self

from dateline.config import Settings
from dateline.ingest import RawPage
from dateline.pipeline import failed_document, process, warm_up
from dateline.record import Document, Problem
from dateline.scale.executors import Process

PR_SET_PDEATHSIG = 1
MAX_START_FAILURES = 3
"""Workers that die before they are ready, in a row, before the pool gives up (a broken install)."""


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the process that forked it dies (no orphans left behind by a
    killed run or a killed Ray actor); elsewhere the closed pipe ends the worker instead."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def _limit_memory(limit: int) -> None:
    """Cap this process's heap at `limit` bytes (RLIMIT_DATA: allocations past it raise MemoryError)."""
    if limit > 0:
        _, hard = resource.getrlimit(resource.RLIMIT_DATA)
        resource.setrlimit(resource.RLIMIT_DATA, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))


def _process_within_memory(page: RawPage, settings: Settings, process: Process) -> Document:
    """`process(page)`, with a page that runs the worker out of memory recorded as `out-of-memory`."""
    try:
        return process(page, settings)
    except MemoryError:
        return failed_document(page, Problem(
            code="out-of-memory", stage="worker",
            message=f"document needed more than the worker's {settings.worker_memory_limit:,} bytes"))


def _serve(conn: Connection, parent_end: Connection, settings: Settings, process: Process) -> None:
    """Worker loop: warm up, say ready, then turn (index, page) messages into (index, record) replies."""
    _die_with_parent()
    _limit_memory(settings.worker_memory_limit)
    parent_end.close()  # the forked copy of the pool's end, so the pipe closes when the pool goes
    warm_up(settings)
    conn.send(("ready", None))
    while True:
        message = conn.recv()
        if message is None:
            return
        index, page = message
        conn.send((index, _process_within_memory(page, settings, process)))


@dataclass
class _Worker:
    process: multiprocessing.Process
    conn: Connection
    ready: bool = False
    task: tuple[int, RawPage] | None = None
    started: float = 0.0


@dataclass
class _Job:
    pages: Iterator[tuple[int, RawPage]]
    retry: deque = field(default_factory=deque)
    tries: dict[int, int] = field(default_factory=dict)
    done: dict[int, Document] = field(default_factory=dict)
    exhausted: bool = False

    def next_task(self) -> tuple[int, RawPage] | None:
        if self.retry:
            return self.retry.popleft()
        if self.exhausted:
            return None
        task = next(self.pages, None)
        self.exhausted = task is None
        return task


class ProcessPool:
    """`workers` forked processes running `process(page, settings)`, with a hard per-document time limit."""

    def __init__(self, settings: Settings, workers: int = 2, process: Process = process,
                 start_method: str = "fork"):
        if workers < 1:
            raise ValueError("a pool needs at least one worker")
        self.settings = settings
        self.limit = settings.worker_time_limit
        self._process = process
        self._context = multiprocessing.get_context(start_method)
        self._workers = [self._spawn() for _ in range(workers)]
        self._start_failures = 0

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        proc = self._context.Process(target=_serve, args=(child, parent, self.settings, self._process),
                                     daemon=True, name="dateline-worker")
        proc.start()
        child.close()
        return _Worker(process=proc, conn=parent)

    def _replace(self, worker: _Worker, kill: bool) -> None:
        if kill and worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        worker.conn.close()
        if not worker.ready:
            self._start_failures += 1
            if self._start_failures >= MAX_START_FAILURES:
                raise RuntimeError(f"{MAX_START_FAILURES} pool workers died while starting "
                                   f"(exit code {worker.process.exitcode}); see their stderr")
        self._workers[self._workers.index(worker)] = self._spawn()

    def map(self, pages: Iterable[RawPage]) -> Iterator[Document]:
        """The record of every page, in input order, computed on the workers."""
        job = _Job(pages=enumerate(pages))
        next_out = 0
        while True:
            for worker in self._workers:
                if worker.ready and worker.task is None and (task := job.next_task()) is not None:
                    worker.task, worker.started = task, time.monotonic()
                    try:
                        worker.conn.send(task)
                    except OSError:
                        self._died(worker, job)
            if job.exhausted and not job.retry and not any(w.task for w in self._workers):
                break
            for conn in wait([w.conn for w in self._workers], timeout=self._wait_time()):
                self._receive(next(w for w in self._workers if w.conn is conn), job)
            self._enforce_limit(job)
            while next_out in job.done:
                yield job.done.pop(next_out)
                next_out += 1
        while next_out in job.done:
            yield job.done.pop(next_out)
            next_out += 1

    def _wait_time(self) -> float | None:
        busy = [w.started for w in self._workers if w.task is not None]
        if not busy:
            return 1.0
        return max(0.0, min(busy) + self.limit - time.monotonic()) + 0.01

    def _receive(self, worker: _Worker, job: _Job) -> None:
        try:
            index, doc = worker.conn.recv()
        except (EOFError, OSError):
            self._died(worker, job)
            return
        if index == "ready":
            worker.ready, self._start_failures = True, 0
            return
        job.done[index] = doc
        worker.task = None

    def _died(self, worker: _Worker, job: _Job) -> None:
        """A worker exited under a document: retry it once on a fresh worker, then record it as crashing."""
        task = worker.task
        worker.process.join()
        code = worker.process.exitcode
        self._replace(worker, kill=False)
        if task is None:
            return
        index, page = task
        job.tries[index] = job.tries.get(index, 0) + 1
        if job.tries[index] < 2:
            job.retry.append(task)
            return
        job.done[index] = failed_document(page, Problem(
            code="worker-crashed", stage="worker",
            message=f"the page killed two workers (last exit code {code})"))

    def _enforce_limit(self, job: _Job) -> None:
        now = time.monotonic()
        for worker in list(self._workers):
            if worker.task is not None and now - worker.started > self.limit:
                index, page = worker.task
                job.done[index] = failed_document(page, Problem(
                    code="time-limit", stage="worker",
                    message=f"document ran past {self.limit:g} s; its worker was killed and replaced"))
                worker.task = None
                self._replace(worker, kill=True)

    def close(self) -> None:
        """Stop the workers (politely, then by force)."""
        for worker in self._workers:
            try:
                worker.conn.send(None)
            except OSError:
                pass
        for worker in self._workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
