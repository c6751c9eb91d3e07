"""Metadata of a flattened page, read from its labelled furniture lines, each value with its line as evidence.

The title, section, byline, tag line, related headlines and printed dates are furniture lines the classifier
in `page_text` has already found; this module turns them into `Metadata`. Authors are the people the byline
lines name (`bylines.people_named`: "By Layla Haddad and Tomas Berg" gives two; an organisation, "Staff", a
role or a date gives none); failing a byline in the story's header, a date or credit line there naming the
writer after "by", or an author box closing the story ("Ann Lee / Ann is a senior writer ..."). The story's
date is the one printed by the byline (or on the line under it), after a word saying published, or at the top
of the article (`_date_lines`), weighed against the date in the URL; it becomes `published` with a confidence
below 1, because a printed date can be an update time. A date higher above the story's header, or on the
page's first line, is the page clock, kept as `page_date` (often the crawl or render time).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from dateline.clean.bylines import people_named
from dateline.clean.lines import (
    DATE,
    GLUE_POINT,
    GLUED_TAG_HEADING,
    MONTH,
    PUBLISHED_WORD,
    TAGS_HEADER,
    TAGS_TAIL,
    Line,
    printed_dates,
    words,
    words_beside_date,
)
from dateline.clean.published import URL_DATE_CONFIDENCE, site_date_order, url_date, url_month
from dateline.record import Evidence, FurnitureKind, Metadata, PageDate, Published, Related

BYLINE_DATE_CONFIDENCE = 0.7
"""Confidence of a byline date as the publication date: printed by the site, but possibly an update time."""

_ABOVE_ARTICLE, _INTO_ARTICLE = 4, 3
"""Lines above the article text, and into it, where a short line may print the story's date."""
_AFTER_ARTICLE, _UNDER_SIGNATURE = 2, 8
"""Lines right under the article text where a date line prints the story's date, as many European sites do
("19.11.2021" under the last paragraph), and lines under it where a line that is only a date still does, below the
author's name and the share and print buttons ("Team Harbour / Share / Print / 14.01.2022 um 09:25")."""
_SHORT_LINE = 20
"""Words of the longest line read as a date line ("Ashok Pradhan | TNN | Apr 7, 2020, 15:43 IST")."""
_NOT_THE_STORY = ("related", "comments", "caption", "footer", "promo", "title", "tags", "clock")
"""Labels of lines whose dates are not the story's: another story's, a reader's, a photo's, the page's clock."""
_EMBED_SIGNATURE = re.compile(r"\(@\w{1,30}\)")
"""The handle in the signature line of an embedded social media post ("— Dana Lee (@danalee) May 1, 2020")."""

_DIGIT = re.compile(r"\d")
NO_TITLE = ("no line above the article reads as its headline (a widget's, a menu's or a player's label is not one; "
            "with a URL that names the story, the headline shares a word with it or has its byline or date under it)")


_TAG_SEPARATOR = re.compile(r"(?:(?<!\s)\s++)?[,;|•·]\s*+|(?:^|(?<!\s)\s++)#")
"""What stands between two tags of a line: a comma, a bar, a bullet, or the hash opening a hashtag ("C#" is
one tag)."""


def tags_of(line: str) -> list[str]:
    """Tags of a tag line: "Topics: Conflict, Heritage" -> ["Conflict", "Heritage"], "tags #Ferries #Vesby" ->
    ["Ferries", "Vesby"], "Topicsfishingharbours" and other glued lists are split where the words meet."""
    tail = TAGS_TAIL.search(line)
    if tail:
        return [part.strip() for part in tail.group("tags").split(",") if part.strip()]
    labelled = re.match(r"^[^:|]{1,20}[:|]\s*", line)
    heading = labelled or GLUED_TAG_HEADING.match(line)
    text = line[heading.end():].strip() if heading else line
    listed = labelled or len(_TAG_SEPARATOR.findall(text)) >= 2
    parts = _TAG_SEPARATOR.split(text) if listed else GLUE_POINT.split(text)
    return [part.strip() for part in parts if part.strip() and not TAGS_HEADER.match(part.strip())]


def site_of(url: str | None) -> str | None:
    """The site's host name from the page URL, without a leading "www."."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname
    return host.removeprefix("www.") if host else None


def _first(lines: Sequence[Line], labels: Sequence[FurnitureKind | None], kind: str) -> Line | None:
    return next((line for line, label in zip(lines, labels) if label == kind), None)


def _evidence(line: Line) -> Evidence:
    return Evidence(source=f"line:{line.number}", text=line.text)


@dataclass(frozen=True)
class _PageCalendar:
    """What a page tells about reading its slashed dates, which may be day first (06/05/2020 is 6 May) or
    month first (June 5)."""

    order: str | None
    """"day-first" or "month-first": the order of the page's dates that read only one way (25/03/2024, and
    dotted dates, which are day first)."""
    days: frozenset[str]
    """Days the page prints in a form that reads only one way ("November 2, 2023", 2023-11-02)."""
    url_day: str | None
    country_order: str | None
    """How the site's country writes numeric dates (`site_date_order`), the last thing that settles one."""

    @classmethod
    def of(cls, lines: Sequence[Line], url: str | None) -> _PageCalendar:
        printed = [p for line in lines if _DIGIT.search(line.text) for p in printed_dates(line.text)]
        orders = Counter(p.order for p in printed if p.order)
        return cls(order=orders.most_common(1)[0][0] if orders else None,
                   days=frozenset(p.when.date().isoformat() for p in printed if p.swapped is None),
                   url_day=url_date(url), country_order=site_date_order(url))

    def settled(self, text: str) -> dt.datetime | None:
        """The first date printed in `text` (a publication time comes before an update time); a slashed date
        that reads both ways is settled by the page's order, else by the URL's date, else by the one reading
        the page prints elsewhere in a form that reads one way, else by how the site's country writes dates;
        None when nothing settles it."""
        printed = printed_dates(text)[0]
        if printed.swapped is None:
            return printed.when
        readings = {"month-first": printed.when, "day-first": printed.swapped}
        if self.order:
            return readings[self.order]
        for known in ({self.url_day}, self.days):  # the URL's day first, then the page's one-way dates
            matching = [when for when in readings.values() if when.date().isoformat() in known]
            if len(matching) == 1:
                return matching[0]
        return readings[self.country_order] if self.country_order else None


def _dating_part(line: Line) -> str | None:
    """The part of a line that dates the story: after a word saying published ("Updated May 9 Published May 6"
    gives "May 6"), else the whole line; None when it prints no date there or signs an embedded post
    ("— Dana Lee (@danalee) January 1, 2020")."""
    if not _DIGIT.search(line.text) or _EMBED_SIGNATURE.search(line.text):
        return None
    cue = PUBLISHED_WORD.search(line.text)
    if cue and printed_dates(line.text[cue.end():]):
        return line.text[cue.end():]
    return line.text if printed_dates(line.text) else None


def _date_lines(lines: Sequence[Line], labels: Sequence[FurnitureKind | None],
                region: tuple[int, int]) -> Iterator[Line]:
    """Lines that print the story's date, most telling first: a date line by the byline, a short line with a
    word saying published before a date ("Mark Hicks Published 7:40 p.m. ET March 17, 2020", wherever it is),
    a byline with a date ("By Ann Lee | June 2, 2024"), a short line just above or at the top of the article
    text, the place and date the article's first paragraph opens with, then a date line right under it (or a
    line that is only a date a few lines under it, below the author's name and the buttons)."""
    yield from (line for line, label in zip(lines, labels) if label == "dateline" and line.date)
    yield from (line for line, label in zip(lines, labels) if label not in _NOT_THE_STORY
                and line.words <= _SHORT_LINE and PUBLISHED_WORD.search(line.text))
    yield from (line for line, label in zip(lines, labels) if label == "byline")
    first, last = region
    for i in range(max(0, first - _ABOVE_ARTICLE), min(len(lines), first + _INTO_ARTICLE)):
        if labels[i] not in _NOT_THE_STORY and lines[i].words <= _SHORT_LINE:
            yield lines[i]
    for i in range(first, min(len(lines), first + _INTO_ARTICLE)):
        opening = opening_dateline(lines[i].text)
        if labels[i] not in _NOT_THE_STORY and lines[i].words > _SHORT_LINE and opening:
            yield replace(lines[i], text=opening)
    for i in range(last + 1, min(len(lines), last + 1 + _UNDER_SIGNATURE)):
        only_date = lines[i].date is not None and (i <= last + _AFTER_ARTICLE or not words_beside_date(lines[i].text))
        if labels[i] not in _NOT_THE_STORY and only_date:
            yield lines[i]


_OPENING_SEPARATOR = re.compile(r"(?<!\s)\s*+(?:\)\s*+)?(?:[-–—:|]|\.(?=\s++[^\W\d_]))")
"""What ends the place and date a story opens with: a dash, a colon, a bar, or a full stop before the first
sentence."""


def opening_dateline(text: str) -> str | None:
    """The place and date a story's first paragraph opens with, as wire stories and press releases print them
    ("27.1.2022 - Bei der Erinnerung ...", "Karlsruhe, (12.11.2021). Traditionell ...", "BERLIN, 27. Januar
    2022 – Die ..."), else None: the date must come within a few words and be set off from the sentence."""
    date = DATE.search(text, 0, 80)
    if date is None or words(text[:date.start()]) > 3:
        return None
    separator = _OPENING_SEPARATOR.match(text, date.end())
    return text[:separator.end()] if separator else None


def _published(lines: Sequence[Line], labels: Sequence[FurnitureKind | None], region: tuple[int, int],
               url: str | None, calendar: _PageCalendar) -> Published:
    """The date the page prints for the story, weighed against the date in its URL."""
    from_url = calendar.url_day
    url_evidence = [Evidence(source="url", text=url)] if from_url and url else []
    ambiguous = None
    for line in _date_lines(lines, labels, region):
        dating = _dating_part(line)
        if dating is None:
            continue
        when = calendar.settled(dating)
        if when is None:
            ambiguous = ambiguous or line
            continue
        value = when.date().isoformat() if when.time() == dt.time() else when.isoformat(timespec="minutes")
        if from_url is None:
            return Published(value=value, confidence=BYLINE_DATE_CONFIDENCE, evidence=[_evidence(line)],
                             reason="date printed with the story; may be an update time")
        if from_url == value[:10]:
            return Published(value=value, confidence=0.95, evidence=[_evidence(line), *url_evidence])
        return Published(value=from_url, confidence=0.75, evidence=[*url_evidence, _evidence(line)],
                         reason=f"the page prints {value[:10]}, its URL {from_url}: the URL is minted when the "
                                "story first appears, a printed date may be an update time")
    if from_url:
        return Published(value=from_url, confidence=URL_DATE_CONFIDENCE, evidence=url_evidence)
    in_month = _clock_in_url_month(lines, labels, url, calendar)
    if in_month is not None:
        return in_month
    if ambiguous is not None:
        return Published(evidence=[_evidence(ambiguous)], reason=(
            f"the printed date '{ambiguous.text}' can be read day first or month first and nothing on the page "
            "settles which"))
    return Published(reason="no date printed by the byline or at the top of the article, and none in the URL")


def _clock_in_url_month(lines: Sequence[Line], labels: Sequence[FurnitureKind | None], url: str | None,
                        calendar: _PageCalendar) -> Published | None:
    """The first date line higher up the page (labelled a clock) whose date falls in the month the URL names
    ("/2020/05/slug"), as the story's date: the URL is minted when the story first appears, and a crawl or render
    clock is usually later (Blogger prints a post's date over its title, above where the story's header is found)."""
    month = url_month(url)
    for line, label in zip(lines, labels):
        when = calendar.settled(line.text) if month and label == "clock" and line.date else None
        if when is not None and when.date().isoformat()[:7] == month:
            return Published(value=when.date().isoformat(), confidence=0.9,
                             evidence=[_evidence(line), Evidence(source="url", text=url)],
                             reason=f"date printed higher up the page, in the month its URL names ({month})")
    return None


_BYLINE_TAIL = re.compile(r"(?:\b|(?<=[a-z]))(?:last\s+)?(?:updated|modified|published)\b", re.IGNORECASE)
"""Where a byline's names end when its date follows them: a word saying published or updated, glued on or not ("By
Ann LeePublished: May 3, 2024", "By Ann Lee Last Updated: May 3, 2024")."""
_BYLINE_END = re.compile(rf"(?:\b|(?<=[a-z])){MONTH}\s+\d|\s[—–]\s|\d")
"""Where else a byline's names end: a month and day, glued on or not ("By Ann LeeNovember 20, 2007", "By Ann Lee
December 8"), a dash set between spaces, after which come a date, a role or a fact-checker ("By Ann Lee – Tom Bell"),
or a number ("4 Comments", "6 min read")."""
_BYLINE_SEPARATOR = re.compile(r"[⋅●]")
"""A dot set between a byline's parts ("By Ann Lee ⋅ Review Editor ⋅ Updated May 3, 2024")."""


def byline_names(text: str) -> str:
    """The part of a byline line that names its writers: up to its date, a month and day, a number ("4 Comments", "6
    min read"), a dash set between spaces or a word saying published or updated, with the dots between its parts read
    as bars ("By Ann Lee May 3, 2024" -> "By Ann Lee ", "By Ann Lee ⋅ Review Editor" -> "By Ann Lee | Review Editor"):
    a byline prints who wrote the story, then when."""
    ends = [m.start() for m in (DATE.search(text), _BYLINE_TAIL.search(text), _BYLINE_END.search(text)) if m]
    return _BYLINE_SEPARATOR.sub("|", text[:min(ends)] if ends else text)


_HEADER_REACH = 3
"""Lines under the title where the story's header may name its writer inside a longer line (a date or credit line)."""
_NOT_A_BYLINE = ("related", "comments", "caption", "promo", "title", "footer")
"""Labels of lines whose names are not the story's writers: another story's, a reader's, a photo's."""
_BY_PART = re.compile(r"(?:^|(?<=[\s·|•,—–-]))(?:(?:written|posted)\s+)?by\s+(?-i:(?=[A-Z]))", re.IGNORECASE)
"""Where a byline's names start inside a longer line, after "by" ("Published on May 3, 2024 by Ann Lee", "May 3, 2017
By Ann Lee 4 Comments", "By Ann Lee, CFP – Updated May 3, 2024 at 4:28 PM EST | Fact-checked by Tom Bell")."""
_SETS_OFF = re.compile(r"(?:^|[·|•—–-])\W*$")
"""What may stand right before a byline's "by" besides a date (or a word saying published and a time: "Updated 10:42
am by"): nothing or a separator. "Medically reviewed by" and "Photo by" credit someone else."""
_BIO_VERB = r"(?:is|was|has)"
"""The verb an author box's note opens with after the writer's name ("Ann Lee is a senior writer ...")."""
_BIO_LINES = 2
"""Lines under an author box's name line where its note may open (a role line may stand between), and lines before the
text's last line from which an author box may start."""
_BOX_NAME_WORDS = 5
"""Words of an author box's name line at most."""


def _dated_writer(text: str) -> str:
    """The part of a line that names its writer after "by" (`_BY_PART`), where the "by" follows a date, a separator,
    nothing, or a word saying published and a number (`_SETS_OFF`): "September 1st, 2023 By Ann Lee" -> "Ann Lee",
    "Medically reviewed by Tom Bell — Written by Ann Lee" -> "Ann Lee"; "" when none does ("Photo by Ann Lee")."""
    for by in _BY_PART.finditer(text):
        before = text[:by.start()]
        dates = [date.end() for date in DATE.finditer(before)]
        dated = bool(dates) and not before[dates[-1]:].strip(" ,·|•—–-")
        if _SETS_OFF.search(before) or dated or PUBLISHED_WORD.search(before) and _DIGIT.search(before):
            return byline_names(text[by.end():])
    return ""


def _header_writers(lines: Sequence[Line], labels: Sequence[FurnitureKind | None], title: int,
                    first: int) -> tuple[list[str], Line | None]:
    """The writers a line of the story's header names after "by" though it is not a byline by itself: a date or
    credit line (`_dated_writer`) among the `_HEADER_REACH` lines under the title, above the text."""
    for i in range(title + 1, min(first, title + 1 + _HEADER_REACH)):
        if labels[i] not in _NOT_A_BYLINE and (people := people_named(_dated_writer(lines[i].text))):
            return people, lines[i]
    return [], None


def _author_box(lines: Sequence[Line], labels: Sequence[FurnitureKind | None], last: int) -> tuple[list[str],
                                                                                                Line | None]:
    """The writer an author box names where the story ends (from `_BIO_LINES` lines before the text's last line): a
    line of only a person's name whose note opens, within `_BIO_LINES` lines, with that name or its first word and
    "is", "was" or "has" ("Ann Lee / Senior Editor / Ann is a senior editor ..."). A label that reads like a name
    ("Use Case") has no such note, and a product's name over its review ("Power BI / Power BI is a ...") stands
    inside the text: a story does not end by introducing its own writer."""
    for i in range(max(0, last - _BIO_LINES), len(lines)):
        if labels[i] in _NOT_A_BYLINE or lines[i].words > _BOX_NAME_WORDS:
            continue
        people = people_named(lines[i].text)
        if len(people) != 1 or people[0] != lines[i].text.strip():
            continue
        note = re.compile(rf"^(?:{re.escape(people[0])}|{re.escape(people[0].split()[0])})\s+{_BIO_VERB}\b")
        if any(note.match(lines[k].text) for k in range(i + 1, min(len(lines), i + 1 + _BIO_LINES))):
            return people, lines[i]
    return [], None


def _first_byline(lines: Sequence[Line], labels: Sequence[FurnitureKind | None],
                  rows: Iterable[int]) -> tuple[list[str], Line | None]:
    """The people the first byline line among `rows` names (`people_named` of its `byline_names`), and that line."""
    for i in rows:
        if labels[i] == "byline" and (people := people_named(byline_names(lines[i].text))):
            return people, lines[i]
    return [], None


def byline_authors(lines: Sequence[Line], labels: Sequence[FurnitureKind | None],
                   region: tuple[int, int] | None = None) -> tuple[list[str], Line | None]:
    """The people the first byline naming anyone names (`bylines.people_named` of its `byline_names`), and that line
    (None when none does): the page's authors. Given the article region, the story's header is read first: its
    bylines (under the title, above the text), then a date or credit line there naming the writer after "by"
    (`_header_writers`); then an author box closing the story (`_author_box`); then the other bylines. "By ..." lines
    higher up are a menu's ("By Use Case") or other stories', as are related teasers' after the text."""
    title = next((i for i, label in enumerate(labels) if label == "title"), None)
    if region is None or title is None:
        return _first_byline(lines, labels, range(len(lines)))
    header = range(title + 1, region[0])
    for found in (_first_byline(lines, labels, header), _header_writers(lines, labels, title, region[0]),
                  _author_box(lines, labels, region[1])):
        if found[0]:
            return found
    return _first_byline(lines, labels, (i for i in range(len(lines)) if i not in header))


def page_metadata(lines: Sequence[Line], labels: Sequence[FurnitureKind | None], region: tuple[int, int],
                  url: str | None) -> Metadata:
    """Title, site, section, authors, tags, related headlines, page clock and byline date of a labelled page."""
    evidence: dict[str, Evidence] = {}
    reasons: dict[str, str] = {}
    title, section = _first(lines, labels, "title"), _first(lines, labels, "section")
    if title:
        evidence["title"] = _evidence(title)
    else:
        reasons["title"] = NO_TITLE
    if section:
        evidence["section"] = _evidence(section)
    site = site_of(url)
    if site:
        evidence["site"] = Evidence(source="url", text=url)
    authors, byline = byline_authors(lines, labels, region)
    if byline is not None:
        evidence["authors"] = _evidence(byline)
    tags: list[str] = []
    for line, label in zip(lines, labels):
        if label == "tags" and not TAGS_HEADER.match(line.text):
            tags += [tag for tag in tags_of(line.text) if tag not in tags]
            evidence.setdefault("tags", _evidence(line))
    related: list[Related] = []
    for line, label in zip(lines, labels):
        headline = line.words >= 4 and line.date is None and line.hint is None and not line.sentence
        if label == "related" and headline and all(r.title != line.text for r in related):
            related.append(Related(title=line.text))
    clock = next((line for line, label in zip(lines, labels) if label == "clock" and line.date), None)
    calendar = _PageCalendar.of(lines, url)
    when = calendar.settled(clock.text) if clock else None
    page_date = PageDate(value=when.isoformat(timespec="minutes"), text=clock.text, line=clock.number) \
        if clock and when else None
    return Metadata(title=title.text if title else None, site=site, section=section.text if section else None,
                    authors=authors, tags=tags, related=related, page_date=page_date,
                    published=_published(lines, labels, region, url, calendar), evidence=evidence, reasons=reasons)
