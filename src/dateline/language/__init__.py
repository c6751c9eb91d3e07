"""Language: sentences and named entities, from one spaCy parse shared with the later stages."""

from __future__ import annotations

from dateline.config import Settings
from dateline.language.entities import entities
from dateline.language.nlp import entity_of, load, parse, parse_many, parsed_together, text_of
from dateline.record import Document, Segment

__all__ = ["entity_of", "load", "parse", "parse_many", "parsed_together", "run", "text_of"]


def run(doc: Document, settings: Settings) -> Document:
    """Fill `sentences` and `entities` of a cleaned document."""
    parsed = parse(doc.text, settings.spacy_model)
    sentences = []
    for sent in parsed.sents:
        text = sent.text
        start = sent.start_char + (len(text) - len(text.lstrip()))
        end = sent.end_char - (len(text) - len(text.rstrip()))
        if end > start:
            sentences.append(Segment(start=start, end=end))
    return doc.model_copy(update={"sentences": sentences, "entities": entities(parsed)})
