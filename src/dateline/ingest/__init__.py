"""Ingest: every input people really have, turned into a stream of `RawPage`s.

HTML files (any charset, gzip accepted), directories of them, WARC/WARC.gz, JSONL of `{url, html}` records, JSON
files of such records (one object or an array), flattened page text and clean article text, from files, http(s)
URLs or stdin. The kind is detected or declared.
A file that cannot be read becomes a page carrying an error, so a run never loses a document silently.
"""

from __future__ import annotations

import dataclasses
import gzip
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator

from dateline.config import Settings
from dateline.ingest.decode import GZIP_MAGIC, InputError, decode, maybe_gunzip, repair_mojibake
from dateline.ingest.detect import detect_kind, kind_from_name
from dateline.ingest.json_file import invalid_json, read_json
from dateline.ingest.jsonl import read_jsonl
from dateline.ingest.nesting import flatten_deep
from dateline.ingest.page import RawPage, digest, failed
from dateline.ingest.remote import is_url, open_url, url_name
from dateline.ingest.warc import read_warc
from dateline.record import InputKind, Problem, Source

__all__ = ["RawPage", "expand_paths", "guard_nesting", "read_inputs", "read_text", "read_warc_range"]

DEFAULT_MAX_BYTES = Settings.max_input_bytes
DEFAULT_MAX_NESTING = Settings.max_nesting

SKIPPED_NAMES = {".DS_Store", "Thumbs.db"}


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files named, and the files inside directories named (recursively, in sorted order)."""
    for path in paths:
        if path != "-" and not is_url(path) and os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name not in SKIPPED_NAMES and not name.startswith("."):
                        yield os.path.join(root, name)
        else:
            yield path


def read_text(content: str, kind: InputKind = InputKind.page_text, url: str | None = None,
              published: str | None = None, path: str | None = None) -> RawPage:
    """A page from a string already in memory (the library entry point for text and HTML)."""
    repaired_content, repaired = repair_mojibake(content)
    page = RawPage(content=repaired_content, kind=kind, digest=digest(content), published=published,
                   source=Source(path=path, url=url, kind=kind, bytes=len(content)),
                   warnings=(repaired,) if repaired else ())
    return guard_nesting(page, DEFAULT_MAX_NESTING)


def read_inputs(paths: Iterable[str], kind: InputKind | None = None, url: str | None = None,
                published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                max_nesting: int = DEFAULT_MAX_NESTING) -> Iterator[RawPage]:
    """Stream the pages of every input path ('-' is stdin). `url`/`published` are caller-given evidence."""
    for path in expand_paths(paths):
        for page in _read_path(path, kind, url, published, max_bytes):
            yield guard_nesting(page, max_nesting)


def read_warc_range(path: str, start: int, end: int | None, published: str | None = None,
                    max_bytes: int = DEFAULT_MAX_BYTES, max_nesting: int = DEFAULT_MAX_NESTING) -> Iterator[RawPage]:
    """The pages of the response records of WARC `path` that start at offsets in [start, end) (one shard)."""
    try:
        stream = open(path, "rb")  # noqa: SIM115 (closed by the `with` below; an unreadable file is a failed page)
    except OSError as exc:
        yield failed(Source(path=path, kind=InputKind.warc), "unreadable", str(exc))
        return
    with stream:
        for page in read_warc(stream, path, max_bytes, published, start=start, end=end):
            yield guard_nesting(page, max_nesting)


def guard_nesting(page: RawPage, max_nesting: int) -> RawPage:
    """An HTML page nested deeper than `max_nesting` is flattened below that depth, with a `too-deep` warning."""
    if page.kind is not InputKind.html or page.error is not None:
        return page
    html, deepest = flatten_deep(page.content, max_nesting)
    if deepest <= max_nesting:
        return page
    warning = Problem(code="too-deep", stage="ingest",
                      message=f"HTML nested {deepest} levels deep; tags below level {max_nesting} were dropped")
    return dataclasses.replace(page, content=html, warnings=page.warnings + (warning,))


def _open(path: str):
    if path == "-":
        return sys.stdin.buffer
    return open_url(path) if is_url(path) else open(path, "rb")


def _read_path(path: str, kind: InputKind | None, url: str | None, published: str | None,
               max_bytes: int) -> Iterator[RawPage]:
    try:
        stream = _open(path)
    except OSError as exc:
        yield failed(Source(path=path, url=url, kind=kind or InputKind.html), "unreadable", str(exc))
        return
    with stream:
        url = url or (path if is_url(path) else None)
        head = stream.peek(8192)[:8192] if hasattr(stream, "peek") else b""
        name = "" if path == "-" else url_name(path) if is_url(path) else path
        declared = kind or kind_from_name(name)
        kind = declared or detect_kind(name, head)
        if kind is InputKind.warc:
            yield from read_warc(stream, path, max_bytes, published)
            return
        if kind is InputKind.jsonl:
            binary = gzip.GzipFile(fileobj=stream) if head[:2] == GZIP_MAGIC else stream
            lines = io.TextIOWrapper(binary, encoding="utf-8", errors="replace")
            try:
                yield from read_jsonl(lines, path, max_bytes, published)
            except (OSError, EOFError) as exc:
                yield failed(Source(path=path, kind=kind), "gzip-truncated", f"JSONL stream broke off: {exc}")
            return
        try:
            raw = stream.read(max_bytes + 1)
        except OSError as exc:  # a download that broke off
            yield failed(Source(path=path, url=url, kind=kind), "unreadable", f"reading stopped: {exc}")
            return
    yield from _read_bytes(raw, Source(path=path, url=url, kind=kind, bytes=len(raw)), published, max_bytes,
                           sniffed=declared is None)


def _read_bytes(raw: bytes, source: Source, published: str | None, max_bytes: int,
                sniffed: bool) -> Iterator[RawPage]:
    """The page (or, for a JSON file, the records) of a whole file read into memory, at most `max_bytes`.

    Content only sniffed as JSON that does not parse is page text that starts with a brace, and is read as such;
    a file named or declared JSON that does not parse is an error page.
    """
    if len(raw) > max_bytes:
        hint = " (a large collection of records fits in JSONL, one record per line)" \
            if source.kind is InputKind.json else ""
        yield failed(source, "input-too-large", f"input exceeds {max_bytes} bytes{hint}", raw[:4096])
        return
    try:
        data = maybe_gunzip(raw, max_bytes)
        if not data.strip():
            raise InputError("empty-input", "input is empty")
        text, encoding, warnings = decode(data)
    except InputError as exc:
        yield failed(source, exc.code, str(exc), raw)
        return
    source = source.model_copy(update={"encoding": encoding})
    if source.kind is InputKind.json:
        try:
            value = json.loads(text)
        except ValueError as exc:
            if not sniffed:
                yield invalid_json(source, exc, raw)
                return
            source = source.model_copy(update={"kind": InputKind.page_text})
        else:
            yield from read_json(value, source, published, tuple(warnings))
            return
    yield RawPage(content=text, kind=source.kind, source=source, digest=digest(data), published=published,
                  warnings=tuple(warnings))
