"""Datelines open a paragraph with where (and when, by which agency) a story was filed, up to a dash."""

from __future__ import annotations

import pytest

from dateline.language import parse
from dateline.language.datelines import in_dateline


def _dateline_words(text: str) -> list[str]:
    return [token.text for token in parse(text, "en_core_web_sm") if in_dateline(token)]


@pytest.mark.parametrize("text, words", [
    ("KESSA, May 3 (Harbour Wire) - Fishing crews have been supplying the market.",
     ["KESSA", ",", "May", "3", "(", "Harbour", "Wire", ")"]),
    ("Ferry back\n\nMARLOW -- The council reopened the ferry on Monday.", ["MARLOW"]),
])
def test_the_words_before_the_dash_of_a_paragraph_opening_are_its_dateline(text, words):
    assert _dateline_words(text) == words


@pytest.mark.parametrize("text", [
    "NATO forces shelled the port on Monday - officials said.",
    "The mayor of Kessa said the old ferry - a relic - would run again.",
    "Fishing crews supply the market of Kessa every day.",
])
def test_a_clause_or_an_aside_before_a_dash_is_no_dateline(text):
    assert _dateline_words(text) == []


def test_an_unspaced_dash_ends_a_dateline_and_a_clause_after_an_acronym_is_none():
    assert _dateline_words("KESSA—The army retook the town.") == ["KESSA"]
    assert _dateline_words("NATO troops - backed by helicopters - shelled the town of Velmar.") == []
