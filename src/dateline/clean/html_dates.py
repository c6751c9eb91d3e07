"""Publication-date evidence of an HTML page, most trusted first, combined into one `Published`.

Order: schema.org JSON-LD `datePublished`, publication `<meta>` tags (OpenGraph, Dublin Core, Parse.ly, ...),
`<time itemprop=datePublished|pubdate>`, a full date in the URL path, and only then htmldate's search of the
whole page (it also sees "last updated" and copyright dates, so it is trusted less).

Combining: a full date in the URL beats metadata that disagrees (the URL is minted when the story first
appears; metadata is often rewritten on updates). A metadata time given in UTC may fall on the day before or
after the newsroom's local date, so a local-time statement of the same moment wins, or htmldate's reading of
the page when it is one day off. When the page's metadata contradicts itself (JSON-LD says one day, a
`<meta>` tag another), htmldate's reading of the whole page (which also weighs the dates printed for
readers) decides between them; a date none of them offers is not taken. Several `<time pubdate>` elements
that give different days are a list (comments, teasers), not the article's date, and are left out.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser

from dateline.clean.html_metadata import PageFacts, _language
from dateline.clean.lines import date_of
from dateline.clean.published import URL_DATE_CONFIDENCE, url_date
from dateline.record import Evidence, PageDate, Published

if TYPE_CHECKING:
    from dateparser import DateDataParser

PUBLISHED_META = ("article:published_time", "og:published_time", "og:article:published_time", "published_time",
                  "datepublished", "date_published", "publish-date", "publish_date", "publishdate", "pubdate",
                  "article.published", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
                  "dcterms.created", "dc.date.created", "dc.date", "citation_publication_date",
                  "citation_date", "originalpublicationdate", "article:post_date", "date", "created",
                  "displaydate", "og:pubdate", "cxenseparse:recs:publishtime")
"""`<meta>` names and properties that carry the publication date, most specific first."""

SEARCHED = "json-ld, meta, time elements, url, htmldate"
"""What was looked at when no date is found (the evidence of an absence)."""

TIME_SELECTOR = '[itemprop="datePublished"], time[pubdate]'
"""Elements that mark their date as the publication date (a bare `<time>` may be any date on the page)."""

_NOT_PRINTED = frozenset({"script", "style", "noscript", "template", "title"})
_AMBIGUOUS = re.compile(r"(?<!\d)(0?[1-9]|1[0-2])/(0?[1-9]|1[0-2])/\d{4}")
"""A numeric date whose day and month can be swapped (06/05/2020): unknown rather than a guess."""
_SHORTEST_DATE = 8
"""Characters of the shortest printed date with day, month and year ("1/2/2024")."""

MIN_YEAR = 1995
"""Earliest plausible publication year of a captured web page."""

_UTC_TIME = re.compile(r"\d:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?")


def parse_date(raw: str) -> str | None:
    """An ISO date (`YYYY-MM-DD`) from a machine-readable date string, or None when it is not one."""
    raw = raw.strip()
    match = _ISO.search(raw) or _COMPACT.match(raw)
    if not match:
        return None
    try:
        value = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    return value.isoformat()


def plausible(value: str, latest: date) -> bool:
    """A date between MIN_YEAR and `latest` (the capture date, or tomorrow)."""
    parsed = date.fromisoformat(value[:10])
    return MIN_YEAR <= parsed.year and parsed <= latest


@dataclass(frozen=True)
class Candidate:
    value: str
    evidence: Evidence
    utc: bool
    """The source gave a UTC time of day: its calendar date may be a day off the newsroom's local date."""


def _time_elements(facts: PageFacts) -> list[tuple[str, str]]:
    """`<time pubdate>` / `itemprop=datePublished` dates, unless they give different days (then a list)."""
    raws = [(f"html:{node.tag}", raw) for node in facts.tree.css(TIME_SELECTOR)
            if (raw := node.attributes.get("datetime") or node.attributes.get("content"))]
    return raws[:3] if len({parse_date(raw) for _, raw in raws}) <= 1 else []


def _structured(facts: PageFacts, latest: date) -> list[Candidate]:
    """Every plausible date from JSON-LD, `<meta>` and `<time itemprop=datePublished|pubdate>`, in trust order."""
    raws: list[tuple[str, str]] = []
    for obj in facts.jsonld:
        for key in ("datePublished", "dateCreated"):
            if isinstance(obj.get(key), str):
                raws.append((f"json-ld:{key}", obj[key]))
    for key in PUBLISHED_META:
        raws.extend((f"meta:{key}", raw) for raw in facts.meta.get(key, []))
    raws.extend(_time_elements(facts))
    candidates = []
    for source, raw in raws:
        value = parse_date(raw)
        if value and plausible(value, latest):
            utc = bool(_UTC_TIME.search(raw.strip()))
            candidates.append(Candidate(value, Evidence(source=source, text=raw), utc))
    return candidates


def _days(a: str, b: str) -> int:
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def _moment(raw: str) -> datetime | None:
    """The date and time of a machine-readable timestamp (aware when it gives an offset); None for a bare day."""
    try:
        parsed = datetime.fromisoformat(raw.strip())
    except ValueError:
        return None
    return parsed if len(raw.strip()) > 10 else None


def _same_moment(utc: Candidate, local: Candidate) -> bool:
    """`local` states the moment `utc` gives in UTC (or, a bare day, falls within a day of it).

    An offset timestamp must be the same instant; one without an offset must show the same minute of the hour
    at most 14 hours away (the widest time-zone offset), since it is the newsroom's wall clock.
    """
    if local.utc:
        return False
    at, there = _moment(utc.evidence.text), _moment(local.evidence.text)
    if at is None or there is None:
        return _days(utc.value, local.value) <= 1
    if there.tzinfo is not None:
        return abs((there - at).total_seconds()) <= 60
    wall = at.replace(tzinfo=None)
    return there.minute == wall.minute and abs((there - wall).total_seconds()) <= 14 * 3600


@lru_cache(maxsize=16)
def _dateparser(language: str | None, htmldates: DateDataParser) -> DateDataParser:
    """A dateparser reader set up as htmldate sets up its own (`htmldates`), but for the page's declared
    language (and English, the web's lingua franca) rather than detecting it: htmldate lets dateparser try all
    of its 200-odd locales on each string it cannot read itself, which compiles every locale's patterns in each
    process (seconds, on the pages that declare no date). A page that declares no language, or one dateparser
    does not know, gets htmldate's own reader."""
    from dateparser import DateDataParser
    from dateparser.data.languages_info import language_order

    if language not in language_order:
        return htmldates
    return DateDataParser(languages=list(dict.fromkeys([language, "en"])), settings=htmldates._settings)


@contextmanager
def _dateparser_for(language: str | None):
    """htmldate with `_dateparser(language)` in place of its own reader, for one call. htmldate caches what it
    read from each string across calls, so the cache is cleared after it: a page's date never depends on a
    page read before it (nor does what htmldate alone reads)."""
    from htmldate import extractors

    own = extractors.get_external_parser
    reader = _dateparser(language, own())
    extractors.get_external_parser = lambda: reader
    try:
        yield
    finally:
        extractors.get_external_parser = own
        extractors.try_date_expr.cache_clear()


def _htmldate(html: str, url: str | None, latest: date, language: str | None, extensive: bool = True) -> str | None:
    from htmldate import find_date

    try:
        with _dateparser_for(language):
            return find_date(html, original_date=True, extensive_search=extensive, url=url,
                             max_date=latest.isoformat())
    except Exception:  # noqa: BLE001 - htmldate raises on some malformed pages: no date then
        return None


def page_clock(tree: LexborHTMLParser) -> PageDate | None:
    """The first date printed above the page's first `<h1>`: a masthead clock ("Wednesday, November 20,
    2019") or a date over the headline. As on a flattened page, it may be the crawl or render time, so it is
    kept as `page_date`, not as the publication date. None without an `<h1>` (no title to be above)."""
    if tree.body is None or tree.css_first("h1") is None:
        return None
    for node in tree.body.traverse(include_text=True):
        if node.tag == "h1":
            return None
        if node.tag == "-text" and node.parent is not None and node.parent.tag not in _NOT_PRINTED:
            text = " ".join((node.text(deep=False) or "").split())
            when = date_of(text) if len(text) >= _SHORTEST_DATE else None
            if when is not None and not _AMBIGUOUS.search(text):
                return PageDate(value=when.isoformat(timespec="minutes"), text=text)
    return None


def html_published(facts: PageFacts, html: str, captured: str | None = None) -> Published:
    """The publication date the page declares, how sure we are, and where it came from."""
    latest = (datetime.fromisoformat(captured[:10]).date() if captured and parse_date(captured)
              else date.today()) + timedelta(days=1)
    from_url = url_date(facts.url)
    if from_url and not plausible(from_url, latest):
        from_url = None
    url_evidence = Evidence(source="url", text=from_url) if from_url else None
    candidates = _structured(facts, latest)
    language = _language(facts)[0]
    if candidates:
        best = candidates[0]
        if best.utc:  # a local-time statement of the same moment gives the newsroom's calendar date
            best = next((c for c in candidates[1:] if _same_moment(best, c)), best)
        value, evidence = best.value, best.evidence
        others = {c.value for c in candidates} - {value}
        if from_url == value:
            return Published(value=value, confidence=0.97, evidence=[evidence, url_evidence])
        if from_url:
            return Published(value=from_url, confidence=0.75, evidence=[url_evidence, evidence],
                             reason=f"page metadata says {value}, its URL {from_url}: the URL is minted "
                                    "when the story first appears, metadata changes with updates")
        if others:
            found = _htmldate(html, facts.url, latest, language)
            if found in others:
                chosen = next(c for c in candidates if c.value == found)
                return Published(value=found, confidence=0.7,
                                 evidence=[chosen.evidence, Evidence(source="htmldate", text=found), evidence],
                                 reason=f"the page metadata disagrees ({evidence.source} says {value}, "
                                        f"{chosen.evidence.source} {found}); htmldate's reading of the page "
                                        f"agrees with {found}")
        if best.utc:
            found = _htmldate(html, facts.url, latest, language, extensive=False)
            if found and found != value and _days(found, value) <= 1:
                return Published(value=found, confidence=0.8,
                                 evidence=[Evidence(source="htmldate", text=found), evidence],
                                 reason=f"the page metadata gives a UTC time ({evidence.text}); "
                                        "htmldate found the local date in the page")
        return Published(value=value, confidence=0.9, evidence=[evidence])
    if from_url:
        return Published(value=from_url, confidence=URL_DATE_CONFIDENCE, evidence=[url_evidence])
    found = _htmldate(html, facts.url, latest, language)
    if found:
        return Published(value=found, confidence=0.6, evidence=[Evidence(source="htmldate", text=found)],
                         reason="no date in the page metadata; found by htmldate in the page text")
    return Published(value=None, confidence=0.0, evidence=[Evidence(source="searched", text=SEARCHED)],
                     reason="no publication date in the page metadata, its URL or its text")
