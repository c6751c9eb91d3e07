"""Which kind of input a file is, from its name and its first bytes."""

from __future__ import annotations

import re

from dateline.ingest.decode import GZIP_MAGIC
from dateline.record import InputKind

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|div|p|article)\b",
                         re.IGNORECASE | re.DOTALL)
_SUFFIXES = {
    ".warc": InputKind.warc, ".arc": InputKind.warc,
    ".jsonl": InputKind.jsonl, ".ndjson": InputKind.jsonl,
    ".html": InputKind.html, ".htm": InputKind.html, ".xhtml": InputKind.html,
    ".parquet": InputKind.parquet,
}


def kind_from_name(name: str) -> InputKind | None:
    lower = name.lower()
    lower = lower.removesuffix(".gz")
    for suffix, kind in _SUFFIXES.items():
        if lower.endswith(suffix):
            return kind
    return None


def kind_from_head(head: bytes) -> InputKind:
    """Sniff decompressed leading bytes: WARC magic, HTML tags, a JSON object per line, else page text."""
    head = head.lstrip(b"\xef\xbb\xbf")
    if head.startswith(b"WARC/"):
        return InputKind.warc
    if _HTML_START.match(head[:2048]):
        return InputKind.html
    first_line = head.lstrip().split(b"\n", 1)[0]
    if first_line.startswith(b"{") and (b'"html"' in first_line or b'"text"' in first_line or b'"url"' in first_line):
        return InputKind.jsonl
    if b"<html" in head[:8192].lower() or b"<body" in head[:8192].lower():
        return InputKind.html
    return InputKind.page_text


def detect_kind(name: str, head: bytes) -> InputKind:
    """The kind of a file: a decisive name (.warc, .jsonl, .html) wins, else its content is sniffed.

    `head` is the first bytes of the file as stored (gzip is looked through for WARC/HTML/JSONL).
    """
    by_name = kind_from_name(name)
    if by_name is not None:
        return by_name
    if head[:2] == GZIP_MAGIC:
        import zlib

        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 8192)
        except zlib.error:
            return InputKind.html
    return kind_from_head(head)
