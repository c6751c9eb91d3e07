"""The recognition rules: one regular expression per kind of English time expression, with its resolver.

Each `Rule` finds a kind of expression ("June 3, 2019", "two days later", "every Sunday") and names the
resolver (in `resolvers.py`) that turns a match into a TIMEX3 value given a `Context`. A match's span is its
group `t` when the pattern has one (so a leading 'on' or 'for' can be required without being part of the
expression), else the whole match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from dateline.time import lexicon as lx
from dateline.time.context import Context, Resolution
from dateline.time.resolvers import (
    ago,
    century,
    clock_time,
    decade,
    deictic_day,
    duration,
    every,
    fiscal_period,
    frequency,
    full_date,
    full_or_month_day,
    holiday,
    iso_date,
    mid_part,
    month_alone,
    month_day,
    month_year,
    nth_unit,
    numeric_date,
    past_or_next_unit,
    past_reference,
    quarter,
    range_end_day,
    range_end_month,
    range_end_year,
    range_start,
    reference,
    same_day,
    season,
    short_year,
    that_unit,
    the_year,
    this_unit,
    vague_duration,
    week_of,
    weekday,
    weekend,
    year_alone,
    year_end,
    year_period,
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
JOINED_DAY = r"\s+(?:and|or|to|through|till|until)\s+(?:the\s+)?"
"""What joins two days of one month written once ('the 28 and 29 August', 'from the 13th to the 19th of October')."""
BARE_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w-])"
"""A day of the month in digits without its month ('the 28', '7th')."""


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
    # days of one month joined by a word: the month (and year) is written once, after the last day or before the first
    Rule("joined-start-day", rx(r"(?P<t>(?:the\s+)?" + BARE_DAY + r")(?=" + JOINED_DAY + r"\d{1,2}(?:st|nd|rd|th)?\s+"
                                r"(?:of\s+)?" + MONTH + r"(?:,?\s+" + YEAR + r")?(?![\d\w]))"), "DATE",
         full_or_month_day),
    Rule("joined-end-day", rx(MONTH + r"\s*\d{1,2}(?:st|nd|rd|th)?" + JOINED_DAY + r"(?P<t>" + BARE_DAY
                              + r"(?!\s+[a-z])(?:,?\s+" + YEAR + r")?)"), "DATE", full_or_month_day),
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
         past_reference),
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
         "DURATION", past_or_next_unit),
    Rule("the-year", rx(r"(?P<t>" + MOD + r"the\s+(?:entire\s+|whole\s+|full\s+)?(?:fiscal\s+)?year)"
                        r"(?![\s-]+(?:earlier|ago|before|after|"
                        r"\d)|-|\s+of)"), "DURATION", the_year),
    Rule("that-unit", rx(r"(?P<t>(?:(?:earlier|later)\s+that\s+(?=day|week|month|year)|that\s+(?=year)|"
                         r"the\s+(?P<next>next|following)\s+(?=day|morning))(?P<unit>day|week|month|year|morning))"
                         r"(?!\s+(?:of|when|that|after|before))"),
         "DATE", that_unit),
    Rule("nth-unit", rx(r"(?P<t>(?:the\s+|a\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
                        r"(?:(?:straight|consecutive|successive)\s+)?(?P<unit>day|week))(?![\w-])"), "DATE", nth_unit),
    Rule("year-end", rx(r"(?P<t>year[\s-]end|year's\s+end)"), "DATE", year_end),
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

