"""Calendar points at a granularity, and their TIMEX3 values.

A `Point` is a date together with how much of it the text actually said: "2019" is a year, "June 2019" a
month, "the third quarter" a quarter. Arithmetic ("two weeks later", "last year") moves the date by whole
units with `dateutil.relativedelta` and keeps the granularity of the unit, the way TIMEX3 writes it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from dateutil.relativedelta import relativedelta

Grain = Literal["day", "week", "weekend", "month", "quarter", "half", "season", "year", "decade", "century"]

UNIT_GRAIN: dict[str, Grain] = {"D": "day", "W": "week", "WE": "weekend", "M": "month", "Q": "quarter",
                                "Y": "year", "DE": "decade", "CE": "century"}
"""TIMEX3 duration letter -> the granularity of a point reached by moving that many units."""

SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}


@dataclass(frozen=True)
class Point:
    """A calendar point: `date` is the first day of the period (or the day itself) at granularity `grain`."""

    date: dt.date
    grain: Grain
    season: str | None = None

    @property
    def value(self) -> str:
        """The TIMEX3 value: '2019-11-20', '2019-W47', '2019-11', '2019-Q4', '2019-H2', '2019-FA', '2019',
        '201' (the 2010s), '20' (the 21st century)."""
        d = self.date
        if self.grain == "day":
            return d.isoformat()
        if self.grain in ("week", "weekend"):
            year, week, _ = d.isocalendar()
            return f"{year}-W{week:02d}" + ("-WE" if self.grain == "weekend" else "")
        if self.grain == "month":
            return f"{d.year:04d}-{d.month:02d}"
        if self.grain == "quarter":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if self.grain == "half":
            return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
        if self.grain == "season":
            return f"{d.year:04d}-{self.season}"
        if self.grain == "year":
            return f"{d.year:04d}"
        if self.grain == "decade":
            return f"{d.year // 10:03d}"
        return f"{d.year // 100:02d}"


def day(d: dt.date) -> Point:
    return Point(d, "day")


def at_grain(d: dt.date, grain: Grain) -> Point:
    """The point of granularity `grain` that contains day `d`."""
    if grain == "day":
        return Point(d, "day")
    if grain in ("week", "weekend"):
        return Point(d - dt.timedelta(days=d.weekday()), grain)
    if grain == "month":
        return Point(d.replace(day=1), grain)
    if grain == "quarter":
        return Point(dt.date(d.year, 3 * ((d.month - 1) // 3) + 1, 1), grain)
    if grain == "half":
        return Point(dt.date(d.year, 1 if d.month <= 6 else 7, 1), grain)
    if grain == "year":
        return Point(dt.date(d.year, 1, 1), grain)
    if grain == "decade":
        return Point(dt.date(d.year - d.year % 10, 1, 1), grain)
    return Point(dt.date(d.year - d.year % 100, 1, 1), "century")


_GRAIN_UNIT = {"day": "D", "week": "W", "weekend": "W", "month": "M", "quarter": "Q", "season": "Q", "year": "Y",
               "decade": "DE", "century": "CE"}


def period_end(point: Point) -> dt.date:
    """The last day `point` covers ('1917' -> 1917-12-31, '2019-Q3' -> 2019-09-30)."""
    if point.grain == "half":
        return shift(point.date, 6, "M") - dt.timedelta(days=1)
    return shift(point.date, 1, _GRAIN_UNIT[point.grain]) - dt.timedelta(days=1)


def shift(d: dt.date, amount: int, unit: str) -> dt.date:
    """Move day `d` by `amount` TIMEX3 units ('D', 'W', 'WE', 'M', 'Q', 'Y', 'DE', 'CE')."""
    if unit == "D":
        return d + relativedelta(days=amount)
    if unit in ("W", "WE"):
        return d + relativedelta(weeks=amount)
    if unit == "M":
        return d + relativedelta(months=amount)
    if unit == "Q":
        return d + relativedelta(months=3 * amount)
    if unit == "Y":
        return d + relativedelta(years=amount)
    if unit == "DE":
        return d + relativedelta(years=10 * amount)
    if unit == "CE":
        return d + relativedelta(years=100 * amount)
    raise ValueError(f"unknown unit {unit!r}")


def safe_date(year: int, month: int, day_: int) -> dt.date | None:
    """The date, or None when it does not exist (February 30)."""
    try:
        return dt.date(year, month, day_)
    except ValueError:
        return None


def weekday_before(reference: dt.date, weekday: int, *, include: bool = True) -> dt.date:
    """The nearest ISO `weekday` (1 = Monday) on or before `reference` (strictly before if not include)."""
    back = (reference.isoweekday() - weekday) % 7
    if back == 0 and not include:
        back = 7
    return reference - dt.timedelta(days=back)


def weekday_after(reference: dt.date, weekday: int, *, include: bool = True) -> dt.date:
    """The nearest ISO `weekday` on or after `reference` (strictly after if not include)."""
    ahead = (weekday - reference.isoweekday()) % 7
    if ahead == 0 and not include:
        ahead = 7
    return reference + dt.timedelta(days=ahead)


def parse_iso(value: str | None) -> dt.date | None:
    """The day of an ISO 8601 date or date-time string ('2019-11-20', '2019-11-20T08:00:00Z'); None if not."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def start_of(value: str) -> dt.date | None:
    """The first day a concrete TIMEX3 date value or ISO 8601 interval covers ('2019-W08' -> 2019-02-18,
    '2019-Q3' -> 2019-07-01, '199' -> 1990-01-01, '2019-06-03/2019-07-15' -> 2019-06-03); None for values
    without a calendar position (PAST_REF, XXXX-11-20, P6W)."""
    day_part = value.split("/")[0].split("T")[0]
    head, _, rest = day_part.partition("-")
    if not head.isdigit():
        return None
    year = int(head.ljust(4, "0"))
    if not rest:
        return dt.date(max(year, 1), 1, 1)
    if rest[:1] == "W" and rest[1:3].isdigit():
        return dt.date.fromisocalendar(year, int(rest[1:3]), 1)
    if rest[:1] in "QH" and rest[1:2].isdigit():
        return dt.date(year, (int(rest[1]) - 1) * (3 if rest[0] == "Q" else 6) + 1, 1)
    if rest in SEASON_MONTH:
        return dt.date(year, SEASON_MONTH[rest], 1)
    month, _, day_ = rest.partition("-")
    if not month.isdigit():
        return None
    return safe_date(year, int(month), int(day_) if day_.isdigit() else 1)
