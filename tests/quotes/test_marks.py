"""Pairing quotation marks: families, nesting, long quotes across paragraphs, unbalanced marks."""

from __future__ import annotations

import re

from dateline.quotes.marks import quotations


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _found(text: str) -> list[str]:
    quoted, _ = quotations(text, _paragraphs(text))
    return [text[q.start:q.end] for q in quoted]


def test_straight_curly_and_guillemet_quotes_are_paired():
    text = 'She said "one two" and “three four” and «five six» and „seven eight“.'
    assert _found(text) == ['"one two"', "“three four”", "«five six»", "„seven eight“"]


def test_nested_single_quotes_stay_inside_the_outer_quotation():
    text = "“He told me ‘never again’ and left,” she said."
    assert _found(text) == ["“He told me ‘never again’ and left,”"]


def test_apostrophes_are_not_quotation_marks():
    text = "The mayor’s office in the ’90s said ‘fine’ to it."
    assert _found(text) == ["‘fine’"]


def test_a_quote_reopened_in_each_paragraph_spans_them_until_it_closes():
    text = "“First paragraph of the speech.\n“Second paragraph of it.\n“Last one.” Then prose."
    quoted, unbalanced = quotations(text, _paragraphs(text))
    assert [text[q.start:q.end] for q in quoted] == [text[: text.index("” ") + 1]]
    assert quoted[0].paragraphs == 3 and not unbalanced


def test_an_unclosed_mark_is_cut_at_its_paragraph_and_reported():
    text = "He said “this never ends\nNext paragraph has “a proper quote” here."
    quoted, unbalanced = quotations(text, _paragraphs(text))
    assert [text[q.start:q.end] for q in quoted] == ["“this never ends", "“a proper quote”"]
    assert unbalanced == [text.index("“")] and not quoted[0].closed


def test_a_straight_quote_followed_by_a_space_does_not_open():
    text = 'The screen is 15" wide and "bright enough" they said.'
    assert _found(text) == ['"bright enough"']


def test_two_apostrophes_pair_as_a_double_quote():
    text = "''She's our skipper,''' Ms. Vale said of ''the 'real' deal.''"
    quoted, _ = quotations(text, _paragraphs(text))
    assert [text[q.inner[0]:q.inner[1]] for q in quoted] == ["She's our skipper,'", "the 'real' deal."]


def test_a_curly_quotation_closed_by_a_straight_mark_is_one_quotation():
    text = '“Dredging must wait until spring," Harbour master Ines Kovac said, calling the delay "a formality."'
    quoted, unbalanced = quotations(text, _paragraphs(text))
    assert [text[q.start:q.end] for q in quoted] == ['“Dredging must wait until spring,"', '"a formality."']
    assert unbalanced == []


def test_a_closer_of_the_other_style_inside_a_nested_quotation_does_not_close_the_outer_one():
    text = '"The board called it “a formality” and moved on'
    quoted, unbalanced = quotations(text, _paragraphs(text))
    assert unbalanced == [0] and quoted[0].end == len(text)


def test_an_opening_mark_typed_as_the_closer_after_the_last_comma_closes_the_quotation():
    text = "“We counted every ballot twice, “the tally officer Ana Ruiz said. Then the hall emptied."
    quoted, unbalanced = quotations(text, _paragraphs(text))
    assert [text[q.start:q.end] for q in quoted] == ["“We counted every ballot twice, “"] and not unbalanced



def test_an_opening_mark_not_after_the_quotations_punctuation_leaves_it_unbalanced():
    text = "“We counted every ballot “twice and left."
    quoted, unbalanced = quotations(text, _paragraphs(text))
    assert quoted[0].end == len(text) and unbalanced == [0]


def test_a_mistyped_closer_does_not_join_the_quotation_to_the_next_paragraph():
    text = "“We won, “Ana Ruiz said.\n“The count was fair,” Tomas Brel added."
    assert _found(text) == ["“We won, “", "“The count was fair,”"]


def test_a_quote_left_open_closes_in_the_next_paragraph_without_a_reopening_mark():
    text = "“We will rebuild the harbour wall.\nIt will take two years,” she said.\nThen prose."
    quoted, unbalanced = quotations(text, _paragraphs(text))
    assert [text[q.start:q.end] for q in quoted] == [text[: text.index("” ") + 1]] and not unbalanced


def test_a_quote_left_open_stays_cut_when_the_next_paragraph_opens_a_quotation_first():
    text = "“We will rebuild the harbour wall.\nShe said “soon” and left.”"
    quoted, unbalanced = quotations(text, _paragraphs(text))
    assert text[quoted[0].start:quoted[0].end] == "“We will rebuild the harbour wall." and unbalanced == [0]
