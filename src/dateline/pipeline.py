"""The flow: ingest -> clean -> language -> quotes -> time -> events.

`process(page, settings)` is a pure function of its input (plus the loaded models), so the same code runs
in one process, in a process pool or on a cluster engine. `process_many(pages, settings)` is its batch form
(spaCy parses the articles of a batch together) and gives each page the record `process` gives it. A stage
that fails or runs past the time limit adds an error to the record and the later stages are skipped; the
document is never lost.
"""

from __future__ import annotations

import dataclasses
import importlib
import signal
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from functools import partial

from dateline.clean import clean
from dateline.config import Settings
from dateline.ingest import RawPage, read_text
from dateline.record import Document, InputKind, Problem

Stage = Callable[[Document, Settings], Document]


LATER_STAGES = ("language", "quotes", "time", "events")
"""Stages after `clean`, in flow order; each is the `run` function of the package of that name."""


def _registry(stages: tuple[str, ...]) -> dict[str, Stage]:
    """The configured stages after `clean`, in flow order. Imported lazily and only when configured: spaCy,
    the lexicons and the gazetteer load only when a stage needs them, so `--stages clean` starts fast."""
    return {name: importlib.import_module(f"dateline.{name}").run for name in LATER_STAGES if name in stages}


class StageTimeout(Exception):
    pass


@contextmanager
def time_limit(seconds: float):
    """Raise `StageTimeout` after `seconds` (main thread only; elsewhere the pool enforces limits)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise StageTimeout(f"stage ran past {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def failed_document(page: RawPage, problem: Problem) -> Document:
    return Document(id=page.digest, source=page.source, errors=[problem], warnings=list(page.warnings))


def _guarded(name: str, step: Callable[[], Document], settings: Settings) -> Document | Problem:
    try:
        with time_limit(settings.time_limit):
            return step()
    except StageTimeout as exc:
        return Problem(code="time-limit", stage=name, message=str(exc))
    except RecursionError:
        return Problem(code="too-deep", stage=name, message="input nested too deeply to process")
    except MemoryError:
        return Problem(code="out-of-memory", stage=name, message="stage ran out of memory")
    except Exception as exc:  # noqa: BLE001 (one bad document must never stop a run)
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return Problem(code="stage-failed", stage=name,
                       message=f"{type(exc).__name__}: {exc} ({where.filename.rsplit('/', 1)[-1]}:{where.lineno})")


WARM_UP_TEXT = ("On Monday, 3 May 2024, the army said it had taken control of the town of Harbour in Nigeria. "
                "\"We hold the bridge,\" a spokesman, Amina Okafor, told reporters in Lagos.")
"""A made-up sample that reaches every model and table the stages load (parser, lexicons, gazetteer)."""

_WARMED: set[tuple[str, tuple[str, ...]]] = set()


def warm_up(settings: Settings) -> None:
    """Load what the configured stages need, once per process, by running them on a sample without a time
    limit: loading takes seconds (more on a busy machine) and must neither count against a document's
    limit nor be cut off half-way by it, which would leave it to start again on every document."""
    key = (settings.spacy_model, tuple(settings.stages))
    if key in _WARMED or set(settings.stages) <= {"clean"}:
        return
    _WARMED.add(key)
    process(read_text(WARM_UP_TEXT, InputKind.article_text), dataclasses.replace(settings, time_limit=0))


def process(page: RawPage, settings: Settings | None = None) -> Document:
    """Run every configured stage on one page and return its record (a batch of one)."""
    return next(process_many([page], settings))


def process_many(pages: Iterable[RawPage], settings: Settings | None = None,
                 timings: Counter[str] | None = None) -> Iterator[Document]:
    """Run every configured stage on each page; one record per page, in input order.

    Pages are cleaned one at a time and gathered into batches of about `settings.batch_chars` characters of
    article text; the articles of a batch are parsed by spaCy together (one `nlp.pipe` over all their lines),
    then the later stages run on each document alone. Each record is exactly what the page alone gives: every
    line is parsed on its own, so a document's parse does not depend on the others in its batch. If the
    batch's parse fails or runs past the documents' time limits together, each document is parsed alone by
    its own language stage, under its own limit. `timings`, when given, adds up the seconds spent per stage.
    """
    settings = settings or Settings.from_env()
    clock = _Clock(timings)
    for batch in _cleaned_batches(pages, settings, clock):
        with ExitStack() as pinned:
            texts = [doc.text for doc in batch if doc.text]
            if "language" in settings.stages and len(texts) > 1:
                with clock("language"):
                    _parse_together(texts, settings, pinned)
            for doc in batch:
                yield _later_stages(doc, settings, clock)


def complete(doc: Document, settings: Settings | None = None) -> Document:
    """A record read back (written by `extract` or `run`) with the configured stages it has not been through
    run on it now, so one made with fewer stages (`--stages clean`) gains the rest; one that has them all, or
    that holds errors, is returned as it is."""
    settings = settings or Settings.from_env()
    if doc.errors or all(name in doc.stages for name in settings.stages):
        return doc
    warm_up(settings)
    return _later_stages(doc, settings, _Clock(None))


def process_all(pages: Iterable[RawPage], settings: Settings | None = None) -> Iterator[Document]:
    """The records of `pages`, in order (`process_many`)."""
    return process_many(pages, settings)


def _cleaned_batches(pages: Iterable[RawPage], settings: Settings, clock: _Clock) -> Iterator[list[Document]]:
    """The pages cleaned, in runs of at least `settings.batch_chars` characters of article text (the last
    run may be shorter)."""
    batch: list[Document] = []
    size = 0
    for page in pages:
        with clock("clean"):
            doc = _clean(page, settings)
        batch.append(doc)
        size += len(doc.text)
        if size >= settings.batch_chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _clean(page: RawPage, settings: Settings) -> Document:
    if page.error is not None:
        return failed_document(page, page.error)
    warm_up(settings)
    result = _guarded("clean", partial(clean, page, settings), settings)
    return failed_document(page, result) if isinstance(result, Problem) else result


def _parse_together(texts: list[str], settings: Settings, pinned: ExitStack) -> None:
    """Pin one spaCy parse of all `texts` for the later stages (see `language.parsed_together`)."""
    from dateline.language import parsed_together

    try:
        with time_limit(settings.time_limit * len(texts)):
            pinned.enter_context(parsed_together(texts, settings.spacy_model))
    except Exception:  # noqa: BLE001 (StageTimeout too: each document is then parsed alone, under its own limit)
        return


def _later_stages(doc: Document, settings: Settings, clock: _Clock) -> Document:
    """The configured stages after `clean`; a stage that fails records its error and ends the document's run."""
    for name, stage in _registry(settings.stages).items():
        if not doc.text or name in doc.stages:
            continue
        with clock(name):
            result = _guarded(name, partial(stage, doc, settings), settings)
        if isinstance(result, Problem):
            return doc.model_copy(update={"errors": doc.errors + [result]})
        doc = result.model_copy(update={"stages": result.stages + [name]})
    return doc


class _Clock:
    """Adds the seconds spent in each stage to a counter (nothing without one)."""

    def __init__(self, timings: Counter[str] | None):
        self.timings = timings

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        if self.timings is None:
            yield
            return
        began = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] += time.perf_counter() - began
