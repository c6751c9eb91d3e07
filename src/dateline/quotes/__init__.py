"""Quotes: who said what. Direct, mixed and indirect quotes with cue, speaker, venue and time.

`run` fills `Document.quotes` from the shared spaCy parse; `attribution_at` tells later stages whether a
stretch of text is attributed to a speaker or asserted by the outlet; `speaker_index` groups quotes by
person across documents.
"""

from __future__ import annotations

from dateline.config import Settings
from dateline.language import parse
from dateline.quotes.claims import attribution_at, claim_status
from dateline.quotes.extract import extract_quotes
from dateline.quotes.index import speaker_index
from dateline.record import Document

__all__ = ["attribution_at", "claim_status", "extract_quotes", "run", "speaker_index"]


def run(doc: Document, settings: Settings) -> Document:
    """Fill `quotes` of a document that has been through the language stage."""
    quotes, problems = extract_quotes(doc, parse(doc.text, settings.spacy_model))
    return doc.model_copy(update={"quotes": quotes, "warnings": doc.warnings + problems})
