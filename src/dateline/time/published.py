"""The publication date, weighed against what the content says.

Page evidence (HTML metadata, a byline date, set by the clean stage in `metadata.published`) and a date
printed on the page (`metadata.page_date`, often the crawl or render time) are checked against the dates the
article itself mentions. A date given with the input (the caller's, an input record's) is taken as it is. When
the page's date is earlier than a date the text states, it is kept with a lower confidence, a warning naming the
disagreement and `not_before` (the latest date the text states), and the story is read from that bound; when
nothing is trustworthy the value is null and `not_before` bounds it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from dateline.record import Evidence, Metadata, Problem, Published, Timex
from dateline.time.context import in_future
from dateline.time.dates import parse_iso, safe_date, start_of

STAGE = "time"


@dataclass(frozen=True)
class Decision:
    """The publication record, the day expressions are anchored to, and how that day is known."""

    published: Published
    anchor: dt.date | None
    anchor_kind: str = "publication"
    warnings: list[Problem] = field(default_factory=list)


def content_dates(text: str, timexes: list[Timex]) -> list[tuple[dt.date, Timex]]:
    """Days the text itself dates as past or present (explicit, or read from the narrative), as the first day
    of the day, month or year said; dates in a sentence about the future ('will vote on May 3') are left out."""
    dated = []
    for timex in timexes:
        if timex.type not in ("DATE", "TIME") or timex.anchor not in ("absolute", "narrative") or not timex.value:
            continue
        value = timex.value.split("T")[0]
        if not re.fullmatch(r"\d{4}(?:-\d\d){0,2}", value) or in_future(text, timex.start):
            continue
        day = start_of(value)
        if day is not None:
            dated.append((day, timex))
    return dated


def decide(text: str, metadata: Metadata, timexes: list[Timex], slack_days: int,
           clock_gap_days: int) -> Decision:
    """Weigh the page's dates against the content dates in `timexes` (resolved without an anchor)."""
    published = metadata.published
    dated = content_dates(text, timexes)
    latest = max(dated, key=lambda item: item[0]) if dated else None
    # `latest` (years included) tells how old the story is; `firm`, the latest day or explicit month, is what
    # a publication date must not precede (a bare year is too often a plan: 'by 2030').
    precise = [item for item in dated if len(item[1].value.split("T")[0]) == 10
               or (item[1].anchor == "absolute" and len(item[1].value) == 7)]
    firm = max(precise, key=lambda item: item[0]) if precise else None
    if published.given and parse_iso(published.value):
        return Decision(published, parse_iso(published.value))

    page_day = parse_iso(published.value)
    if page_day is not None:
        confidence = published.confidence or 0.8
        if firm is not None and firm[0] > page_day + dt.timedelta(days=slack_days):
            # doubted: the value stays, with its evidence, but the story is read from what the text dates
            message = (f"the text dates '{firm[1].text}' to {firm[0].isoformat()}, after the page's publication "
                       f"date {page_day.isoformat()}")
            doubted = published.model_copy(update={
                "confidence": round(confidence * 0.5, 2), "not_before": firm[0].isoformat(),
                "reason": "; ".join(filter(None, [published.reason, message]))})
            warning = Problem(code="content-after-published", stage=STAGE, message=message)
            return Decision(doubted, firm[0], "inferred", [warning])
        kept = published.model_copy(update={"confidence": confidence})
        return Decision(kept, page_day, "publication")

    clock = metadata.page_date
    clock_day = parse_iso(clock.value) if clock else None
    if clock_day is not None:
        evidence = [Evidence(source="page-clock" + (f":line:{clock.line}" if clock.line is not None else ""),
                             text=clock.text)]
        if latest is not None and (clock_day - latest[0]).days > clock_gap_days:
            years = (clock_day - latest[0]).days / 365.25
            reason = (f"the printed page date {clock_day.isoformat()} is {years:.1f} years after the latest date "
                      f"the text mentions ('{latest[1].text}', {latest[0].isoformat()}): probably the crawl time")
            warning = Problem(code="page-clock-after-content", stage=STAGE, message=reason)
            return Decision(Published(value=None, confidence=0.0, evidence=evidence, reason=reason,
                                      not_before=latest[0].isoformat()), latest[0], "inferred", [warning])
        if firm is not None and firm[0] > clock_day + dt.timedelta(days=slack_days):
            warning = Problem(code="content-after-published", stage=STAGE, message=(
                f"the text dates '{firm[1].text}' to {firm[0].isoformat()}, after the printed page date "
                f"{clock_day.isoformat()}"))
            return Decision(Published(value=clock_day.isoformat(), confidence=0.2, evidence=evidence,
                                      reason="printed page date earlier than a date in the text"),
                            clock_day, "publication", [warning])
        if latest is None:
            return Decision(Published(value=None, confidence=0.0, evidence=evidence, reason=(
                f"only a page clock ({clock_day.isoformat()}), which is often the crawl time, and the text dates "
                "nothing to check it against")), None)
        return Decision(Published(value=clock_day.isoformat(), confidence=0.6, evidence=evidence),
                        clock_day, "publication")

    # a date the page prints but cannot settle (05/03/2024 read either way) stays as evidence, its reason first
    kept = published.evidence
    said = f"{published.reason}; " if kept and published.reason else ""
    if firm is not None:
        reason = (f"no publication date on the page; the text dates events up to {firm[0].isoformat()} "
                  f"('{firm[1].text}'), so it was published on or after that day")
        return Decision(Published(value=None, confidence=0.0, evidence=kept, reason=said + reason,
                                  not_before=firm[0].isoformat()),
                        firm[0], "inferred")
    reason = "no publication date on the page and no dated event in the text" if latest is None else \
        "no publication date on the page; the text names only years, too vague to bound it"
    return Decision(Published(value=None, confidence=0.0, evidence=kept, reason=said + reason), None)


WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def weekday_mismatches(timexes: list[Timex]) -> list[Problem]:
    """'Sunday, November 20' where November 20 of the year read for it is not a Sunday: the year (usually
    taken from the publication date) does not fit the text."""
    problems = []
    for timex in timexes:
        words = timex.text.replace(",", " ").split()
        name = words[0].capitalize() if len(words) > 1 else ""
        day = parse_iso(timex.value)
        if name not in WEEKDAY_NAMES or day is None or timex.anchor == "unresolved":
            continue
        target = WEEKDAY_NAMES.index(name) + 1
        if day.isoweekday() != target:
            fits = [y for y in range(day.year - 6, day.year + 7)
                    if (d := safe_date(y, day.month, day.day)) is not None and d.isoweekday() == target]
            problems.append(Problem(code="weekday-mismatch", stage=STAGE, message=(
                f"'{timex.text}' is read as {day.isoformat()}, which is a "
                f"{WEEKDAY_NAMES[day.isoweekday() - 1]}; years near it where that date is a {name}: "
                f"{', '.join(map(str, fits)) or 'none'}")))
    return problems
