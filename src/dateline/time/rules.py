"""The recognition rules: one regular expression per kind of English time expression, with its resolver.

Each `Rule` finds a kind of expression ("June 3, 2019", "two days later", "every Sunday") and knows how to
turn a match into a TIMEX3 value given a `Context`. A match's span is its group `t` when the pattern has
one (so a leading 'on' or 'for' can be required without being part of the expression), else the whole match.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

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

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    type: TimexType
    resolve: Callable[[re.Match, Context], Resolution]


# --- building blocks -----------------------------------------------------------------------------

_FULL_MONTHS = [m for m in lx.MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in lx.MONTHS if m not in _FULL_MONTHS]
CAP = r"(?-i:(?=[A-Z]))"
MONTH = (CAP + r"(?P<month>" + lx.alternation(_FULL_MONTHS) + r"(?![a-z])|"
         + lx.alternation(_ABBR_MONTHS) + r"(?:\.|(?![a-z])))")
MONTH_FULL = CAP + r"(?P<month>" + lx.alternation(_FULL_MONTHS) + r"(?![a-z]))"
DAY = (r"(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)|"
       + lx.alternation(lx.DAY_ORDINALS).replace("\\-", "[\\s-]") + r"(?![\w-]))")
YEAR = r"(?P<year>(?:1[5-9]|20)\d\d(?![\d,]?\d|\.\d)|" + lx.SPELLED_YEAR + ")"
WEEKDAY = CAP + r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?(?![a-z])"
PART = r"(?P<part>morning|afternoon|evening|night|overnight)"
NUM_WORDS = lx.alternation([w for w in lx.NUMBERS if " " not in w and w not in ("a", "an", "half")])
NUM = (r"(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+1/2)?|(?:" + NUM_WORDS + r"(?:[-\s]" + NUM_WORDS + r")?|a|an)"
       r"(?:\s+and\s+a\s+half)?|a\s+(?:hundred|thousand)|(?:a\s+)?couple\s+of|half\s+an?|"
       + lx.alternation(lx.VAGUE_NUMBERS) + r")")
UNIT_WORDS = (r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|"
              r"centur(?:y|ie)|millennium)")
UNIT = r"(?P<unit>" + UNIT_WORDS + ")"
UNITS = UNIT + r"s?"
COUNTED = r"(?:(?:straight|consecutive|successive|more|additional|full|trading|business|working)\s+)?"
"""Words between a number and its unit that keep it a duration ('six straight days', 'two more weeks')."""
QUANTITY_NOUNS = (r"(?:tonnes|tons|people|troops|soldiers|men|women|children|residents|km|kilometres|kilometers|"
                  r"miles|metres|meters|feet|dollars|euros|pounds|yuan|shares|barrels|votes|workers|jobs|units|"
                  r"cars|homes|houses|acres|hectares|points|cases|deaths|refugees|members|employees|seats)")
"""Plural nouns after a four-digit number that make it a quantity, not a year ('1990 tonnes')."""
MOD = r"(?:(?:early|late|mid|middle|the\s+(?:end|beginning|start|middle)\s+of|end\s+of|beginning\s+of)[\s-]+)?"
APPROX = (r"(?:(?:more\s+than|less\s+than|fewer\s+than|nearly|almost|around|some|roughly|at\s+least|"
          r"up\s+to|over(?!\s+the\b))\s+)?(?:the\s+(?![\w.]+-" + UNIT_WORDS + r"))?")


def rx(pattern: str) -> re.Pattern:
    return re.compile(r"(?<![\w$£€.-])(?<!\d,)" + pattern + r"(?![\w])", re.IGNORECASE)


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


def _duration(count: float | None, unit: str, clock: bool) -> str:
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
    if unit in ("DE", "CE") and count is not None:
        amount, unit = f"{count * (10 if unit == 'DE' else 100):g}", "Y"
    return prefix + amount + unit


# --- resolvers -----------------------------------------------------------------------------------

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
    """The day a weekday names: the nearest such day before the publication date (after it when the
    sentence is about the future, or 'next'), or the first such day on or after an inferred bound."""
    shift_by = {"last": -1, "next": 1, "this": 0}.get((rel or "").lower())
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
    """'the end of the year': a point in the year of publication."""
    if ctx.publication is None:
        return Resolution(None, "unresolved", type="DATE")
    resolution = ctx.from_publication(at_grain(ctx.publication, "year"))
    return Resolution(resolution.value, resolution.anchor, resolution.point, type="DATE")


FISCAL_YEAR_END = re.compile(r"\s+(?:end(?:ed|ing)|that\s+end(?:ed|s))\b", re.IGNORECASE)
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

FOLLOWED = re.compile(r"(?:\s*+,)?\s++(?:(?:that|which)\s+followed|thereafter|afterwards?|since\s+then)\b",
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
    sentence told as past, the latest one by publication ('the loan move in the summer'), otherwise the coming
    one ('just as the summer season gets under way', 'storms could follow in late summer')."""
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


# --- what is not a time expression ----------------------------------------------------------------

RATE = re.compile(r"(?:[$£€¥]\s*\d[\d,.]*(?:\s+(?:million|billion|trillion))?|(?<![\w.])\d[\d,.]*\s*(?:%|percent|"
                  r"per\s+cent)|(?<![\w.])(?:\d[\d,.]*|hundred|thousand|million|billion)\s+(?:\w+\s+)?"
                  r"(?:dollars|euros|pounds|yen|yuan|rupees|cents|instructions|calls|transactions|bytes|bits|"
                  r"requests|miles|kilometres|kilometers|km))"
                  r"\s+(?P<t>(?:a|an|per)\s+" + UNIT_WORDS
                  + r"|annually|yearly|monthly|weekly|daily|hourly|nightly)(?!\w)", re.IGNORECASE)
"""The time word of a price, a percentage or a speed: '$1.76 a year', 'rise 8.5% annually', '15 million
instructions per second'. It divides a quantity; it does not refer to a time, and TIMEX3 annotators leave it
out. A count of things or people over a time ('50,000 tourists a year', '700 seats a week') is a frequency (a
SET)."""

TITLE = re.compile(r"(?:\b[A-Z]{2,}[ \t]+|(?:'s|s')[ \t]+[\"“`']+)(?P<t>Today|Tonight|This[ \t]+(?:Week|Morning)|Now"
                   r"|\d+[ \t]+(?:Minutes|Hours|Days))\b")
"""A time word in the name of a programme or paper, right after an acronym or quoted after a possessive:
'VOA Today', 'USA Today', 'ABC News' "This Week"', 'CBS's "60 Minutes"'. TimeML leaves time words in proper
names unannotated."""

AGE = re.compile(r"\b(?:his|her|their|my|our|your)[ \t]+(?P<t>(?:(?:early|mid|late)[ \t-]*)?[1-9]0s)\b",
                 re.IGNORECASE)
"""'in his 30s' is an age, not the 1930s."""

DISCOURSE_NOW = re.compile(r"(?:^|[.!?][\"”']?[ \t]+)[\"“`']*(?P<t>Now)(?=,)", re.MULTILINE)
"""'Now,' opening a sentence turns the argument ('Now, he says, ...'), it does not date it: TimeBank+AQUAINT leaves
all 3 such uses unannotated, against 5 of 9 other sentence-opening 'Now's annotated."""

INDEX_NAME = re.compile(r"\b(?P<t>\d{4})(?=[ \t]+Index\b)")
"""A number naming a stock index ('the Russell 2000 Index') is no year."""

NOW_PREFIX = re.compile(r"\b(?P<t>now)(?=-[a-z])", re.IGNORECASE)
"""'the now-cancelled deal': 'now-' qualifies an adjective, it does not date the sentence."""

HOLIDAY_MODIFIER = re.compile(
    "".join(rf"(?<!\b{w} )" for w in ("on", "at", "by", "of", "for", "over", "since", "until", "before", "after",
                                        "during", "last", "next", "this"))
    + r"\b(?P<t>Christmas|Halloween|Thanksgiving)(?=-[a-z]|[ \t]+(?!(?:day|eve|morning|afternoon|evening|night|week|"
    r"weekend|season|holidays?|period|break|time|is|was|will|has|had|and|or|but|in|on|at|to|of|for|with|by|from|as|"
    r"this|that|the|a|an|it|we|he|she|they|i|you|when|while|if|so|last|next)\b)[a-z]{2,}\b)")
"""A holiday's name qualifying a thing ('Halloween-themed workouts', 'Christmas decorations', 'our Christmas ad'),
not a day: a word that is no time of year follows it, and no preposition of time or 'last'/'next' comes before
('found in the Atlantic last Thanksgiving following a wreck')."""

NOT_TIME = (RATE, TITLE, AGE, DISCOURSE_NOW, INDEX_NAME, NOW_PREFIX, HOLIDAY_MODIFIER)
"""Patterns whose `t` group is a time word that is no time expression."""


# --- the rules -----------------------------------------------------------------------------------

_REL = r"(?:(?P<rel>last|next|this|past|previous|coming|current|following)\s+)"
_HOLIDAYS = r"(?P<holiday>Christmas(?:\s+(?:Day|Eve))?|New\s+Year's\s+(?:Day|Eve)|Independence\s+Day|" \
            r"Valentine's\s+Day|Halloween|Thanksgiving(?:\s+Day)?)"

DASH = r"\s*[-–—]\s*"
AFTER_DASH = (r"(?:(?<=\d[-–—])|(?<=\d [-–—] )|(?<=[a-z][-–—])|(?<=[a-z] [-–—] )|(?<=[a-z]\.[-–—])|"
              r"(?<=\d[-–—] )|(?<=[a-z][-–—] ))")
"""Right after the dash of a range whose first part ends in a digit or a month ('14 August-24 August')."""
RANGE_END = (DASH + r"(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?P<rmonth>[A-Z][a-z]+)\.?)?|"
             r"(?P<rmonth2>[A-Z][a-z]+)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)(?:,?\s+(?P<ryear>(?:1[5-9]|20)\d\d))?(?![\d\w])")
"""The end of a date range after its first part: '-1 June 1916', '-9, 1918', ' - August 2', '-September 1950'."""


def after_dash(pattern: str) -> re.Pattern:
    """A rule for the second part of a range: like `rx`, but it starts right after the range's dash."""
    return re.compile(AFTER_DASH + pattern + r"(?![\w])", re.IGNORECASE)


RULES: list[Rule] = [
    Rule("iso-date", rx(r"(?P<t>(?P<year>(?:1[5-9]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
                        r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?)(?!:)"),
         "DATE", iso_date),
    Rule("numeric-date", rx(r"(?P<t>(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)?\d\d))"), "DATE",
         numeric_date),
    Rule("month-day-year", rx(r"(?P<t>" + MOD + MONTH + r"\s*" + DAY + r",?\s+" + YEAR + r")"), "DATE", full_date),
    Rule("day-month-year", rx(r"(?P<t>" + DAY + r"\s+(?:of\s+)?" + MONTH + r",?\s+" + YEAR + r")"), "DATE",
         full_date),
    # ranges: each end is an expression of its own; the first takes its year from the end ('6-7 January 1916')
    Rule("range-start-dm", rx(r"(?P<t>" + DAY + r"\s+(?:of\s+)?" + MONTH + r")(?=" + RANGE_END + ")"), "DATE",
         range_start),
    Rule("range-start-md", rx(r"(?P<t>" + MONTH + r"\s*" + DAY + r")(?=" + RANGE_END + ")"), "DATE", range_start),
    Rule("range-start-month", rx(r"(?P<t>" + MONTH_FULL + r")(?=" + DASH + r"(?P<rmonth>[A-Z][a-z]+)\.?,?\s+"
                                 r"(?P<ryear>(?:1[5-9]|20)\d\d)(?!\d))"), "DATE", range_start),
    Rule("range-start-day", rx(r"(?P<t>" + DAY + r")(?=" + DASH + r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH
                               + r"(?:,?\s+" + YEAR + r")?(?![\d\w]))"), "DATE", full_or_month_day),
    Rule("range-end-dm", after_dash(r"(?P<t>" + DAY + r"\s+(?:of\s+)?" + MONTH + r"(?:,?\s+" + YEAR + r")?)"),
         "DATE", full_or_month_day),
    Rule("range-end-md", after_dash(r"(?P<t>" + MONTH + r"\s*" + DAY + r"(?:,?\s+" + YEAR + r")?)"), "DATE",
         full_or_month_day),
    Rule("range-end-month", after_dash(r"(?P<t>" + MONTH_FULL + r"(?:,?\s+" + YEAR + r")?)(?!\s*\d)"), "DATE",
         range_end_month),
    Rule("range-end-day", after_dash(r"(?P<t>" + DAY + r",?\s+" + YEAR + r")"), "DATE", range_end_day),
    # a year range, not a date written YYYY-MM-DD ('2019-08-11t00:00' with a lower-case t)
    Rule("year-range-start", rx(r"(?P<t>(?P<year>(?:1[5-9]|20)\d\d))(?=[-–](?:\d\d|(?:1[5-9]|20)\d\d)(?![\d\w%]|-\d))"),
         "DATE", year_alone),
    Rule("year-range-end", re.compile(r"(?<=(?:1[5-9]|20)\d\d[-–])(?P<t>\d\d|(?:1[5-9]|20)\d\d)(?![\d\w%]|-\d)"),
         "DATE", range_end_year),
    Rule("month-day", rx(r"(?P<t>" + MOD + MONTH + r"\s*" + DAY + r")(?!,?\s+(?:1[5-9]|20)\d\d)"), "DATE",
         month_day),
    Rule("day-month", rx(r"(?P<t>(?:the\s+)?" + DAY + r"\s+(?:of\s+)?" + MONTH + r")(?!,?\s+(?:1[5-9]|20)\d\d)"),
         "DATE", month_day),
    Rule("month-year", rx(r"(?P<t>" + MOD + MONTH + r"(?:\s+of)?,?\s+" + YEAR + r")"), "DATE", month_year),
    Rule("month", rx(r"(?P<t>" + MOD + r"(?:(?P<rel>last|next|this)\s+)?" + MONTH_FULL
                     + r"(?:\s+(?P<yrel>last|this|next)\s+year(?!'s))?)(?!\s*\d)"
                     r"(?!\s+(?:for|of)\s+(?:the\s+)?(?-i:[A-Z]))"
                     r"(?=(?:\s+of\s+(?P<ofrel>last|this|next)\s+year)?)"), "DATE", month_alone),
    Rule("year", rx(r"(?P<t>" + MOD + r"(?:(?:fiscal|calendar|the\s+year|FY|model\s+year)\s+)?" + YEAR
                    + r")(?!\s*(?:%|percent|per\s+cent|[-/]\d))(?!\s+" + QUANTITY_NOUNS + r"\b)"), "DATE", year_alone),
    Rule("the-year-named", rx(r"(?P<t>the\s+year\s+(?P<year>" + lx.TWO_THOUSAND + r"))"), "DATE", year_alone),
    Rule("short-year", rx(r"(?:since|in|from|until|by|of)\s+(?P<t>'(?P<yy>\d\d))(?![\w'])"), "DATE", short_year),
    Rule("week-of", rx(r"(?P<t>the\s+(?:(?P<ord>first|second|third|fourth|last)\s+)?week\s+of\s+" + MONTH
                       + r"(?:\s*" + DAY + r")?(?:,?\s+" + YEAR + r")?)"), "DATE", week_of),
    Rule("decade", rx(r"(?P<t>(?:the\s+)?" + MOD + r"(?P<dec>(?:1[5-9]|20)\d0|'?[0-9]0)'?s|the\s+" + MOD
                      + r"(?:(?P<cent>eighteen|nineteen)[\s-]+)?(?P<tens>" + lx.alternation(lx.DECADE_WORDS) + r"))"),
         "DATE", decade),
    Rule("century", rx(r"(?P<t>(?:the\s+)?" + MOD + r"(?P<cent>\d{1,2}(?:st|nd|rd|th)|"
                       + lx.alternation(lx.ORDINAL_WORDS) + r")[\s-]+century)"), "DATE", century),
    Rule("weekday", rx(r"(?P<t>" + MOD + r"(?:(?P<rel>last|next|this)\s+)?" + WEEKDAY + r"(?:\s+" + PART
                       + r"(?P<every>s)?|,?[ \t]+" + MONTH + r"\s*" + DAY + r"(?:,?\s+" + YEAR + r")?)?)"),
         "DATE", weekday),
    Rule("deictic-day", rx(r"(?P<t>(?:early\s+|late\s+|earlier\s+|later\s+)?(?:today|tonight|last\s+night|"
                           r"(?:yesterday|tomorrow|this(?=\s+(?:morning|afternoon|evening|night)))(?:\s+" + PART
                           + r")?))"), "DATE", deictic_day),
    Rule("mid-part", rx(r"(?P<t>mid[\s-]?(?P<part>morning|afternoon|evening)(?:\s+(?P<deictic>yesterday|today|"
                        r"tomorrow))?)"), "TIME", mid_part),
    Rule("reference", rx(r"(?P<t>" + lx.alternation(lx.REFERENCES) + r")"), "DATE", reference),
    # 'the recent sale' is a vague past reference (TimeML PAST_REF); 'most recent' ranks, it does not date
    Rule("recent", rx(r"(?<!most\s)(?<!more\s)(?P<t>recent)(?=\s+[a-z])"), "DATE",
         lambda m, ctx: Resolution("PAST_REF", "absolute")),
    Rule("this-unit", rx(r"(?P<t>(?:(?:earlier|later)\s+(?:in\s+)?)?" + MOD + r"(?:this\s+(?=past)|the\s+(?=past|"
                         r"previous|last|following|next|coming|current))?" + _REL + r"(?:fiscal\s+(?=year))?"
                         + r"(?P<unit>week|weekend|month|quarter|year|decade|century|spring|summer|fall|autumn|"
                         r"winter))"),
         "DATE", this_unit),
    Rule("unit-previous", rx(r"(?P<t>the\s+(?P<unit>year)\s+(?P<rel>previous))"), "DATE", this_unit),
    Rule("quarter", rx(r"(?P<t>(?:(?P<ypos>this|last|next)\s+year's\s+|the\s+(?![\w]+-quarter))?"
                       r"(?:(?P<back>year[\s-](?:earlier|ago))\s+)?(?:fiscal[\s-]+)?"
                       r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last(?=[\s-]+half\s+of\s+(?:1[5-9]|20)\d\d))"
                       r"[\s-]+(?:fiscal[\s-]+)?(?P<unit>quarter|half)(?:(?:\s+of(?:\s+fiscal)?|,)?\s+" + YEAR
                       + r"|(?:\s+of)?\s+(?P<yrel>this|last|next|the\s+previous|the\s+last|the\s+next)\s+year)?)"),
         "DATE", quarter),
    Rule("fiscal-period", rx(r"(?P<t>the\s+quarter\s+a\s+year\s+ago|(?:last|this)\s+year's\s+(?:quarter|period)|"
                             r"(?<!\ba\s)(?:the\s+|that\s+)?(?:(?:latest|current|same|comparable|recent|"
                             r"year[\s-](?:earlier|ago)|previous\s+year's|prior[\s-]year)\s+){0,2}quarter(?!-)|"
                             r"(?:the\s+)?(?:latest|current|same|comparable|year[\s-](?:earlier|ago)|"
                             r"previous\s+year's|prior[\s-]year|corresponding)\s+(?:period|month)"
                             r"(?P<ago>\s+(?:last\s+year|a\s+year\s+"
                             r"(?:earlier|ago)|of\s+the\s+(?:last|previous)\s+year))?"
                             r"|year[\s-](?:earlier|ago)(?=\s+(?:profit|loss|earnings|net|revenue|sales|results|"
                             r"level|figure|income|period|quarter)))(?!\s+of\b)"), "DATE", fiscal_period),
    Rule("year-period", rx(r"(?P<t>the\s+" + YEAR
                           + r"\s+(?:(?P<ord>first|second|third|fourth)\s+)?(?:quarter|period))"),
         "DATE", year_period),
    # a count of things over a time is a frequency ('50,000 tourists a year'), not 'a year' of time
    Rule("count-rate", rx(r"(?:\d[\d,.]*|" + NUM_WORDS + r"|million|billion)\s+(?:[a-z]+\s+)?[a-z]+s\s+"
                          r"(?P<t>(?:a|an|per)\s+" + UNIT + r")"), "SET", every),
    Rule("ago", rx(r"(?P<t>" + APPROX + NUM + r"[\s-]+" + UNITS
                   + r"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence|"
                   r"previously|back|(?:before|after|prior)(?=\s*(?:[,.;:!?)]|$))))"), "DATE", ago),
    Rule("duration", rx(r"(?!(?:a|an|one|two|three)[\s-]+quarters?\s+(?:of|percent|point)\b|a\s+second\b)(?P<t>"
                        + APPROX + r"(?:(?:past|last|next|first|previous|coming|final|latest|"
                        r"remaining|following|initial|other)\s+)?(?!an?[\s-]+" + UNIT_WORDS + r"s\b)" + NUM
                        + r"[\s-]+" + COUNTED + UNITS
                        + r"(?P<half>\s+and\s+a\s+half)?(?:[\s-]+long)?)(?![\s-]+old)"
                        r"(?<!quarter(?=,?\s(?:of|percent|point)\b))(?<!quarter(?=-))"), "DURATION", duration),
    Rule("the-unit-duration", rx(r"(?P<t>(?:the\s+)?(?:past|last|next|previous|coming|following)\s+"
                                 r"(?P<unit>hour|day|week|month|year|decade|century))(?=\s+(?:or|and|to|of|has|have|"
                                 r"had|were|was|,|\.|\)))"),
         "DURATION", lambda m, ctx: Resolution(_duration(1, lx.UNITS[lx.unit_name(m.group("unit"))],
                                                         lx.unit_name(m.group("unit")) in lx.CLOCK_UNITS),
                                               "absolute")),
    Rule("the-year", rx(r"(?P<t>" + MOD + r"the\s+(?:entire\s+|whole\s+|full\s+)?(?:fiscal\s+)?year)"
                        r"(?![\s-]+(?:earlier|ago|before|after|"
                        r"\d)|-|\s+of)"), "DURATION", the_year),
    Rule("that-unit", rx(r"(?P<t>(?:(?:earlier|later)\s+that\s+(?=day|week|month|year)|that\s+(?=year)|"
                         r"the\s+(?P<next>next|following)\s+(?=day|morning))(?P<unit>day|week|month|year|morning))"
                         r"(?!\s+(?:of|when|that|after|before))"),
         "DATE", that_unit),
    Rule("nth-unit", rx(r"(?P<t>(?:the\s+|a\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
                        r"(?:(?:straight|consecutive|successive)\s+)?(?P<unit>day|week))(?![\w-])"), "DATE", nth_unit),
    Rule("year-end", rx(r"(?P<t>year[\s-]end|year's\s+end)"), "DATE", lambda m, ctx: this_year(ctx)),
    Rule("the-day", rx(r"(?:on|for|during|of|in|end(?:s|ed|ing)?|finish(?:es|ed|ing)?|clos(?:e|es|ed|ing)|"
                       r"start(?:s|ed|ing)?)\s+(?P<t>the\s+(?:same\s+)?day)(?![\s-]+(?:before|after|of|when|"
                       r"that|earlier|later|-))"), "DATE", same_day),
    Rule("plural-units", rx(r"(?:for|over|in|within|recent|past|coming)\s+(?P<t>(?P<unit>minute|hour|day|week|month|"
                            r"year|decade|centurie)s)"), "DURATION", vague_duration),
    Rule("units-long", rx(r"(?P<t>(?P<unit>day|week|month|year|decade)s-long)"), "DURATION", vague_duration),
    Rule("range-start", rx(r"(?P<t>" + NUM + r")(?=\s+(?:to|and|or)\s+(?:\d{1,3}|" + NUM_WORDS + r")[\s-]+" + UNITS
                           + r"\b)"), "DURATION", duration),
    Rule("frequency", rx(r"(?P<t>" + lx.alternation(lx.FREQUENCIES) + r")"), "SET", frequency),
    Rule("every", rx(r"(?P<t>(?:(?:once|twice|(?P<num>" + NUM_WORDS + r"|\d+)\s+times)\s+)?"
                     r"(?:every|each|per|a(?=\s+(?!second\b|quarter(?:,?\s+(?:of|percent|point)\b|-))" + UNIT_WORDS
                     + r"))\s+"
                     r"(?:(?:other)\s+)?(?:" + WEEKDAY + r"|" + PART + r"|" + UNIT + r"|" + MONTH_FULL + r"))"),
         "SET", every),
    Rule("clock", rx(r"(?P<t>(?:(?P<h>[01]?\d|2[0-3])(?::(?P<min>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)"
                     r"|(?P<h2>[01]?\d|2[0-3]):?(?P<min2>[0-5]\d)(?=\s*(?:GMT|UTC|[A-Z]ST|[A-Z]DT|local|hours|h\b))"
                     r"|noon|midday|midnight)(?:\s+(?:local\s+time|GMT|UTC|[ECMP][SD]T|BST|CET))?"
                     r"(?:,?[ \t]+(?:" + WEEKDAY + r"|" + MONTH + r"\s*" + DAY + r"(?:,?\s+" + YEAR + r")?"
                     r"|(?P<deictic>today|yesterday|tomorrow)))?)"),
         "TIME", clock_time),
    Rule("season", rx(r"(?P<t>(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:the\s+)?"
                      r"(?P<season>spring|summer|fall|autumn|winter)(?:(?:\s+of)?\s+" + YEAR + r")?)(?<!\bfall)"),
         "DATE", season),
    Rule("weekend", rx(r"(?P<t>the\s+weekend)(?!\s+of)"), "DATE", weekend),
    Rule("holiday", rx(r"(?P<t>" + _HOLIDAYS + r"(?:,?\s+" + YEAR + r")?)"), "DATE", holiday),
]

