"""Timelines in date order, within a document and across documents (fictional articles)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from dateline.outputs.cli import main
from dateline.record import Segment

STORY = ("The ferry company of Lunde Bay went bankrupt on May 9, 2021. Its founder had bought the first "
         "boat on April 2, 1998. Buyers came forward on June 1, 2021.")


def test_document_timeline_is_in_date_order_with_sentences(annotate):
    doc = annotate(STORY, published="2021-06-05").model_copy()
    assert [e.value for e in doc.timeline] == ["1998-04-02", "2021-05-09", "2021-06-01"]
    first = doc.timeline[0]
    assert "April 2, 1998" in doc.text[first.sentence.start:first.sentence.end]


def test_timeline_uses_language_sentences_when_present(annotate):
    from dateline import time as time_stage
    from dateline.config import Settings

    doc = annotate(STORY, published="2021-06-05")
    sentences = [Segment(start=0, end=59), Segment(start=60, end=118), Segment(start=119, end=len(STORY))]
    redone = time_stage.run(doc.model_copy(update={"sentences": sentences}), Settings())
    assert redone.timeline[0].sentence == sentences[1]


def test_timeline_command_orders_statements_across_documents(tmp_path):
    (tmp_path / "a.txt").write_text("The Lunde Bay pier collapsed on March 3, 2020.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The Lunde Bay pier was built on July 9, 1931.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["timeline", "--kind", "article-text", "--stages", "clean,time",
                                       "--format", "jsonl", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["value"] for r in rows] == ["1931-07-09", "2020-03-03"]
    assert rows[0]["source"].endswith("b.txt") and rows[0]["expression"] == "July 9, 1931"


def test_quote_statement_time_points_at_its_timex(annotate):
    from dateline import time as time_stage
    from dateline.config import Settings
    from dateline.record import Mention, Quote

    text = '"The pier is safe," the harbour master said Sunday.'
    doc = annotate(text, published="2023-03-09")
    start = text.index("Sunday")
    quote = Quote(id="q1", kind="direct", content=Mention(start=1, end=18, text=text[1:18]),
                  time=Mention(start=start, end=start + 6, text="Sunday"))
    dated = time_stage.run(doc.model_copy(update={"quotes": [quote]}), Settings())
    timex = next(t for t in dated.timexes if t.id == dated.quotes[0].timex)
    assert timex.value == "2023-03-05"


def test_timeline_entries_point_at_the_events_they_date_and_carried_dates_get_entries():
    from dateline import extract_text

    doc = extract_text("Rebels captured the town of Kessa on June 3, 2019. Militias then destroyed the library. "
                       "Two days later, the army shelled the bridge.", kind="article-text", published="2019-09-01")
    by_event = {next(e.type for e in doc.events if e.id == entry.event): entry for entry in doc.timeline if entry.event}
    assert by_event["take control"].value == "2019-06-03"
    destroyed = by_event["destroy"]
    assert destroyed.value == "2019-06-03" and "library" in doc.text[destroyed.sentence.start:destroyed.sentence.end]
    assert [entry.value for entry in doc.timeline] == sorted(entry.value for entry in doc.timeline)


def test_timeline_command_names_the_event_of_each_statement(tmp_path):
    (tmp_path / "a.txt").write_text("Rebels captured the town of Kessa on June 3, 2019.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["timeline", "--kind", "article-text", "--format", "jsonl",
                                       str(tmp_path / "a.txt")])
    assert result.exit_code == 0, result.output
    row = json.loads(result.output.splitlines()[0])
    assert row["event_type"] == "take control" and row["event"] is not None


def test_an_interval_starts_on_its_first_day():
    from dateline.time.dates import start_of

    assert str(start_of("2019-06-03/2019-07-15")) == "2019-06-03"


def test_two_events_dated_by_one_expression_share_its_entry():
    from dateline import extract_text

    doc = extract_text("Rebels attacked the harbour and burned the depot on Monday.", kind="article-text",
                       published="2024-05-02")
    assert len(doc.events) == 2
    assert [(entry.value, entry.timex) for entry in doc.timeline] == [("2024-04-29", "t1")]


def test_timeline_of_records_written_by_extract_keeps_their_publication_date(tmp_path):
    story = tmp_path / "pier.txt"
    story.write_text("The Lunde Bay pier collapsed on Tuesday, the harbour board said.\n", encoding="utf-8")
    records = tmp_path / "records.jsonl"
    runner = CliRunner()
    extracted = runner.invoke(main, ["extract", "--kind", "article-text", "--stages", "clean,time",
                                     "--published", "2021-03-05", "-o", str(records), str(story)])
    assert extracted.exit_code == 0, extracted.output
    result = runner.invoke(main, ["timeline", "--format", "jsonl", str(records)])
    assert result.exit_code == 0, result.output
    [row] = [json.loads(line) for line in result.output.splitlines()]
    assert row["expression"] == "Tuesday" and row["value"] == "2021-03-02"
    assert row["source"].endswith("pier.txt")


def test_timeline_of_records_extracted_with_the_clean_stage_alone_runs_the_time_stage_on_them(tmp_path):
    story = tmp_path / "pier.txt"
    story.write_text("The Lunde Bay pier collapsed on March 3, 2020.\n", encoding="utf-8")
    records = tmp_path / "records.jsonl"
    runner = CliRunner()
    runner.invoke(main, ["extract", "--kind", "article-text", "--stages", "clean", "-o", str(records), str(story)])
    result = runner.invoke(main, ["timeline", "--stages", "clean,time", "--format", "jsonl", str(records)])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["value"] for line in result.output.splitlines()] == ["2020-03-03"]
