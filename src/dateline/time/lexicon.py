"""Words of English time expressions: months, weekdays, numbers, units, parts of the day.

Each table maps a lowercased word to what it means in TIMEX3 terms, and `alternation` turns a table into
a regex alternative, so the patterns in `rules.py` and the normalisation read from the same source.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1):
    for _name in _names:
        MONTHS[_name] = _number

WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    (("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thurs"),
     ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun")), start=1):
    for _name in _names:
        WEEKDAYS[_name] = _number

NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "thousand": 1000, "a thousand": 1000, "a couple of": 2, "a couple": 2,
    "couple of": 2, "single": 1,
    "half a": 0.5, "a half": 0.5, "half": 0.5,
}
"""Number words; tens and units combine as 'twenty-five'."""

VAGUE_NUMBERS = ("several", "few", "a few", "some", "many", "the next few", "a number of", "dozens of",
                 "hundreds of", "thousands of", "recent", "the past few", "couple")
"""Quantities TIMEX3 writes as X ('several years' = PXY)."""

ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
                            "4th": 4, "final": 4, "last": 4}

UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H",
    "day": "D", "night": "D", "week": "W", "weekend": "WE", "fortnight": "2W", "month": "M",
    "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "centurie": "CE", "millennium": "ML",
}
"""Singular unit -> TIMEX3 duration letter; second, minute and hour go after 'T' (PT5H)."""

CLOCK_UNITS = frozenset({"second", "minute", "hour"})

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

PARTS_OF_DAY: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                                "overnight": "NI"}

REFERENCES: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "presently": "PRESENT_REF", "at present": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "at the moment": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "the past": "PAST_REF", "lately": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "in the coming days": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the time being": "PRESENT_REF",
}
"""Vague references to now, the past and the future (TIMEX3 *_REF values)."""

FREQUENCIES: dict[str, str] = {"hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
                               "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                               "biannually": "P6M", "biennially": "P2Y"}


_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_UNDER_100 = (r"(?:(?:" + "|".join(_TENS) + r")(?:[\s-](?:" + "|".join(_UNITS) + r"))?|"
              + "|".join(_TEENS) + r"|oh[\s-](?:" + "|".join(_UNITS) + r"))")
TWO_THOUSAND = r"two\s+thousand(?:\s+(?:and\s+)?(?:" + "|".join(_TEENS + _UNITS) + r"))?(?![\w-])"
"""'two thousand', 'two thousand (and) three': a year only where something says so (SPELLED_YEAR, 'the year')."""
SPELLED_YEAR = (r"(?:(?:eighteen|nineteen|twenty)[\s-]" + _UNDER_100 + r"(?![\w-])|(?:eighteen|nineteen)\s+hundred|"
                + TWO_THOUSAND + r"(?!\s+[a-z]))")
"""A year in words: 'nineteen ninety-six', 'nineteen oh five', 'two thousand (and) three'; a bare 'two thousand'
only when no noun follows ('two thousand years' is a quantity)."""

DECADE_WORDS: dict[str, int] = {word[:-1] + "ies": number for word, number in NUMBERS.items() if word in _TENS}
"""'nineties' -> 90."""


def spelled_year(words: str) -> int | None:
    """The year written in words ('nineteen ninety-six' -> 1996, 'two thousand' -> 2000); None if it is not one."""
    words = re.sub(r"[\s-]+", " ", words.strip().lower()).replace(" and ", " ")
    if words.startswith("two thousand"):
        rest = words[len("two thousand"):].strip()
        return 2000 + (int(number_value(rest) or 0) if rest else 0)
    head, _, rest = words.partition(" ")
    if head not in NUMBERS or not rest:
        return None
    if rest == "hundred":
        return NUMBERS[head] * 100
    tail = number_value(rest.removeprefix("oh "))
    return NUMBERS[head] * 100 + int(tail) if tail is not None and tail < 100 else None


def alternation(words) -> str:
    """A regex alternative of `words`, longest first (so 'sept' wins over 'sep'), dots optional after
    abbreviations."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(word).replace(r"\ ", r"\s+")
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


def number_value(words: str) -> float | None:
    """The value of a number written in digits or words ('6', 'six', 'twenty-five', 'a'); None if vague."""
    words = re.sub(r"\s+", " ", words.strip().lower())
    if not words:
        return None
    digits = words.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return float(digits)
    whole, half = re.subn(r"(?:\s+and\s+a|\s+1/2|-and-a)[\s-]*half$|\s+1/2$", "", words)
    if half:
        base = number_value(whole)
        return None if base is None else base + 0.5
    if words in NUMBERS:
        return NUMBERS[words]
    tens, _, units = words.replace(" ", "-").partition("-")
    if tens in NUMBERS and units in ("hundred", "thousand") and NUMBERS[tens] < 100:
        return NUMBERS[tens] * NUMBERS[units]  # 'seven hundred', 'two thousand'
    if tens in NUMBERS and units in NUMBERS and NUMBERS[tens] >= 20 and NUMBERS[units] < 10:
        return NUMBERS[tens] + NUMBERS[units]
    return None


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip(".")]


def unit_name(word: str) -> str:
    """'Years' -> 'year', 'centuries' -> 'century'."""
    word = word.lower()
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else word

ORDINAL_WORDS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                                 "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
                                 "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                                 "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                                 "twentieth": 20, "twenty-first": 21}
"""Ordinal words of centuries ('the nineteenth century')."""

DAY_ORDINALS: dict[str, int] = {**{w: n for w, n in ORDINAL_WORDS.items() if n < 20}, "twentieth": 20,
                                "thirtieth": 30, "thirty-first": 31,
                                **{f"twenty-{w}": 20 + n for w, n in ORDINAL_WORDS.items() if n < 10}}
"""Days of the month in words ('March eighth', 'the twenty-first of June')."""


def day_number(word: str) -> int:
    """'8', '8th', 'eighth', 'twenty first' -> the day of the month."""
    word = re.sub(r"[\s-]+", "-", word.strip().lower())
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else DAY_ORDINALS[word]
