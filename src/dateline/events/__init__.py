"""Events: who did what to whom, where and when, on whose word (PLOVER plus a documented extension).

The stage refines the language stage's entities (sites, armed groups, merged aliases, geocoded places)
and then reads one event per trigger verb. See docs/events.md.
"""

from __future__ import annotations

from dateline.config import Settings
from dateline.events.entities import refine
from dateline.events.extract import Builder
from dateline.events.lexicon import lexicon
from dateline.language import parse
from dateline.record import Document
from dateline.time.timeline import with_events

__all__ = ["run"]


def run(doc: Document, settings: Settings) -> Document:
    """Fill `events` (and refine `entities`) of a document that has been through the language stage, and
    point its timeline at the events it dates."""
    parsed = parse(doc.text, settings.spacy_model)
    doc = refine(doc, parsed, lexicon())
    events = Builder(doc, parsed, lexicon()).events()
    return doc.model_copy(update={"events": events, "timeline": with_events(doc.timeline, events)})
