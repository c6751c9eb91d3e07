"""`dateline ingest`: pages or extracted records into the store, a committed batch at a time.

Inputs are whatever `dateline extract` reads, plus JSONL files of records that `dateline extract` wrote
(recognised by their first line) and output directories of `dateline run` (Parquet), whose records are
stored as they are, without processing again. Pages already
in the store are skipped before processing, so a rerun after a kill continues where the last committed
batch ended.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TextIO

from dateline.collection.store import Store
from dateline.config import Settings
from dateline.ingest import RawPage, expand_paths, read_inputs
from dateline.pipeline import complete, process, process_all
from dateline.record import Document, InputKind
from dateline.scale.output import is_run_output, read_documents


@dataclass
class IngestReport:
    seen: int = 0
    added: int = 0
    skipped: int = 0
    failed: int = 0
    merged_events: int = 0


def record_lines(handle: TextIO) -> Iterator[tuple[int, str]]:
    """(line number, JSON text) of each record in a file `dateline extract` wrote: JSONL, or its `--format json`
    array, which holds one record a line between "[" and "]", each but the last followed by a comma."""
    for number, line in enumerate(handle, start=1):
        text = line.strip()
        if text and text not in ("[", "]"):
            yield number, text.removesuffix(",")


def is_record_file(path: str) -> bool:
    """True when the file's first record is a dateline record (JSON with `schema_version`, `source`, `text`)."""
    if path == "-" or not path.endswith((".jsonl", ".json", ".ndjson")):
        return False
    try:
        with open(path, encoding="utf-8") as handle:
            _, first = next(record_lines(handle), (0, ""))
        item = json.loads(first)
    except (OSError, ValueError, UnicodeDecodeError):
        return False
    return isinstance(item, dict) and "schema_version" in item and "source" in item and "text" in item


class RecordError(ValueError):
    """A line of a records file is not a dateline record (`ingest` has stored the batches before it)."""


MAX_ID_CHARS = 256


def id_problem(document_id: str) -> str | None:
    """Why `document_id` cannot name an article in the store and in its URLs (`/api/articles/<id>`), or None.

    Ids dateline makes are hashes; records written by other tools may carry any string, and "/" is fine (the
    API routes it), but an empty or very long id, one with spaces or control characters, or a dot segment
    ("." or "..", which URL paths resolve away) is refused."""
    if not document_id:
        return "is empty"
    if len(document_id) > MAX_ID_CHARS:
        return f"is longer than {MAX_ID_CHARS} characters"
    if any(char.isspace() or not char.isprintable() for char in document_id):
        return "contains a space or a control character"
    if document_id in (".", ".."):
        return "is a dot segment, which no URL path can carry"
    return None


def _valid(doc: Document, where: str) -> Document:
    """`doc`, or a `RecordError` saying where its id is and why it cannot be stored."""
    problem = id_problem(doc.id)
    if problem is not None:
        raise RecordError(f"{where}: the record id {doc.id[:80]!r} {problem}")
    return doc


def read_records(path: str) -> Iterator[Document]:
    with open(path, encoding="utf-8") as handle:
        for number, line in record_lines(handle):
            try:
                doc = Document.model_validate_json(line)
            except ValueError as exc:
                raise RecordError(f"{path}:{number} is not a dateline record "
                                  f"({str(exc).splitlines()[0]})") from None
            yield _valid(doc, f"{path}:{number}")


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def documents(paths: Iterable[str], settings: Settings, kind: InputKind | None = None, url: str | None = None,
              published: str | None = None) -> Iterator[Document]:
    """The records of everything in `paths`, in order: records `dateline extract` or `dateline run` wrote are
    taken as they are (they keep the URL, publication date and annotations they were made with, which their
    text alone would lose), with only the configured stages they lack run on them (`pipeline.complete`); every
    other input is read and processed now (`url` and `published` apply to it)."""
    pages: list[str] = []

    def processed() -> Iterator[Document]:
        yield from process_all(read_inputs(pages, kind=kind, url=url, published=published,
                                           max_bytes=settings.max_input_bytes), settings)
        pages.clear()

    for path in paths:
        if is_run_output(path):
            yield from processed()
            yield from (complete(doc, settings) for doc in read_documents(path))
            continue
        for file in expand_paths([path]):
            if kind is None and is_record_file(file):
                yield from processed()
                yield from (complete(doc, settings) for doc in read_records(file))
            else:
                pages.append(file)
    yield from processed()


def ingest(store: Store, paths: Iterable[str], settings: Settings, kind: InputKind | None = None,
           url: str | None = None, published: str | None = None,
           progress: Callable[[int], None] = lambda n: None) -> IngestReport:
    """Process and store everything in `paths`; `progress(n)` is called after each committed batch."""
    report = IngestReport()
    paths = list(paths)
    run_outputs = [p for p in paths if is_run_output(p)]
    paths = list(expand_paths(p for p in paths if p not in run_outputs))
    record_files = [p for p in paths if kind is None and is_record_file(p)]
    pages = read_inputs([p for p in paths if p not in record_files], kind=kind, url=url, published=published,
                        max_bytes=settings.max_input_bytes)
    for path in run_outputs:  # Parquet written by `dateline run`: its records, stored as they are
        records = (_valid(doc, f"{path}, record {n}") for n, doc in enumerate(read_documents(path), start=1))
        for batch in _batches(records, settings.ingest_batch):
            _commit(store, batch, 0, report, progress)
    for path in record_files:
        for batch in _batches(read_records(path), settings.ingest_batch):
            _commit(store, batch, 0, report, progress)
    for batch in _batches(pages, settings.ingest_batch):
        known = store.known(page.digest for page in batch)
        fresh: list[RawPage] = [page for page in batch if page.digest not in known]
        _commit(store, [process(page, settings) for page in fresh], len(batch) - len(fresh), report, progress)
    report.merged_events = store.merge()
    return report


def _commit(store: Store, docs: list[Document], skipped_early: int, report: IngestReport,
            progress: Callable[[int], None]) -> None:
    added = store.add(docs)
    report.seen += len(docs) + skipped_early
    report.added += added
    report.skipped += len(docs) - added + skipped_early
    report.failed += sum(1 for d in docs if d.errors)
    progress(len(docs) + skipped_early)
