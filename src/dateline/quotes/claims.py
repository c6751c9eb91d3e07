"""Claim status: is a stretch of text asserted by the outlet or attributed to a speaker?

The events stage calls `attribution_at(doc, start, end)` for an event's sentence or trigger and marks the
event "claimed by" the returned quote's speaker.
"""

from __future__ import annotations

from dateline.record import Document, Quote, Segment


def attribution_at(doc: Document, start: int, end: int) -> Quote | None:
    """The quote whose content carries `text[start:end]` (covers at least half of it), or None if asserted.

    When quotes nest or overlap, the one covering most of the stretch wins, then the shortest.
    """
    length = max(end - start, 1)
    best: tuple[float, int, Quote] | None = None
    for quote in doc.quotes:
        overlap = min(end, quote.content.end) - max(start, quote.content.start)
        if overlap <= 0 or overlap * 2 < length and not (quote.content.start <= start and end <= quote.content.end):
            continue
        key = (overlap / length, -(quote.content.end - quote.content.start), quote)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None


def claim_status(doc: Document) -> list[tuple[Segment, Quote | None]]:
    """Each sentence with the quote it is attributed through (None: asserted by the outlet)."""
    return [(sentence, attribution_at(doc, sentence.start, sentence.end)) for sentence in doc.sentences]
