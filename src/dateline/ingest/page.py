"""`RawPage`: one page as read from an input, before any cleaning."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from dateline.record import InputKind, Metadata, Problem, Source


@dataclass(frozen=True, slots=True)
class RawPage:
    """A page as read: its decoded content, what kind of content it is, and where it came from.

    `kind` is what the content is (`html`, `page-text` or `article-text`); the container it came in
    (a WARC, a JSONL line) is `source.kind`. A page that could not be read carries `error` and no content,
    so it still becomes a record and nothing is lost silently.
    """

    content: str
    kind: InputKind
    source: Source
    digest: str
    """Stable short id: hash of the raw bytes of the page."""
    published: str | None = None
    """Publication date given by the caller (CLI `--published`); an input record's own date is in `declared`."""
    declared: Metadata | None = None
    """What an input record says about the article (title, authors, publication date), with evidence naming
    the field; the page's own metadata comes after it (see `clean.assemble`)."""
    warnings: tuple[Problem, ...] = field(default_factory=tuple)
    error: Problem | None = None


def digest(data: bytes | str) -> str:
    """16 hex digits of SHA-256: short, stable across runs and machines."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:16]


def failed(source: Source, code: str, message: str, raw: bytes = b"") -> RawPage:
    """A page that could not be read: kept as a record with an error code."""
    key = raw or f"{source.path}|{source.url}|{source.warc_record_id}|{source.line}".encode()
    return RawPage(
        content="",
        kind=source.kind,
        source=source,
        digest=digest(key),
        error=Problem(code=code, message=message, stage="ingest"),
    )
