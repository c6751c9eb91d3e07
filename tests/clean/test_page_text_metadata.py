"""Metadata read from flattened page text: each value with the line it came from."""

from __future__ import annotations

import pytest

from dateline.clean.page_text import extract_page_text
from dateline.clean.text_metadata import BYLINE_DATE_CONFIDENCE, authors_of, site_of, tags_of

PAGE = """\
Menu
World
Sign in
14:05 GMT 3 May 2024
Science
Share
Divers map a sunken harbour wall off the coast of Veltra
By Layla Haddad and Tomas Berg
Published 2 May 2024
A team of divers has mapped the remains of a harbour wall that sank off the coast of Veltra some time in the ninth century, the regional museum said on Thursday.
The wall runs for almost two hundred metres under four metres of water and was found by a fisherman whose nets kept catching on the stones.
"We expected a few blocks, not a whole quay," said Noor Alami, who led the survey for the museum.
Topics: Archaeology, Veltra, Underwater heritage
Related
Museum opens a gallery for finds from the old port
What the harbour wall tells us about trade in the ninth century
© 2024 Example News Network
"""


@pytest.fixture(scope="module")
def meta():
    return extract_page_text(PAGE, "https://www.example-news.org/science/divers-map-sunken-harbour-wall-veltra").metadata


def test_title_section_and_site_have_evidence(meta):
    assert meta.title == "Divers map a sunken harbour wall off the coast of Veltra"
    assert meta.evidence["title"].source == "line:6"
    assert meta.section == "Science"
    assert meta.evidence["section"].source == "line:4"
    assert meta.site == "example-news.org"


def test_byline_gives_two_people(meta):
    assert meta.authors == ["Layla Haddad", "Tomas Berg"]
    assert meta.evidence["authors"].source == "line:7"


def test_clock_is_page_date_and_byline_date_is_published(meta):
    assert meta.page_date.value == "2024-05-03T14:05"
    assert meta.page_date.line == 3
    assert meta.published.value == "2024-05-02"
    assert 0 < meta.published.confidence == BYLINE_DATE_CONFIDENCE < 1
    assert meta.published.evidence[0].source == "line:8"


def test_tags_and_related_headlines(meta):
    assert meta.tags == ["Archaeology", "Veltra", "Underwater heritage"]
    assert [r.title for r in meta.related] == ["Museum opens a gallery for finds from the old port",
                                               "What the harbour wall tells us about trade in the ninth century"]


def test_no_byline_date_means_null_published_with_a_reason():
    meta = extract_page_text("Home\n" + PAGE.split("Published 2 May 2024\n")[1]).metadata
    assert meta.published.value is None
    assert meta.published.reason


@pytest.mark.parametrize("byline, people", [
    ("By Layla Haddad and Tomas Berg", ["Layla Haddad", "Tomas Berg"]),
    ("ByNina Okoro", ["Nina Okoro"]),
    ("By Marta Lind, Jon Ekberg & Saba Qureshi", ["Marta Lind", "Jon Ekberg", "Saba Qureshi"]),
    ("By Meg AlvesStaff Writer", ["Meg Alves"]),
    ("Sergio Ruiz-Beltrán | The Valley Newsroom", ["Sergio Ruiz-Beltrán"]),
    ("By Staff", []),
    ("By Associated Press", []),
    ("By Reuters Staff", []),
    ("By Dana Kell, Senior Correspondent", ["Dana Kell"]),
    ("By Omar al-Rashid", ["Omar al-Rashid"]),
    ("By Example Times Newsroom", []),
    ("Nov. 19, 2019", []),
])
def test_authors_are_people_only(byline, people):
    assert authors_of(byline) == people


@pytest.mark.parametrize("line, tags", [
    ("Topics: Conflict, Heritage, Northern Coast", ["Conflict", "Heritage", "Northern Coast"]),
    ("Tags: rivers | floods | transport", ["rivers", "floods", "transport"]),
    ("archaeology, Veltra, museums, diving", ["archaeology", "Veltra", "museums", "diving"]),
    ("Company NewsTelevisionBusiness", ["Company News", "Television", "Business"]),
    ("Lendra, Kessel", ["Lendra, Kessel"]),
])
def test_tag_lines_are_split(line, tags):
    assert tags_of(line) == tags


def test_site_comes_from_the_url_host():
    assert site_of("https://www.example.org/a/b") == "example.org"
    assert site_of(None) is None
