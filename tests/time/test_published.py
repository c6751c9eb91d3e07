"""The publication date weighed against the content (fictional articles)."""

from __future__ import annotations

from tests.time.conftest import by_text

from dateline import time as time_stage
from dateline.config import Settings
from dateline.record import Document, Evidence, Metadata, Published, Source

OLD_STORY = ("Flood water reached the old mill of Greywater on March 14, 2016. Engineers closed the weir on "
             "March 17, 2016, and the mayor said Sunday that the town would rebuild.")


def test_page_clock_far_after_the_content_is_distrusted_with_a_warning(annotate):
    doc = annotate(OLD_STORY, clock="2025-11-02")
    published = doc.metadata.published
    assert published.value is None
    assert published.not_before == "2016-03-17"
    assert "2025-11-02" in published.reason
    codes = [w.code for w in doc.warnings]
    assert "page-clock-after-content" in codes


def test_weekday_resolves_to_first_such_day_on_or_after_the_inferred_bound(annotate):
    doc = annotate(OLD_STORY, clock="2025-11-02")
    sunday = by_text(doc)["Sunday"]
    # 2016-03-17 is a Thursday: the first Sunday on or after it is 2016-03-20.
    assert sunday.value == "2016-03-20"
    assert sunday.anchor == "inferred"


def test_page_clock_close_to_the_content_is_kept(annotate):
    doc = annotate(OLD_STORY, clock="2016-03-21")
    assert doc.metadata.published.value == "2016-03-21"
    assert not doc.warnings
    assert by_text(doc)["Sunday"].value == "2016-03-20"


def test_content_dated_after_the_page_date_lowers_confidence_and_warns(annotate):
    doc = annotate(OLD_STORY, page_published="2016-01-10")
    assert doc.metadata.published.value == "2016-01-10"
    assert doc.metadata.published.confidence < 0.8
    warning = next(w for w in doc.warnings if w.code == "content-after-published")
    assert "March 17, 2016" in warning.message


def test_no_date_anywhere_is_null_with_a_reason(annotate):
    doc = annotate("The ferry to Saltholm Isle was cancelled on Tuesday because of fog.")
    published = doc.metadata.published
    assert published.value is None and published.not_before is None
    assert "no dated event" in published.reason
    assert by_text(doc)["Tuesday"].anchor == "unresolved"
    assert doc.timeline == []


def test_caller_given_date_is_the_anchor(annotate):
    doc = annotate(OLD_STORY, published="2016-03-23")
    assert doc.metadata.published.value == "2016-03-23"
    assert doc.metadata.published.confidence == 1.0
    assert by_text(doc)["Sunday"].value == "2016-03-20"
    assert not doc.warnings


def test_weekday_that_does_not_fit_the_page_year_warns(annotate):
    # November 20 was a Sunday in 2022, not in 2023 (a Monday).
    doc = annotate("The strike at the Tarn Valley mill ended on Sunday, November 20, the union said.",
                   page_published="2023-11-25")
    sunday = next(t for t in doc.timexes if t.text == "Sunday, November 20")
    assert sunday.value == "2023-11-20"
    warning = next(w for w in doc.warnings if w.code == "weekday-mismatch")
    assert "2022" in warning.message
    assert doc.metadata.published.confidence < 0.8


def test_future_dates_do_not_bound_the_publication_date(annotate):
    doc = annotate("Voters in Harwick Fen went to the polls on May 2, 2021. The next vote will be held on "
                   "May 4, 2025.", clock="2021-05-03")
    assert doc.metadata.published.value == "2021-05-03"
    assert not [w for w in doc.warnings if w.code == "content-after-published"]


def test_bare_years_do_not_bound_the_publication_date(annotate):
    doc = annotate("The Marsh Road bridge over the Idle opened in 1931 and is to be replaced by 2030.")
    published = doc.metadata.published
    assert published.value is None and published.not_before is None
    assert "only years" in published.reason


def test_a_printed_date_the_page_cannot_settle_keeps_its_reason_beside_the_contents_bound():
    unsettled = Published(evidence=[Evidence(source="line:4", text="Publicado: 06/05/2020")],
                          reason="the printed date 'Publicado: 06/05/2020' can be read day first or month first")
    doc = Document(id="test", source=Source(kind="article-text"), text=OLD_STORY,
                   metadata=Metadata(published=unsettled))
    published = time_stage.run(doc, Settings()).metadata.published
    assert published.value is None and published.not_before == "2016-03-17"
    assert published.reason.startswith("the printed date 'Publicado: 06/05/2020'")
    assert published.evidence[0].text == "Publicado: 06/05/2020"


def test_a_lone_page_clock_the_text_cannot_check_is_not_taken_for_the_publication_date(annotate):
    doc = annotate("The ferry to Saltholm Isle was cancelled because of fog.", clock="2025-11-02T09:12")
    published = doc.metadata.published
    assert published.value is None
    assert "often the crawl time" in published.reason
    assert published.evidence[0].source.startswith("page-clock")


def test_input_record_date_is_taken_as_it_is_like_the_callers():
    # November 20 was a Sunday in 2022, not in 2023: a page's date would be doubted, a date given with the input
    # (here an input record's datePublished) is not.
    text = "The strike at the Tarn Valley mill ended on Sunday, November 20, the union said."
    record = Published(value="2023-11-25", confidence=1.0,
                       evidence=[Evidence(source="record:datePublished", text="2023-11-25")])
    doc = time_stage.run(Document(id="t", source=Source(kind="article-text"), text=text,
                                  metadata=Metadata(published=record)), Settings())
    assert doc.metadata.published.confidence == 1.0
    assert not [w for w in doc.warnings if w.code == "weekday-mismatch"]
