"""Metadata read from flattened page text: each value with the line it came from."""

from __future__ import annotations

import pytest

from dateline.clean.page_text import extract_page_text
from dateline.clean.text_metadata import BYLINE_DATE_CONFIDENCE, site_of, tags_of

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
A team of divers has mapped the remains of a harbour wall that sank off the coast of Veltra some time in the \
ninth century, the regional museum said on Thursday.
The wall runs for almost two hundred metres under four metres of water and was found by a fisherman whose nets \
kept catching on the stones.
"We expected a few blocks, not a whole quay," said Noor Alami, who led the survey for the museum.
Topics: Archaeology, Veltra, Underwater heritage
Related
Museum opens a gallery for finds from the old port
What the harbour wall tells us about trade in the ninth century
© 2024 Example News Network
"""
URL = "https://www.example-news.org/science/divers-map-sunken-harbour-wall-veltra"
"""The address of PAGE's story: its slug names the headline."""


@pytest.fixture(scope="module")
def meta():
    return extract_page_text(PAGE, URL).metadata


def test_title_section_and_site_have_evidence(meta):
    assert meta.title == "Divers map a sunken harbour wall off the coast of Veltra"
    assert meta.evidence["title"].source == "line:6"
    assert meta.section == "Science"
    assert meta.evidence["section"].source == "line:4"
    assert meta.site == "example-news.org"


HEADLINE = "Divers map a sunken harbour wall off the coast of Veltra"


@pytest.mark.parametrize("header", [
    f"Home Science {HEADLINE}\nShare\n{HEADLINE}\n",  # a breadcrumb trail above the headline
    f"{HEADLINE}\nShare\n{HEADLINE} | Example News Network\n",  # the headline with the site's name, over the byline
])
def test_a_line_repeating_the_headline_with_a_trail_or_the_site_name_is_not_the_title(header):
    page = PAGE.replace(f"Science\nShare\n{HEADLINE}\n", header)
    meta = extract_page_text(page, URL).metadata
    assert meta.title == HEADLINE


def test_a_headline_that_goes_on_from_a_shorter_label_near_it_stays_the_title():
    page = PAGE.replace(f"Science\nShare\n{HEADLINE}\n", f"{HEADLINE}\nShare\nDivers map a sunken harbour\n")
    meta = extract_page_text(page, URL).metadata
    assert meta.title == HEADLINE


def test_a_headline_in_title_case_wins_over_its_standfirst_in_sentence_case_under_it():
    standfirst = "We joined the divers for a week to map every stone of the sunken harbour wall they found"
    page = PAGE.replace(f"{HEADLINE}\n", f"Divers Map A Sunken Harbour Wall\n{standfirst}\n")
    meta = extract_page_text(page, URL).metadata
    assert meta.title == "Divers Map A Sunken Harbour Wall"


@pytest.mark.parametrize("url", [None, URL])
def test_a_name_with_post_nominal_letters_is_never_the_title(url):
    page = PAGE.replace("Science\nShare\n", "Share\nDivers Map Wall\nLayla Haddad, PhD, MS, FRGS\n")
    assert extract_page_text(page, url).metadata.title == HEADLINE


def test_a_short_title_case_label_over_a_sentence_case_headline_is_a_section_not_the_headline():
    page = PAGE.replace("Science\nShare\n", "Share\nCoastal Heritage Watch\n")
    assert extract_page_text(page).metadata.title == HEADLINE


def test_a_title_case_headline_of_four_words_wins_over_its_sentence_case_standfirst_without_the_url():
    standfirst = "We joined the divers for a week to map every stone of the sunken harbour wall they found"
    page = PAGE.replace(f"{HEADLINE}\n", f"Divers Map Harbour Wall\n{standfirst}\n")
    assert extract_page_text(page).metadata.title == "Divers Map Harbour Wall"


def test_a_headline_in_sentence_case_wins_over_its_subtitle_stacked_over_the_byline():
    subtitle = "What the divers found under four metres of water and why it took a year to map it"
    page = PAGE.replace(f"{HEADLINE}\n", f"{HEADLINE}\n{subtitle}\n")
    assert extract_page_text(page).metadata.title == HEADLINE
    titled = PAGE.replace(f"{HEADLINE}\n", f"{HEADLINE}\nDivers Map The Sunken Harbour Wall Of Veltra\n")
    assert extract_page_text(titled).metadata.title == "Divers Map The Sunken Harbour Wall Of Veltra"


def test_share_buttons_between_a_subtitle_and_the_byline_do_not_hide_the_header_stack():
    subtitle = "What the divers found under four metres of water and why it took a year to map it"
    buttons = "Email this article\nShare this article\nPrint this article\n"
    page = PAGE.replace(f"{HEADLINE}\n", f"{HEADLINE}\n{subtitle}\n{buttons}")
    assert extract_page_text(page).metadata.title == HEADLINE


def test_without_a_url_the_line_over_the_text_whose_words_it_repeats_wins_over_a_site_name_further_up():
    page = ("Menu\nCoastline Chronicle Weekly Magazine Online\nHome\nAbout\nContact\nSunken harbour wall mapped\n"
            "Divers have mapped the sunken harbour wall off Veltra, the museum said on Thursday after a survey of "
            "four weeks under four metres of water.\nThe wall runs for almost two hundred metres and was found by a "
            "fisherman whose nets kept catching on the stones of the old quay.\n")
    assert extract_page_text(page).metadata.title == "Sunken harbour wall mapped"
    unrelated = page.replace("Sunken harbour wall mapped\n", "Tides and winds this week\n")
    assert extract_page_text(unrelated).metadata.title == "Coastline Chronicle Weekly Magazine Online"


def test_an_item_of_a_numbered_list_is_no_headline():
    item = "3. Where the Divers Found the Old Harbour Wall of Veltra"
    page = PAGE.replace("By Layla Haddad and Tomas Berg\nPublished 2 May 2024\n", f"{item}\n")
    assert extract_page_text(page).metadata.title == HEADLINE
    assert extract_page_text(PAGE.replace(f"{HEADLINE}\n", "10 Things the Divers Found\n")).metadata.title == (
        "10 Things the Divers Found")


def test_a_one_word_headline_the_url_spells_out_is_the_title():
    page = PAGE.replace(f"{HEADLINE}\n", "Seagrass\n")
    assert extract_page_text(page, "https://www.example-news.org/glossary/seagrass").metadata.title == "Seagrass"
    assert extract_page_text(page, "https://www.example-news.org/glossary/kelp-forests").metadata.title is None


def test_a_line_writing_out_the_url_slug_is_page_data_not_the_title():
    url = "https://www.example-news.org/science/divers-map-sunken-harbour-wall-veltra-quay"
    page = "section: science | slug: divers-map-sunken-harbour-wall-veltra-quay | type: story\n" + PAGE
    assert extract_page_text(page, url).metadata.title == HEADLINE


def test_a_headline_far_above_a_long_list_is_found_by_the_words_of_the_url():
    items = "".join(f"Gallery item {n}\n" for n in range(60))
    page = PAGE.replace("By Layla Haddad and Tomas Berg\nPublished 2 May 2024\n", items)
    url = URL
    assert extract_page_text(page, url).metadata.title == HEADLINE
    assert extract_page_text(page, "https://www.example-news.org/science/a-story-about-boats").metadata.title is None


def test_a_headline_far_above_wins_over_a_subhead_in_the_window_that_names_less_of_the_url():
    items = "".join(f"Gallery item {n}\n" for n in range(60))
    page = PAGE.replace("By Layla Haddad and Tomas Berg\nPublished 2 May 2024\n", items + "Why the wall matters\n")
    url = URL
    assert extract_page_text(page, url).metadata.title == HEADLINE


def test_a_dated_headline_far_above_a_long_table_is_the_title_without_the_url():
    rows = "".join(f"Stone row {n} of the northern quay\n" for n in range(60))
    page = PAGE.replace("By Layla Haddad and Tomas Berg\nPublished 2 May 2024\n", "Published 2 May 2024\n" + rows)
    assert extract_page_text(page).metadata.title == HEADLINE


def test_an_undated_line_far_above_a_long_table_is_not_taken_for_the_headline():
    rows = "".join(f"Stone row {n} of the northern quay\n" for n in range(60))
    page = PAGE.replace("By Layla Haddad and Tomas Berg\nPublished 2 May 2024\n", rows)
    assert extract_page_text(page).metadata.title != HEADLINE


def test_an_article_region_opening_with_a_headline_that_names_the_url_gives_the_title():
    question = "Why did a harbour wall off the coast of Veltra sink?"
    page = PAGE.replace(f"Science\nShare\n{HEADLINE}\nBy Layla Haddad and Tomas Berg\nPublished 2 May 2024\n",
                        f"How it works\n{question}\n")
    extracted = extract_page_text(page, "https://www.example-news.org/science/why-did-harbour-wall-veltra-sink")
    assert extracted.metadata.title == question
    assert extracted.paragraphs[0].startswith("A team of divers")
    assert extract_page_text(page, "https://www.example-news.org/science/a-story-about-boats").metadata.title is None


def test_the_headline_a_breadcrumb_trail_ends_with_wins_over_a_longer_line_under_it():
    standfirst = "What Divers Found Under Four Metres Of Water Off The Veltra Coast"  # title case: no subtitle
    page = PAGE.replace("Science\nShare\n", f"Home » Science » {HEADLINE}\nShare\n").replace(
        f"{HEADLINE}\nBy", f"{HEADLINE}\n{standfirst}\nBy")
    assert extract_page_text(page).metadata.title == HEADLINE
    assert extract_page_text(page.replace(" » ", " ")).metadata.title == standfirst


CONTENTS = "Table of contents\n" + "".join(f"{topic} Of The Sunken Harbour Wall Off The Veltra Coast\n" for topic in (
    "The Stones", "The Age", "The Finder", "The Survey", "The Trade", "The Storms", "The Museum", "The Future"))
"""A table of contents between the story's header and its text: long title-case lines nearer the article."""


def test_a_headline_over_its_byline_wins_over_contents_lines_nearer_the_article():
    page = PAGE.replace("Published 2 May 2024\n", f"Published 2 May 2024\n{CONTENTS}")
    assert extract_page_text(page).metadata.title == HEADLINE


def test_a_reviewers_credit_is_no_headline_and_marks_the_headline_over_it():
    credit = "Reviewed by: Marta Olsen, Marine Archaeologist and Museum Curator"
    page = PAGE.replace("By Layla Haddad and Tomas Berg\nPublished 2 May 2024\n", f"{credit}\n{CONTENTS}")
    assert extract_page_text(page).metadata.title == HEADLINE
    bare = PAGE.replace(f"{HEADLINE}\nBy Layla Haddad and Tomas Berg\n", f"{credit}\n")
    assert extract_page_text(bare).metadata.title != credit


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


def test_a_date_right_over_the_title_is_the_story_date_not_the_page_clock():
    page = PAGE.replace("Share\nDivers map", "Share\n2 May 2024\nDivers map").replace("Published 2 May 2024\n", "")
    meta = extract_page_text(page).metadata
    assert meta.published.value == "2024-05-02"
    assert meta.page_date.value == "2024-05-03T14:05"


def test_a_date_under_a_byline_is_the_story_date_wherever_the_byline_is():
    # the teaser block above the article repeats the headline with its own byline and date; the title finder
    # picks the headline over the article, so the dated byline is higher up than the title
    page = PAGE.replace("Share\n", "Share\nDivers map a sunken harbour wall\nBy\nLayla Haddad\n22:30, 2 MAY 2024\n"
                        "Comments\nVideo\n").replace("Published 2 May 2024\n", "")
    meta = extract_page_text(page).metadata
    assert meta.published.value == "2024-05-02T22:30"
    assert meta.published.evidence[0].text == "22:30, 2 MAY 2024"


def test_a_line_with_a_full_date_is_no_title_but_may_date_the_story():
    page = PAGE.replace("14:05 GMT 3 May 2024\n", "").replace(
        "By Layla Haddad and Tomas Berg\nPublished 2 May 2024\n", "")
    page = page.replace("Share\n", "Share\nPublish Date: Thu, 02 May 2024 01:34 PM (GMT) Author: Layla Haddad\n")
    meta = extract_page_text(page).metadata
    assert meta.title == "Divers map a sunken harbour wall off the coast of Veltra"
    assert meta.published.value == "2024-05-02T13:34"
    bracketed = PAGE.replace("off the coast of Veltra\nBy", "off the coast of Veltra (2 May 2024)\nBy")
    assert extract_page_text(bracketed).metadata.title.endswith("off the coast of Veltra (2 May 2024)")


def test_a_date_on_the_first_line_is_the_page_clock_even_right_over_the_title():
    story = PAGE[PAGE.index("Divers map"):].replace("By Layla Haddad and Tomas Berg\nPublished 2 May 2024\n", "")
    meta = extract_page_text("09:12 GMT 25 November 2026\n" + story).metadata
    assert meta.published.value is None
    assert meta.page_date.value == "2026-11-25T09:12"


def test_a_date_on_the_first_line_of_a_page_without_article_text_is_the_page_clock():
    meta = extract_page_text("09:12 GMT 25 November 2026\nHome\nSearch\nLoading the page\n").metadata
    assert meta.published.value is None
    assert meta.page_date.value == "2026-11-25T09:12"


def test_no_byline_date_means_null_published_with_a_reason():
    meta = extract_page_text("Home\n" + PAGE.split("Published 2 May 2024\n")[1]).metadata
    assert meta.published.value is None
    assert meta.published.reason


STORY = """\
Home
News
Local
Ferry timetable changes for the winter season on the Kessa crossing
{date_line}
The ferry between Kessa and Lorn will run every ninety minutes from next month, the harbour office said, after \
a year in which fuel costs doubled and two of its four boats were out of service for repairs.
Commuters who cross daily said the longer wait would add almost an hour to their working day, and the town \
council asked the operator to keep the early morning sailing.
The operator said it would review the timetable in spring once the repaired boats are back in service.
Related
Harbour office opens a new ticket hall 12/03/2020
Council votes on a new bus route to the station 14/03/2020
"""


def _published(date_line: str, url: str | None = None):
    return extract_page_text(STORY.format(date_line=date_line), url).metadata.published


@pytest.mark.parametrize("date_line, iso", [
    ("Mira Sand 19.10.2019, 05:00 Uhr", "2019-10-19T05:00"),
    ("Kessa Courier | Apr 7, 2020, 15:43 IST", "2020-04-07T15:43"),
    ("Veröffentlicht am 02.09.2020", "2020-09-02"),
    ("Mira Sand 기자 입력2023.11.02 10:31 수정 2023.11.03 08:00", "2023-11-02T10:31"),
])
def test_a_date_printed_above_the_article_is_published(date_line, iso):
    published = _published(date_line)
    assert published.value == iso
    assert published.evidence[0].text == date_line


def test_a_date_alone_right_under_the_article_dates_it_when_nothing_above_does():
    page = STORY.format(date_line="").replace("Related\n", "19.11.2021\nRelated\n")
    published = extract_page_text(page).metadata.published
    assert (published.value, published.evidence[0].text) == ("2021-11-19", "19.11.2021")
    above = STORY.format(date_line="Mira Sand 18.11.2021, 05:00 Uhr").replace("Related\n", "19.11.2021\nRelated\n")
    assert extract_page_text(above).metadata.published.value == "2021-11-18T05:00"


def test_the_signature_of_an_embedded_post_does_not_date_the_story():
    page = STORY.format(date_line="— Dana Lee (@danalee) January 1, 2020")
    published = extract_page_text(page).metadata.published
    assert published.value is None


def test_a_slashed_date_is_read_in_the_order_the_page_uses():
    # the related headlines' 12/03/2020 and 14/03/2020 can only be day first, so 06/05/2020 is 6 May
    assert _published("Publicado: 06/05/2020").value == "2020-05-06"


def test_dotted_dates_elsewhere_on_the_page_make_a_slashed_date_day_first():
    page = STORY.format(date_line="Publicado: 06/05/2020").replace("12/03/2020", "12.03.2020").replace(
        "14/03/2020", "14.03.2020")
    assert extract_page_text(page).metadata.published.value == "2020-05-06"


def test_a_slashed_date_takes_the_reading_the_page_prints_elsewhere_in_words():
    page = STORY.format(date_line="02/11/2023 02:00pm GMT").replace("12/03/2020", "").replace("14/03/2020", "")
    page = page.replace("Related\n", "— a post by the harbour office, November 2, 2023\nRelated\n")
    assert extract_page_text(page).metadata.published.value == "2023-11-02T14:00"


def test_a_slashed_date_nothing_settles_is_null_with_its_reason():
    page = STORY.format(date_line="Publicado: 06/05/2020").replace("14/03/2020", "").replace("12/03/2020", "")
    published = extract_page_text(page).metadata.published
    assert published.value is None
    assert "day first or month first" in published.reason
    assert published.evidence[0].text == "Publicado: 06/05/2020"


@pytest.mark.parametrize("url, iso", [
    ("https://kessa-courier.ie/ferry-timetable", "2020-05-06"),
    ("https://news.kessa-courier.co.uk/ferry-timetable", "2020-05-06"),
    ("https://kessa-courier.us/ferry-timetable", "2020-06-05"),
    ("https://kessa-courier.com/ferry-timetable", None),
    ("https://kessa-courier.jp/ferry-timetable", None),
])
def test_a_slashed_date_nothing_else_settles_is_read_as_the_sites_country_writes_dates(url, iso):
    page = STORY.format(date_line="Publicado: 06/05/2020").replace("14/03/2020", "").replace("12/03/2020", "")
    assert extract_page_text(page, url).metadata.published.value == iso


@pytest.mark.parametrize("opening, iso", [
    ("KESSA, 27.1.2022 - ", "2022-01-27"),
    ("Kessa, (12.11.2021). ", "2021-11-12"),
    ("27. Januar 2022 – ", "2022-01-27"),
    ("On 27 January 2022, ", None),
])
def test_the_place_and_date_a_first_paragraph_opens_with_date_the_story(opening, iso):
    page = STORY.format(date_line="").replace("The ferry between", opening + "The ferry between")
    page = page.replace("12/03/2020", "").replace("14/03/2020", "")
    assert extract_page_text(page).metadata.published.value == iso


def test_a_url_date_confirms_the_printed_date_or_overrides_it_with_a_reason():
    agreed = _published("May 6, 2020", "https://kessa-courier.example/2020/05/06/ferry-timetable")
    assert (agreed.value, agreed.confidence) == ("2020-05-06", 0.95)
    assert [e.source for e in agreed.evidence][1] == "url"
    overridden = _published("Updated May 9, 2020", "https://kessa-courier.example/2020/05/06/ferry-timetable")
    assert overridden.value == "2020-05-06"
    assert "URL" in overridden.reason
    only_url = _published("Ferry news", "https://kessa-courier.example/2020/05/06/ferry-timetable")
    assert (only_url.value, only_url.evidence[0].source) == ("2020-05-06", "url")


@pytest.mark.parametrize("line, iso", [
    ("Erscheinungsdatum: 07.02.2022", "2022-02-07"),
    ("Mise en ligne le 23 mai 2019", "2019-05-23"),
    ("Publish Date: Sat, 28 Nov 2020 01:34 PM", "2020-11-28T13:34"),
    ("Datum: 19.11.2021", "2021-11-19"),
    ("Publiziert am 13. Januar 2014 von Anna Berg", "2014-01-13"),
])
def test_a_line_saying_published_dates_the_story_wherever_it_is(line, iso):
    page = STORY.format(date_line="").replace("Related\n", "Share\nPrint\nSave\n" + line + "\nRelated\n")
    assert extract_page_text(page).metadata.published.value == iso


HARBOUR_BLOG = """\
Harbour Notes
Tuesday, 14 May 2024
Home
Archive
About
A sunken harbour wall is mapped off the coast of Veltra
{byline}
A team of divers has mapped the remains of a harbour wall that sank off the coast of Veltra some time in the \
ninth century, the regional museum said on Thursday after a long survey.
The wall runs for almost two hundred metres under four metres of water and was found by a fisherman whose nets \
kept catching on the stones for years before anyone looked.
"We expected a few blocks, not a whole quay," said Noor Alami, who led the survey for the museum this spring.
"""


def test_a_date_higher_up_the_page_in_the_month_the_url_names_is_the_story_date_not_a_clock():
    page = HARBOUR_BLOG.format(byline="")
    dated = extract_page_text(page, "https://harbour-notes.example.org/2024/05/sunken-harbour-wall.html").metadata
    assert (dated.published.value, [e.source for e in dated.published.evidence]) == ("2024-05-14", ["line:1", "url"])
    for url in ("https://harbour-notes.example.org/2024/06/sunken-harbour-wall.html",
                "https://harbour-notes.example.org/sunken-harbour-wall.html"):
        meta = extract_page_text(page, url).metadata
        assert (meta.published.value, meta.page_date.value[:10]) == (None, "2024-05-14")


def test_the_date_after_a_published_word_is_taken_over_an_earlier_one():
    published = _published("Updated 2020-05-09 Published 2020-05-06")
    assert published.value == "2020-05-06"


@pytest.mark.parametrize("line, tags", [
    ("Topics: Conflict, Heritage, Northern Coast", ["Conflict", "Heritage", "Northern Coast"]),
    ("Tags: rivers | floods | transport", ["rivers", "floods", "transport"]),
    ("archaeology, Veltra, museums, diving", ["archaeology", "Veltra", "museums", "diving"]),
    ("Company NewsTelevisionBusiness", ["Company News", "Television", "Business"]),
    ("Lendra, Kessel", ["Lendra, Kessel"]),
    ("tags #Ferries #Pellan Bay #Vesby", ["Ferries", "Pellan Bay", "Vesby"]),
    ("Topics harbourFerriesVesby", ["harbour", "Ferries", "Vesby"]),
    ("C#, F#, Go", ["C#", "F#", "Go"]),
    ("Posted byIna BergMay 2, 2024Posted inHarbourTags:ferries, floods, Vesby", ["ferries", "floods", "Vesby"]),
    ("Categories Coast, Weather Tags harbour fees, river crossings, Pellan Bay",
     ["harbour fees", "river crossings", "Pellan Bay"]),
])
def test_tag_lines_are_split(line, tags):
    assert tags_of(line) == tags


def test_site_comes_from_the_url_host():
    assert site_of("https://www.example.org/a/b") == "example.org"
    assert site_of(None) is None


def test_a_breadcrumb_trail_is_not_the_title():
    trail = "Home » Science » Divers map a sunken harbour wall off the coast of Veltra\n"
    page = PAGE.replace("Science\nShare\n", trail + "Share\n")
    meta = extract_page_text(page, URL).metadata
    assert meta.title == "Divers map a sunken harbour wall off the coast of Veltra"


def test_without_a_url_the_title_is_the_headline_not_a_label_over_the_byline():
    # NPR-like header: the headline, the date, a programme label and the byline, in that order
    page = PAGE.replace("By Layla Haddad and Tomas Berg\nPublished 2 May 2024\n",
                        "May 2, 2024 6:01 PM ET\nHeard on Morning Tides\nBy\nLayla Haddad\n")
    meta = extract_page_text(page).metadata
    assert meta.title == "Divers map a sunken harbour wall off the coast of Veltra"


def test_a_date_line_saying_published_in_another_language_is_the_story_date_above_the_title():
    page = PAGE.replace("Science\nShare\n", "Veröffentlicht am 2. Mai 2024, 10:05\nShare\nScience\n").replace(
        "Published 2 May 2024\n", "")
    meta = extract_page_text(page).metadata
    assert meta.published.value == "2024-05-02T10:05"


def test_a_bare_name_next_to_the_date_under_the_title_is_the_byline():
    page = PAGE.replace("By Layla Haddad and Tomas Berg\n", "Layla Haddad\n")
    assert extract_page_text(page).metadata.authors == ["Layla Haddad"]
    undated = PAGE.replace("By Layla Haddad and Tomas Berg\nPublished 2 May 2024\n", "Layla Haddad\n")
    assert extract_page_text(undated).metadata.authors == []  # a title-case label reads the same: no date, no byline


def test_a_ticker_read_as_prose_does_not_pull_the_story_header_into_the_article():
    ticker = ("Ferry fares rise in May Council approves the harbour budget Storm closes the coast road for a "
              "week Museum extends its summer hours Fishermen protest new quotas at the port Lighthouse keeper "
              "retires after forty years School board delays the vote on the new campus Bridge repairs finish "
              "ahead of schedule Harbour master warns of high tides this weekend\n")
    page = PAGE.replace("14:05 GMT 3 May 2024\n", "").replace("Science\nShare\n", "Latest\n" + ticker + "Science\n")
    extracted = extract_page_text(page)
    assert extracted.metadata.title == "Divers map a sunken harbour wall off the coast of Veltra"
    assert extracted.metadata.authors == ["Layla Haddad", "Tomas Berg"]
    assert extracted.paragraphs[0].startswith("A team of divers")


def test_tag_separators_split_a_tag_line_where_a_separator_follows_spaces_after_another():
    """The separator pattern takes a run of spaces only from its first space (linear on long runs), yet still
    splits where a second separator follows the spaces closing the first."""
    from dateline.clean.text_metadata import _TAG_SEPARATOR

    assert _TAG_SEPARATOR.split("Ferries,  | Harbours  #Vesby • Islands") == ["Ferries", "", "Harbours", "Vesby",
                                                                              "Islands"]


@pytest.mark.parametrize("byline", [
    "By Layla Haddad 2 May 2024",
    "By Layla HaddadPublished: 2 May 2024",
    "By Layla Haddad Last Updated: 2 May 2024",
    "By Layla HaddadMay 2, 2024",
    "By Layla Haddad — May 2, 2024 6 min read",
    "By Layla Haddad ⋅ Science Editor ⋅ Updated May 2, 2024",
    "By Layla Haddad – Tomas Berg",
    "By Layla Haddad 4 Comments",
])
def test_a_bylines_names_end_at_its_date_a_dash_a_number_or_a_word_saying_updated(byline):
    page = PAGE.replace("By Layla Haddad and Tomas Berg\n", byline + "\n")
    assert extract_page_text(page).metadata.authors == ["Layla Haddad"]


def test_a_byline_under_the_title_wins_over_a_by_menu_item_above_it():
    page = PAGE.replace("Sign in\n", "Sign in\nBy Use Case\n")
    assert extract_page_text(page).metadata.authors == ["Layla Haddad", "Tomas Berg"]


@pytest.mark.parametrize("label", ["Written by", "Posted by:", "Text by", "WRITTEN BY", "Article by"])
def test_a_name_under_a_byline_label_alone_on_its_line_is_the_byline(label):
    header = "By Layla Haddad and Tomas Berg\nPublished 2 May 2024\n"
    page = PAGE.replace(header, f"Published 2 May 2024\n{label}\nLayla Haddad\n")
    assert extract_page_text(page).metadata.authors == ["Layla Haddad"]
    for other in ("Reviewed by", "Author", "Published by"):  # a reviewer, a book's author, a publisher
        credited = PAGE.replace(header, f"Published 2 May 2024\n{other}\nLayla Haddad\n")
        assert extract_page_text(credited).metadata.authors == []


def test_a_line_that_is_only_a_date_under_the_authors_name_and_the_buttons_dates_the_story():
    under = "Mira Sand\nShare\nPrint\nSave\n{}\nRelated\n"
    page = STORY.format(date_line="").replace("Related\n", under.format("14.01.2022 um 09:25"))
    published = extract_page_text(page).metadata.published
    assert (published.value, published.evidence[0].text) == ("2022-01-14T09:25", "14.01.2022 um 09:25")
    teaser = STORY.format(date_line="").replace("Related\n", under.format("14.01.2022 | 3 Kommentare"))
    assert extract_page_text(teaser).metadata.published.value is None


_HEADER = "By Layla Haddad and Tomas Berg\nPublished 2 May 2024\n"


@pytest.mark.parametrize("line", [
    "Published on 2 May 2024 by Layla Haddad",
    "2 May 2024 By Layla Haddad 4 Comments",
    "Last Updated on May 2, 2024 by Layla Haddad · This post may contain affiliate links",
    "Medically reviewed by Tomas Berg — Written by Layla Haddad — Updated on May 2, 2024",
])
def test_a_header_line_under_the_title_names_its_writer_after_by(line):
    page = PAGE.replace(_HEADER, line + "\n")
    assert extract_page_text(page).metadata.authors == ["Layla Haddad"]


def test_by_after_another_word_is_a_credit_not_the_byline():
    page = PAGE.replace(_HEADER, "Published 2 May 2024\nPhoto by Layla Haddad\n")
    assert extract_page_text(page).metadata.authors == []


_BOX = "Layla Haddad\nScience Editor\nLayla is a science editor who has covered the coast for ten years.\n"


def test_an_author_box_closing_the_story_names_its_writer():
    page = PAGE.replace(_HEADER, "Published 2 May 2024\n").replace("Topics:", _BOX + "Topics:")
    assert extract_page_text(page).metadata.authors == ["Layla Haddad"]


def test_a_name_over_a_note_inside_the_text_is_not_an_author_box():
    box = "Harbour Scanner\nHarbour Scanner is a sonar sled the museum built for shallow water.\n"
    page = PAGE.replace(_HEADER, "Published 2 May 2024\n").replace("The wall runs", box + "The wall runs")
    assert extract_page_text(page).metadata.authors == []


GUIDE = """\
Menu
Home
Guides
How to Keep a Sourdough Starter Alive
Contents
What a starter needs to grow
Feeding your starter every day
Keeping a starter in the fridge
A sourdough starter is only flour and water, but the wild yeasts and bacteria living in it need steady care \
to stay lively enough to raise a loaf of bread.
What a starter needs to grow
It needs flour with some whole grain in it, water without too much chlorine and a warm corner of the kitchen \
where the jar will not be knocked over.
Feeding your starter every day
Throw away most of it each morning and stir in fresh flour and water, so the yeasts always have something new \
to eat and the jar never overflows.
Keeping a starter in the fridge
If you bake only at weekends, keep the jar in the fridge and feed it once a week; take it out the day before \
you bake so that it wakes up again.
"""


@pytest.mark.parametrize("url", [None, "https://www.example-kitchen.org/guides/keep-a-sourdough-starter-alive"])
def test_a_table_of_contents_whose_entries_come_back_as_subheads_is_not_the_title(url):
    assert extract_page_text(GUIDE, url).metadata.title == "How to Keep a Sourdough Starter Alive"


def test_a_headline_the_text_repeats_beside_a_line_it_does_not_stays_the_title():
    page = GUIDE.replace("fridge\nIf you", "fridge\nHow to Keep a Sourdough Starter Alive\nIf you")
    assert extract_page_text(page).metadata.title == "How to Keep a Sourdough Starter Alive"


def test_without_a_url_the_headline_whose_words_the_text_goes_on_with_wins_over_a_longer_menu_line():
    page = ("Menu\nGarden Shows Summer Courses Gift Shop\nHome\nSharpening Pruning Shears\nOverview\n"
            "Blunt pruning shears crush stems instead of cutting them, so sharpening the blades each spring keeps "
            "your shrubs healthy and the work easy.\n"
            "Take the shears apart, clean the blades with warm water and rub each edge along a whetstone at the "
            "angle it was ground to.\n")
    assert extract_page_text(page).metadata.title == "Sharpening Pruning Shears"


@pytest.mark.parametrize("role", ["Science Writer", "Senior Contributor", "Editor"])
def test_a_name_over_a_writers_role_under_the_title_is_the_byline(role):
    page = PAGE.replace(_HEADER, f"Layla Haddad\n{role}\nPublished 2 May 2024\n")
    assert extract_page_text(page, URL).metadata.authors == ["Layla Haddad"]
    undated = PAGE.replace(_HEADER, f"Layla Haddad\n{role}\n")
    assert extract_page_text(undated, URL).metadata.authors == ["Layla Haddad"]


def test_a_name_over_a_line_that_is_no_writers_role_is_no_byline_without_a_date():
    page = PAGE.replace(_HEADER, "Layla Haddad\nUnderwater Heritage\n")
    assert extract_page_text(page, URL).metadata.authors == []


def test_a_name_with_its_role_under_a_credits_label_is_the_reviewer_not_the_byline():
    page = PAGE.replace(_HEADER, "Published 2 May 2024\nFact checked by\nTomas Berg\nScience Editor\n")
    assert extract_page_text(page, URL).metadata.authors == []
