"""The flattened page-text line classifier: article kept, every furniture line labelled with its kind."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dateline.clean.lines import BACK_LINK, date_of, printed_dates, read_line, words_beside_date
from dateline.clean.page_text import article_region, extract_page_text, furniture_labels, page_lines

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

RIVER_PAGE = """\
Skip to content
Menu
Home
Regional
Weather
Sport
Subscribe
09:12 GMT 3 May 2024
Regional
Listen · 3:51
Share
Ferry service on the Lendra river resumes after the spring floods
ByAnika Varga and Pieter Holm
Published 2 May 2024
The ferry between Kessel and Marrow crossed the Lendra river on Thursday for the first time since the spring \
floods closed the landing stages in March.
Harbour master Ilse Brandt said the crossing had been tested twice with an empty boat before passengers were \
allowed back on board.
"We waited until the current dropped below two knots," she said. "Nobody wanted to rush it."
The operator said it would run a reduced timetable until the end of the month.
Advertisement
Repairs to the Marrow landing stage cost the district about 40,000 euros, according to a council report \
published last week.
Photo: The Kessel ferry leaves the landing stage on Thursday.
(Regional Ferries / Handout)
Commuters who had driven a 60-kilometre detour for eight weeks welcomed the news, and the first morning \
crossing was full.
Tags: Ferries, Lendra river, Floods, Transport
Related
Kessel council approves flood barrier plan
Spring floods close three river crossings
Newsletter
Get the regional briefing in your inbox every morning
Sign up
Comments (4)
Terms of use
Privacy policy
© 2024 Example Regional Network
"""


@pytest.fixture(scope="module")
def river():
    return extract_page_text(RIVER_PAGE, "https://news.example.org/regional/2024/05/02/ferry-lendra-river-resumes")


def kinds(extracted) -> dict[str, str]:
    return {f.text: f.kind for f in extracted.furniture}


def test_every_article_paragraph_is_kept_and_nothing_else(river):
    text = "\n".join(river.paragraphs)
    assert river.paragraphs[0].startswith("The ferry between Kessel and Marrow")
    assert river.paragraphs[-1].startswith("Commuters who had driven")
    assert '"We waited until the current dropped below two knots,"' in text
    for furniture in ("Advertisement", "Share", "Subscribe", "Ferry service on the Lendra", "Related", "©"):
        assert furniture not in text


def test_the_final_labels_are_the_furniture_the_page_reports():
    lines = page_lines(RIVER_PAGE)
    _, labels, _ = furniture_labels(lines, None)
    reported = [(f.line, f.kind) for f in extract_page_text(RIVER_PAGE).furniture]
    assert [(line.number, label) for line, label in zip(lines, labels) if label is not None] == reported


def test_furniture_lines_are_kept_with_their_line_numbers(river):
    lines = RIVER_PAGE.splitlines()
    for furniture in river.furniture:
        assert lines[furniture.line].strip() == furniture.text
    assert len(river.furniture) + len(river.paragraphs) == len([line for line in lines if line.strip()])


@pytest.mark.parametrize("line, kind", [
    ("09:12 GMT 3 May 2024", "clock"),
    ("Published 2 May 2024", "dateline"),
    ("Listen · 3:51", "widget"),
    ("Share", "widget"),
    ("Regional", "section"),
    ("Weather", "nav"),
    ("Subscribe", "promo"),
    ("Ferry service on the Lendra river resumes after the spring floods", "title"),
    ("ByAnika Varga and Pieter Holm", "byline"),
    ("Advertisement", "promo"),
    ("Photo: The Kessel ferry leaves the landing stage on Thursday.", "caption"),
    ("(Regional Ferries / Handout)", "caption"),
    ("Tags: Ferries, Lendra river, Floods, Transport", "tags"),
    ("Kessel council approves flood barrier plan", "related"),
    ("Get the regional briefing in your inbox every morning", "promo"),
    ("Comments (4)", "comments"),
    ("Terms of use", "footer"),
    ("© 2024 Example Regional Network", "footer"),
])
def test_each_furniture_line_gets_its_kind(river, line, kind):
    assert kinds(river)[line] == kind


def test_a_long_copyright_notice_under_the_article_is_footer_not_article():
    notice = ("Copyright © 2024 Example Regional Network. All rights reserved. Visit our website terms of use "
              "and permissions pages for further information.")
    extracted = extract_page_text(RIVER_PAGE.replace("Tags: Ferries", notice + "\nTags: Ferries"))
    assert notice not in "\n".join(extracted.paragraphs)
    assert [f.kind for f in extracted.furniture if f.text == notice] == ["footer"]


def test_short_lines_inside_the_article_stay_article():
    page = "\n".join([
        "Home", "News", "Sport",
        "The inspector walked the length of the old pier and stopped at the last lamp post before the steps.",
        "He asked the keeper whether the lamp had been lit every night that winter, as the rules required.",
        'The keeper answered, "Every night."',
        "The inspector wrote the answer down and moved on to the next harbour along the coast that afternoon.",
        "Terms of use",
    ])
    extracted = extract_page_text(page)
    assert 'The keeper answered, "Every night."' in extracted.paragraphs


def test_transcript_speaker_lines_stay_article():
    page = "\n".join([
        "Podcasts", "Shows", "Transcript",
        "HOST ANNA REY, BYLINE: The town council met late into the night to settle the question of the bridge.",
        "COUNCILLOR BEN ODA: We cannot close the only road to the school for a whole summer without a plan.",
        "REY: The vote was postponed until the engineers report back in the autumn, the council said.",
        "Copyright © 2024 Example Radio. All rights reserved.",
    ])
    extracted = extract_page_text(page)
    assert len(extracted.paragraphs) == 3
    assert extracted.paragraphs[1].startswith("COUNCILLOR BEN ODA:")


def test_a_line_broken_mid_sentence_is_joined_to_its_continuation():
    page = "\n".join([
        "Menu",
        "The water board said the reservoir above the village was at its lowest level since records began, and it",
        "asked residents to save water until the autumn rains arrive in the hills above the valley.",
        "Engineers will inspect the dam wall next week before deciding whether to lower the spillway gates again.",
        "Privacy policy",
    ])
    extracted = extract_page_text(page)
    assert extracted.paragraphs[0].endswith("and it asked residents to save water until the autumn rains "
                                            "arrive in the hills above the valley.")


def test_the_article_region_is_the_densest_run_of_prose():
    texts = ["Home", "A menu line", "This sentence is long enough to count as a line of article prose here.",
             "Share", "And this second sentence is also long enough to count as article prose here.", "Footer"]
    lines = [read_line(n, t) for n, t in enumerate(texts)]
    assert article_region(lines) == (2, 4)


def test_a_page_without_prose_has_no_article():
    extracted = extract_page_text("Home\nNews\nSport\nTerms of use\n")
    assert extracted.paragraphs == []
    assert {f.kind for f in extracted.furniture} <= {"nav", "footer", "widget", "other", "title"}


@pytest.mark.parametrize("text, iso", [
    ("Published 2 May 2024", "2024-05-02T00:00"),
    ("Nov. 19, 2019", "2019-11-19T00:00"),
    ("March 4, 20249:15 PM ET", "2024-03-04T21:15"),
    ("Friday, November 14, 2025", "2025-11-14T00:00"),
    ("Updated: 2024-03-01 14:05", "2024-03-01T14:05"),
    ("09:12 GMT3 May 2024", "2024-05-03T09:12"),
    ("1:39 am EST, Wednesday, November 20, 2019", "2019-11-20T01:39"),
    ("Lena Vogt 19.10.2019, 05:00 Uhr", "2019-10-19T05:00"),
    ("2.9.2020 klo 12.45", "2020-09-02T12:45"),
    ("2020/07/13 01:10", "2020-07-13T01:10"),
    ("21/05/2020 17h29", "2020-05-21T17:29"),
    ("Aktualisiert am 2. Dez. 2020, 10:00 Uhr", "2020-12-02T10:00"),
    ("Publié le 19 octobre 2019 à 10h00", "2019-10-19T10:00"),
    ("3 de mayo de 2024", "2024-05-03T00:00"),
    ("2020年10月4日 15:05", "2020-10-04T15:05"),
    ("2020. 10. 04. 12:00", "2020-10-04T12:00"),
    ("Mo, 28.09.19, 10:32 Uhr", "2019-09-28T10:32"),
    ("19 Οκτωβρίου 2019", "2019-10-19T00:00"),
    ("19 Ekim 2019", "2019-10-19T00:00"),
    ("15 MAYIS 2023 09:30", "2023-05-15T09:30"),
    ("3 EKİM 2023", "2023-10-03T00:00"),
    ("입력2023.11.02 10:31", "2023-11-02T10:31"),
    ("2. listopadu 2023 10:05", "2023-11-02T10:05"),
    ("Dilluns, Març 23, 2020", "2020-03-23T00:00"),
    ("07 أكتوبر 2020 12:19", "2020-10-07T12:19"),
    ("20 septembrie 2020 16:20", "2020-09-20T16:20"),
    ("8.Dezember 2010 um 09:12", "2010-12-08T09:12"),
    ("01.21.2020 07:00", "2020-01-21T07:00"),
    ("Veröffentlicht am 10. Februar 20199. Februar 2019", "2019-02-10T00:00"),
])
def test_date_lines_are_read(text, iso):
    assert date_of(text).isoformat(timespec="minutes") == iso


def test_a_slashed_date_keeps_both_readings_unless_its_numbers_allow_one():
    either, = printed_dates("Publicado: 06/05/2020")
    assert (either.when.date().isoformat(), either.swapped.date().isoformat(), either.order) == (
        "2020-06-05", "2020-05-06", None)
    assert printed_dates("27/01/2020")[0].order == "day-first"
    assert printed_dates("12/25/2020")[0].order == "month-first"
    assert printed_dates("05/05/2020")[0].swapped is None
    dashed, = printed_dates("Dzisiaj, 02-11-2023 13:29")
    assert (dashed.when.isoformat(timespec="minutes"), dashed.swapped.isoformat(timespec="minutes")) == (
        "2023-02-11T13:29", "2023-11-02T13:29")


def test_each_date_of_a_line_takes_its_own_clock():
    first, second = printed_dates("Mar 16, 2020 at 3:44 AM Updated Mar 16, 2020 at 3:54 AM")
    assert (first.when.isoformat(timespec="minutes"), second.when.isoformat(timespec="minutes")) == (
        "2020-03-16T03:44", "2020-03-16T03:54")


def test_a_two_digit_year_is_read_only_in_a_full_day_first_date():
    assert printed_dates("31.10.23")[0].when.date().isoformat() == "2023-10-31"
    assert printed_dates("26.10.98")[0].when.date().isoformat() == "1998-10-26"
    assert printed_dates("version 1.10.19") == []
    assert printed_dates("10.10.10.1") == []


def test_a_word_that_starts_like_a_month_is_not_one():
    assert date_of("Maybe 3 2020") is None
    assert printed_dates("Marching 3, 2020") == []


def test_a_sentence_with_a_date_is_not_a_date_line():
    assert date_of("The council met on 2 May 2024 to discuss the flood barrier and the new ferry timetable.") is None


@pytest.mark.parametrize("text, extra", [
    ("14.01.2022 um 09:25", 0), ("Published May 3, 2024, 6:01 PM ET", 0), ("13. 1. 2020", 0),
    ("Mira Sand 19.10.2019, 05:00 Uhr", 2), ("14.01.2022 | 3 Kommentare", 1),
])
def test_words_beside_a_date_leave_out_its_time_and_filler(text, extra):
    assert words_beside_date(text) == extra


def test_bundled_example_is_cleaned():
    extracted = extract_page_text((EXAMPLES / "harbour-town.txt").read_text(encoding="utf-8"))
    assert extracted.paragraphs[0].startswith("Government forces said on Thursday")
    assert extracted.metadata.title == "Fighters retake the port town of Qaryat al-Bahr after months of shelling"


def test_readers_comments_are_comments_not_article():
    page = "\n".join([
        "Home", "Local",
        "The library on Mill Street will stay open on Sundays from next month, the town council decided on Monday.",
        "Librarian Rosa Pell said the extra day had been the most requested change in the readers' survey.",
        "Click to share on Facebook (Opens in new window)",
        "12 responses to “Library to open on Sundays”",
        "quietreader says:",
        "About time, the Sunday opening was the one thing this town was missing for years and years now.",
        "marketwatcher says:",
        "Who is going to pay for the extra staff, the council has not said a word about the cost of it all.",
        "Privacy policy",
    ])
    extracted = extract_page_text(page)
    assert [p[:11] for p in extracted.paragraphs] == ["The library", "Librarian R"]
    found = kinds(extracted)
    assert found["12 responses to “Library to open on Sundays”"] == "comments"
    assert found["quietreader says:"] == "comments"
    assert found["Who is going to pay for the extra staff, the council has not said a word about the cost of it all."] \
        == "comments"
    assert found["Click to share on Facebook (Opens in new window)"] == "widget"


def test_a_list_of_headlines_with_blurbs_is_a_teaser_run():
    from dateline.clean.line_model import teaser_runs

    page = [
        "Harbour reopens after the storm",
        "Boats returned to the Kessel harbour on Monday after a week of closures along the coast.",
        "Council votes on new tram line",
        "The vote on the eastern extension was delayed twice before councillors agreed to the plan.",
        "2 hours ago",
        "Library opens late on Fridays",
        "Readers will be able to borrow books until ten in the evening from next month onwards.",
        "The ferry operator said the timetable would return to normal in June, after the repairs.",
    ]
    runs = teaser_runs([read_line(n, text) for n, text in enumerate(page)])
    assert runs == [3, 3, 3, 3, 0, 3, 3, 0]


def test_unspaced_japanese_prose_counts_its_words_and_ends_as_a_sentence():
    line = read_line(0, "港町の図書館は来月から日曜日も開館すると、町議会が月曜日に決めました。")
    assert line.words >= 16
    assert line.sentence and line.prose


def test_a_japanese_article_is_found_between_menus():
    page = "\n".join(["ホーム", "ニュース", "港町の図書館",
                      "港町の図書館は来月から日曜日も開館すると、町議会が月曜日に決めました。",
                      "図書館長のローザ・ペルさんは、日曜日の開館が利用者アンケートで最も多い要望だったと話しました。",
                      "お問い合わせ"])
    extracted = extract_page_text(page)
    assert [p[:5] for p in extracted.paragraphs] == ["港町の図書", "図書館長の"]


def test_a_cookie_notice_is_furniture_however_long():
    notice = ("This website uses cookies to improve your experience while you navigate through the website, "
              "and some of them are stored in your browser as they are necessary for the site to work.")
    page = "\n".join([
        "Home",
        "The library on Mill Street will stay open on Sundays from next month, the town council decided on Monday.",
        "Librarian Rosa Pell said the extra day had been the most requested change in the readers' survey.",
        "Privacy Overview", notice, "Necessary cookies are absolutely essential for the website to function.", notice,
    ])
    extracted = extract_page_text(page)
    assert [p[:11] for p in extracted.paragraphs] == ["The library", "Librarian R"]
    assert kinds(extracted)[notice] == "footer"


@pytest.mark.parametrize("text, byline", [
    ("ByNina Pineda", True), ("Por Juan Ortega", True), ("Portion sizes: 1 cup, 2 tbsp", False),
    ("Byron Bay", False),
])
def test_a_byline_glued_to_its_name_needs_a_capital_after_by(text, byline):
    assert (read_line(0, text).hint == "byline") is byline


def test_a_long_comment_thread_does_not_outweigh_a_short_article_above_it():
    comment = ("I have lived on this street for thirty years and the Sunday opening is the best news the council "
               "has given us in a very long time, although I do wonder who is going to pay for the extra staff.")
    page = "\n".join([
        "Home",
        "Library to open on Sundays",
        "The library on Mill Street will stay open on Sundays from next month, the town council decided on "
        "Monday after a survey of readers.",
        "Comments",
        "Ann Lee on May 2, 2024 at 4:47 pm said:", comment, comment,
        "Tom Reyes on May 3, 2024 at 9:10 am said:", comment, comment, comment,
    ])
    extracted = extract_page_text(page)
    assert [p[:11] for p in extracted.paragraphs] == ["The library"]
    assert kinds(extracted)["Tom Reyes on May 3, 2024 at 9:10 am said:"] == "comments"


def test_headlines_glued_to_their_blurbs_do_not_pull_the_region_away_from_the_article():
    teasers = [f"{head}Boats returned to the Kessel harbour on Monday after a week of closures along the coast, "
               "the port authority said in a statement." for head in
               ("Harbour Reopens After The Storm", "Ferry Timetable Back To Normal", "Fishing Fleet Returns Home",
                "Coast Road Opens Again")]
    texts = ["Home", *teasers, "Library to open on Sundays", "May 2, 2024",
             "The library on Mill Street will stay open on Sundays from next month, the town council decided.",
             "Librarian Rosa Pell said the extra day had been the most requested change in the readers' survey.",
             "Privacy policy"]
    assert article_region([read_line(n, t) for n, t in enumerate(texts)]) == (7, 8)


def test_a_list_of_dated_teasers_under_the_article_does_not_join_it():
    blurb = ("Residents of the old quarter gathered on the quay on Tuesday evening to hear the plans for the new "
             "sea wall, which the council says will be finished before the winter storms arrive.")
    teasers = [line for n in range(1, 5) for line in (f"Sea wall plans shown to residents, part {n}", "Ada Moss",
                                                      f"Tuesday November {n + 10}, 2024", blurb)]
    texts = ["Home", "Library to open on Sundays", "May 2, 2024",
             "The library on Mill Street will stay open on Sundays from next month, the town council decided.",
             "Librarian Rosa Pell said the extra day had been the most requested change in the readers' survey.",
             "More from the Courier", *teasers]
    assert article_region([read_line(n, t) for n, t in enumerate(texts)]) == (3, 4)


def test_comments_stamped_with_relative_times_do_not_outweigh_the_article():
    comment = ("I think we will see the same change on the smaller model next spring, and honestly the thicker "
               "case is a fair price for a keyboard that does not break every second year of use.")
    thread = [line for n in range(1, 5) for line in (f"reader{n}", f"{n} days ago at 07:5{n} am", comment, comment)]
    texts = ["Home", "Keyboard change expected next year", "May 2, 2024",
             "The smaller laptop will get the new keyboard in the first half of next year, the supplier report says, "
             "after the larger model got it this autumn.",
             "[ 42 comments ]", *thread]
    assert article_region([read_line(n, t) for n, t in enumerate(texts)]) == (3, 3)


def test_a_huge_line_full_of_cookie_words_is_read_in_linear_time():
    """CPU time, not wall-clock: other jobs on a busy machine must not fail it (a quadratic reading takes seconds)."""
    import time

    started = time.process_time()
    read_line(0, "cookie " * 20_000)
    assert time.process_time() - started < 0.5


def test_blurbs_cut_short_with_a_bracketed_ellipsis_are_teasers_not_prose():
    blurb = "Sometimes readers ask us why the harbour office moved to the old customs house on the quay, and […]"
    texts = ["Home", "The library on Mill Street will stay open on Sundays from next month, the council decided.",
             "Author's column", *[line for n in range(4) for line in (f"Harbour notes {n}", blurb)]]
    assert article_region([read_line(n, t) for n, t in enumerate(texts)]) == (1, 1)


QUAY_PAGE = """\
Sunday, 14 September 2025 | 10:42
Radio Quayside Live
Listen live
Home
Region
Economy
Coast
Copy short link
The Pellan Bay fishing cooperative took delivery of its first electric boat on Saturday, a ten-metre trawler \
built at the Maren yard and paid for partly by a regional grant.
The boat can stay at sea for about nine hours on one charge, enough for the cooperative's shorter inshore \
trips, its chairman Oskar Lindqvist said at the handover.
"Diesel costs have doubled in three years and our members were asking what comes next," he said.
The regional council covered 40 percent of the cost. The remaining money came from a loan the cooperative's \
31 members guaranteed together.
Two more boats of the same design are due by next spring if the first one performs well through the autumn.
Join our Signal channel and get the day's Coast news on your phone every evening.
Harbour fees rise for the first time in a decade
Maren yard hires forty apprentices for the winter
Storm warning closes Pellan ferry for two days
Fish prices fall at the Vesby auction
Coastal path reopens after landslide repairs
fishing, Pellan Bay, electric boats, cooperatives, Maren yard, inshore fleet, regional grants, Vesby auction, \
coastal jobs, boat design
Our community rules: comments are moderated, and posts that insult other readers or stray off topic are removed.
© 2025 Quayside Media
"""
"""A page with no headline: a clock, a radio player, a short-link widget, a newsletter promo right under the
last paragraph, five related headlines, a long tag line and the comment rules (fictional)."""
QUAY_URL = "https://quayside.example/coast/2025/09/14/pellan-bay-electric-boat"
COMMUNITY_RULES = next(line + "\n" for line in QUAY_PAGE.splitlines() if line.startswith("Our community rules"))
"""The quay page's comment-rules line, which tests replace with the box they put under the related headlines."""


@pytest.fixture(scope="module")
def quay():
    return extract_page_text(QUAY_PAGE, QUAY_URL)


def test_a_promo_right_under_the_last_paragraph_is_kept_out_of_the_text(quay):
    assert quay.paragraphs[-1].startswith("Two more boats of the same design")
    assert kinds(quay)["Join our Signal channel and get the day's Coast news on your phone every evening."] == "promo"


def test_a_run_of_headlines_after_the_article_is_related(quay):
    headlines = QUAY_PAGE.splitlines()[14:19]
    assert [kinds(quay)[line] for line in headlines] == ["related"] * 5
    assert [related.title for related in quay.metadata.related] == headlines


def test_a_line_of_comma_separated_phrases_is_the_tag_line(quay):
    assert quay.metadata.tags[:3] == ["fishing", "Pellan Bay", "electric boats"]
    assert "fishing, Pellan Bay" not in "\n".join(quay.paragraphs)


def test_comment_rules_are_comments_however_long(quay):
    line = next(line for line in QUAY_PAGE.splitlines() if line.startswith("Our community rules"))
    assert kinds(quay)[line] == "comments"


@pytest.mark.parametrize("line", ["Copy short link", "Listen live", "Short URL", "Permalink"])
def test_share_and_tool_labels_are_widgets(line):
    assert read_line(0, line).hint == "widget"


def test_a_page_without_a_headline_has_no_title_and_says_why(quay):
    assert quay.metadata.title is None
    assert "headline" in quay.metadata.reasons["title"]
    assert "Radio Quayside Live" not in [f.text for f in quay.furniture if f.kind == "title"]


@pytest.mark.parametrize("line", [
    "He bought flour, sugar, eggs, milk and butter at the market before noon on the day of the fair",
    "Ingredients: flour, sugar, eggs, salt.",
])
def test_a_list_in_prose_is_not_a_tag_line(line):
    from dateline.clean.lines import tag_list

    assert not tag_list(line)


def test_subheads_with_prose_between_them_after_the_region_are_not_related():
    page = "\n".join([
        "Home", "Guides",
        "Planning a coastal walk takes less time than most people think, if you start with the tide tables.",
        "Most of the route follows the cliff path, which the park service keeps clear from April to October.",
        "Check the tide tables",
        "High water covers the lower path twice a day.",
        "Pack for wind",
        "Even in August the wind off the headland is cold.",
        "Tell someone your route",
        "Phone signal drops out between the two bays.",
        "Terms of use",
    ])
    labels = kinds(extract_page_text(page))
    assert "related" not in [labels.get(line) for line in ("Check the tide tables", "Pack for wind")]


def test_the_pitch_under_a_promo_line_outside_the_article_is_promo(river):
    assert kinds(river)["Get the regional briefing in your inbox every morning"] == "promo"
    page = RIVER_PAGE.replace("Get the regional briefing in your inbox every morning",
                              "Keep up with the Lendra valley every morning")
    assert kinds(extract_page_text(page))["Keep up with the Lendra valley every morning"] == "promo"


def test_headlines_right_after_the_article_with_no_furniture_between_are_not_related():
    page = QUAY_PAGE.replace("Join our Signal channel and get the day's Coast news on your phone every evening.\n", "")
    labels = kinds(extract_page_text(page, QUAY_URL))
    assert labels.get("Harbour fees rise for the first time in a decade") != "related"


@pytest.mark.parametrize("line", ["Filed to: Ferries", "Labels: harbour, river transport", "Tagged with: floods",
                                  "Category: Regional"])
def test_a_labelled_tag_line_is_tags(line):
    assert read_line(0, line).hint == "tags"


@pytest.mark.parametrize("line", ["Topicsharbourferries", "Topics conceptPellan BayVesby", "tags #Ferries #Vesby"])
def test_a_tag_heading_glued_to_its_tags_is_tags(line):
    assert read_line(0, line).hint == "tags"


@pytest.mark.parametrize("line", ["Topics we will cover next week", "Topical questions for the council",
                                  "Tagsüber bleibt die Fähre in Vesby", "TopicsFerries are back in service."])
def test_a_line_opening_with_the_word_topics_is_not_a_tag_line(line):
    assert read_line(0, line).hint != "tags"


def test_a_glued_tag_line_under_the_story_fills_the_tags():
    line = "Topics fishingPellan BayElectric boats"
    page = re.sub(r"^fishing, Pellan Bay.*$", line, QUAY_PAGE, flags=re.MULTILINE)
    extracted = extract_page_text(page, QUAY_URL)
    assert kinds(extracted)[line] == "tags"
    assert extracted.metadata.tags == ["fishing", "Pellan Bay", "Electric boats"]


def test_menu_items_under_a_promo_line_are_not_its_pitch():
    page = RIVER_PAGE.replace("Subscribe\n09:12", "Subscribe\nDigital edition\nContact Us Today\n09:12")
    labels = kinds(extract_page_text(page))
    assert labels["Digital edition"] != "promo" and labels["Contact Us Today"] != "promo"


@pytest.mark.parametrize("line", ["Related Posts", "related blog posts", "More articles", "Similar articles",
                                  "You may also like these stories", "Up next in Coast",
                                  "Explore related articles", "Read more articles", "People also read",
                                  "What other sailors are reading"])
def test_headings_of_other_stories_are_related_headings(line):
    assert read_line(0, line).hint == "related"


@pytest.mark.parametrize("line", ["Lees ook", "Czytaj także:", "Читайте также", "Baca juga", "Berita terkait",
                                  "関連記事", "相关阅读", "관련기사", "اقرأ أيضا"])
def test_related_headings_in_other_languages_are_related_headings(line):
    assert read_line(0, line).hint == "related"


def test_a_sentence_opening_with_a_related_heading_abroad_is_not_one():
    assert read_line(0, "Baca juga laporan lengkap kami tentang banjir di Jakarta minggu lalu.").hint != "related"


@pytest.mark.parametrize("line", ["Related topics", "Related tags", "Read more", "More people also read the news."])
def test_topic_headings_links_and_sentences_are_not_related_headings(line):
    assert read_line(0, line).hint != "related"


TEASERS_PAGE = QUAY_PAGE.replace(
    "Harbour fees rise for the first time in a decade\n",
    "Related posts\nHarbour\n4 min read\nHarbour fees rise for the first time in a decade\nIna Berg\n"
    "12 September 2025\nRead more\n").replace(
    "© 2025 Quayside Media", "Home\nAbout\nContact\nArchive\nQuayside Media, 4 Harbour Street, Vesby.\n"
    "© 2025 Quayside Media")
"""The Quay page with a related box of teasers (a section chip, a reading time, an author, a date, a link) and
a menu after the comment rules (fictional)."""


def test_a_related_teasers_author_chip_reading_time_and_link_are_related():
    labels = kinds(extract_page_text(TEASERS_PAGE, QUAY_URL))
    for line in ("Related posts", "Harbour", "4 min read", "Ina Berg", "12 September 2025", "Read more"):
        assert labels[line] == "related", line


def test_a_menu_under_a_related_box_is_not_related():
    page = TEASERS_PAGE.replace(COMMUNITY_RULES, "")
    labels = kinds(extract_page_text(page, QUAY_URL))
    assert [labels[line] for line in ("About", "Contact", "Archive")] == ["nav"] * 3
    assert labels["Quayside Media, 4 Harbour Street, Vesby."] != "related"


@pytest.mark.parametrize("line", ["Related tags:", "Article tags", "Trending tags", "Top tags:", "Теги", "Mots-clés :",
                                  "Schlagwörter", "Tagi:", "Topik", "タグ：", "标签"])
def test_headings_of_tag_lists_are_tags(line):
    assert read_line(0, line).hint == "tags"


@pytest.mark.parametrize("line", ["Kommentare", "3 Comentários", "Commentaires (2)", "Комментарии", "コメント", "评论"])
def test_comment_headings_in_other_languages_are_comments(line):
    assert read_line(0, line).hint == "comments"


@pytest.mark.parametrize("line", ["Kommentar", "Commenting on the vote, the minister said little."])
def test_an_opinion_columns_label_or_a_sentence_is_no_comment_heading(line):
    assert read_line(0, line).hint != "comments"


@pytest.mark.parametrize("line", ["Newsletter abonnieren", "Abonnez-vous", "Suscríbete", "Подписка на рассылку",
                                  "Berlangganan", "ニュースレター登録", "订阅"])
def test_sign_up_offers_in_other_languages_are_promo(line):
    assert read_line(0, line).hint == "promo"


def test_a_comment_thread_abroad_ends_at_the_sign_up_box_under_it():
    page = RIVER_PAGE.replace("Comments (4)\n", "Kommentare\nMarta Kovac\nSchöner Artikel!\nNewsletter abonnieren\n"
                              "Jeden Morgen die Nachrichten der Region\n")
    labels = kinds(extract_page_text(page))
    assert labels["Marta Kovac"] == "comments"
    assert labels["Newsletter abonnieren"] == "promo"


@pytest.mark.parametrize("line", [
    "Categories Coast, Weather, Transport Tags harbour fees, river crossings, Pellan Bay, ferry timetables,"
    " spring floods, Lendra river, Kessel landing stage, Marrow landing stage, council budget, flood barriers",
    "Posted byIna BergMay 2, 2024Posted inHarbourTags:ferries, floods, Vesby"])
def test_a_meta_line_ending_with_the_posts_tags_is_a_tag_line(line):
    assert read_line(0, line).hint == "tags"


@pytest.mark.parametrize("line", ["Ferry crews use tags: red, amber and green.", "Tags help readers find stories"])
def test_a_sentence_about_tags_is_no_tag_line(line):
    assert read_line(0, line).hint != "tags"


@pytest.mark.parametrize("line", ["Popular topics", "Browse topics", "All topics"])
def test_a_menu_of_the_sites_topics_is_not_a_tag_heading(line):
    assert read_line(0, line).hint != "tags"


def test_a_tag_list_ends_at_a_line_without_letters():
    page = QUAY_PAGE.replace("fishing, Pellan Bay, electric boats",
                             "Tags\nfishing\nPellan Bay\n0\nShares\nelectric boats")
    labels = kinds(extract_page_text(page, QUAY_URL))
    assert labels["Pellan Bay"] == "tags"
    assert labels["Shares"] != "tags"


@pytest.mark.parametrize("line", ["Buffer", "Tumblr", "Pin it", "Copied!", "858shares", "1.6K Shares"])
def test_share_targets_and_share_counts_are_widgets(line):
    assert read_line(0, line).hint == "widget"


@pytest.mark.parametrize("line", ["Pocket money rules", "Pin code required"])
def test_a_phrase_opening_with_a_share_targets_name_is_not_a_widget(line):
    assert read_line(0, line).hint != "widget"


@pytest.mark.parametrize("line", ["Email *", "Email (required)", "Email Address", "Your email address", "Name *"])
def test_a_form_fields_label_is_not_a_share_button(line):
    assert read_line(0, line).hint is None


def test_a_bare_email_is_the_share_button():
    assert read_line(0, "Email").hint == "widget"


def test_the_sign_up_forms_fields_under_a_promo_line_are_promo(river):
    page = RIVER_PAGE.replace("Get the regional briefing in your inbox every morning",
                              "Get the regional briefing in your inbox every morning\nFirst name\nEmail address *")
    labels = kinds(extract_page_text(page))
    assert labels["First name"] == labels["Email address *"] == "promo"


def test_a_bare_email_under_a_promo_line_is_the_sign_up_forms_field():
    page = RIVER_PAGE.replace("Sign up\n", "Sign up\nEmail\n")
    assert kinds(extract_page_text(page))["Email"] == "promo"


def test_a_bare_email_under_a_promo_line_with_share_buttons_after_it_is_a_share_button():
    page = RIVER_PAGE.replace("Get the regional briefing in your inbox every morning\nSign up",
                              "Get the regional briefing in your inbox every morning\nSign up\nEmail\nFacebook")
    assert kinds(extract_page_text(page))["Email"] == "widget"


def test_a_field_marked_required_under_a_promo_line_is_the_sign_up_forms():
    page = RIVER_PAGE.replace("Sign up\n", "Sign up\nEmail address *\nCountry*\nJob title *\n")
    labels = kinds(extract_page_text(page))
    assert labels["Country*"] == labels["Job title *"] == "promo"


@pytest.mark.parametrize("control", ["Submit", "No thanks", "Thanks!", "Form loading…", "This field is required", "Δ"])
def test_a_forms_button_and_messages_under_a_promo_line_are_promo(control):
    page = RIVER_PAGE.replace("Sign up\n", f"Sign up\nEmail address *\n{control}\n")
    assert kinds(extract_page_text(page))[control] == "promo"


def test_a_button_under_a_menu_item_is_not_a_sign_up_forms():
    page = RIVER_PAGE.replace("Privacy policy\n", "Privacy policy\nContact\nSubmit\n")
    assert kinds(extract_page_text(page)).get("Submit") != "promo"


@pytest.mark.parametrize("line", ["I have read and understood the privacy policy.",
                                  "I agree to the processing of my email as per the Privacy Notice.",
                                  "Your data will be processed in accordance with our Privacy Policy."])
def test_a_forms_consent_box_away_from_comments_is_promo(line):
    page = RIVER_PAGE.replace("Privacy policy\n", f"Privacy policy\nContact\nAbout us\n{line}\nCareers\n")
    assert kinds(extract_page_text(page))[line] == "promo"


def test_the_comment_forms_box_for_new_posts_is_promo_and_its_box_for_replies_is_not():
    page = RIVER_PAGE.replace("Comments (4)\n", "Leave a Reply\nNotify me of follow-up comments by email.\n"
                              "Notify me of new posts by email.\nPost Comment\n")
    labels = kinds(extract_page_text(page))
    assert labels["Notify me of new posts by email."] == "promo"
    assert labels["Notify me of follow-up comments by email."] != "promo"


def test_a_consent_box_in_the_comment_form_is_not_promo():
    line = "I agree to the terms and the privacy policy"
    page = RIVER_PAGE.replace("Comments (4)\n", f"Leave a Reply\n{line}\n")
    assert kinds(extract_page_text(page)).get(line) != "promo"


def test_a_line_without_letters_belongs_to_the_box_around_it():
    page = QUAY_PAGE.replace("Copy short link", "Copy short link\n0").replace(
        "fishing, Pellan Bay, electric boats", "Tags\nfishing\n,\nPellan Bay\n,\nelectric boats")
    labels = kinds(extract_page_text(page, QUAY_URL))
    assert labels["0"] == "widget"
    assert labels[","] == "tags"


@pytest.mark.parametrize("line", ["Leave a Reply Cancel reply", "Deixe uma resposta",
                                  "Your email address will not be published. Required fields are marked *",
                                  "Write a Comment...",
                                  "Save my name, email, and website in this browser for the next time I comment.",
                                  "This site uses Akismet to reduce spam. Learn how your comment data is processed."])
def test_a_comment_forms_heading_and_notice_are_comments(line):
    assert read_line(0, line).hint == "comments"


def test_a_comment_form_ends_the_related_box_above_it_and_opens_no_thread():
    page = TEASERS_PAGE.replace(COMMUNITY_RULES,
                                "Leave a Reply\nQuayside Media, 4 Harbour Street.\n")
    labels = kinds(extract_page_text(page, QUAY_URL))
    assert labels["Leave a Reply"] == "comments"
    assert labels["Quayside Media, 4 Harbour Street."] not in ("related", "comments")


@pytest.mark.parametrize("line", ["Thanks for signing up!", "You have successfully subscribed.",
                                  "Join our mailing list", "Sign-up for recipes to your inbox", "* indicates required",
                                  "This field is for validation purposes and should be left unchanged."])
def test_a_sign_up_offer_and_its_forms_messages_are_promo(line):
    assert read_line(0, line).hint == "promo"


@pytest.mark.parametrize("line", ["By subscribing you agree to our Privacy Policy",
                                  "By signing up, you agree to the Ledger's terms and its privacy notice.",
                                  "By clicking Subscribe you consent to Quayside Media processing your address"])
def test_a_sign_up_forms_terms_are_promo_not_a_byline(line):
    assert read_line(0, line).hint == "promo"


@pytest.mark.parametrize("line", ["Stay up to date with the Ledger.", "Never miss another tide table",
                                  "Be the first to know about new ferry routes.", "Get news alerts"])
def test_an_offer_to_keep_the_reader_informed_is_promo(line):
    assert read_line(0, line).hint == "promo"


@pytest.mark.parametrize("line", ["Sign up for the latest harbour news and tide tables, delivered every Friday.",
                                  "Enter your email below to receive Ledger news, updates and offers:"])
def test_a_line_opening_by_asking_the_reader_to_sign_up_is_promo_however_it_goes_on(line):
    assert read_line(0, line).hint == "promo"


def test_a_sentence_saying_that_people_signed_up_is_no_sign_up_offer():
    assert read_line(0, "Signups for the ferry pass opened on Monday, the operator said.").hint is None


@pytest.mark.parametrize("line", ["Stay Informed", "Stay Connected", "Keep up with the Joneses: A Review"])
def test_a_menu_item_or_headline_in_title_case_is_no_offer_to_keep_informed(line):
    assert read_line(0, line).hint != "promo"


def test_menu_items_between_two_lines_of_a_promo_box_belong_to_it(river):
    page = RIVER_PAGE.replace("Get the regional briefing in your inbox every morning\nSign up",
                              "Get the regional briefing in your inbox every morning\nMobile apps\nNo thanks\nSign up")
    labels = kinds(extract_page_text(page))
    assert labels["Mobile apps"] == labels["No thanks"] == "promo"
    assert labels["Terms of use"] != "promo"


def test_a_comments_date_between_two_comment_lines_is_comments_but_a_share_button_is_not():
    page = RIVER_PAGE.replace("Comments (4)", "Comments (4)\nMarta Kovac\n3 May 2024\nTweet\nReply")
    labels = kinds(extract_page_text(page))
    assert labels["3 May 2024"] == "comments"
    assert labels["Tweet"] == "widget"


def test_a_subhead_opening_with_a_share_targets_name_stays_article_but_a_button_over_a_paragraph_does_not():
    page = RIVER_PAGE.replace(
        "Advertisement\n",
        "Facebook: where commuters found the timetable\n"
        "Most passengers learned of the new timetable from the operator's page, which posted it a day early.\n"
        "Listen to this article\n")
    extracted = extract_page_text(page)
    assert "Facebook: where commuters found the timetable" in extracted.paragraphs
    assert kinds(extracted)["Listen to this article"] == "widget"


def test_a_sign_up_sentence_under_a_related_box_is_promo_and_ends_the_box():
    page = TEASERS_PAGE.replace(COMMUNITY_RULES,
                                "Don't miss a tide. Sign up for our daily email.\nYour harbour guide\n")
    labels = kinds(extract_page_text(page, QUAY_URL))
    assert labels["Don't miss a tide. Sign up for our daily email."] == "promo"
    assert labels["Your harbour guide"] != "related"


@pytest.mark.parametrize("line", ["Share on Facebook Tweet on Twitter Share on LinkedIn Pin on Pinterest",
                                  "Post Tweet Email", "Share on X (Twitter) Share on Facebook Share on WhatsApp"])
def test_a_row_of_share_buttons_is_a_widget_however_long(line):
    assert read_line(0, line).hint == "widget"


@pytest.mark.parametrize("line", ["FacebookXRedditLinkedInWhatsAppEmail", "Share to LinkedInLinkedInShare to MoreMore",
                                  "Facebook0 Twitter Pinterest0 0 Likes"])
def test_a_row_of_share_buttons_glued_or_with_share_counts_is_a_widget(line):
    assert read_line(0, line).hint == "widget"


@pytest.mark.parametrize("line", ["Pinto onto X", "Linked In"])
def test_words_that_only_spell_share_words_are_no_share_bar(line):
    assert read_line(0, line).hint != "widget"


@pytest.mark.parametrize("line", ["Link copied!", "The link has been copied to clipboard!", "Copied to clipboard",
                                  "Click to email a link to a friend (Opens in new window) Email"])
def test_a_copy_buttons_confirmation_and_a_share_button_with_its_new_window_note_are_widgets(line):
    assert read_line(0, line).hint == "widget"


def test_a_line_about_a_copied_link_is_not_a_copy_confirmation():
    assert read_line(0, "Link copied to the regional budget").hint is None


@pytest.mark.parametrize("line", ["Facebook and Twitter changed their rules", "Email the editor"])
def test_a_phrase_naming_share_services_among_other_words_is_no_share_bar(line):
    from dateline.clean.lines import share_bar

    assert not share_bar(line)


def test_a_promo_button_repeated_from_the_menu_inside_the_article_is_promo_not_text():
    page = RIVER_PAGE.replace("Advertisement\n", "Subscribe\n")
    extracted = extract_page_text(page)
    assert "Subscribe" not in extracted.paragraphs
    assert [f.kind for f in extracted.furniture if f.text == "Subscribe"] == ["promo", "promo"]


@pytest.mark.parametrize("line", ["Want more ferry news? Join the Lendra Weekly newsletter.",
                                  "Stay up to date with the valley. Subscribe to our newsletter."])
def test_a_call_to_follow_in_the_second_sentence_of_a_line_is_promo(line):
    assert read_line(0, line).hint == "promo"


def test_a_sentence_that_only_mentions_a_newsletter_is_not_a_call_to_follow():
    line = "The council said its newsletter would carry the timetable. Crossings resume today."
    assert read_line(0, line).hint is None


ORCHARD_PAGE = """\
Home
Gardens
Weather
Apple growers on the Lenne plateau turn to hail nets after a second ruined harvest
By Mara Quist
4 June 2025
Hail destroyed nearly half of the apple harvest on the Lenne plateau last summer, the second loss in three \
years, and growers are now stretching hail nets over their orchards before the storms return.
The nets cost about 30,000 euros a hectare, and the growers' cooperative has asked the region to cover a \
third of that, as it did for the frost candles bought after the spring of 2021.
"Without hail nets we would not insure a single orchard any more," said Jonas Helm, who grows apples and \
pears on eleven hectares near Ostry.
The cooperative says its members lost more in two summers of hail than in the ten years before them, and \
that insurers have raised their premiums for every orchard on the Lenne plateau.
Growers who already use the nets report smaller apples in cool summers, but the cooperative expects the \
region to pay for most new nets before the next harvest.
hail nets
apples
cooperative
Lenne plateau
Mara Quist
Share
About us
Shop
Contact
"""
"""A story whose topics stand one a line under its last paragraph, with no heading (fictional)."""


def test_a_column_of_the_storys_topics_after_the_article_is_tags():
    page = extract_page_text(ORCHARD_PAGE)
    labels = kinds(page)
    assert [labels[line] for line in ("hail nets", "apples", "cooperative", "Lenne plateau")] == ["tags"] * 4
    assert page.metadata.tags[:4] == ["hail nets", "apples", "cooperative", "Lenne plateau"]
    assert labels["Mara Quist"] != "tags"  # after the last topic: the author, named in no sentence
    assert labels["About us"] != "tags" and labels["Shop"] != "tags"


def test_a_column_of_things_the_story_names_once_is_not_tags():
    page = ORCHARD_PAGE.replace("apples\ncooperative\n", "frost candles\ninsurers\n")
    labels = kinds(extract_page_text(page))
    assert labels["frost candles"] != "tags" and labels["hail nets"] != "tags"


def test_an_address_a_cdn_hid_from_scrapers_is_a_widget_and_a_sentence_naming_one_is_not():
    assert read_line(0, "[email protected]").hint == "widget"
    assert read_line(0, "Write to [email protected] with your tips").hint is None


@pytest.mark.parametrize("line", ["News Expand/collapse submenu for News", "Show submenu for About",
                                  "Membership submenu"])
def test_a_menu_item_with_its_toggles_label_for_screen_readers_is_nav(line):
    assert read_line(0, line).hint == "nav"


def test_a_menu_on_the_harbour_is_no_screen_reader_toggle():
    assert read_line(0, "The menu at the harbour cafe changes every week").hint is None


IMPRINT = "Managing Editor and Publisher : Ina Berg\nAddress : 4 Harbour Street, Vesby 1000\nPhone: +47 555 01 234\n"
"""A site's imprint (fictional)."""


def test_the_sites_imprint_under_a_related_box_is_footer_not_related():
    labels = kinds(extract_page_text(TEASERS_PAGE.replace(COMMUNITY_RULES, IMPRINT), QUAY_URL))
    assert labels["Harbour fees rise for the first time in a decade"] == "related"
    for line in IMPRINT.splitlines():
        assert labels[line] == "footer", line


def test_an_editors_note_after_the_article_is_no_imprint():
    note = "Editor's note: the ferry timetable was corrected on Monday"
    labels = kinds(extract_page_text(TEASERS_PAGE.replace(COMMUNITY_RULES, note + "\n"), QUAY_URL))
    assert labels[note] != "footer"


PRICING = "Group plans\nSavings start at 25%!\nRequest a quote\nSave 15%\n"
"""A subscription box's pricing lines (fictional)."""


def test_a_pricing_boxs_discounts_and_quote_button_are_promo_not_related_headlines():
    page = QUAY_PAGE.replace("Harbour fees rise", PRICING + "Harbour fees rise")
    labels = kinds(extract_page_text(page, QUAY_URL))
    for line in ("Savings start at 25%!", "Request a quote", "Save 15%"):
        assert labels[line] == "promo", line
    assert labels["Maren yard hires forty apprentices for the winter"] == "related"


@pytest.mark.parametrize("line", ["1.4K Facebook", "0 Reddit", "Pin it 0", "Shares", "Total shares"])
def test_a_share_button_with_its_count_is_a_widget(line):
    assert read_line(0, line).hint == "widget"


@pytest.mark.parametrize("line", ["1x", "2 Threads of the harbour story", "25 Emails"])
def test_a_count_beside_other_words_is_no_share_button(line):
    assert read_line(0, line).hint != "widget"


def test_a_call_to_join_a_crowd_under_the_page_is_promo():
    call = "Join 12,000+ harbour masters reading our weekly briefing."
    labels = kinds(extract_page_text(RIVER_PAGE + call + "\n"))
    assert labels[call] == "promo"


def test_a_call_to_join_with_no_crowd_counted_is_no_sign_up_pitch():
    call = "Join the ferry crew at the harbour festival on Sunday afternoon"
    labels = kinds(extract_page_text(RIVER_PAGE + call + "\n"))
    assert labels[call] != "promo"


def test_the_sites_imprint_under_a_related_box_is_no_related_headline():
    metadata = extract_page_text(TEASERS_PAGE.replace(COMMUNITY_RULES, IMPRINT), QUAY_URL).metadata
    titles = [related.title for related in metadata.related]
    assert "Harbour fees rise for the first time in a decade" in titles
    assert not any(line in titles for line in IMPRINT.splitlines())


@pytest.mark.parametrize("line", ["Back to Gallery", "← Back to blog", "Back to posts", "Back to Main Menu"])
def test_a_link_back_to_a_place_of_the_site_is_a_back_link(line):
    assert BACK_LINK.match(line)


@pytest.mark.parametrize("line", ["Back to school", "Back to the harbour at dawn", "Back to the list, she said."])
def test_a_phrase_that_goes_back_somewhere_else_is_no_back_link(line):
    assert not BACK_LINK.match(line)


def test_a_link_back_to_the_gallery_inside_the_story_stays_out_of_the_text():
    page = QUAY_PAGE.replace("regional grant.\n", "regional grant.\nBack to Gallery\n")
    extracted = extract_page_text(page, QUAY_URL)
    assert kinds(extracted)["Back to Gallery"] == "nav"
    assert not any("Back to Gallery" in paragraph for paragraph in extracted.paragraphs)


class _KeepEverything:
    """A line model that keeps every line it is asked about as article text."""

    threshold = 0.5

    def probabilities(self, rows):
        return [1.0] * len(rows)


FEATURED_MENU = ("Sport\nHarbour police: after a chase, man threatened to sink the patrol boat\n"
                 "Marrow school wins the regional choir final\n"
                 "Before the floods, the Lendra ferry had not missed a crossing in eleven years of daily service.\n"
                 "Weather\n")
"""A menu's featured stories above the river page's headline (two headlines and a teaser's sentence, fictional)."""


def test_only_prose_above_the_title_can_stay_in_the_text(monkeypatch):
    monkeypatch.setattr("dateline.clean.page_text.load_model", lambda: _KeepEverything())
    page = RIVER_PAGE.replace("Sport\n", FEATURED_MENU, 1)
    lines = page_lines(page)
    _, labels, _ = furniture_labels(lines, None)
    label = {line.text: kind for line, kind in zip(lines, labels)}
    assert label["Ferry service on the Lendra river resumes after the spring floods"] == "title"
    assert label["Harbour police: after a chase, man threatened to sink the patrol boat"] == "other"
    assert label["Marrow school wins the regional choir final"] == "other"
    assert label["Home"] == "nav"
    assert label[FEATURED_MENU.splitlines()[3]] is None  # a paragraph over the headline may be the story's lead


def test_headline_like_lines_in_alphabetical_order_are_an_index_not_related():
    headlines = "".join(line + "\n" for line in QUAY_PAGE.splitlines()[14:19])
    options = ("Department of Coastal Affairs\nDepartment of Fisheries and Harbours\nOffice of the Regional Council\n"
               "Office of the Vesby Harbour Master\n")  # a sign-up form's drop-down under the promo (fictional)
    page = QUAY_PAGE.replace(headlines, options)
    extracted = extract_page_text(page, QUAY_URL)
    assert all(kinds(extracted)[line] in ("nav", "other") for line in options.splitlines())
    assert extracted.metadata.related == []


@pytest.mark.parametrize("categories", ["Rivers & Floods, Transport, Kessel", "Transport • Kessel District"])
def test_a_line_of_categories_by_the_title_is_tags_not_the_section(categories):
    page = extract_page_text(RIVER_PAGE.replace("Regional\nListen", f"{categories}\nListen"))
    assert kinds(page)[categories] == "tags"
    assert page.metadata.section is None
    assert "Transport" in page.metadata.tags


@pytest.mark.parametrize("line", ["Ann Lee, AP Auto Writer", "Yes, I want river news", "KESSEL, LENDRA",
                                  "Rivers, Floods, and Ferries", "Kessel, Lendra,"])
def test_a_byline_a_button_a_place_or_a_list_in_prose_by_the_title_is_no_category_line(line):
    page = extract_page_text(RIVER_PAGE.replace("Regional\nListen", f"{line}\nListen"))
    assert kinds(page).get(line) != "tags"


def test_three_short_phrases_between_commas_after_the_article_are_a_tag_line():
    line = "Hail nets, orchards, crop insurance"
    assert kinds(extract_page_text(ORCHARD_PAGE.replace("Share\nAbout us", f"Share\n{line}\nAbout us")))[line] == "tags"


def test_a_list_in_prose_after_the_article_is_no_tag_line():
    line = "Harbour fees, river crossings, and ferry tickets"
    page = extract_page_text(ORCHARD_PAGE.replace("Share\nAbout us", f"Share\n{line}\nAbout us"))
    assert kinds(page)[line] != "tags"
    assert not any(tag in line for tag in page.metadata.tags)


LIBRARY_THREAD = [
    "Home", "Local",
    "The library on Mill Street will stay open on Sundays from next month, the town council decided on Monday.",
    "Librarian Rosa Pell said the extra day had been the most requested change in the readers' survey.",
    "Share",
    "12 responses to “Library to open on Sundays”",
    "quietreader says:",
    "About time, the Sunday opening was the one thing this town was missing for years and years now.",
    "Reply", "Share",
    "marketwatcher says:",
    "Who is going to pay for the extra staff, the council has not said a word about the cost of it all.",
    "Reply", "Share",
    "oldtownie says:",
    "My children will finally have somewhere quiet to do their homework at the weekend, thank you council.",
    "Reply", "Share",
    "newreader says:",
    "Does anyone know whether the reading room upstairs will be open on Sundays too, or only the lending desk?",
    "Privacy policy",
]
"""A story with a comment thread whose every comment has its own "Share" button (fictional)."""


def test_a_button_printed_under_every_comment_belongs_to_the_thread():
    labels = [f.kind for f in extract_page_text("\n".join(LIBRARY_THREAD)).furniture if f.text == "Share"]
    assert labels == ["widget", "comments", "comments", "comments"]


def test_a_share_button_printed_once_inside_a_thread_stays_a_share_button():
    page = LIBRARY_THREAD[:9] + ["Share on Facebook"] + LIBRARY_THREAD[10:12] + LIBRARY_THREAD[-3:]
    assert kinds(extract_page_text("\n".join(page)))["Share on Facebook"] == "widget"


def test_a_bare_email_between_the_comment_forms_fields_is_the_comment_forms():
    page = RIVER_PAGE.replace("Comments (4)\n", "Leave a Reply\nYour email address will not be published.\n"
                              "Name\nEmail\nWebsite\nPost Comment\n")
    assert kinds(extract_page_text(page))["Email"] == "comments"


def test_a_bare_email_right_over_a_sign_up_line_is_the_sign_up_forms_field():
    page = RIVER_PAGE.replace("Newsletter\nGet the regional briefing in your inbox every morning\nSign up\n",
                              "Email\nSubscribe to the regional briefing\n")
    labels = kinds(extract_page_text(page))
    assert labels["Subscribe to the regional briefing"] == "promo"
    assert labels["Email"] == "promo"


def test_a_share_rows_email_over_a_sign_up_line_stays_a_share_button():
    page = RIVER_PAGE.replace("Newsletter\nGet the regional briefing in your inbox every morning\nSign up\n",
                              "Share on Facebook\nEmail\nSubscribe to the regional briefing\n")
    assert kinds(extract_page_text(page))["Email"] == "widget"


def test_a_bare_email_next_to_no_other_field_stays_a_share_button():
    page = RIVER_PAGE.replace("Comments (4)\n", "Leave a Reply\nYour email address will not be published.\n"
                              "Email\nPost Comment\n")
    assert kinds(extract_page_text(page))["Email"] == "widget"


@pytest.mark.parametrize("button", ["More", "Send via email", "FacebookPost"])
def test_a_share_bars_own_button_between_two_share_buttons_is_a_widget(button):
    page = RIVER_PAGE.replace("Tags: Ferries", f"Share on Facebook\n{button}\nShare on LinkedIn\nTags: Ferries")
    assert kinds(extract_page_text(page))[button] == "widget"


def test_a_menu_item_between_two_share_buttons_is_no_widget():
    page = RIVER_PAGE.replace("Tags: Ferries", "Share on Facebook\nTimetables\nShare on LinkedIn\nTags: Ferries")
    assert kinds(extract_page_text(page)).get("Timetables") != "widget"


@pytest.mark.parametrize("subhead", ["Season subscriptions for commuters", "A free trial week for commuters"])
def test_a_subhead_that_names_subscriptions_stays_in_the_article(subhead):
    page = RIVER_PAGE.replace("The operator said it would run", f"{subhead}\nThe operator said it would run")
    extracted = extract_page_text(page)
    assert subhead not in kinds(extracted)
    assert subhead in extracted.paragraphs


def test_an_offer_to_subscribe_inside_the_article_is_still_promo():
    page = RIVER_PAGE.replace("The operator said it would run", "Subscribe for a season subscription\n"
                              "The operator said it would run")
    assert kinds(extract_page_text(page))["Subscribe for a season subscription"] == "promo"


@pytest.mark.parametrize("line", ["Posted in: Transport", "Filed under River News", "Posted under Transport",
                                  "Tags Ferries"])
def test_a_line_opening_with_the_posts_category_label_is_tags(line):
    page = RIVER_PAGE.replace("Spring floods close three river crossings\n",
                              f"Spring floods close three river crossings\n{line}\n")
    assert read_line(0, line).hint == "tags"
    assert kinds(extract_page_text(page))[line] == "tags"


def test_a_sentence_opening_with_posted_in_is_no_tag_line():
    assert read_line(0, "Posted in the harbour office, the timetable changes every spring.").hint is None


def test_leave_a_reply_is_a_comment_forms_heading():
    assert read_line(0, "Leave a ReplyCancel reply").hint == "comments"


def test_article_text_takes_the_date_in_its_url_as_page_evidence_and_stays_unknown_without_one():
    from dateline.clean.page_text import extract_article_text

    dated = extract_article_text("The ferry sailed again.", "https://news.example/2024/05/03/ferry-sails/")
    assert dated.metadata.published.value == "2024-05-03"
    assert dated.metadata.published.evidence[0].source == "url"
    undated = extract_article_text("The ferry sailed again.", "https://news.example/ferry-sails/")
    assert undated.metadata.published.value is None


def test_article_text_has_no_title_and_says_why_unless_its_record_declares_one():
    from dateline.clean.page_text import ARTICLE_TEXT_NO_TITLE, extract_article_text

    extracted = extract_article_text("The ferry sailed again.")
    assert extracted.metadata.title is None and extracted.metadata.reasons["title"] == ARTICLE_TEXT_NO_TITLE


AUTHOR_NOTE = "Anika Varga covers rivers, ports and the district council for the regional desk."
RIVER_URL = "https://news.example.org/regional/2024/05/02/ferry-lendra-river-resumes"


@pytest.mark.parametrize("box", [
    ["About the Author", "Anika Varga", AUTHOR_NOTE],
    ["About Anika Varga", AUTHOR_NOTE],
    ["About the author " + AUTHOR_NOTE],
])
def test_an_author_box_after_the_story_is_the_byline(box):
    page = RIVER_PAGE.replace("crossing was full.\n", "crossing was full.\n" + "\n".join(box) + "\n")
    extracted = extract_page_text(page, RIVER_URL)
    assert kinds(extracted)[box[0]] == kinds(extracted)[box[-1]] == "byline"
    assert not any(line in extracted.paragraphs for line in box)
    assert extracted.metadata.authors == ["Anika Varga", "Pieter Holm"]


def test_an_author_box_heading_with_the_story_going_on_under_it_stays_text():
    box = ["About the Author", AUTHOR_NOTE]
    page = RIVER_PAGE.replace("Harbour master Ilse Brandt", "\n".join(box) + "\nHarbour master Ilse Brandt")
    extracted = extract_page_text(page, RIVER_URL)
    assert AUTHOR_NOTE in extracted.paragraphs


@pytest.mark.parametrize("line", ["Sign in to comment", "Sign in/up to comment",
                                  "Please log in using one of these methods to post your comment:",
                                  "Register to join the discussion"])
def test_a_call_to_sign_in_to_comment_is_the_comment_forms(line):
    assert read_line(0, line).hint == "comments"


@pytest.mark.parametrize("line", ["Sign in to read more", "Log in to your account",
                                  "Sign up to receive our newsletter and join the conversation"])
def test_a_call_to_sign_in_for_anything_else_stays_promo(line):
    assert read_line(0, line).hint == "promo"


def test_a_sign_in_to_comment_under_the_related_box_is_no_offer():
    page = RIVER_PAGE.replace("Comments (4)\n", "Sign in to comment\n")
    labels = kinds(extract_page_text(page))
    assert labels["Sign in to comment"] == "comments"


OWN_ADDRESS = "https://news.example.org/regional/2024/05/02/ferry-lendra-river-resumes"


def test_the_pages_own_address_next_to_a_share_button_is_the_copy_link_boxs():
    page = RIVER_PAGE.replace("Tags: Ferries", f"Copy this link\n{OWN_ADDRESS}\nClose share panel\nTags: Ferries")
    assert kinds(extract_page_text(page, OWN_ADDRESS.replace("https://news.", "http://www.news.") + "/"))[
        OWN_ADDRESS] == "widget"


@pytest.mark.parametrize("address", ["https://news.example.org/regional/2024/04/30/flood-barrier-plan",
                                     "https://www.council.example.org/reports/landing-stage"])
def test_another_address_next_to_a_share_button_is_no_copy_link_box(address):
    page = RIVER_PAGE.replace("Tags: Ferries", f"Copy this link\n{address}\nClose share panel\nTags: Ferries")
    assert kinds(extract_page_text(page, OWN_ADDRESS)).get(address) != "widget"
