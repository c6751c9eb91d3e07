"""Finding time expressions: run every rule, keep the longest non-overlapping matches, resolve in order."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass
from itertools import pairwise

from dateline.record import Timex
from dateline.time.context import (
    HISTORY_GAP,
    Context,
    Resolution,
    in_relative_clause,
    names_an_event,
    told_before_the_story,
)
from dateline.time.dates import Point, parse_iso, period_end, safe_date
from dateline.time.rules import NOT_TIME, RULES, Rule


@dataclass(frozen=True)
class Found:
    """A recognised expression before resolution."""

    start: int
    end: int
    rule: Rule
    match: object


PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
"""A blank line, which no expression runs across ('1' ending a table row and 'October' heading the next)."""


def find(text: str) -> list[Found]:
    """Every time expression in `text`, in text order. Where matches overlap the longest wins ("June 3,
    2019" over "June 3" and "2019"); among equally long ones the earlier rule. The time word of a rate
    ("$35 a night") is not an expression, nor is a time word in a name ("USA Today"), nor a match that runs
    across a blank line."""
    excluded = [match.span("t") for pattern in NOT_TIME for match in pattern.finditer(text)]
    candidates = []
    for priority, rule in enumerate(RULES):
        for match in rule.pattern.finditer(text):
            start, end = match.span("t") if "t" in rule.pattern.groupindex else match.span()
            if end > start and not any(x_start <= start and end <= x_end for x_start, x_end in excluded) \
                    and not PARAGRAPH_BREAK.search(text, start, end):
                candidates.append((-(end - start), priority, start, end, rule, match))
    taken: list[tuple[int, int]] = []
    found = []
    for _, _, start, end, rule, match in sorted(candidates, key=lambda c: (c[0], c[1], c[2])):
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        taken.append((start, end))
        found.append(Found(start, end, rule, match))
    return sorted(found, key=lambda f: f.start)


REPORTING_FRAME = frozenset({"weekday", "deictic-day", "mid-part", "this-unit", "ago", "weekend"})
"""Rules whose expressions are told from the day of writing: a report, not a history."""


ANAPHORIC = re.compile(r"\b(?:later|earlier|before|after|afterwards?|previously)$", re.IGNORECASE)
"""The last word of a count told from the story's time, not from the day of writing ('two years earlier')."""


TIME_OF_DAY = re.compile(r"T(?:\d|MO|MI|AF|EV|NI|DT)")
"""A value that names a time of day, a clock time or a part of it ('T14:00', 'TEV'): TIMEX3 type TIME."""


def told_of_past(text: str, found: list[Found], publication: dt.date | None) -> bool:
    """Whether the dates the text states in full (with their year) that ended over `HISTORY_GAP` before
    publication outnumber two to one those after it and the expressions told from the day of writing ('on
    Sunday', 'yesterday', 'last week', 'two days ago'), and the story takes more than one dated step (another
    old date or a year-less one): a history, whose year-less dates belong to the story, not to the publication
    year. A report with some background years ('pleaded guilty in 2019 ... a May 2025 filing') is not one."""
    if publication is None:
        return False
    scratch = Context(text=text, publication=None)
    old = recent = yearless = 0
    for item in found:
        if item.rule.name in REPORTING_FRAME and not ANAPHORIC.search(text, item.start, item.end):
            recent += 1  # 'last week', 'on Sunday', 'two days ago'; not 'two days later', told from the story
            continue
        scratch.start, scratch.end = item.start, item.end
        try:
            resolution = item.rule.resolve(item.match, scratch)
        except (ValueError, OverflowError):
            continue
        point = resolution.point
        if resolution.anchor == "absolute" and point is not None and point.grain in ("day", "month", "year"):
            if period_end(point) < publication - HISTORY_GAP:
                old += 1
            else:
                recent += 1
        yearless += (resolution.value or "").startswith("XXXX-") and "W" not in resolution.value
    # one old date and nothing after it is background ('cut costs in 2019'); a history tells steps
    return old > 2 * recent and old + yearless >= 2


def resolve(text: str, found: list[Found], publication: dt.date | None,
            publication_anchor: str = "publication", reach: int = 600,
            statement_times: Collection[tuple[int, int]] = ()) -> list[Timex]:
    """Normalise each expression in text order; every date resolved at day or month precision becomes the
    narrative time the next underspecified expressions are read against, for `reach` characters, except the
    time a statement was made (`statement_times`, spans from the quotes stage: in "retook it on February 8,
    the army said on Sunday. In the six weeks that followed ..." the story is at February 8), a date that
    only names an event ('the Dec. 21, 1988, bombing'), and a date in a relative clause set off by a comma
    ('the mayor, who left the city in 1962,')."""
    ctx = Context(text=text, publication=publication, publication_anchor=publication_anchor,  # type: ignore[arg-type]
                  reach=reach, told_of_past=told_of_past(text, found, publication))
    timexes = []
    for number, item in enumerate(found, start=1):
        ctx.start, ctx.end = item.start, item.end
        try:
            resolution = item.rule.resolve(item.match, ctx)
        except (ValueError, OverflowError):  # counted past the calendar's years 1-9999 ('the past century' in 150)
            resolution = Resolution(None, "unresolved", reason="beyond the calendar's years 1 to 9999")
        if timexes and RESTATED.fullmatch(text, timexes[-1].end, item.start):
            resolution = restated(timexes[-1], resolution)
        timex_id = f"t{number}"
        timex_type = resolution.type or item.rule.type
        if timex_type == "DATE" and resolution.value and resolution.value[:1] in "0123456789X" \
                and TIME_OF_DAY.search(resolution.value):
            timex_type = "TIME"
        timexes.append(Timex(id=timex_id, text=text[item.start:item.end], start=item.start, end=item.end,
                             type=timex_type, value=resolution.value, anchor=resolution.anchor,
                             anchor_timex=resolution.anchor_timex, period=resolution.period,
                             reason=unresolved_reason(resolution, ctx)))
        point = resolution.point
        if timex_type == "DURATION" and re.fullmatch(r"P\d+M", resolution.value or ""):
            ctx.last_months_end = item.end
        if point is not None and timex_type in ("DATE", "TIME"):
            ctx.last_point = (point, timex_id, item.end)
        said_then = any(start < item.end and item.start < end for start, end in statement_times)
        if point is None or timex_type not in ("DATE", "TIME") or said_then:
            continue
        told = not (names_an_event(text, item.start, item.end) or told_before_the_story(text, item.start)
                    or SINCE.search(text, max(0, item.start - 8), item.start)
                    or in_relative_clause(text, item.start))
        if (point.grain in ("day", "month") and told) or (point.grain == "quarter"
                                                           and resolution.anchor != "narrative"):
            ctx.narrative, ctx.narrative_id, ctx.narrative_end = point, timex_id, item.end
            if point.grain in ("day", "quarter"):
                setattr(ctx, f"last_{point.grain}", (point, timex_id, item.end))
        looks_back = resolution.anchor == "narrative" and point.grain == "year" and ctx.story_time is not None \
            and point.date < ctx.story_time[0].date  # 'repeating their successes from the previous year'
        if told and point.grain in ("day", "month", "year") and resolution.anchor in ("absolute", "narrative") \
                and not looks_back:
            ctx.story_time = (point, timex_id, item.end)
    return on_their_days(text, timexes)


SINCE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
"""'the largest cavalry battle since 1813', 'the first time since March': the start of a span reaching the story's
time, which stays where it is."""
def unresolved_reason(resolution: Resolution, ctx: Context) -> str | None:
    """Why an expression has no value, or only part of one ('XXXX-WXX-2' for 'Tuesday'): what it would have been
    counted from and is missing."""
    if resolution.anchor != "unresolved":
        return None
    if resolution.reason:
        return resolution.reason
    if ctx.publication is None:
        return "no publication date, and no date told before it to count from" if ctx.last_point is None \
            else "no publication date, and the dates told before it do not fix it"
    return "counts from a date the text has not given" if ctx.last_point is None \
        else "the dates told before it do not fix it"


DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
"""A value to the day."""
RESTATED = re.compile(r"(?<!\s)\s*+\(\s*+")
"""What stands between a day and its date restated in brackets: 'launched yesterday (Nov. 7)', 'from Monday (May 4)'."""


def restated(day_named: Timex, resolution: Resolution) -> Resolution:
    """A year-less month and day in brackets right after a day the text named ('Lulu is today (November 3)
    celebrating') is that day: its year is the one nearest the day, its anchor the day's, whatever story the
    text was telling around it."""
    named, said = parse_iso(day_named.value), re.fullmatch(r"(?:\d{4}|XXXX)-(\d\d)-(\d\d)", resolution.value or "")
    if named is None or said is None or not DAY_VALUE.fullmatch(day_named.value or ""):
        return resolution
    candidates = [d for year in (named.year - 1, named.year, named.year + 1)
                  if (d := safe_date(year, int(said[1]), int(said[2]))) is not None]
    if not candidates:
        return resolution
    chosen = min(candidates, key=lambda d: abs((d - named).days))
    return Resolution(chosen.isoformat(), day_named.anchor, Point(chosen, "day"),
                      day_named.anchor_timex or day_named.id)


CLOCK_BEFORE_DAY = re.compile(r"\s+on\s+|,\s*|\s+")
"""What stands between a clock time and the day it is on ('2am on Sunday November 3, 2013', '9 a.m., Nov. 9')."""


def on_their_days(text: str, timexes: list[Timex]) -> list[Timex]:
    """Clock times dated by the day named right after them: 'the strike will end at 12:01 a.m. on Thursday' is
    that Thursday's, not the day the story was at."""
    dated = list(timexes)
    for i, (clock, named) in enumerate(pairwise(timexes)):
        if clock.type == "TIME" and clock.value and DAY_VALUE.match(clock.value) and named.value \
                and DAY_VALUE.fullmatch(named.value) and CLOCK_BEFORE_DAY.fullmatch(text, clock.end, named.start):
            dated[i] = clock.model_copy(update={"value": named.value + clock.value[10:], "anchor": named.anchor,
                                                "anchor_timex": named.anchor_timex})
    return dated
