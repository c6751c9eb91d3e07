"""Publication-date evidence of an HTML page, most trusted first, combined into one `Published`.

Order: schema.org JSON-LD `datePublished`, publication `<meta>` tags (OpenGraph, Dublin Core, Parse.ly, ...),
`<time itemprop=datePublished|pubdate>`, a full date in the URL path, and only then htmldate's search of the
whole page (it also sees "last updated" and copyright dates, so it is trusted less). A structured date that
a URL date contradicts loses to the URL date when it is later: the URL is minted when the story first
appears, while metadata is often rewritten on each update.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from dateline.clean.html_metadata import PageFacts
from dateline.record import Evidence, Published

PUBLISHED_META = ("article:published_time", "og:published_time", "og:article:published_time", "published_time",
                  "datepublished", "date_published", "publish-date", "publish_date", "publishdate", "pubdate",
                  "article.published", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
                  "dcterms.created", "dc.date.created", "dc.date", "citation_publication_date",
                  "citation_date", "originalpublicationdate", "article:post_date", "date", "created",
                  "displaydate", "og:pubdate", "cxenseparse:recs:publishtime")
"""`<meta>` names and properties that carry the publication date, most specific first."""

SEARCHED = "json-ld, meta, time elements, url, htmldate"
"""What was looked at when no date is found (the evidence of an absence)."""

MIN_YEAR = 1995
"""Earliest plausible publication year of a captured web page."""

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?")
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)")
_URL_SEPARATED = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)")


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


def url_date(url: str | None) -> str | None:
    """A full date in a URL path: /2019/11/19/, /20191119/, -2019-11-19-."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("://", 1)[-1]
    path = path[path.find("/"):] if "/" in path else ""
    for pattern in (_URL_SEPARATED, _URL_DATE):
        match = pattern.search(path)
        if match:
            try:
                return date(int(match.group(1)), int(match.group(2)), int(match.group(3))).isoformat()
            except ValueError:
                continue
    return None


def _structured(facts: PageFacts, latest: date) -> tuple[str, Evidence] | None:
    """The first plausible date from JSON-LD, `<meta>` or `<time>` elements."""
    candidates: list[tuple[str, str | None]] = []
    for obj in facts.jsonld:
        for key in ("datePublished", "dateCreated"):
            if isinstance(obj.get(key), str):
                candidates.append((f"json-ld:{key}", obj[key]))
    for key in PUBLISHED_META:
        for raw in facts.meta.get(key, []):
            candidates.append((f"meta:{key}", raw))
    for node in facts.tree.css('[itemprop="datePublished"], time[pubdate], time[datetime]')[:3]:
        raw = node.attributes.get("datetime") or node.attributes.get("content")
        if raw:
            candidates.append((f"html:{node.tag}", raw))
    for source, raw in candidates:
        value = parse_date(raw)
        if value and plausible(value, latest):
            return value, Evidence(source=source, text=raw)
    return None


def _htmldate(html: str, url: str | None, latest: date) -> str | None:
    from htmldate import find_date

    try:
        return find_date(html, original_date=True, extensive_search=True, url=url,
                         max_date=latest.isoformat())
    except Exception:  # noqa: BLE001 - htmldate raises on some malformed pages: no date then
        return None


def html_published(facts: PageFacts, html: str, captured: str | None = None) -> Published:
    """The publication date the page declares, how sure we are, and where it came from."""
    latest = (datetime.fromisoformat(captured[:10]).date() if captured and parse_date(captured)
              else date.today()) + timedelta(days=1)
    from_url = url_date(facts.url)
    if from_url and not plausible(from_url, latest):
        from_url = None
    url_evidence = Evidence(source="url", text=from_url) if from_url else None
    structured = _structured(facts, latest)
    if structured:
        value, evidence = structured
        if from_url == value:
            return Published(value=value, confidence=0.97, evidence=[evidence, url_evidence])
        if from_url and from_url < value:
            return Published(value=from_url, confidence=0.75, evidence=[url_evidence, evidence],
                             reason=f"page metadata says {value}, later than the URL date (an update?)")
        if from_url:
            return Published(value=value, confidence=0.7, evidence=[evidence, url_evidence],
                             reason=f"URL date {from_url} disagrees with the page metadata")
        return Published(value=value, confidence=0.9, evidence=[evidence])
    if from_url:
        return Published(value=from_url, confidence=0.85, evidence=[url_evidence])
    found = _htmldate(html, facts.url, latest)
    if found:
        return Published(value=found, confidence=0.6, evidence=[Evidence(source="htmldate", text=found)],
                         reason="no date in the page metadata; found by htmldate in the page text")
    return Published(value=None, confidence=0.0, evidence=[Evidence(source="searched", text=SEARCHED)],
                     reason="no publication date in the page metadata, its URL or its text")
