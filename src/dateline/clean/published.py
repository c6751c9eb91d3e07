"""The publication date, combined from every piece of evidence the page offers.

The date given with the input (CLI `--published`, an input record's date field) comes first; otherwise the
page's own evidence, which each extractor gathers into `Extracted.metadata.published` (HTML: `html_dates`;
flattened text: its metadata reader). Later stages may refine the result from the content (`not_before`).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from urllib.parse import urlsplit

from dateline.clean.extracted import Extracted
from dateline.ingest.page import RawPage
from dateline.record import Evidence, Published

_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)")
_URL_SEPARATED = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)")


URL_DATE_CONFIDENCE = 0.85
"""How sure a date read from the URL alone is (no date printed on the page to confirm it)."""


def url_date(url: str | None) -> str | None:
    """A full date in a URL path: /2019/11/19/, /20191119/, -2019-11-19-. A URL is minted when the story first
    appears, so its date is the first publication's, whatever the page later says."""
    if not url:
        return None
    path = _url_path(url)
    for pattern in (_URL_SEPARATED, _URL_DATE):
        match = pattern.search(path)
        if match:
            try:
                return date(int(match.group(1)), int(match.group(2)), int(match.group(3))).isoformat()
            except ValueError:
                continue
    return None


_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/")


def url_month(url: str | None) -> str | None:
    """The year and month of a URL path that names no day ("/2020/05/slug", as Blogger and WordPress mint them),
    as "2020-05": the month the story first appeared. None when the URL names a full date (`url_date`) or none."""
    if not url or url_date(url):
        return None
    match = _URL_MONTH.search(_url_path(url))
    return f"{match.group(1)}-{int(match.group(2)):02d}" if match else None


def _url_path(url: str) -> str:
    """The part of a URL after its host and before its query ("" when it has none), where a story's date is."""
    path = url.split("?", 1)[0].split("://", 1)[-1]
    return path[path.find("/"):] if "/" in path else ""


_COUNTRY_DOMAIN = re.compile(r"\.([a-z]{2})\.?$")
_DOMAIN_TERRITORY = {"uk": "GB"}
"""Country-code domains that are not the territory's ISO code."""


def site_date_order(url: str | None) -> str | None:
    """How the site's country writes a numeric date, from its country-code domain and the CLDR short date format
    of that territory's main language (babel): "day-first" for .ie, .vn, .de; "month-first" for .us, .ph; None
    for a generic domain (.com, .org) or a country that writes the year first."""
    host = urlsplit(url if url and "//" in url else "//" + (url or "")).hostname or ""
    match = _COUNTRY_DOMAIN.search(host)
    return _territory_date_order(_DOMAIN_TERRITORY.get(match.group(1), match.group(1).upper())) if match else None


@cache
def _territory_date_order(territory: str) -> str | None:
    """`site_date_order` for an ISO territory code, looked up once per territory."""
    from babel import Locale, UnknownLocaleError  # imported on first use: few pages need it

    try:
        pattern = Locale.parse(f"und_{territory}").date_formats["short"].pattern
    except (UnknownLocaleError, ValueError, KeyError):
        return None
    day, month, year = (pattern.find(c) for c in "dMy")
    if min(day, month) < 0 or 0 <= year < min(day, month):
        return None
    return "day-first" if day < month else "month-first"


def publication_date(page: RawPage, extracted: Extracted) -> Published:
    """The date given with the input first (the caller's, then the input record's), then page evidence; null with
    a reason when nothing is trustworthy. A record's date that is not a machine-readable date is not taken: it is
    kept as evidence, with a reason."""
    found = extracted.metadata.published
    given = _given_date(page)
    if given is not None:
        value, evidence, whose = given
        if found.value and found.value[:10] != value[:10]:
            return Published(value=value, confidence=1.0, evidence=[evidence, *found.evidence],
                             reason=f"{whose} date overrides the page's {found.value}")
        return Published(value=value, confidence=1.0, evidence=[evidence, *found.evidence])
    unread = _unreadable_record_date(page)
    if unread is not None:
        evidence, reason = unread
        found = found.model_copy(update={"evidence": [*found.evidence, evidence],
                                         "reason": "; ".join(filter(None, [found.reason, reason]))})
    if found.value or found.reason:
        return found
    return Published(value=None, confidence=0.0, reason="no publication date found on the page")


def _given_date(page: RawPage) -> tuple[str, Evidence, str] | None:
    """(value, evidence, whose) of the date that came with the input: the caller's, else the input record's when
    it is a machine-readable date."""
    if page.published:
        return page.published, Evidence(source="caller", text=page.published), "the caller's"
    declared = page.declared.published if page.declared else None
    if declared and declared.value and _machine_date(declared.value):
        evidence = declared.evidence[0]
        return declared.value, evidence, f"the input record's {evidence.source.removeprefix('record:')}"
    return None


def _unreadable_record_date(page: RawPage) -> tuple[Evidence, str] | None:
    """(evidence, reason) of an input record's date that is not a machine-readable date ('last Tuesday')."""
    declared = page.declared.published if page.declared else None
    if page.published or not (declared and declared.value) or _machine_date(declared.value):
        return None
    evidence = declared.evidence[0]
    field = evidence.source.removeprefix("record:")
    return evidence, f"the input record's {field} {declared.value!r} is not an ISO 8601 date, so it was not taken"


def _machine_date(value: str) -> bool:
    """True for an ISO 8601 date or date-time (the form schema.org and extraction APIs write)."""
    from dateline.clean.html_dates import parse_date  # html_dates imports this module

    return parse_date(value) is not None
