"""What a time expression is resolved against: the publication date and the narrative so far.

Careful readers date "November 20" from the story around it: after "June 3, 2019" it is 2019-11-20, and a
later "February 8" is 2020-02-08. `Context` carries the anchor date of the document (given, from the page,
or inferred from the content) and the last time the narrative mentioned, and answers the questions the
rules ask: which year does this month and day fall in, what does "two days later" count from, is the
sentence about the future.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from dateline.time.dates import Point, safe_date

AnchorKind = Literal["absolute", "publication", "narrative", "inferred", "unresolved"]

FUTURE_CUE = re.compile(
    r"\b(?:will|won't|'ll|shall|going\s+to|plans?\s+to|planned|scheduled|expected\s+to|due\s+to|"
    r"is\s+to|are\s+to|would\s+(?:begin|start|take|be\s+held|open)|until|by)\b[^.!?]{0,60}$", re.IGNORECASE)
"""Words before a time expression that put it in the future ('will vote on Tuesday')."""

SENTENCE_BREAK = re.compile(r"[.!?\n]\s+(?=[A-Z\"'“‘(])|\n")


@dataclass(frozen=True)
class Resolution:
    """The value of one time expression and what anchored it."""

    value: str | None
    anchor: AnchorKind
    point: Point | None = None
    anchor_timex: str | None = None


@dataclass
class Context:
    """The anchors for resolving the expressions of one document, in text order."""

    text: str
    publication: dt.date | None
    publication_anchor: Literal["publication", "inferred"] = "publication"
    narrative: Point | None = None
    narrative_id: str | None = None
    start: int = 0
    end: int = 0

    # --- reading the text around the expression ----------------------------------------------

    def before(self, chars: int = 80) -> str:
        """The text of the current sentence before the expression (at most `chars` characters)."""
        window = self.text[max(0, self.start - chars):self.start]
        breaks = list(SENTENCE_BREAK.finditer(window))
        return window[breaks[-1].end():] if breaks else window

    def after(self, chars: int = 40) -> str:
        return self.text[self.end:self.end + chars]

    def future(self) -> bool:
        """Whether the sentence puts the expression in the future ('will meet on Friday')."""
        return bool(FUTURE_CUE.search(self.before()))

    # --- anchors ---------------------------------------------------------------------------------

    def from_publication(self, point: Point | None) -> Resolution:
        """A value computed from the publication date (or from its inferred bound)."""
        if point is None:
            return Resolution(None, "unresolved")
        return Resolution(point.value, self.publication_anchor, point)

    def from_narrative(self, point: Point) -> Resolution:
        return Resolution(point.value, "narrative", point, self.narrative_id)

    def reference_day(self) -> tuple[dt.date, bool] | None:
        """The day relative expressions ('two days later') count from: the last time the narrative
        mentioned at day or month precision, else the publication date. The flag says it is the narrative."""
        if self.narrative is not None and self.narrative.grain in ("day", "month", "week"):
            return self.narrative.date, True
        if self.publication is not None:
            return self.publication, False
        return None

    def month_day(self, month: int, day: int | None) -> Resolution:
        """'November 20' (or 'November' when day is None) without a year.

        Against the narrative: the occurrence nearest the last mentioned date, which carries a story
        forward across a year boundary. Against the publication date: the nearest occurrence, moved to the
        following one when the sentence is about the future, or to the previous one when it would fall
        after the publication date in a past-tense sentence. With an inferred bound: the first occurrence
        on or after it."""
        narrative = self.narrative if self.narrative is not None and self.narrative.grain in ("day", "month") \
            else None
        reference = narrative.date if narrative else self.publication
        if reference is None:
            value = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
            return Resolution(value, "unresolved")
        candidates = [d for year in (reference.year - 1, reference.year, reference.year + 1)
                      if (d := safe_date(year, month, day or 1)) is not None]
        if not candidates:
            return Resolution(None, "unresolved")
        grain = "day" if day else "month"
        if narrative is None and self.publication_anchor == "inferred":
            on_or_after = [d for d in candidates if d >= reference.replace(day=1) or (day and d >= reference)]
            chosen = on_or_after[0] if on_or_after else candidates[-1]
            return self.from_publication(Point(chosen, grain))

        def distance(d: dt.date) -> int:
            return abs((d - reference).days) if day else abs((d.year - reference.year) * 12 + d.month
                                                             - reference.month) * 30
        chosen = min(candidates, key=distance)
        if self.publication is not None:
            if self.future() and chosen < self.publication - dt.timedelta(days=1 if day else 31):
                later = [d for d in candidates if d >= self.publication - dt.timedelta(days=0 if day else 31)]
                chosen = later[0] if later else chosen
            elif not self.future() and chosen > self.publication + dt.timedelta(days=1 if day else 31) \
                    and narrative is not None:
                earlier = [d for d in candidates if d <= self.publication]
                chosen = earlier[-1] if earlier else chosen
        point = Point(chosen, grain)
        return self.from_narrative(point) if narrative else self.from_publication(point)
