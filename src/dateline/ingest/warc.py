"""WARC and WARC.gz: HTML response records, streamed one at a time (constant memory), via FastWARC."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecordType

from dateline.ingest.decode import InputError, decode
from dateline.ingest.page import RawPage, digest, failed
from dateline.record import InputKind, Source

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(stream: BinaryIO, path: str, max_bytes: int, published: str | None = None) -> Iterator[RawPage]:
    """Yield one page per HTML `response` record; other records (requests, metadata, images) are skipped."""
    records = ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True,
                              max_content_length=max_bytes)
    try:
        yield from _pages(records, path, max_bytes, published)
    except (OSError, ValueError) as exc:
        yield failed(Source(path=path, kind=InputKind.warc), "warc-invalid", f"WARC stream is broken: {exc}")


def _pages(records: ArchiveIterator, path: str, max_bytes: int, published: str | None) -> Iterator[RawPage]:
    for record in records:
        content_type = record.http_content_type or ""
        if content_type and not content_type.lower().startswith(HTML_TYPES):
            continue
        source = Source(
            path=path,
            url=record.headers.get("WARC-Target-URI"),
            kind=InputKind.warc,
            warc_record_id=record.record_id,
            warc_date=record.headers.get("WARC-Date"),
            content_type=content_type or None,
        )
        raw = record.reader.read(max_bytes + 1)
        if len(raw) > max_bytes:
            yield failed(source, "input-too-large", f"record payload exceeds {max_bytes} bytes",
                         raw[:4096])
            continue
        try:
            declared = f"charset={record.http_charset}" if record.http_charset else None
            text, encoding, warnings = decode(raw, declared)
        except InputError as exc:
            yield failed(source, exc.code, str(exc), raw)
            continue
        yield RawPage(
            content=text,
            kind=InputKind.html,
            source=source.model_copy(update={"encoding": encoding, "bytes": len(raw)}),
            digest=digest(raw),
            published=published,
            warnings=tuple(warnings),
        )
