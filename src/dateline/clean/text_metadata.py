"""Metadata of a flattened page, read from its labelled furniture lines, each value with its line as evidence.

The title, section, byline, tag line, related headlines and printed dates are furniture lines the classifier
in `page_text` has already found; this module turns them into `Metadata`. Authors are people only: a byline
is split into names ("By Layla Haddad and Tomas Berg" gives two) and anything that is not a person's name
(an organisation, "Staff", a role, a date) is dropped. A date printed below the title is the byline date and
becomes `published` with a confidence below 1, because a page's printed date can be an update time; a date
above the title is the page clock, kept as `page_date` (often the crawl or render time, not publication).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from dateline.clean.lines import BYLINE, TAGS_HEADER, Line
from dateline.record import Evidence, FurnitureKind, Metadata, PageDate, Published, Related

BYLINE_DATE_CONFIDENCE = 0.7
"""Confidence of a byline date as the publication date: printed by the site, but possibly an update time."""

_NAME_SPLIT = re.compile(r"[,&|·•;/]|\b(?:and|with)\b", re.IGNORECASE)  # parts are stripped after
_GLUE = re.compile(r"(?<=[a-z\u00e0-\u00ff])(?=[A-Z])")
_NOT_PERSON = re.compile(
    r"\b(?:staff|writer|reporter|editor|editors|correspondent|contributor|columnist|producer|desk|team|"
    r"newsroom|news|press|associated|agency|reuters|afp|bloomberg|times|post|journal|herald|tribune|"
    r"media|service|services|wire|online|digital|bureau|network|magazine|daily|weekly|radio|tv|television|"
    r"senior|chief|national|international|political|special|guest|opinion|contributing|updated|published|"
    r"the|of|for|at|in|on|from|via|by|and|photos?|video|graphics|illustrations?)\b",
    re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:[A-Z\u00c0-\u00de][\w'’.-]*|(?:al|el|de|da|di|du|van|von|der|den|bin|ibn|la|le|"
                        r"dos|das|del|y)(?:-[A-Z][\w'’-]*)?)$")
_DIGIT = re.compile(r"\d")


def _person(name: str) -> str | None:
    """`name` when it reads as a person's name (2 to 5 words, capitalised, no organisation word), else None."""
    name = " ".join(name.strip(" .:-–—").split())
    tokens = name.split()
    if not 2 <= len(tokens) <= 5 or _DIGIT.search(name) or _NOT_PERSON.search(name):
        return None
    if not all(_NAME_WORD.match(token) for token in tokens) or not tokens[0][0].isupper():
        return None
    return name


def authors_of(byline: str) -> list[str]:
    """People named in a byline: "By Layla Haddad and Tomas Berg" -> ["Layla Haddad", "Tomas Berg"]."""
    match = BYLINE.match(byline)
    names = match.group("names") if match and match.group("names") else byline
    people: list[str] = []
    for part in _NAME_SPLIT.split(names):
        # "Meg JamesStaff Writer": a role glued to the name; keep the words before the first non-name word
        words = _GLUE.sub(" ", part).split()
        cut = next((k for k, word in enumerate(words) if _NOT_PERSON.fullmatch(word)), len(words))
        person = _person(" ".join(words[:cut]))
        if person and person not in people:
            people.append(person)
    return people


def tags_of(line: str) -> list[str]:
    """Tags of a tag line: "Topics: Conflict, Heritage" -> ["Conflict", "Heritage"]; glued lists are split."""
    labelled = re.match(r"^[^:|]{1,20}[:|]\s*", line)
    text = line[labelled.end():] if labelled else line
    listed = labelled or len(re.findall(r"[,;|•·]", text)) >= 2
    parts = re.split(r"\s*[,;|•·]\s*", text) if listed else _GLUE.split(text)
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


def _published(lines: Sequence[Line], labels: Sequence[FurnitureKind | None]) -> Published:
    dated = next((line for line, label in zip(lines, labels) if label == "dateline" and line.date), None)
    if dated is None or dated.date is None:
        return Published(reason="no byline date on the page")
    value = dated.date.date().isoformat() if dated.date.time() == dated.date.min.time() else \
        dated.date.isoformat(timespec="minutes")
    return Published(value=value, confidence=BYLINE_DATE_CONFIDENCE, evidence=[_evidence(dated)],
                     reason="date printed near the byline; may be an update time")


def page_metadata(lines: Sequence[Line], labels: Sequence[FurnitureKind | None], url: str | None) -> Metadata:
    """Title, site, section, authors, tags, related headlines, page clock and byline date of a labelled page."""
    evidence: dict[str, Evidence] = {}
    title, section = _first(lines, labels, "title"), _first(lines, labels, "section")
    if title:
        evidence["title"] = _evidence(title)
    if section:
        evidence["section"] = _evidence(section)
    site = site_of(url)
    if site:
        evidence["site"] = Evidence(source="url", text=url)
    authors: list[str] = []
    for line, label in zip(lines, labels):
        if label == "byline" and not authors:
            authors = authors_of(line.text)
            if authors:
                evidence["authors"] = _evidence(line)
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
    page_date = PageDate(value=clock.date.isoformat(timespec="minutes"), text=clock.text, line=clock.number) \
        if clock and clock.date else None
    return Metadata(title=title.text if title else None, site=site, section=section.text if section else None,
                    authors=authors, tags=tags, related=related, page_date=page_date,
                    published=_published(lines, labels), evidence=evidence)
