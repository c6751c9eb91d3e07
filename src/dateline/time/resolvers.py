"""Resolvers: each turns one kind of matched time expression into a TIMEX3 value, given the `Context` of the
text around it (the publication date, the story's time so far, the tense of the sentence).

A resolver takes the rule's match and the context and returns a `Resolution`: the value, the anchor it was
counted from, and why when it could not be resolved. The patterns that call them are in `rules.py`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from dateline.time import lexicon as lx
from dateline.time.context import Context, Resolution, in_past
from dateline.time.dates import (
    SEASON_MONTH,
    UNIT_GRAIN,
    Point,
    at_grain,
    day,
    safe_date,
    shift,
    weekday_after,
    weekday_before,
)


def _year(match: re.Match) -> int:
    """The year group, in digits or in words ('nineteen ninety-six')."""
    year = match.group("year")
    return int(year) if year.isdigit() else lx.spelled_year(year) or 0


def _unit_letter(match: re.Match) -> str:
    return lx.UNITS[lx.unit_name(match.group("unit"))]


def _count(match: re.Match) -> float | None:
    """The number of units, or None when vague ('several')."""
    return lx.number_value(match.group("num"))


_HALF_UNIT = {"H": "30M", "M": "30S", "D": "12H", "Y": "6M", "W": "3D"}
"""Half a unit in the next smaller one (TIMEX3 writes 'two and a half years' as P2Y6M)."""

_YEARS_IN = {"DE": 10, "CE": 100, "ML": 1000}
"""Units ISO 8601 durations have no designator for, in years: 'two decades' is P20Y, and 'for decades', some
number of them, is some number of years, PXY (TIMEX2's PXDE, P2CE are not ISO 8601; TimeBank writes P20Y, PXY)."""


def _duration(count: float | None, unit: str, clock: bool) -> str:
    """The TIMEX3 value of `count` units (None: some number of them, 'X'), in ISO 8601's designators."""
    prefix = "PT" if clock else "P"
    if count is None:
        amount = "X"
    elif count % 1 == 0.5 and unit in _HALF_UNIT:
        half = _HALF_UNIT[unit] if clock or unit != "M" else "2W"
        whole = f"{int(count)}{unit}" if count > 1 else ""
        separator = "T" if unit == "D" and not clock else ""
        return prefix + whole + separator + half
    else:
        amount = f"{count:g}"
    if unit == "2W":
        amount, unit = ("X" if count is None else f"{2 * count:g}"), "W"
    if unit in _YEARS_IN:
        amount, unit = ("X" if count is None else f"{count * _YEARS_IN[unit]:g}"), "Y"
    return prefix + amount + unit


NO_SUCH_DAY = "no such day on the calendar"


def calendar_day(d: dt.date | None) -> Resolution:
    """A date the text gives in full; `None` when its day, month and year make no calendar date ('February 30,
    2019')."""
    return Resolution(d.isoformat(), "absolute", day(d)) if d else Resolution(None, "unresolved",
                                                                             reason=NO_SUCH_DAY)


def full_date(m: re.Match, ctx: Context) -> Resolution:
    d = safe_date(_year(m), lx.month_number(m.group("month")), lx.day_number(m.group("day")))
    return calendar_day(d)


def month_day(m: re.Match, ctx: Context) -> Resolution:
    return ctx.month_day(lx.month_number(m.group("month")), lx.day_number(m.group("day")))


def month_year(m: re.Match, ctx: Context) -> Resolution:
    point = Point(dt.date(_year(m), lx.month_number(m.group("month")), 1), "month")
    return Resolution(point.value, "absolute", point)


def month_alone(m: re.Match, ctx: Context) -> Resolution:
    """'March', 'last March' (the latest March before this month), 'June last year', 'October' (of next year)."""
    shift_by = {"last": -1, "next": 1, "this": 0}.get((m.group("rel") or "").lower())
    month = lx.month_number(m.group("month"))
    year_shift = {"last": -1, "next": 1, "this": 0}.get((m.group("yrel") or m.group("ofrel") or "").lower())
    if year_shift is not None:
        if ctx.publication is None:
            return Resolution(f"XXXX-{month:02d}", "unresolved")
        return ctx.from_publication(Point(dt.date(ctx.publication.year + year_shift, month, 1), "month"))
    if shift_by is not None and ctx.publication is not None:
        year = ctx.publication.year
        if shift_by < 0 and month >= ctx.publication.month:
            year -= 1
        if shift_by > 0 and month <= ctx.publication.month:
            year += 1
        return ctx.from_publication(Point(dt.date(year, month, 1), "month"))
    return ctx.month_day(month, None)


def iso_date(m: re.Match, ctx: Context) -> Resolution:
    """'2019-08-11', or with its time '2019-08-11T08:30:00Z' (a TIME to the minute, as written: no zone shift)."""
    d = safe_date(int(m.group("year")), int(m.group("m")), int(m.group("d")))
    if d is not None and m.group("hh"):
        return Resolution(f"{d.isoformat()}T{m.group('hh')}:{m.group('mm')}", "absolute", day(d))
    return calendar_day(d)


def numeric_date(m: re.Match, ctx: Context) -> Resolution:
    first, second, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if year < 100:
        year += 2000 if year < 50 else 1900
    month, day_ = (second, first) if first > 12 else (first, second)
    d = safe_date(year, month, day_)
    return calendar_day(d)


def range_start(m: re.Match, ctx: Context) -> Resolution:
    """The first date of a range whose end carries the year ('31 May-1 June 1916', 'March 5-9, 1918'): that
    year, or the one before when the range runs into the next year ('28 December - 3 January 1950')."""
    month = lx.month_number(m.group("month"))
    day_of_month = lx.day_number(m.group("day")) if m.groupdict().get("day") else None
    if not m.group("ryear"):
        return ctx.month_day(month, day_of_month)
    end_month = m.group("rmonth")
    year = int(m.group("ryear")) - (1 if end_month and end_month.lower().rstrip(".") in lx.MONTHS
                                    and lx.month_number(end_month) < month else 0)
    if day_of_month is None:
        point = Point(dt.date(year, month, 1), "month")
        return Resolution(point.value, "absolute", point)
    d = safe_date(year, month, day_of_month)
    return calendar_day(d)


RANGE_MONTH_BEFORE = re.compile(r"(?P<month>[A-Z][a-z]+)\.?\s*\d{1,2}(?:st|nd|rd|th)?\s*[-–—]\s*$")


def range_end_day(m: re.Match, ctx: Context) -> Resolution:
    """'9, 1918' closing 'March 5-9, 1918': the month named at the start of the range."""
    before = RANGE_MONTH_BEFORE.search(ctx.text, max(0, ctx.start - 20), ctx.start)
    if before is None or before.group("month").lower() not in lx.MONTHS:
        return year_alone(m, ctx)
    d = safe_date(_year(m), lx.month_number(before.group("month")), lx.day_number(m.group("day")))
    return calendar_day(d)


def range_end_month(m: re.Match, ctx: Context) -> Resolution:
    """'September 1950' or 'September' closing 'August-September (1950)'."""
    if m.group("year"):
        return month_year(m, ctx)
    return ctx.month_day(lx.month_number(m.group("month")), None)


def range_end_year(m: re.Match, ctx: Context) -> Resolution:
    """'17' or '1918' closing '1915-17', '1917-1918': in the century of the start, after it."""
    first = int(ctx.text[ctx.start - 5:ctx.start - 1])
    digits = m.group("t")
    year = int(digits) if len(digits) == 4 else first - first % 100 + int(digits)
    if year < first:
        year += 100
    point = Point(dt.date(year, 1, 1), "year")
    return Resolution(point.value, "absolute", point)


def year_alone(m: re.Match, ctx: Context) -> Resolution:
    point = Point(dt.date(_year(m), 1, 1), "year")
    return Resolution(point.value, "absolute", point)


def short_year(m: re.Match, ctx: Context) -> Resolution:
    """"since '82": the year with those last two digits not after publication."""
    digits = int(m.group("yy"))
    if ctx.publication is None:
        return Resolution(f"XX{digits:02d}", "unresolved")
    century = ctx.publication.year // 100 - (1 if digits > ctx.publication.year % 100 else 0)
    return ctx.from_publication(Point(dt.date(century * 100 + digits, 1, 1), "year"))


def week_of(m: re.Match, ctx: Context) -> Resolution:
    """'the week of March 6' (the week containing it), 'the last week of March' (its last full week),
    'the first week of May' (the week of its first Monday)."""
    month = lx.month_number(m.group("month"))
    if m.group("day"):
        anchor = full_or_month_day(m, ctx)
    elif m.group("year"):
        anchor = Resolution(None, "absolute", Point(dt.date(_year(m), month, 1), "month"))
    else:
        anchor = ctx.month_day(month, None)
    if anchor.point is None:
        return Resolution(None, "unresolved")
    d = anchor.point.date
    ordinal = (m.group("ord") or "").lower()
    if ordinal == "last":
        following = d.replace(day=28) + dt.timedelta(days=4)
        d = weekday_before(following - dt.timedelta(days=following.day), 7)
    elif ordinal:
        d = weekday_after(d, 1) + dt.timedelta(weeks=lx.ORDINALS[ordinal] - 1)
    point = at_grain(d, "week")
    if anchor.anchor == "narrative":
        return ctx.from_narrative(point)
    return Resolution(point.value, anchor.anchor, point)


def decade(m: re.Match, ctx: Context) -> Resolution:
    """'the 1990s', 'the '80s', 'the nineties', 'the nineteen sixties'."""
    if m.group("tens"):
        tens = lx.DECADE_WORDS[m.group("tens").lower()]
        digits = f"{lx.NUMBERS[m.group('cent').lower()]}{tens}" if m.group("cent") else f"{tens}"
    else:
        digits = m.group("dec").lstrip("'")
    if len(digits) == 2:
        if ctx.publication is None:
            return Resolution(f"XX{digits[0]}", "unresolved")
        century = ctx.publication.year // 100 - (1 if int(digits) > ctx.publication.year % 100 else 0)
        point = Point(dt.date(century * 100 + int(digits), 1, 1), "decade")
        return ctx.from_publication(point)
    point = Point(dt.date(int(digits), 1, 1), "decade")
    return Resolution(point.value, "absolute", point)


def century(m: re.Match, ctx: Context) -> Resolution:
    number = lx.ORDINAL_WORDS.get(m.group("cent").lower()) or int(re.sub(r"\D", "", m.group("cent")))
    point = Point(dt.date(max(1, (number - 1) * 100), 1, 1), "century")
    return Resolution(point.value, "absolute", point)


def full_or_month_day(m: re.Match, ctx: Context) -> Resolution:
    """The date of a match's `month`, `day` and optional `year` groups ('Nov. 9', 'April 25, 1998')."""
    month, day_of_month = lx.month_number(m.group("month")), lx.day_number(m.group("day"))
    if m.groupdict().get("year"):
        d = safe_date(_year(m), month, day_of_month)
        return calendar_day(d)
    return ctx.month_day(month, day_of_month)


def weekday_date(number: int, rel: str | None, ctx: Context) -> Resolution:
    """The day a weekday names: in a history given its page date, the first such day on or after the day the
    story is at (narration, not the reporting frame); else the nearest such day before the publication date
    (after it when the sentence is about the future, or 'next'), or the first such day on or after an inferred
    bound."""
    shift_by = {"last": -1, "next": 1, "this": 0}.get((rel or "").lower())
    told = ctx.history() if ctx.told_of_past and ctx.publication_anchor == "publication" else None
    if told is not None and shift_by is None and told[0].grain == "day":
        # a history's 'on Sunday' is told from the story, the first Sunday it reaches, not the day of writing's
        return Context.from_story(day(weekday_after(told[0].date, number)), told)
    if ctx.publication is None:
        return Resolution(f"XXXX-WXX-{number}", "unresolved")
    if ctx.publication_anchor == "inferred":
        d = weekday_after(ctx.publication, number)
    elif shift_by == 1 or (shift_by is None and ctx.future() and not ctx.after(2).startswith(("'s", "’s"))):
        # a possessive weekday names an event that has happened ('would appeal Wednesday's ruling')
        d = weekday_after(ctx.publication, number, include=False)
    elif shift_by == -1:
        d = weekday_before(ctx.publication, number, include=False)
    else:
        d = weekday_before(ctx.publication, number)
    return ctx.from_publication(day(d))


def weekday(m: re.Match, ctx: Context) -> Resolution:
    """A weekday ('said Sunday', 'next Tuesday morning'); 'Sunday, November 20' is that date, and
    'Sundays' is every Sunday, 'Tuesday nights' every Tuesday night. A part of day leaves the value at the day
    ('Friday evening' is that Friday): the day is what annotators agree on, the part is not (TimeBank writes
    the bare day 10 times of 26 and 'Friday night' as TEV or TNI; realnews always the day); 'this morning' and
    'last night' keep theirs, as both TimeML corpora write them."""
    number = lx.weekday_number(m.group("weekday"))
    part = m.groupdict().get("part")
    suffix = "T" + lx.PARTS_OF_DAY[part.lower()] if part else ""
    if m.groupdict().get("month"):
        return full_or_month_day(m, ctx)
    if m.group(0).lower().endswith("s") and not part:
        return Resolution(f"XXXX-WXX-{number}", "absolute")
    if m.groupdict().get("every"):  # 'Tuesday nights'
        return Resolution(f"XXXX-WXX-{number}{suffix}", "absolute", type="SET")
    return weekday_date(number, m.groupdict().get("rel"), ctx)


def deictic_day(m: re.Match, ctx: Context) -> Resolution:
    """today, yesterday, tomorrow, tonight, this morning, last night."""
    words = re.sub(r"^(?:early|late|earlier|later) ", "", re.sub(r"\s+", " ", m.group("t").lower()))
    offset = -1 if words.startswith("yesterday") or words == "last night" else 1 \
        if words.startswith("tomorrow") else 0
    part = m.groupdict().get("part")
    suffix = "TNI" if words in ("tonight", "last night") else ("T" + lx.PARTS_OF_DAY[part.lower()] if part else "")
    if ctx.publication is None:
        return Resolution(None, "unresolved")
    point = day(ctx.publication + dt.timedelta(days=offset))
    resolution = ctx.from_publication(point)
    return Resolution(point.value + suffix, resolution.anchor, point)


def mid_part(m: re.Match, ctx: Context) -> Resolution:
    """'mid-afternoon yesterday', 'by mid afternoon': that part of the day named, else of the story's day, else
    of the publication date."""
    suffix = "T" + lx.PARTS_OF_DAY[m.group("part").lower()]
    deictic = (m.group("deictic") or "").lower()
    story = None if deictic else ctx.story_day()
    if story is not None and story.point is not None:
        return Resolution(story.point.value + suffix, story.anchor, story.point, story.anchor_timex)
    if ctx.publication is None:
        return Resolution(None, "unresolved")
    point = day(ctx.publication + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(deictic, 0)))
    resolution = ctx.from_publication(point)
    return Resolution(point.value + suffix, resolution.anchor, point)


def reference(m: re.Match, ctx: Context) -> Resolution:
    return Resolution(lx.REFERENCES[re.sub(r"\s+", " ", m.group("t").lower())], "absolute")


def this_unit(m: re.Match, ctx: Context) -> Resolution:
    """last week, this month, next year, the coming weekend, last spring, this quarter."""
    rel = m.group("rel").lower()
    word = m.group("unit").lower()
    if m.group("t").lower().startswith("the") and rel == "past" and word not in lx.SEASONS:
        unit = lx.UNITS[lx.unit_name(word)]
        return Resolution(_duration(1, unit, word in lx.CLOCK_UNITS), "absolute", type="DURATION")
    offset = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1,
              "following": 1}[rel]
    if word in lx.SEASONS:
        if ctx.publication is None:
            return Resolution(None, "unresolved")
        code = lx.SEASONS[word]
        year = ctx.publication.year + offset
        if offset < 0 and SEASON_MONTH[code] > ctx.publication.month:
            year = ctx.publication.year - 1
        elif offset < 0:
            year = ctx.publication.year
            if SEASON_MONTH[code] + 2 >= ctx.publication.month:
                year -= 1
        elif offset > 0 and SEASON_MONTH[code] > ctx.publication.month:
            year = ctx.publication.year
        return ctx.from_publication(Point(dt.date(year, SEASON_MONTH[code], 1), "season", code))
    unit = lx.UNITS[lx.unit_name(word)]
    grain = UNIT_GRAIN[unit]
    if ctx.publication is None:
        return Resolution(None, "unresolved")
    said_before = ctx.sentence_point() if rel == "previous" and unit == "Y" else None
    if said_before is not None:
        # 'rents rose 9% in May over the previous year', 'costs fell in 2019, $2 million below the year previous'
        return ctx.from_narrative(at_grain(shift(said_before.date, -1, "Y"), grain))
    relative_to_narrative = rel == "following" and ctx.reference_day()
    if relative_to_narrative and relative_to_narrative[1]:
        base = relative_to_narrative[0]
        point = at_grain(shift(base, offset, unit), grain)
        return ctx.from_narrative(point)
    return ctx.from_publication(at_grain(shift(ctx.publication, offset, unit), grain))


def quarter(m: re.Match, ctx: Context) -> Resolution:
    """the third quarter, third-quarter, the first half (of 2019): of the year of publication, or the year
    before when the sentence tells of a quarter not begun by publication as past ('earned $3 million in the
    fourth quarter' in August)."""
    number = lx.ORDINALS[m.group("ord").lower()]
    half = m.group("unit").lower() == "half"
    month = (1 if number == 1 else 7) if half else 3 * (number - 1) + 1
    grain = "half" if half else "quarter"
    if m.groupdict().get("year"):
        point = Point(dt.date(_year(m), month, 1), grain)
        return Resolution(point.value, "absolute", point)
    if ctx.publication is None:
        return Resolution(f"XXXX-{'H' if half else 'Q'}{number}", "unresolved")
    year = ctx.publication.year - (1 if m.group("back") else 0)
    relative = (m.group("yrel") or m.group("ypos") or "").lower()
    if relative:
        year += -1 if relative.endswith(("last", "previous")) else 1 if relative.endswith("next") else 0
    elif month > ctx.publication.month and in_past(ctx.text, ctx.start, ctx.end):
        year -= 1  # a quarter not begun by publication is the coming one, unless told as past
    return ctx.from_publication(Point(dt.date(year, month, 1), grain))


def fiscal_period(m: re.Match, ctx: Context) -> Resolution:
    """the quarter, the latest quarter, the year-earlier period, year-ago: the quarter the report is about
    (the last one mentioned, else the last one completed before publication), a year back when it says so;
    after a span of months ('the first nine months') a period a year back is that year."""
    words = m.group("t")
    back = 1 if re.search(r"year[\s-](?:earlier|ago)|previous\s+year|prior[\s-]year|a\s+year\s+(?:earlier|ago)|"
                          r"last\s+year", words, re.IGNORECASE) else 0
    comparison = re.search(r"same|comparable|corresponding", words, re.IGNORECASE)
    month = ctx.story(("month",))
    if month is not None and comparison and "quarter" not in words.lower():
        # 'bookings climbed in February against the same period last year': that month, a year back
        return ctx.from_narrative(Point(shift(month.date, -back, "Y"), "month"))
    period = ctx.story_quarter()
    if (back or comparison) and re.search(r"period|year", words, re.IGNORECASE) and ctx.about_months():
        return year_back(back, period, ctx)
    if period is not None and period.point is not None:
        point = Point(shift(period.point.date, -back, "Y"), "quarter")
        return Resolution(point.value, "narrative", point, period.anchor_timex)
    if ctx.publication is None:
        return Resolution(None, "unresolved")
    completed = at_grain(shift(ctx.publication, -1, "Q"), "quarter")
    point = Point(shift(completed.date, -back, "Y"), "quarter")
    # a quarter counted back from publication is not where the story is: it does not become the story quarter
    return Resolution(point.value, ctx.publication_anchor, None if back else point)


def year_back(back: int, period: Resolution | None, ctx: Context) -> Resolution:
    """The year a span of months falls in, `back` years before the year of the story's quarter `period` (or
    of publication): 'the first nine months ... the year-earlier period' is the previous year."""
    if period is not None and period.point is not None:
        point = Point(dt.date(period.point.date.year - back, 1, 1), "year")
        return Resolution(point.value, "narrative", point, period.anchor_timex)
    if ctx.publication is None:
        return Resolution(None, "unresolved")
    return ctx.from_publication(Point(dt.date(ctx.publication.year - back, 1, 1), "year"))


def ago(m: re.Match, ctx: Context) -> Resolution:
    """two days ago, a year earlier, six weeks later, three months from now."""
    unit = _unit_letter(m)
    count = _count(m)
    direction = m.group("dir").lower()
    sign = -1 if direction in ("ago", "earlier", "before", "previously", "back", "prior") else 1
    clock = lx.unit_name(m.group("unit")) in lx.CLOCK_UNITS
    from_now = direction in ("ago", "from now", "hence")
    if clock and from_now:
        return Resolution(None, "unresolved")
    if clock or (count is None and not from_now):
        # no calendar day to count to ('over an hour later', 'a few days later'): what it states is the span
        return Resolution(_duration(count, unit, clock), "absolute", type="DURATION")
    grain = UNIT_GRAIN.get(unit, "day")
    period = None if ctx.about_months() else ctx.story_quarter()
    if unit == "Y" and count is not None and period is not None and period.point is not None:
        point = Point(shift(period.point.date, sign * int(count), "Y"), "quarter")
        return Resolution(point.value, "narrative", point, period.anchor_timex)
    if direction in ("ago", "from now", "hence"):
        if count is None:
            return Resolution("PAST_REF" if sign < 0 else "FUTURE_REF", "absolute")
        if ctx.publication is None:
            return Resolution(None, "unresolved")
        return ctx.from_publication(at_grain(shift(ctx.publication, sign * int(count), unit), grain))
    reference_ = ctx.reference_day()
    if reference_ is None or count is None:
        return Resolution(None, "unresolved")
    base, narrative = reference_
    if not narrative and unit in ("Y", "DE", "CE") and ctx.story_time is not None:
        # '18 years later' counts from the story's last told date, however far back ('September 11, 2001 ...
        # laid out on tables at the museum 18 years later'), not from publication
        return ctx.from_story(at_grain(shift(ctx.story_time[0].date, sign * int(count), unit), grain),
                              ctx.story_time)
    if not narrative and sign > 0 and not ctx.future():
        # 'Five months later he released his first bourbon' with no date told before it: it counts from an
        # event the text did not date, not from the day of writing, which it would put in the future ('a year
        # earlier' in a report does count back from the day of writing: 'up from $3 million a year earlier')
        return Resolution(None, "unresolved")
    point = at_grain(shift(base, sign * int(count), unit), grain)
    return ctx.from_narrative(point) if narrative else ctx.from_publication(point)


def this_year(ctx: Context) -> Resolution:
    """'the end of the year': a point in the year of publication, or in a history the year the story is at."""
    told = ctx.history()
    if told is not None:
        resolution = Context.from_story(at_grain(told[0].date, "year"), told)
    elif ctx.publication is None:
        return Resolution(None, "unresolved", type="DATE")
    else:
        resolution = ctx.from_publication(at_grain(ctx.publication, "year"))
    return Resolution(resolution.value, resolution.anchor, resolution.point, type="DATE")


FISCAL_YEAR_END = re.compile(r"(?<!\s)\s++(?:end(?:ed|ing)|that\s++end(?:ed|s))\b", re.IGNORECASE)
"""'the year ended March 31': a company's twelve months, which TIMEX3 writes as a duration."""


def the_year(m: re.Match, ctx: Context) -> Resolution:
    """'the year ended Sept. 30' is a year's span (P1Y); 'for the year', 'earlier in the year' and 'the full
    year' are the year the story is at (a DATE: the year of the last date mentioned, else of publication);
    'the end of the year' a point in the year of publication."""
    words = re.sub(r"\s+", " ", m.group("t").lower()).replace(" fiscal ", " ")
    if words == "the year" and FISCAL_YEAR_END.match(ctx.text, ctx.end):
        return Resolution("P1Y", "absolute")
    story = ctx.story(("day", "month", "quarter"))
    if (words == "the year" or words.split()[1] in ("entire", "whole", "full")) and story is not None:
        resolution = ctx.from_narrative(at_grain(story.date, "year"))
        return Resolution(resolution.value, resolution.anchor, resolution.point, resolution.anchor_timex, "DATE")
    return this_year(ctx)


def year_period(m: re.Match, ctx: Context) -> Resolution:
    """'the 1988 quarter', 'the 1988 third quarter', 'the 1989 period': that year's quarter (the one the
    story is about when no ordinal is given)."""
    year = _year(m)
    if m.group("ord"):
        point = Point(dt.date(year, 3 * (lx.ORDINALS[m.group("ord").lower()] - 1) + 1, 1), "quarter")
        return Resolution(point.value, "absolute", point)
    story = None if ctx.about_months() else ctx.story(("quarter",))
    if story is not None:
        return ctx.from_narrative(Point(story.date.replace(year=year), "quarter"))
    point = Point(dt.date(year, 1, 1), "year")
    return Resolution(point.value, "absolute", point)


def that_unit(m: re.Match, ctx: Context) -> Resolution:
    """'later that year', 'earlier that day', 'the next morning': the period of the last date the story
    mentioned (a day later for 'next'/'following'); unresolved when the story has not dated anything."""
    unit = m.group("unit").lower()
    story = ctx.story_day() if unit in ("day", "morning") else ctx.story_point()
    if story is None or story.point is None:
        return Resolution(None, "unresolved")
    if unit in ("day", "morning") and m.group("next"):
        return ctx.from_narrative(day(story.point.date + dt.timedelta(days=1)))
    grain = {"morning": "day", "day": "day", "week": "week", "month": "month", "year": "year"}[unit]
    if grain != "year" and story.point.grain not in ("day", grain):
        return Resolution(None, "unresolved")
    return ctx.from_narrative(at_grain(story.point.date, grain))


def nth_unit(m: re.Match, ctx: Context) -> Resolution:
    """'the eighth day (of the blockade)', 'a second consecutive day', 'the fourth week in a row': the day or
    week the story is at (the last day it mentioned, else publication)."""
    grain = "day" if m.group("unit").lower() == "day" else "week"
    story = ctx.story_day()
    if story is not None and story.point is not None:
        return ctx.from_narrative(at_grain(story.point.date, grain))
    if ctx.publication is None:
        return Resolution(None, "unresolved")
    return ctx.from_publication(at_grain(ctx.publication, grain))


def same_day(m: re.Match, ctx: Context) -> Resolution:
    """'on the day', 'the same day', 'end the day': the last day the story mentioned, else the publication
    date."""
    story = ctx.story_day()
    if story is not None:
        return story
    return ctx.from_publication(day(ctx.publication)) if ctx.publication else Resolution(None, "unresolved")


def duration(m: re.Match, ctx: Context) -> Resolution:
    """'six weeks', '5 1/2 hours', 'a minute and a half', 'several years' (PXY); placed in time when the
    words say where it lies ('the six weeks that followed', 'the past three years')."""
    word = lx.unit_name(m.group("unit"))
    count = _count(m)
    if count is not None and m.groupdict().get("half"):
        count += 0.5
    value = _duration(count, lx.UNITS[word], word in lx.CLOCK_UNITS)
    if count is None and VAGUE_PAST.match(m.group("t")) and not MEASURED.search(ctx.before(12)):
        # 'fell in the last few months': some time back, not a length ('for the past few weeks' is one)
        return Resolution("PAST_REF", "absolute", type="DATE")
    placed = None if word in lx.CLOCK_UNITS else placed_period(m.group("t"), count, lx.UNITS[word], ctx)
    if placed is None:
        return Resolution(value, "absolute")
    return dataclasses.replace(placed, value=value)


VAGUE_PAST = re.compile(r"the\s+(?:past|last)\s+(?:few|several)\s", re.IGNORECASE)
"""'the past several quarters', 'the last few months': TimeBank writes these PAST_REF unless 'for' measures them."""

MEASURED = re.compile(r"\bfor\s+$", re.IGNORECASE)
"""'for' right before a duration: the duration is a length ('for the past few weeks')."""

FOLLOWED = re.compile(r"(?<!\s)(?:\s*+,)?\s++(?:(?:that|which)\s+followed|thereafter|afterwards?|since\s+then)\b",
                      re.IGNORECASE)
"""Words after a duration that start it at the time the story is at ('the six weeks that followed')."""


def placed_period(words: str, count: float | None, unit: str, ctx: Context) -> Resolution | None:
    """Where a counted duration lies, when its words say so: forward from the story's time ('the following
    two days', 'the six weeks that followed'; 'the next two weeks' of a past sentence), forward from
    publication ('the next two weeks'), back from the story's time ('the previous three months') or back
    from publication ('the past three years'). The resolution's anchor and `period` (its value is left to
    the caller); None when the duration is not placed or its count is vague."""
    if count is None or count % 1 or unit not in UNIT_GRAIN:
        return None
    first = words.lower().split()
    first = first[1] if first[0] == "the" and len(first) > 1 else first[0]
    followed = FOLLOWED.match(ctx.text, ctx.end) is not None
    if first in ("following",) or followed or (first == "next" and in_past(ctx.text, ctx.start, ctx.end)):
        direction, reference = 1, ctx.reference_day()
    elif first == "previous":
        direction, reference = -1, ctx.reference_day()
    elif first in ("next", "coming"):
        direction, reference = 1, (ctx.publication, False) if ctx.publication else None
    elif first in ("past", "last"):
        direction, reference = -1, (ctx.publication, False) if ctx.publication else None
    else:
        return None
    if reference is None:
        return None
    day, narrative = reference
    try:
        other = shift(day, direction * int(count), unit)
    except (ValueError, OverflowError):  # beyond the calendar's years 1-9999 ('the next 99 centuries')
        return None
    period = f"{min(day, other).isoformat()}/{max(day, other).isoformat()}"
    if narrative:
        return Resolution(None, "narrative", anchor_timex=ctx.narrative_id, period=period)
    return Resolution(None, ctx.publication_anchor, period=period)


def vague_duration(m: re.Match, ctx: Context) -> Resolution:
    """'for years', 'in recent months', 'decades-long': some number of the unit (PXY)."""
    word = lx.unit_name(m.group("unit"))
    return Resolution(_duration(None, lx.UNITS[word], word in lx.CLOCK_UNITS), "absolute")


def frequency(m: re.Match, ctx: Context) -> Resolution:
    return Resolution(lx.FREQUENCIES[m.group("t").lower()], "absolute")


def every(m: re.Match, ctx: Context) -> Resolution:
    """every day, each week, per year, every Sunday, twice a month (P1M: how often is TIMEX3's `freq`, which the
    record does not keep), every other week (P2W), each July."""
    if m.groupdict().get("weekday"):
        return Resolution(f"XXXX-WXX-{lx.weekday_number(m.group('weekday'))}", "absolute")
    if m.groupdict().get("part"):
        return Resolution(f"XXXX-XX-XXT{lx.PARTS_OF_DAY[m.group('part').lower()]}", "absolute")
    if m.groupdict().get("month"):
        return Resolution(f"XXXX-{lx.month_number(m.group('month')):02d}", "absolute")
    word = lx.unit_name(m.group("unit"))
    count = 2 if re.search(r"\bother\s", m.group("t"), re.IGNORECASE) else 1  # 'three times a year' is P1Y, thrice
    return Resolution(_duration(count, lx.UNITS[word], word in lx.CLOCK_UNITS), "absolute")


def named_day(m: re.Match, ctx: Context) -> Resolution | None:
    """The day a clock time names after it ('9 a.m. Tuesday', '5 p.m. EST, Nov. 9', '16:00 UTC today'),
    None when it names none."""
    if m.groupdict().get("weekday"):
        return weekday_date(lx.weekday_number(m.group("weekday")), None, ctx)
    if m.groupdict().get("month"):
        return full_or_month_day(m, ctx)
    word = (m.groupdict().get("deictic") or "").lower()
    if not word:
        return None
    if ctx.publication is None:
        return Resolution(None, "unresolved")
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    return ctx.from_publication(day(ctx.publication + dt.timedelta(days=offset)))


def clock_time(m: re.Match, ctx: Context) -> Resolution:
    """3 p.m., 10:30 a.m., 14:00 GMT, noon, midnight: on the day the sentence is about (the day it names, else
    the last day the story mentioned, else the publication date)."""
    text = m.group("t").lower()
    if "noon" in text or "midday" in text:
        hour, minute = 12, 0
    elif "midnight" in text:
        hour, minute = 24, 0
    else:
        hour, minute = int(m.group("h") or m.group("h2")), int(m.group("min") or m.group("min2") or 0)
        meridiem = (m.group("ampm") or "").replace(".", "").lower()
        if meridiem == "pm" and hour < 12:
            hour += 12
        if meridiem == "am" and hour == 12:
            hour = 0
    if hour > 24 or minute > 59:
        return Resolution(None, "unresolved")
    clock = f"T{hour:02d}:{minute:02d}" + ("Z" if re.search(r"\b(?:UTC|GMT)\b", m.group("t")) else "")
    named = named_day(m, ctx)
    if named is not None:
        return Resolution(named.value + clock if named.value else None, named.anchor, None, named.anchor_timex)
    same_day = ctx.narrative if ctx.narrative is not None and ctx.narrative.grain == "day" \
        and ctx.narrative_id is not None else None
    if same_day is not None:
        return Resolution(same_day.value + clock, "narrative", same_day, ctx.narrative_id)
    story_day = ctx.story_day()  # a month named since ("revealed in January 2005") does not move the clock's day
    if story_day is not None:
        return Resolution(story_day.value + clock, "narrative", story_day.point, story_day.anchor_timex)
    if ctx.publication is None:
        return Resolution("XXXX-XX-XX" + clock, "unresolved")
    resolution = ctx.from_publication(day(ctx.publication))
    return Resolution(resolution.value + clock, resolution.anchor, None)


def season(m: re.Match, ctx: Context) -> Resolution:
    """A season: of the year given; in a history the one the story reaches next from its time; else, in a
    sentence told as past, the latest one by publication ('the loan move in the summer'), in one told as future
    the coming one ('goes on sale in the summer' said in November), otherwise this year's ('just as the summer
    season gets under way')."""
    code = lx.SEASONS[m.group("season").lower()]
    if m.groupdict().get("year"):
        point = Point(dt.date(_year(m), SEASON_MONTH[code], 1), "season", code)
        return Resolution(point.value, "absolute", point)
    told = ctx.history()
    if told is not None and told[0].grain in ("day", "month", "year"):
        # in a history, the season the story reaches next ('lost it on October 30 ... held it through the winter')
        reference = told[0].date.replace(day=1)
        candidates = [dt.date(year, SEASON_MONTH[code], 1) for year in range(reference.year - 1, reference.year + 2)]
        chosen = candidates[1] if told[0].grain == "year" else ctx.follow(candidates, reference, False)
        if chosen is not None:
            return ctx.from_story(Point(chosen, "season", code), told)
    if ctx.publication is None:
        return Resolution(f"XXXX-{code}", "unresolved")
    year = ctx.publication.year
    if SEASON_MONTH[code] > ctx.publication.month + 1 and in_past(ctx.text, ctx.start, ctx.end):
        year -= 1
    elif code != "WI" and SEASON_MONTH[code] + 1 < ctx.publication.month and ctx.future():
        year += 1  # 'goes on sale in the summer' said in November: next year's (a winter straddles two years)
    return ctx.from_publication(Point(dt.date(year, SEASON_MONTH[code], 1), "season", code))


def weekend(m: re.Match, ctx: Context) -> Resolution:
    """'the weekend': the one the story is at, else the last one before publication (the next one in a
    sentence about the future)."""
    story = ctx.story(("day",))
    base = story.date if story is not None else ctx.publication
    if base is None:
        return Resolution(None, "unresolved")
    if story is None and ctx.future():
        base = weekday_after(base, 6)
    elif base.isoweekday() < 6:
        base = weekday_before(base, 6)
    point = at_grain(base, "weekend")
    return ctx.from_narrative(point) if story is not None else ctx.from_publication(point)


def thanksgiving(m: re.Match, ctx: Context) -> Resolution:
    """US Thanksgiving: the fourth Thursday of November, of the stated year or the one nearest publication."""
    def fourth_thursday(year: int) -> dt.date:
        return weekday_after(dt.date(year, 11, 1), 4) + dt.timedelta(weeks=3)

    if m.groupdict().get("year"):
        d = fourth_thursday(_year(m))
        return Resolution(d.isoformat(), "absolute", day(d))
    if ctx.publication is None:
        return Resolution(None, "unresolved")
    pub = ctx.publication
    d = min((fourth_thursday(y) for y in (pub.year - 1, pub.year, pub.year + 1)), key=lambda c: abs((c - pub).days))
    return ctx.from_publication(day(d))


def holiday(m: re.Match, ctx: Context) -> Resolution:
    name = re.sub(r"\W+", " ", m.group("holiday").lower()).strip()
    if name.startswith("thanksgiving"):
        return thanksgiving(m, ctx)
    month, day_ = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
                   "new year s day": (1, 1), "new year s eve": (12, 31), "independence day": (7, 4),
                   "valentine s day": (2, 14), "halloween": (10, 31)}[name]
    if m.groupdict().get("year"):
        d = dt.date(_year(m), month, day_)
        return Resolution(d.isoformat(), "absolute", day(d))
    return ctx.month_day(month, day_)


def past_or_next_unit(m: re.Match, ctx: Context) -> Resolution:
    """'the past year', 'the next hour' before a verb or a conjunction: one such unit of time."""
    word = lx.unit_name(m.group("unit"))
    return Resolution(_duration(1, lx.UNITS[word], word in lx.CLOCK_UNITS), "absolute")


def past_reference(m: re.Match, ctx: Context) -> Resolution:
    """'the recent sale': a vague past reference (TimeML PAST_REF)."""
    return Resolution("PAST_REF", "absolute")


def year_end(m: re.Match, ctx: Context) -> Resolution:
    """'year-end', 'year's end': the end of the publication's (or the story's) year."""
    return this_year(ctx)

