"""Timelines across documents, for `dateline timeline`: every dated statement in calendar order."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from dateline.record import Document, TimelineEntry
from dateline.time.dates import start_of


@dataclass(frozen=True)
class Row:
    doc: Document
    order: int
    entry: TimelineEntry

    @property
    def where(self) -> str:
        return self.doc.source.url or self.doc.source.path or self.doc.id

    @property
    def expression(self) -> str:
        timex = next((t for t in self.doc.timexes if t.id == self.entry.timex), None)
        return timex.text if timex else ""

    @property
    def event_type(self) -> str | None:
        """The type of the event the statement dates, if any ('take control')."""
        event = next((e for e in self.doc.events if e.id == self.entry.event), None)
        return event.type if event else None

    @property
    def sentence(self) -> str:
        return " ".join(self.doc.text[self.entry.sentence.start:self.entry.sentence.end].split())


def rows(docs: Iterable[Document]) -> list[Row]:
    """Timeline entries of all `docs`, earliest first; equal dates keep document and text order."""
    collected = [Row(doc, order, entry) for order, doc in enumerate(docs) for entry in doc.timeline]
    return sorted(collected, key=lambda row: (start_of(row.entry.value), row.order))


def table(docs: Iterable[Document], width: int = 100) -> Iterator[str]:
    """A readable table: date value, the expression, the event it dates, document and sentence (shortened)."""
    all_rows = rows(docs)
    width = max([len(row.entry.value) for row in all_rows] + [16])
    yield f"{'date':<{width}} {'expression':<22} {'event':<14} {'document':<30} sentence"
    for row in all_rows:
        sentence = row.sentence if len(row.sentence) <= width else row.sentence[:width - 1] + "…"
        where = row.where if len(row.where) <= 30 else "…" + row.where[-29:]
        event = row.event_type or "-"
        yield f"{row.entry.value:<{width}} {row.expression[:22]:<22} {event[:14]:<14} {where:<30} {sentence}"


def jsonl(docs: Iterable[Document]) -> Iterator[str]:
    """One JSON object per timeline entry, in date order."""
    for row in rows(docs):
        yield json.dumps({"value": row.entry.value, "document": row.doc.id, "source": row.where,
                          "timex": row.entry.timex, "expression": row.expression,
                          "event": row.entry.event, "event_type": row.event_type,
                          "sentence": row.entry.sentence.model_dump(), "sentence_text": row.sentence,
                          "published": row.doc.metadata.published.value}, ensure_ascii=False)
