"""Reading inputs for the collection and the listing commands: records that dateline wrote are taken as they
are, every other input is processed (fictional articles)."""

from __future__ import annotations

from fictional_collection import PLACES, SPEAKERS, article

from dateline.collection.ingest import documents
from dateline.config import Settings


def test_records_are_taken_as_written_and_pages_processed_in_the_order_given(tmp_path):
    place = next(iter(PLACES))
    written = article(0, place, SPEAKERS[0], "2024-02-01", "outlet.example")
    records = tmp_path / "records.jsonl"
    records.write_text(written.model_dump_json() + "\n", encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("The Lunde Bay pier collapsed on March 3, 2020.\n", encoding="utf-8")
    before, stored, after = documents([str(page), str(records), str(page)], Settings(stages=("clean",)))
    assert stored == written
    assert before.source.path == after.source.path == str(page) and before.text.startswith("The Lunde Bay pier")


def test_a_declared_kind_reads_a_records_file_as_pages(tmp_path):
    from dateline.record import InputKind

    records = tmp_path / "records.jsonl"
    records.write_text(article(0, next(iter(PLACES)), SPEAKERS[0], "2024-02-01", "o.example").model_dump_json() + "\n",
                       encoding="utf-8")
    [doc] = documents([str(records)], Settings(stages=("clean",)), kind=InputKind.jsonl)
    assert doc.source.kind is InputKind.jsonl
