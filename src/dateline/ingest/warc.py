"""WARC and WARC.gz: HTML response records, streamed one at a time (constant memory), via FastWARC.

A byte range (`start`, `end`) of record offsets lets the scale-out executors split one archive into shards
without reading it twice: `record_offsets` lists where each response record starts, and `read_warc` with a
range yields only the records that start inside it.

FastWARC stops quietly at a truncated record or a broken gzip member. So, when it stops, the rest of the
file is checked (`check_tail`): an archive that ends inside a record gets one extra error page
(`warc-truncated`), one that stopped parsing long before its end gets `warc-corrupt`; nothing is lost
silently.
"""

from __future__ import annotations

import os
import re
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecordType

from dateline.ingest.decode import GZIP_MAGIC, InputError, decode
from dateline.ingest.page import RawPage, digest, failed
from dateline.record import InputKind, Source

HTML_TYPES = ("text/html", "application/xhtml+xml")
_CONTENT_LENGTH = re.compile(rb"\r?\nContent-Length:\s*(\d+)", re.IGNORECASE)
_TAIL_SLACK = 1 << 16
"""Bytes beyond one maximal record that may follow the last parsed record before the archive counts as broken."""


def read_warc(stream: BinaryIO, path: str, max_bytes: int, published: str | None = None,
              start: int = 0, end: int | None = None) -> Iterator[RawPage]:
    """Yield one page per HTML `response` record starting in [start, end); other records are skipped.

    Records larger than `max_bytes` become `input-too-large` error pages; a payload shorter than its
    declared length (a cut archive) becomes a `warc-truncated` error page.
    """
    if start:
        stream.seek(start)
    last_pos, cut = start, False
    try:
        for record in ArchiveIterator(stream, record_types=WarcRecordType.any_type, parse_http=True):
            last_pos = record.stream_pos
            if end is not None and last_pos >= end:
                return
            if record.record_type != WarcRecordType.response:
                continue
            page = _page(record, path, max_bytes, published)
            if page is not None:
                cut = page.error is not None and page.error.code == "warc-truncated"
                yield page
    except (OSError, ValueError) as exc:
        yield failed(Source(path=path, kind=InputKind.warc), "warc-corrupt",
                     f"archive could not be read past offset {last_pos}: {exc}")
        return
    if end is None and not cut:
        problem = check_tail(stream, last_pos, max_bytes)
        if problem is not None:
            code, message = problem
            yield failed(Source(path=path, kind=InputKind.warc), code, message)


def _page(record, path: str, max_bytes: int, published: str | None) -> RawPage | None:
    """The page of one response record, an error page, or None for a record that is not HTML."""
    source = Source(
        path=path,
        url=record.headers.get("WARC-Target-URI"),
        kind=InputKind.warc,
        warc_record_id=record.record_id,
        warc_date=record.headers.get("WARC-Date"),
    )
    if record.content_length > max_bytes:
        return failed(source, "input-too-large", f"record of {record.content_length} bytes exceeds {max_bytes}")
    content_type = record.http_content_type or ""
    if content_type and not content_type.lower().startswith(HTML_TYPES):
        return None
    source = source.model_copy(update={"content_type": content_type or None})
    raw = record.reader.read(max_bytes + 1)
    if len(raw) < record.content_length:
        return failed(source, "warc-truncated",
                      f"record holds {len(raw)} of its {record.content_length} bytes: the archive is cut")
    try:
        declared = f"charset={record.http_charset}" if record.http_charset else None
        text, encoding, warnings = decode(raw, declared)
    except InputError as exc:
        return failed(source, exc.code, str(exc), raw)
    if not text.strip():
        return failed(source, "empty-input", "response record has an empty body")
    return RawPage(
        content=text,
        kind=InputKind.html,
        source=source.model_copy(update={"encoding": encoding, "bytes": len(raw)}),
        digest=digest(raw),
        published=published,
        warnings=tuple(warnings),
    )


def check_tail(stream: BinaryIO, last_pos: int, max_bytes: int) -> tuple[str, str] | None:
    """Check the bytes from the last record FastWARC read to the end of the file: (code, message) if broken.

    Only the last record (at most one record's size) is re-read, so the check costs nothing on big archives.
    Unseekable streams (stdin) are not checked.
    """
    try:
        size = os.fstat(stream.fileno()).st_size
        stream.seek(last_pos)
    except (OSError, AttributeError, ValueError):
        return None
    remaining = size - last_pos
    if remaining > max_bytes + _TAIL_SLACK:
        return "warc-corrupt", f"archive stopped parsing at offset {last_pos} of {size} bytes"
    tail = stream.read(remaining)
    if tail[:2] == GZIP_MAGIC:
        return _check_gzip_members(tail, last_pos)
    return _check_plain_record(tail, last_pos)


def _check_gzip_members(tail: bytes, offset: int) -> tuple[str, str] | None:
    """Every gzip member in `tail` must end with its end marker (a WARC.gz has one member per record)."""
    while tail:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            inflater.decompress(tail)
        except zlib.error as exc:
            return "warc-corrupt", f"gzip member at offset {offset} is corrupt: {exc}"
        if not inflater.eof:
            return "warc-truncated", f"archive ends inside the gzip member at offset {offset}"
        tail, offset = inflater.unused_data, offset + len(tail) - len(inflater.unused_data)
        if tail and tail[:2] != GZIP_MAGIC:
            return ("warc-corrupt", f"bytes after offset {offset} are not a gzip member") if tail.strip(b"\0\r\n") \
                else None
    return None


def _check_plain_record(tail: bytes, offset: int) -> tuple[str, str] | None:
    """The last uncompressed record must hold its whole header and the Content-Length bytes it declares."""
    if not tail.strip():
        return None
    head_end = tail.find(b"\r\n\r\n")
    length = _CONTENT_LENGTH.search(tail[:head_end]) if head_end > 0 else None
    if length is None or len(tail) < head_end + 4 + int(length.group(1)):
        return "warc-truncated", f"archive ends inside the record at offset {offset}"
    return None


def record_offsets(path: str) -> list[int]:
    """Offsets of the response records of a WARC file, in order (one fast pass, payloads not parsed)."""
    with open(path, "rb") as stream:
        return [record.stream_pos for record in
                ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=False)]
