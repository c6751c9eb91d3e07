"""How pages become records: the executor interface and the in-process executor."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, Self

from dateline.config import Settings
from dateline.ingest import RawPage
from dateline.pipeline import process
from dateline.record import Document

Process = Callable[[RawPage, Settings], Document]
"""The per-page step (`pipeline.process`); replaceable so tests can inject a page that hangs or crashes."""


class Executor(Protocol):
    """Turns a stream of pages into their records, in input order."""

    def map(self, pages: Iterable[RawPage]) -> Iterator[Document]: ...

    def close(self) -> None: ...


class InProcess:
    """Every page in the calling process, one after the other (the embedded single-machine path)."""

    def __init__(self, settings: Settings, process: Process = process):
        self.settings = settings
        self.process = process

    def map(self, pages: Iterable[RawPage]) -> Iterator[Document]:
        for page in pages:
            yield self.process(page, self.settings)

    def close(self) -> None:
        """Nothing to release."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
