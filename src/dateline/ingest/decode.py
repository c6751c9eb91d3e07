"""Bytes to text: gzip, size caps and character sets (declared, sniffed, or mislabelled)."""

from __future__ import annotations

import codecs
import re
import zlib

from dateline.record import Problem

GZIP_MAGIC = b"\x1f\x8b"

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{1,40})""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_.:-]{1,40})", re.IGNORECASE)


class InputError(Exception):
    """An input that cannot be turned into a page; `code` is the record's error code."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress gzip data, refusing output past `limit` bytes (decompression-bomb protection)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise InputError("gzip-corrupt", f"gzip data is corrupt: {exc}") from exc
    if len(out) > limit or inflater.unconsumed_tail:
        raise InputError("input-too-large", f"decompressed page exceeds {limit} bytes")
    if not inflater.eof:
        raise InputError("gzip-truncated", "gzip data ends before its end marker")
    return out


def maybe_gunzip(data: bytes, limit: int) -> bytes:
    return gunzip(data, limit) if data[:2] == GZIP_MAGIC else data


def _codec(name: str | bytes | None) -> str | None:
    if not name:
        return None
    if isinstance(name, bytes):
        name = name.decode("ascii", "ignore")
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """Charset from the HTTP Content-Type header, else from a `<meta>` tag in the first 4 KiB."""
    if content_type:
        match = _HEADER_CHARSET.search(content_type)
        if match and (codec := _codec(match.group(1))):
            return codec
    match = _META_CHARSET.search(data[:4096])
    return _codec(match.group(1)) if match else None


_NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))
"""Every byte but the control characters text never holds (tab, line breaks and form feed are text)."""


def looks_binary(data: bytes) -> bool:
    """True for content that is not text in any encoding (images, executables, random bytes)."""
    head = data[:4096]
    if not head:
        return False
    if head.count(b"\x00") > len(head) // 100:
        return not (head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)))
    controls = len(head.translate(None, _NOT_CONTROL))
    return controls > len(head) // 20


def sniff(data: bytes) -> str:
    """The most likely encoding of undeclared bytes; windows-1252 wins ties (the web's default, per WHATWG)."""
    from charset_normalizer import from_bytes  # imported on first use: most pages declare their encoding

    matches = list(from_bytes(data))
    if not matches:
        return "cp1252"
    best = matches[0]
    tied = [m.encoding for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    return "cp1252" if "cp1252" in tied else (_codec(best.encoding) or "cp1252")


def decode(data: bytes, content_type: str | None = None) -> tuple[str, str, list[Problem]]:
    """Decode page bytes: BOM, then the declared charset, then sniffing. Returns (text, encoding, warnings).

    A declared charset that does not fit the bytes (mislabelled pages are common) is overruled by
    sniffing, with a `charset-mislabelled` warning; undecodable bytes are replaced, never fatal. Text that
    was already garbled before it was stored (UTF-8 read as Windows-1252 and saved again: 'Investorâ€™s')
    is repaired, with a `mojibake-repaired` warning.
    """
    text, encoding, warnings = _decode_bytes(data, content_type)
    text, repaired = repair_mojibake(text)
    return text, encoding, warnings + ([repaired] if repaired else [])


_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                       "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
"""A UTF-8 lead byte followed by a continuation byte, both read as Windows-1252 or Latin-1: the mark of
mojibake, rare in any real language, checked before the slower repair runs."""


def repair_mojibake(text: str) -> tuple[str, Problem | None]:
    """`text` with mojibake undone by ftfy (only the encoding fix: quotes, widths and HTML entities stay as
    written), and a warning when anything changed."""
    if text.isascii() or not _MOJIBAKE.search(text):
        return text, None
    import ftfy  # imported on first use: few pages need it

    fixed = ftfy.fix_text(text, ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False, fix_character_width=False,
        uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=False, remove_control_chars=False,
        normalization=None, explain=False))
    if fixed == text:
        return text, None
    return fixed, Problem(code="mojibake-repaired", stage="ingest",
                          message="text garbled by a wrong character set before it was stored was repaired")


def _decode_bytes(data: bytes, content_type: str | None) -> tuple[str, str, list[Problem]]:
    """BOM, then the declared charset, then sniffing (see `decode`)."""
    warnings: list[Problem] = []
    if looks_binary(data):
        raise InputError("binary-content", "content is binary, not text")
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, "replace").lstrip("\ufeff"), name, warnings
    declared = declared_charset(data, content_type)
    if data.isascii():
        return data.decode("ascii"), declared or "ascii", warnings
    # Valid multi-byte UTF-8 almost never happens by chance in a single-byte encoding, so bytes that
    # decode strictly as UTF-8 are UTF-8 whatever the page declares.
    for name in dict.fromkeys(["utf-8", declared] if declared else ["utf-8"]):
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if declared and name != declared:
            warnings.append(Problem(code="charset-mislabelled", stage="ingest",
                                    message=f"declared {declared} but the bytes are {name}"))
        return text, name, warnings
    name = sniff(data[:200_000])
    if declared:
        warnings.append(Problem(code="charset-mislabelled", stage="ingest",
                                message=f"declared {declared} does not decode; sniffed {name}"))
    return data.decode(name, "replace"), name, warnings
