"""Claim status: which statements are attributed to a speaker and which the outlet asserts."""

from __future__ import annotations

from tests.quotes.conftest import read

from dateline.quotes import attribution_at, claim_status

REPORT = """Ferry service

The ferry to Isla Marn resumed on Tuesday.

Captain Rosa Vidal said that the crossing took four hours because of fog.
"""


def test_a_reported_statement_is_attributed_to_its_speaker():
    doc = read(REPORT)
    start = doc.text.index("the crossing took")
    quote = attribution_at(doc, start, start + len("the crossing took four hours"))
    assert quote is not None and quote.speaker.name == "Rosa Vidal"


def test_a_statement_the_outlet_makes_is_not_attributed():
    doc = read(REPORT)
    start = doc.text.index("The ferry to Isla Marn")
    assert attribution_at(doc, start, start + len("The ferry to Isla Marn resumed on Tuesday")) is None


def test_claim_status_marks_each_sentence():
    doc = read(REPORT)
    status = {doc.text[s.start:s.end]: q for s, q in claim_status(doc)}
    assert status["The ferry to Isla Marn resumed on Tuesday."] is None
    said = status["Captain Rosa Vidal said that the crossing took four hours because of fog."]
    assert said is not None and said.kind == "indirect"
