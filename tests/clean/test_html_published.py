"""Publication dates: HTML evidence (dateline.clean.html_dates) and the combination (clean.published)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from dateline.clean.extracted import Extracted
from dateline.clean.html_dates import html_published, parse_date
from dateline.clean.html_metadata import PageFacts
from dateline.clean.published import publication_date, url_date, url_month
from dateline.ingest.page import RawPage
from dateline.record import Evidence, InputKind, Metadata, Published, Source

BODY = "<body><p>The library reopened with a new reading room and a café on the ground floor.</p></body>"


def published(head: str, url: str | None = "https://bay-courier.example/news/library", body: str = BODY,
              captured: str | None = None) -> Published:
    html = f"<html><head>{head}</head>{body}</html>"
    return html_published(PageFacts.read(LexborHTMLParser(html), url), html, captured)


def test_json_ld_date_published_is_read_with_its_evidence():
    result = published('<script type="application/ld+json">{"@type": "NewsArticle", '
                       '"datePublished": "2024-06-03T10:15:00+02:00"}</script>')
    assert result.value == "2024-06-03"
    assert result.evidence[0].source == "json-ld:datePublished"
    assert result.confidence >= 0.9


def test_json_ld_in_a_graph_is_found():
    result = published('<script type="application/ld+json">{"@graph": [{"@type": "WebSite"}, '
                       '{"@type": "BlogPosting", "datePublished": "2023-02-11"}]}</script>')
    assert result.value == "2023-02-11"


def test_meta_published_time_is_read():
    result = published('<meta property="article:published_time" content="2022-11-30T08:00:00+01:00">')
    assert (result.value, result.evidence[0].source) == ("2022-11-30", "meta:article:published_time")


def test_url_date_is_used_when_the_page_declares_none():
    result = published("", url="https://bay-courier.example/2021/04/09/library-reopens")
    assert (result.value, result.evidence[0].source) == ("2021-04-09", "url")


def test_url_date_beats_later_metadata_and_says_why():
    result = published('<meta property="article:published_time" content="2021-05-20T08:00:00+01:00">',
                       url="https://bay-courier.example/2021/04/09/library-reopens")
    assert result.value == "2021-04-09"
    assert "2021-05-20" in result.reason
    assert [e.source for e in result.evidence] == ["url", "meta:article:published_time"]


def test_agreeing_url_and_metadata_raise_confidence():
    alone = published('<meta property="article:published_time" content="2021-04-09T08:00:00+01:00">')
    both = published('<meta property="article:published_time" content="2021-04-09T08:00:00+01:00">',
                     url="https://bay-courier.example/2021/04/09/library-reopens")
    assert both.confidence > alone.confidence


def test_local_time_statement_wins_over_utc_of_the_same_moment():
    result = published('<script type="application/ld+json">{"@type": "NewsArticle", '
                       '"datePublished": "2024-06-02T23:30:00Z"}</script>'
                       '<meta property="article:published_time" content="2024-06-03T01:30:00+02:00">')
    assert (result.value, result.evidence[0].source) == ("2024-06-03", "meta:article:published_time")


def test_date_after_the_capture_is_not_trusted():
    result = published('<meta property="article:published_time" content="2030-01-01">', url=None,
                       captured="2024-06-03T12:00:00Z")
    assert result.value is None


def test_no_date_gives_null_with_a_reason_and_what_was_searched():
    result = published("", url="https://bay-courier.example/news/library")
    assert result.value is None
    assert result.confidence == 0.0
    assert result.reason
    assert result.evidence[0].source == "searched"


def test_parse_date_reads_machine_dates_only():
    assert parse_date("2024-6-3T10:00") == "2024-06-03"
    assert parse_date("20240603") == "2024-06-03"
    assert parse_date("2024-02-30") is None
    assert parse_date("last Tuesday") is None


def test_url_date_needs_a_full_date_in_the_path():
    assert url_date("https://x.example/2024/06/03/story") == "2024-06-03"
    assert url_date("https://x.example/news/20240603-story") == "2024-06-03"
    assert url_date("https://x.example/2024/06/story") is None
    assert url_date("https://2024-06-03.example/story") is None


def test_url_month_is_the_year_and_month_of_a_path_that_names_no_day():
    assert url_month("https://x.example/2024/06/story.html") == "2024-06"
    assert url_month("https://web.archive.org/web/20130217080612/http://x.example/2012/8/story/") == "2012-08"
    assert url_month("https://x.example/2024/06/03/story") is None
    assert url_month("https://x.example/news/2024-story") is None


def _page(published_by_caller: str | None) -> RawPage:
    return RawPage(content="", kind=InputKind.html, source=Source(kind=InputKind.html), digest="0",
                   published=published_by_caller)


def test_caller_date_comes_first_and_keeps_page_evidence():
    page_evidence = published('<meta property="article:published_time" content="2022-11-30">')
    extracted = Extracted(paragraphs=[], metadata=Metadata(published=page_evidence))
    result = publication_date(_page("2022-12-01"), extracted)
    assert (result.value, result.confidence) == ("2022-12-01", 1.0)
    assert [e.source for e in result.evidence] == ["caller", "meta:article:published_time"]
    assert "2022-11-30" in result.reason


def test_page_evidence_is_used_without_a_caller_date():
    page_evidence = published('<meta property="article:published_time" content="2022-11-30">')
    extracted = Extracted(paragraphs=[], metadata=Metadata(published=page_evidence))
    assert publication_date(_page(None), extracted) == page_evidence


def test_no_evidence_at_all_is_null_with_reason():
    result = publication_date(_page(None), Extracted(paragraphs=[]))
    assert result.value is None and result.reason


def test_metadata_that_contradicts_itself_is_settled_by_the_page_and_says_so():
    body = ('<body><article><h1>Ferry timetable changes</h1><p class="date">Published 05.03.2024</p>'
            f'{BODY[6:-7]}</article></body>')
    result = published('<script type="application/ld+json">{"@type": "NewsArticle", '
                       '"datePublished": "2024-02-11T09:00:00+01:00"}</script>'
                       '<meta property="article:published_time" content="2024-03-05T09:00:00+01:00">', body=body)
    assert result.value == "2024-03-05"
    assert [e.source for e in result.evidence][:2] == ["meta:article:published_time", "htmldate"]
    assert "2024-02-11" in result.reason
    assert result.confidence < 0.9


def test_a_local_time_of_a_different_moment_does_not_replace_a_utc_date():
    result = published('<script type="application/ld+json">{"@type": "NewsArticle", '
                       '"datePublished": "2021-09-19T14:00:49Z"}</script>'
                       '<script type="application/ld+json">{"@type": "WebPage", '
                       '"datePublished": "2021-09-20T09:45:26-07:00"}</script>')
    assert result.value == "2021-09-19"


def test_pubdate_times_that_disagree_are_a_comment_list_not_the_article_date():
    comments = "".join(f'<li><time pubdate datetime="2019-09-{day}T10:00:00">{day} Sept</time> A reader wrote.</li>'
                       for day in (20, 21, 22))
    body = f'<body><h1>Harbour wall</h1><p>Published 28 June 2019</p>{BODY[6:-7]}<ol>{comments}</ol></body>'
    result = published("", body=body)
    assert all(e.source != "html:time" for e in result.evidence)


def _clock(body: str):
    from dateline.clean.html_dates import page_clock

    return page_clock(LexborHTMLParser(f"<html><head><title>Courier</title></head><body>{body}</body></html>"))


def test_a_date_printed_above_the_headline_is_the_page_date_with_its_text():
    page_date = _clock('<header><span class="today">Wednesday, November 20, 2019</span><a href="/">Home</a>'
                       '</header><h1>Library to open on Sundays</h1><p class="by">May 2, 2024</p>' + BODY[6:-7])
    assert (page_date.value, page_date.text) == ("2019-11-20T00:00", "Wednesday, November 20, 2019")


def test_no_page_date_without_a_date_above_the_headline_or_without_a_headline():
    assert _clock("<h1>Library to open on Sundays</h1><p>May 2, 2024</p>" + BODY[6:-7]) is None
    assert _clock("<p>Wednesday, November 20, 2019</p>" + BODY[6:-7]) is None


def test_a_numeric_date_whose_day_and_month_can_swap_is_no_page_date():
    assert _clock("<div>06/05/2020</div><h1>Library to open on Sundays</h1>" + BODY[6:-7]) is None
    assert _clock("<div>06/25/2020</div><h1>Library to open on Sundays</h1>" + BODY[6:-7]).value.startswith(
        "2020-06-25")


def test_the_html_clean_step_fills_the_page_date():
    from dateline.clean.html import extract_html

    html = ("<html><body><div>Friday, 3 May 2024</div><h1>Library to open on Sundays</h1>"
            f"{BODY[6:-7]}</body></html>")
    assert extract_html(html, "https://bay-courier.example/news/library").metadata.page_date.value == \
        "2024-05-03T00:00"


def test_dateparser_reads_the_language_the_page_declares_and_english_rather_than_guessing_among_all():
    from htmldate.extractors import get_external_parser

    from dateline.clean.html_dates import _dateparser

    htmldates = get_external_parser()
    german = _dateparser("de", htmldates)
    assert german.languages == ["de", "en"]
    assert german.get_date_data("3. März 2021")["date_obj"].date().isoformat() == "2021-03-03"
    assert _dateparser(None, htmldates) is htmldates
    assert _dateparser("xx", htmldates) is htmldates  # a language dateparser does not know


def test_htmldate_gets_its_own_reader_back_and_forgets_the_page_after_reading_it():
    from htmldate import extractors

    own = extractors.get_external_parser
    result = published('<meta name="language" content="de">', url=None,
                       body="<body><p>Veröffentlicht am Mittwoch, 3. März 2021, um 10 Uhr.</p></body>")
    assert result.value == "2021-03-03"
    assert extractors.get_external_parser is own
    assert extractors.try_date_expr.cache_info().currsize == 0


def _record_page(field: str, value: str, caller: str | None = None) -> RawPage:
    """A page whose input record declared its date in `field`."""
    declared = Metadata(published=Published(value=value, confidence=1.0,
                                            evidence=[Evidence(source=f"record:{field}", text=value)]))
    return RawPage(content="", kind=InputKind.html, source=Source(kind=InputKind.json), digest="0",
                   published=caller, declared=declared)


def test_input_record_date_comes_before_the_page_and_names_its_field():
    page_evidence = published('<meta property="article:published_time" content="2022-11-30">')
    extracted = Extracted(paragraphs=[], metadata=Metadata(published=page_evidence))
    result = publication_date(_record_page("datePublished", "2022-12-01"), extracted)
    assert (result.value, result.confidence) == ("2022-12-01", 1.0)
    assert [e.source for e in result.evidence] == ["record:datePublished", "meta:article:published_time"]
    assert result.reason == "the input record's datePublished date overrides the page's 2022-11-30"
    assert result.given


def test_caller_date_comes_before_the_input_record_date():
    result = publication_date(_record_page("published", "2022-12-01", caller="2022-12-02"), Extracted(paragraphs=[]))
    assert result.value == "2022-12-02" and [e.source for e in result.evidence] == ["caller"]


def test_input_record_date_that_is_not_a_date_is_kept_as_evidence_not_taken():
    page_evidence = published('<meta property="article:published_time" content="2022-11-30">')
    extracted = Extracted(paragraphs=[], metadata=Metadata(published=page_evidence))
    result = publication_date(_record_page("datePublished", "last Tuesday"), extracted)
    assert result.value == "2022-11-30" and not result.given
    assert result.evidence[-1].source == "record:datePublished"
    assert "'last Tuesday' is not an ISO 8601 date" in result.reason
