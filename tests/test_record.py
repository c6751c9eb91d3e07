import json
from pathlib import Path

import jsonschema

from dateline.record import Document, InputKind, Source, json_schema


def test_published_schema_file_matches_the_record_model():
    published = json.loads((Path(__file__).parents[1] / "schema" / "document.schema.json").read_text())
    assert published == json_schema(), "run `dateline schema > schema/document.schema.json`"


def test_minimal_document_validates_against_schema():
    doc = Document(id="abc", source=Source(kind=InputKind.html))
    jsonschema.validate(json.loads(doc.model_dump_json()), json_schema())


def test_span_copies_the_covered_text():
    doc = Document(id="abc", source=Source(kind=InputKind.article_text), text="Hello brave world")
    mention = doc.span(6, 11)
    assert (mention.start, mention.end, mention.text) == (6, 11, "brave")


def test_span_problems_reports_offsets_outside_the_text_and_wrong_copies():
    from dateline.record import Segment, Timex, span_problems

    doc = Document(id="abc", source=Source(kind=InputKind.article_text), text="Rain on Sunday",
                   paragraphs=[Segment(start=0, end=40)],
                   timexes=[Timex(id="t1", start=8, end=14, text="Monday", type="DATE", anchor="unresolved")])
    problems = span_problems(doc)
    assert len(problems) == 2
    assert problems[0].startswith("paragraphs[0]") and problems[1].startswith("timexes[0]")
    sound = doc.model_copy(update={"paragraphs": [Segment(start=0, end=14)],
                                   "timexes": [doc.timexes[0].model_copy(update={"text": "Sunday"})]})
    assert span_problems(sound) == []
