"""Time: time expressions in TIMEX3 terms, the publication date checked against the content, a timeline.

The stage finds expressions with its own rules (`rules.py`, each with its resolver in `resolvers.py`), reads
them once without an anchor to learn which dates the content itself states, weighs the page's publication
evidence against those (`published.py`), then resolves every expression against the chosen anchor and the narrative
(`context.py`) and orders the dated ones (`timeline.py`).
"""

from __future__ import annotations

from dateline.config import Settings
from dateline.record import Document
from dateline.time.published import decide, weekday_mismatches
from dateline.time.recognise import find, resolve
from dateline.time.timeline import date_quotes, timeline

__all__ = ["run"]


def run(doc: Document, settings: Settings) -> Document:
    """Fill `timexes`, `timeline` and a checked `metadata.published` of a cleaned document, and point the
    quotes' statement times at their time expressions."""
    found = find(doc.text)
    reach = settings.time_narrative_reach
    unanchored = resolve(doc.text, found, None, reach=reach)
    decision = decide(doc.text, doc.metadata, unanchored, settings.time_content_slack_days,
                      settings.time_clock_gap_days)
    said = [(quote.time.start, quote.time.end) for quote in doc.quotes if quote.time is not None]
    timexes = resolve(doc.text, found, decision.anchor, decision.anchor_kind, reach=reach, statement_times=said)
    published, warnings = decision.published, decision.warnings
    mismatches = weekday_mismatches(timexes)
    if mismatches and not published.given:
        published = published.model_copy(update={"confidence": round(published.confidence * 0.5, 2)})
        warnings = warnings + mismatches
    metadata = doc.metadata.model_copy(update={"published": published})
    return doc.model_copy(update={"timexes": timexes, "timeline": timeline(doc, timexes), "metadata": metadata,
                                  "quotes": date_quotes(doc.quotes, timexes), "warnings": doc.warnings + warnings})
