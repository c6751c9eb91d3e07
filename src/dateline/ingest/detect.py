"""Which kind of input a file is, from its name and its first bytes."""

from __future__ import annotations

import json
import re

from dateline.ingest.decode import GZIP_MAGIC
from dateline.record import InputKind

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|div|p|article)\b",
                         re.IGNORECASE | re.DOTALL)
_JSON_START = re.compile(rb'(?:\[\s*)?\{\s*"|\[\s*\]\s*$')
"""How a JSON file of records begins (matched at its first non-blank byte): an object's first key, an array
whose first element is an object, or an empty array. Page text that merely starts with a brace does not parse,
and is read as text (`ingest._read_path`)."""
_JSONL_KEYS = (b'"html"', b'"text"', b'"url"')
_SUFFIXES = {
    ".warc": InputKind.warc, ".arc": InputKind.warc,
    ".jsonl": InputKind.jsonl, ".ndjson": InputKind.jsonl, ".json": InputKind.json,
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
    """Sniff decompressed leading bytes: WARC magic, HTML tags, a JSON object per line, a JSON document, else page
    text."""
    head = head.lstrip(b"\xef\xbb\xbf")
    if head.startswith(b"WARC/"):
        return InputKind.warc
    if _HTML_START.match(head[:2048]):
        return InputKind.html
    if _first_line_is_object(head):
        return InputKind.jsonl
    if _JSON_START.match(head.lstrip()):
        return InputKind.json
    if b"<html" in head[:8192].lower() or b"<body" in head[:8192].lower():
        return InputKind.html
    return InputKind.page_text


def _first_line_is_object(head: bytes) -> bool:
    """True when the first line is a JSON object on its own, as in JSONL (a pretty-printed object's first line,
    `{` or `{"url": "...",`, is not). A line longer than `head` cannot be parsed; it counts when it names a
    content field or a URL."""
    line, newline, _ = head.lstrip().partition(b"\n")
    if not line.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return not newline and any(key in line for key in _JSONL_KEYS)


def detect_kind(name: str, head: bytes) -> InputKind:
    """The kind of a file: a decisive name (.warc, .jsonl, .json, .html) wins, else its content is sniffed.

    `head` is the first bytes of the file as stored (gzip is looked through for WARC/HTML/JSON).
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
