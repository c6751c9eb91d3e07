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

from dateline.time.dates import Point, period_end, safe_date, shift

AnchorKind = Literal["absolute", "publication", "narrative", "inferred", "unresolved"]

FUTURE_CUE = re.compile(
    r"\b(?P<cue>will|won't|'ll|shall|would|going\s+to|plans?\s+to|planning\s+to|"
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!previously\s)(?:planned|scheduled|set\s+to|expected\s+to|due\s+to)|"
    r"(?<!up\s)(?<!not\s)(?-i:until)|"
    r"is\s+to|are\s+to|as\s+(?:soon|early)\s+as|would\s+(?:begin|start|take|be\s+held|open)|"
    r"(?-i:(?:opens|starts|begins|ends|closes|resumes|kicks\s+off|takes\s+place|goes\s+on\s+sale|arrives|"
    r"departs|launches|debuts|premieres|expires)))\b[^.!?,;\"”]{0,80}$",
    re.IGNORECASE)
"""Words before a time expression that put it in the future ('will vote on Tuesday', and a timetable's present,
'the show opens to the public on Friday'); not a plan told as past ('had been due to expire Friday', 'as
previously planned Saturday night')."""

IRREGULAR_PAST = (r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?:re)?(?:took|made|began|became|came|went|sold|"
                  r"bought|brought|rose|fell|paid|won|lost|met|saw|got|held|led|spoke|wrote|chose|drew|grew|knew|"
                  r"threw|flew|fought|sought|caught|built|sent|spent|kept|struck|stood|found|left|ran|sank|swept|"
                  r"fled|broke)(?!['’]t\b)")
"""Past-tense forms of irregular verbs that are not also present forms ('bought', not 'put'), and not passive
participles ('when the case is heard') or a negated future ('won't'). Reporting verbs ('said', 'told') are
left out: what was said may be about the future."""

REGULAR_PAST = (r"(?!(?:need|indeed|hundred|united|speed|proceed|exceed|succeed|based|scheduled|planned|"
                r"expected|slated|intended|proposed)\b)[a-z]{2,}ed")
"""A regular past-tense form: a word in -ed that is no noun or adjective ('hundred', 'united') and no plan
('scheduled', 'expected')."""

PAST_VERB = r"(?:was|were|had|did|" + IRREGULAR_PAST + "|" + REGULAR_PAST + ")"

TOLD_AS_PAST = re.compile(r"\b(?:" + IRREGULAR_PAST + "|" + REGULAR_PAST + r")\b", re.IGNORECASE)
"""A past-tense verb ('retook', 'arrived'), not an auxiliary: what 'until' opens happened."""

PAST_CUE = re.compile(
    r"\b(?:since|" + PAST_VERB + r")\b"
    r"(?:(?!\b(?:payable|effective|expire|record|until|due|will|would|next|may|could|should)\b)(?:[^.!?;\"”]|(?<=\d)\.(?=\d))){0,60}$",
    re.IGNORECASE)
"""Words before a time expression that put it in the past ('was introduced in January', 'announced on
March 3', 'bought it in February', 'since the Oct. 23 raid'): a past-tense or perfect verb or 'since'
shortly before it, with nothing forward-looking ('payable', 'until', 'will') and no sentence end (a
decimal point is none: 'contracted by 0.9% in April') in between."""

ENDED = re.compile(r"\bended\s+$", re.IGNORECASE)
"""'the quarter ended Sept. 30': a period that has ended by that date, whatever modal the sentence has."""

MODAL = re.compile(r"\b(?:will|would|may|might|should|could|shall|must|to\s+be)\b", re.IGNORECASE)
"""A modal verb in the sentence: 'would be paid in January' is not a past event."""

DEADLINE_CUE = re.compile(r"\b(?:by|until|till|through|to)\s+(?:the\s+)?$", re.IGNORECASE)
"""A preposition right before a date that makes it a deadline ('must leave by Jan. 14', 'until March 6', 'extended
to Nov. 20')."""

FUTURE_FROM_NOW = re.compile(r"\b(?:will|won't|'ll|shall|(?:is|are|am)\s+(?:to|going\s+to|due|set|scheduled|expected)|"
                             r"plans?\s+to)\b[^.!?;]*$", re.IGNORECASE)
"""A future told from the day of writing ('will celebrate in April'), not from the story's time ('would follow on
12 September', 'planned an offensive for November 11')."""

GERUND = r"(?-i:(?!(?:morning|evening|spring|nothing|something|anything|everything)\b)[a-z]{2,}ing\b)"
"""A verb's -ing form in lower case ('reaching', 'being'), not a noun in -ing ('spring', 'evening')."""

FLASHBACK = re.compile(r"\b(?:had|earlier|previous(?:ly)?|preceding|prior|before(?!\s+" + GERUND + r"))\b[^.!?;]*$",
                       re.IGNORECASE)
"""Words before a date that step back from the story's time ('had been captured in December', 'the previous
April', 'earlier, in March'); not 'before' opening a gerund clause, which tells what came after ('fought their way
east before reaching the line, breaching it on the 28')."""

STEP_BACK_COST = 3
"""A story told in order moves forward: a year-less date is read back from the story's time only when it is
this many times nearer that way ('lost it on 30 October' after 4 April is the October after; '7 August' after
12 September the August before, a history turning to another front)."""

HISTORY_GAP = dt.timedelta(days=365)
"""How far before publication the story's time must lie for the text to be read as a history."""


TITLES = ("Mr", "Ms", "Mrs", "Dr", "St", "Jr", "Sr", "No", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Sgt", "Capt",
          "Prof", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
"""Abbreviations whose dot ends no sentence ('Dr. Hale', 'Nov. 7')."""

SENTENCE_BREAK = re.compile("".join(rf"(?<!\b{t}\.)" for t in TITLES)
                            + r"(?<=[.!?])\s+(?=[A-Z\"'“‘(])|\n")


ABBREVIATION_DOT = re.compile(r"\b([ap])\.m\b\.?|\b(" + "|".join(TITLES) + r")\.")
"""The dot of an abbreviation inside a sentence ('12:01 a.m.', 'Dr.', 'Nov.'), which ends no clause."""


def clause_before(text: str, start: int, chars: int = 80) -> str:
    """The text of the sentence before offset `start` (at most `chars` characters), without the dots of
    abbreviations, so that 'will end at 12:01 a.m. on Thursday' keeps its 'will'."""
    window = text[max(0, start - chars):start]
    breaks = list(SENTENCE_BREAK.finditer(window))
    clause = window[breaks[-1].end():] if breaks else window
    return ABBREVIATION_DOT.sub(lambda m: f"{m[1]}m" if m[1] else m[2], clause)


PAST_AFTER = re.compile(r"[^.!?;:\"”]{0,40}?\b(?=[a-z]{3})" + PAST_VERB + r"\b", re.IGNORECASE)
"""A past-tense verb after a sentence-opening time expression ('In March, the board approved ...'); each verb has
three letters at least, which is checked first (all its forms are not tried at every word of the window)."""

FUTURE_AFTER = re.compile(
    r"[^.!?;:\"”]{0,80}?\b(?=[a-z]{2})(?:will|won't|plans?\s+to|is\s+(?:scheduled|expected|set|due)\s+to|"
    r"are\s+(?:scheduled|expected|set|due)\s+to)\b", re.IGNORECASE)
"""A future verb after a sentence-opening time expression ('On Tuesday, the league plans to ...')."""


def opens_sentence(text: str, start: int) -> bool:
    """Whether the expression at `start` opens its sentence (at most a preposition before it)."""
    return len(clause_before(text, start).split()) <= 1


def in_past(text: str, start: int, end: int | None = None) -> bool:
    """Whether the sentence tells of something that happened: a past-tense verb before offset `start`
    ('was signed on May 3'), or, when the expression opens the sentence and ends at `end`, right after it
    ('In March, the board approved'); not with a modal ('would be paid')."""
    clause = clause_before(text, start)
    if ENDED.search(clause):
        return True
    if PAST_CUE.search(clause):
        return not MODAL.search(clause)
    if end is None or not opens_sentence(text, start):
        return False
    after = PAST_AFTER.match(text, end)
    return after is not None and not MODAL.search(after.group(0))


def in_future(text: str, start: int, end: int | None = None) -> bool:
    """Whether the words before offset `start` put what follows in the future ('will vote on Tuesday'), or,
    when the expression opens the sentence and ends at `end`, the words right after it ('On Tuesday, the
    league plans to'); never right after 'ended' ('the boatyards it will buy earned $7 million in the year
    ended March 31'), nor after 'until' opening a clause told as past ('held it until the Front retook it on
    February 8')."""
    clause = clause_before(text, start)
    if ENDED.search(clause):
        return False
    cue = FUTURE_CUE.search(clause)
    if cue is not None:
        # 'held it until the Front retook it on February 8': the clause the cue opens is told as past
        return not (cue.group("cue") == "until" and TOLD_AS_PAST.search(clause, cue.end("cue")))
    if end is None or not opens_sentence(text, start):
        return False
    future, past = FUTURE_AFTER.match(text, end), PAST_AFTER.match(text, end)
    return future is not None and (past is None or past.end() > future.end())


NAMING_BEFORE = re.compile(r"\b(?:[Tt]he|its|their|his|her|[’']s)\s+$")
NAMING_AFTER = re.compile(r",? (?!(?:was|were|is|are|and|or|to|in|of|on|at|for|by|with|from|as|that|when|had|has|"
                          r"have|will|would|but)\b)[a-z]{3,}")


def names_an_event(text: str, start: int, end: int) -> bool:
    """Whether the date at `start`-`end` only says which event a noun is ('charged in the Dec. 21, 1988, bombing',
    'since the May 3 vote'): a reference back, not where the story is."""
    return bool(NAMING_BEFORE.search(text, max(0, start - 12), start) and NAMING_AFTER.match(text, end))


PLUPERFECT = re.compile(r"\bhad\s+(?:(?:not|never|already|just|long|once|been)\s+)*"
                        r"(?!(?:a|an|the|no|to|some|its|their|his|her|our|more|less|little|few|many|much)\b)"
                        r"[a-z]+\b[^.!?;:]*$", re.IGNORECASE)
"""A past perfect before the expression ('the Estates-General had met, in 1614', 'had been captured in December'):
what it tells happened before the story's time, which stays where it was."""


SUBORDINATE_OPENING = re.compile(r"\A\s*+(?:after|when|once|as\s+soon\s+as|because|although|though|while|as)\b",
                                 re.IGNORECASE)
"""A sentence opening with a subordinate clause ('After the league had left Marrow, on 5 May the army entered it'):
its past perfect sets the scene for the main clause, whose date is a step of the story."""


def told_before_the_story(text: str, start: int) -> bool:
    """Whether the expression at `start` dates something the sentence tells in the past perfect, not the main
    clause after a subordinate one in the past perfect."""
    return bool(PLUPERFECT.search(clause_before(text, start, 60))
                and not SUBORDINATE_OPENING.match(clause_before(text, start, 240)))


RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whom|whose|where)\b[^,;:.!?()]*$", re.IGNORECASE)
"""A non-restrictive relative clause opened before the date and still open ('the treaty, which was signed in')."""


def in_relative_clause(text: str, start: int) -> bool:
    """Whether the date at `start` sits in a relative clause set off by a comma ('the Treaty of Riga, which was
    signed in March 1921, ...'): it describes the noun the clause hangs on, not a step of the story."""
    return bool(RELATIVE_CLAUSE.search(clause_before(text, start, 120)))


@dataclass(frozen=True)
class Resolution:
    """The value of one time expression and what anchored it."""

    value: str | None
    anchor: AnchorKind
    point: Point | None = None
    anchor_timex: str | None = None
    type: str | None = None
    """Overrides the rule's TIMEX3 type when the match decides it ('the past year' is a DURATION)."""
    period: str | None = None
    """For a duration placed in time ('the six weeks that followed'), the ISO 8601 interval it covers."""
    reason: str | None = None
    """Why the value is unknown or only partly known, when the rule can say better than `unresolved_reason`."""


@dataclass
class Context:
    """The anchors for resolving the expressions of one document, in text order."""

    text: str
    publication: dt.date | None
    publication_anchor: Literal["publication", "inferred"] = "publication"
    narrative: Point | None = None
    narrative_id: str | None = None
    narrative_end: int = 0
    last_day: tuple[Point, str, int] | None = None
    """The last date mentioned to the day (point, timex id, end offset), kept when a month or quarter is
    mentioned after it: 'on Tuesday ... in February ... later in the day' is Tuesday."""
    last_quarter: tuple[Point, str, int] | None = None
    """The last quarter mentioned ('the third quarter'), kept when a day is mentioned after it: 'in the quarter
    ended Sept. 29 ... a year earlier' is that quarter a year back."""
    last_months_end: int = -1
    """Where the last span of months ('the first nine months') ended: a later 'year-earlier period' is that
    span a year back, which TimeBank writes as the year."""
    last_point: tuple[Point, str, int] | None = None
    """The last calendar date mentioned at any granularity ('in 1988 ... later that year')."""
    last_month: tuple[Point, int] | None = None
    """The last year-less month read (point, end offset): 'peaked in May after February' reads February by May."""
    story_time: tuple[Point, str, int] | None = None
    """The story's current time (point, timex id, end offset): the last date it told to the day, month or year,
    stated or read from the narrative; not when a statement was made, nor a date that only names an event."""
    told_of_past: bool = False
    """Whether the text is a history: the dates it states lie over `HISTORY_GAP` before publication, two to one
    (a war history given its download day, a story under a crawl clock). Then a story time carries on however
    far the text runs; in a news report it holds for `reach` characters."""
    reach: int = 600
    """Characters after a mention during which it stays the narrative time (when a publication date is
    known; without one the narrative time is always the best reference)."""
    start: int = 0
    end: int = 0

    # --- reading the text around the expression ----------------------------------------------

    def before(self, chars: int = 80) -> str:
        """The text of the current sentence before the expression (at most `chars` characters)."""
        return clause_before(self.text, self.start, chars)

    def after(self, chars: int = 40) -> str:
        return self.text[self.end:self.end + chars]

    def future(self) -> bool:
        """Whether the sentence puts the expression in the future ('will meet on Friday')."""
        return in_future(self.text, self.start, self.end)

    # --- anchors ---------------------------------------------------------------------------------

    def from_publication(self, point: Point | None) -> Resolution:
        """A value computed from the publication date (or from its inferred bound)."""
        if point is None:
            return Resolution(None, "unresolved")
        return Resolution(point.value, self.publication_anchor, point)

    def from_narrative(self, point: Point) -> Resolution:
        return Resolution(point.value, "narrative", point, self.narrative_id)

    @staticmethod
    def from_story(point: Point, told: tuple[Point, str, int]) -> Resolution:
        """A value computed from the story's time `told`."""
        return Resolution(point.value, "narrative", point, told[1])

    def story(self, grains: tuple[str, ...] = ("day", "month")) -> Point | None:
        """The narrative time, if the story is still there: mentioned within `reach` characters (or there is
        no publication date to prefer) and of one of `grains`."""
        if self.narrative is None or self.narrative.grain not in grains or self.moved_past(self.narrative):
            return None
        if self.start - self.narrative_end > self.reach and not self.historical(self.narrative):
            return None
        return self.narrative

    def moved_past(self, point: Point) -> bool:
        """Whether the story has since named a later year that `point` does not lie in ('on 23 November 1946 ...
        In 1947, Giap moved his command ... Late in the year' is 1947): the day or month is no longer where the
        story is. A year still to come ('expects a profit in 2026') moves nothing."""
        if self.story_time is None or self.story_time[0].grain != "year" or self.story_time[2] <= self.narrative_end:
            return False
        year = self.story_time[0].date.year
        return year > point.date.year and (self.publication is None or year <= self.publication.year)

    def historical(self, point: Point) -> bool:
        """Whether the story, at `point`, is told of a time well before publication, so that its dates carry on
        however far the text runs: true without a publication date to prefer, or in a history (`told_of_past`)
        when `point` ended over `HISTORY_GAP` before publication."""
        if self.publication is None or self.publication_anchor != "publication":
            return True
        return self.told_of_past and period_end(point) < self.publication - HISTORY_GAP

    def history(self) -> tuple[Point, str, int] | None:
        """The story time, when the story is told of a time well before publication."""
        if self.story_time is None or not self.historical(self.story_time[0]):
            return None
        return self.story_time

    def story_day(self) -> Resolution | None:
        """The day the story is at: the last date mentioned to the day, within `reach` characters."""
        return self._recent(self.last_day)

    def story_quarter(self) -> Resolution | None:
        """The quarter the story is about: the last one mentioned, however far back (a company report stays
        with the quarter it reports until it names another); not a quarter that had not ended by publication
        when it was named in an earlier sentence ('expects fourth-quarter losses. ... Sales in the latest
        quarter' is about the last quarter reported)."""
        if self.last_quarter is None:
            return None
        point, _, named_end = self.last_quarter
        if self.publication is not None and shift(point.date, 1, "Q") > self.publication + dt.timedelta(days=1) \
                and SENTENCE_BREAK.search(self.text, named_end, self.start):
            return None
        return self._as_narrative(self.last_quarter)

    def about_months(self) -> bool:
        """Whether the last period the report named is a span of months mentioned after its last quarter
        ('In the first nine months, net rose ... from the 1988 period')."""
        quarter_end = self.last_quarter[2] if self.last_quarter else -1
        return self.last_months_end > quarter_end and (
            self.publication is None or self.start - self.last_months_end <= self.reach)

    def story_point(self) -> Resolution | None:
        """The last calendar date the story mentioned, at any granularity, within `reach` characters."""
        return self._recent(self.last_point)

    def _recent(self, mention: tuple[Point, str, int] | None) -> Resolution | None:
        """`mention`, if it ended within `reach` characters (or there is no publication date to prefer)."""
        if mention is None:
            return None
        if self.start - mention[2] > self.reach and not self.historical(mention[0]):
            return None
        return self._as_narrative(mention)

    @staticmethod
    def _as_narrative(mention: tuple[Point, str, int]) -> Resolution:
        point, timex_id, _ = mention
        return Resolution(point.value, "narrative", point, timex_id)

    def sentence_point(self) -> Point | None:
        """The last calendar date named earlier in the same sentence, at any granularity."""
        if self.last_point is None:
            return None
        point, _, end = self.last_point
        return self._in_sentence(point, end)

    def sentence_month(self) -> Point | None:
        """A year-less month named earlier in the same sentence, which the next one is read against: 'peaked at
        $8 in May after $5 in February' is the February before that May."""
        return self._in_sentence(*self.last_month) if self.last_month else None

    def _in_sentence(self, point: Point, end: int) -> Point | None:
        """`point`, mentioned up to offset `end`, if no sentence ends between there and the expression."""
        return None if SENTENCE_BREAK.search(self.text, end, self.start) else point

    def reference_day(self) -> tuple[dt.date, bool] | None:
        """The day relative expressions ('two days later') count from: the last time the narrative
        mentioned at day or month precision, else the publication date. The flag says it is the narrative."""
        story = self.story(("day", "month", "week"))
        if story is not None:
            return story.date, True
        if self.publication is not None:
            return self.publication, False
        return None

    def month_day(self, month: int, day: int | None) -> Resolution:
        """'November 20' (or 'November' when day is None) without a year.

        In a history: read in the story told in order (`in_story`). Against the narrative (the last date
        mentioned to the day, nearby, in a sentence not about the future): in a sentence told as past the one
        the story reaches next (`follow`), else the occurrence nearest that date. Against the publication
        date: the nearest occurrence, or the next one when the sentence is about the future. With an
        inferred bound: the first occurrence on or after it."""
        told = None if FUTURE_FROM_NOW.search(self.before()) else self.history()
        if told is not None:
            return self.in_story(month, day, told, forward=self.future())
        future = self.future() and self.publication is not None
        narrative = None if future else self.story(("day",))
        if narrative is None and day is None:
            narrative = self.sentence_month()
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
        if narrative is not None and in_past(self.text, self.start, self.end):
            chosen = self.follow(candidates, reference if day else reference.replace(day=1), bool(day)) \
                or min(candidates, key=distance)
        else:
            chosen = min(candidates, key=distance)
        slack = dt.timedelta(days=1 if day else 31)
        if self.publication is not None and narrative is None and self.future():
            later = [d for d in candidates if d >= self.publication - slack]
            chosen = chosen if chosen >= self.publication - slack or not later else later[0]
        elif self.publication is not None and self.publication_anchor == "publication" and chosen > \
                self.publication + slack and in_past(self.text, self.start, self.end) \
                and not DEADLINE_CUE.search(self.text[max(0, self.start - 12):self.start]):
            # told in the past tense: it happened by publication
            chosen = max(d for d in candidates if d <= self.publication + slack)
        point = Point(chosen, grain)
        if not day:
            self.last_month = (point, self.end)
        return self.from_narrative(point) if narrative else self.from_publication(point)

    def follow(self, candidates: list[dt.date], reference: dt.date, to_the_day: bool, forward: bool = False
                ) -> dt.date | None:
        """Of a year-less date's `candidates`, the one a story at `reference` told in order means: the first on
        or after it unless the one before is `STEP_BACK_COST` times nearer; the first after it when the
        sentence looks ahead; the last before it when the sentence steps back ('had been captured in
        December')."""
        if forward:
            return next((d for d in candidates if d >= reference), None)
        if FLASHBACK.search(self.before()):
            return next((d for d in reversed(candidates) if d <= reference), None)

        def cost(d: dt.date) -> int:
            steps = (d - reference).days if to_the_day else (d.year - reference.year) * 12 + d.month - reference.month
            return steps if steps >= 0 else -steps * STEP_BACK_COST
        return min(candidates, key=cost)

    def in_story(self, month: int, day: int | None, told: tuple[Point, str, int], forward: bool = False
                 ) -> Resolution:
        """'November 20' (or 'November') read in a story told in order, at `told`: in the year it is at when
        it names only a year; else the first such date on or after it, unless the one before it is much nearer
        (`STEP_BACK_COST`); the first on or after it when the sentence looks ahead (`forward`: 'would attack on
        12 September'), the last one on or before it when it steps back ('had', 'earlier', 'the previous');
        never after publication."""
        point, timex_id, _ = told
        grain = "day" if day else "month"
        reference = point.date if point.grain in ("day", "week", "weekend") else point.date.replace(day=1)
        if point.grain not in ("day", "week", "weekend", "month", "season", "quarter", "half"):
            chosen = safe_date(reference.year, month, day or 1)
        else:
            candidates = [d for year in (reference.year - 1, reference.year, reference.year + 1)
                          if (d := safe_date(year, month, day or 1)) is not None]
            chosen = self.follow(candidates, reference, bool(day), forward)
        if chosen is None:
            return Resolution(None, "unresolved")
        while self.publication is not None and chosen > self.publication and chosen.year > 1:
            chosen = safe_date(chosen.year - 1, month, day or 1) or chosen.replace(year=chosen.year - 1, day=28)
        result = Point(chosen, grain)
        if not day:
            self.last_month = (result, self.end)
        return Resolution(result.value, "narrative", result, timex_id)
