"""Metadata of HTML pages with evidence (dateline.clean.html_metadata)."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from dateline.clean.html_metadata import read_metadata

FIXTURES = Path(__file__).parent / "fixtures"


def metadata(html: str, url: str | None = "https://ledger.example/region/story"):
    return read_metadata(LexborHTMLParser(html), url)[0]


def story():
    return metadata((FIXTURES / "harbour_story.html").read_text(encoding="utf-8"),
                    "https://ledger.example/2025/03/14/ferry-returns")


def test_fields_come_from_json_ld_and_meta_with_evidence():
    meta = story()
    assert meta.title == "Ferry service returns to Port Aldwyn after storm repairs"
    assert meta.evidence["title"].source == "html:h1"  # the visible headline, as the JSON-LD headline says
    assert (meta.site, meta.evidence["site"].source) == ("The Coastal Ledger", "meta:og:site_name")
    assert (meta.section, meta.evidence["section"].source) == ("Region", "meta:article:section")
    assert meta.tags == ["Transport", "Port Aldwyn"]
    assert (meta.language, meta.evidence["language"].text) == ("en", "en-GB")


def test_authors_are_people_only():
    meta = story()  # JSON-LD lists a person and a news desk; <meta name=author> says "Staff Reporter"
    assert meta.authors == ["Mira Castellane"]
    assert meta.evidence["authors"].source == "json-ld:author"


def test_related_links_are_absolute_with_titles():
    related = story().related
    assert [r.title for r in related] == ["Storm damage closes Port Aldwyn harbour wall for weeks",
                                          "Island school plants a thousand seedlings on Caer Wen"]
    assert related[0].url == "https://ledger.example/2025/02/02/storm-damage-harbour-wall"


def test_title_tag_loses_its_site_suffix():
    meta = metadata("<html><head><title>Tide tables change | Bay Courier</title>"
                    "<meta property='og:site_name' content='Bay Courier'></head><body></body></html>")
    assert meta.title == "Tide tables change"
    assert meta.evidence["title"].text == "Tide tables change | Bay Courier"


def test_the_visible_headline_wins_over_a_title_rewritten_for_search_engines():
    meta = metadata("<html><head><meta property='og:title' content='Ferry Timetable 2025: Every Change Explained'>"
                    "</head><body><div class='logo'><h1>Bay Courier</h1></div>"
                    "<h1>Every change to the ferry timetable in 2025</h1></body></html>")
    assert meta.title == "Every change to the ferry timetable in 2025"
    assert meta.evidence["title"].source == "html:h1"


def test_a_heading_unlike_every_declared_title_is_not_the_title():
    meta = metadata("<html><head><meta property='og:title' content='Council approves the harbour budget'>"
                    "</head><body><h1>Latest news</h1></body></html>")
    assert meta.title == "Council approves the harbour budget"


def test_declared_title_loses_the_site_name_of_its_host_and_its_entities():
    meta = metadata('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": '
                    '"Tide tables change &#8211; again - Bay Courier"}</script></head><body></body></html>',
                    "https://www.baycourier.example/tides")
    assert meta.title == "Tide tables change – again"


def test_site_falls_back_to_the_url_host():
    meta = metadata("<html><body><p>x</p></body></html>", "https://www.bay-courier.example/a/b")
    assert (meta.site, meta.evidence["site"].source) == ("bay-courier.example", "url:host")


def test_byline_element_gives_authors_when_metadata_has_none():
    meta = metadata("<html><body><div class='byline'>By Oren Talvik and Sade Mbeki</div>"
                    "<p>Text.</p></body></html>")
    assert meta.authors == ["Oren Talvik", "Sade Mbeki"]


def test_the_by_line_under_the_headline_gives_the_authors():
    page = ("<html><body><h1>Tides Return to the Old Harbour</h1><p>The basin fills again.</p>"
            "<p><time>May 3, 2024</time></p><p>By Ilse Varga ⋅ Harbour Editor</p><p>Text.</p></body></html>")
    meta = metadata(page)
    assert meta.authors == ["Ilse Varga"]
    assert meta.evidence["authors"].source == "html:byline-under-h1"


def test_a_lone_by_and_the_name_in_the_next_element_are_one_byline():
    page = ("<html><body><h1>Tides Return to the Old Harbour</h1><div><span>Written by</span>"
            "<span>Ilse Varga</span></div><p>Text.</p></body></html>")
    assert metadata(page).authors == ["Ilse Varga"]


def test_the_by_line_under_the_headline_wins_over_an_author_meta_naming_someone_else():
    page = ('<html><head><meta name="author" content="Paul Meyer"></head><body><h1>Tides Return</h1>'
            "<p>By: Ilse Varga</p><p>Text.</p></body></html>")
    assert metadata(page).authors == ["Ilse Varga"]


def test_a_by_line_after_the_prose_is_not_read_as_the_headlines():
    prose = " ".join(["The basin filled again this spring after years of silt and neglect."] * 4)
    page = f"<html><body><h1>Tides Return</h1><p>{prose}</p><p>By Ilse Varga</p></body></html>"
    assert metadata(page).authors == []


def test_a_credit_under_the_headline_is_no_byline():
    page = ("<html><body><h1>Tides Return</h1><p>Photo by Ilse Varga</p><p>Reviewed by Tomas Berg</p>"
            "<p>Text.</p></body></html>")
    assert metadata(page).authors == []


def test_the_twitter_card_written_by_label_gives_the_author():
    page = ('<html><head><meta name="twitter:label1" content="Written by">'
            '<meta name="twitter:data1" content="Ilse Varga"><meta name="twitter:label2" content="Est. reading time">'
            '<meta name="twitter:data2" content="Nine Minutes"></head><body><p>Text.</p></body></html>')
    meta = metadata(page)
    assert meta.authors == ["Ilse Varga"]
    assert meta.evidence["authors"].source == "meta:twitter:data1"


def test_a_byline_class_is_found_in_any_case_and_read_apart_from_the_date_beside_it():
    page = ("<html><body><div class='ArticleHead_AuthorContainer'><span>Dec 17, 2025</span><a>Ilse Varga</a></div>"
            "<p>Text.</p></body></html>")
    assert metadata(page).authors == ["Ilse Varga"]


def test_only_the_first_byline_element_is_read_apart_from_the_dates_beside_its_names():
    page = ("<html><body><div class='post-author'><span>Author</span><span>Harbourledger</span></div>"
            "<div class='card-author'><span>Tomas Berg</span><span>May 3, 2024</span></div></body></html>")
    assert metadata(page).authors == []


def test_commenters_are_not_authors():
    page = ("<html><body><ol class='comment-list'><li><span class='author'>Tomas Berg</span> says</li></ol>"
            "<form><p class='comment-form-author'><label>Your Name</label></p></form></body></html>")
    assert metadata(page).authors == []


def test_a_writer_declared_by_one_name_is_kept():
    page = ('<html><head><meta name="author" content="Susanna"></head><body><p>Text.</p></body></html>')
    meta = metadata(page)
    assert meta.authors == ["Susanna"]
    assert meta.evidence["authors"].source == "meta:author"


@pytest.mark.parametrize("declared", ["Harbourledger", "aawoods", "Staff", "ACME"])
def test_one_word_naming_the_site_a_handle_a_role_or_a_brand_is_no_writer(declared):
    page = f'<html><head><meta name="author" content="{declared}"></head><body><p>Text.</p></body></html>'
    assert metadata(page, "https://www.harbourledger.example/story").authors == []


def test_author_meta_holding_markup_keeps_the_name_beside_it():
    page = ('<html><head><meta name="author" content="&lt;a href=&quot;/people/tove-lind&quot;&gt;Tove Lind&lt;/a&gt;'
            ', Harbour Desk"></head><body><p>Text.</p></body></html>')
    meta = metadata(page)
    assert meta.authors == ["Tove Lind"]
    assert meta.evidence["authors"].source == "meta:author"


@pytest.mark.parametrize("declared, url, title", [
    ("Why the ferry still runs • Tove Lind", "https://tovelind.example/posts/ferry", "Why the ferry still runs"),
    ("Why the ferry still runs | Harbour Blog", "https://blog.harbour.example/2025/ferry", "Why the ferry still runs"),
    ("Why the ferry still runs | Patient Notes | Kessel Health Trust",
     "https://care.kesselhealth.example/patient-notes/ferry", "Why the ferry still runs"),
    ("Best Ferry Routes – Our Picks", "https://ledger.example/best-ferry-routes/", "Best Ferry Routes – Our Picks"),
    ("Why the ferry still runs - Kesselpost Weekend", "https://www.kesselpost.co.uk/news/ferry",
     "Why the ferry still runs"),
])
def test_a_declared_title_loses_the_site_and_section_names_it_carries(declared, url, title):
    page = (f'<html><head><meta property="og:title" content="{declared}">'
            '<meta property="og:site_name" content="Tove Lind"></head><body><p>Text.</p></body></html>')
    assert metadata(page, url).title == title


def test_a_heading_matches_the_part_of_a_declared_title_before_a_bar():
    declared = "How much does a ferry pass cost | 2025 Fare Guide for Weekly Commuters, Students and Families"
    page = (f'<html><head><meta property="og:title" content="{declared}"></head>'
            '<body><h1>How much does a ferry pass cost?</h1><p>Text.</p></body></html>')
    meta = metadata(page)
    assert meta.title == "How much does a ferry pass cost?"
    assert meta.evidence["title"].source == "html:h1"


def test_without_a_matching_heading_the_declared_title_stops_at_a_bar():
    page = ('<html><head><title>Ferry timetable changes | Everything commuters need to know</title></head>'
            '<body><h1>Harbour Ledger</h1><p>Text.</p></body></html>')
    assert metadata(page).title == "Ferry timetable changes"


def test_a_heading_loses_the_site_and_section_names_it_carries():
    page = ('<html><head><title>Ferry returns to Kessel | Region | Harbour Ledger</title></head>'
            '<body><h1>Ferry returns to Kessel | Region | Harbour Ledger</h1><p>Text.</p></body></html>')
    meta = metadata(page, "https://www.harbourledger.example/region/ferry-returns")
    assert meta.title == "Ferry returns to Kessel"
    assert meta.evidence["title"].text == "Ferry returns to Kessel | Region | Harbour Ledger"
