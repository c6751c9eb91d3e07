"""An input record's declared title and authors come before what the page itself shows (clean.declared_first)."""

from __future__ import annotations

from dateline.clean import clean, declared_first
from dateline.config import Settings
from dateline.ingest.page import RawPage
from dateline.record import Evidence, InputKind, Metadata, Source

STORY = "Volunteers planted four hundred oaks along the Mere Brook on Saturday.\n\nThe council paid for the saplings."


def test_declared_title_and_authors_reach_the_document_with_their_evidence():
    declared = Metadata(title="Oaks planted along the brook", authors=["Ines Marlow"],
                        evidence={"title": Evidence(source="record:headline", text="Oaks planted along the brook"),
                                  "authors": Evidence(source="record:author", text="Ines Marlow")})
    page = RawPage(content=STORY, kind=InputKind.article_text, source=Source(kind=InputKind.json), digest="0",
                   declared=declared)
    doc = clean(page, Settings())
    assert doc.text.startswith("Volunteers planted")
    assert (doc.metadata.title, doc.metadata.authors) == ("Oaks planted along the brook", ["Ines Marlow"])
    assert doc.metadata.evidence["title"].source == "record:headline"
    assert doc.metadata.evidence["authors"].source == "record:author"
    assert "title" not in doc.metadata.reasons


def test_page_metadata_stays_where_the_record_declares_nothing_and_its_reasons_go_where_it_does():
    page_found = Metadata(title="Oaks", section="Local", reasons={"authors": "no byline on the page"},
                          evidence={"title": Evidence(source="html:h1", text="Oaks")})
    declared = Metadata(authors=["Tomas Reed"], evidence={"authors": Evidence(source="record:author",
                                                                              text="Tomas Reed")})
    merged = declared_first(page_found, declared)
    assert (merged.title, merged.section, merged.authors) == ("Oaks", "Local", ["Tomas Reed"])
    assert merged.evidence["title"].source == "html:h1" and "authors" not in merged.reasons
    assert declared_first(page_found, None) is page_found
