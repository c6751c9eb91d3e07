"""Cue frames read from a parse given word by word, so the parser's mood cannot hide the case under test."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.language import load
from dateline.quotes import cues

# "If the pier levy had been proposed in the last century—when barges ruled the estuary—the fee would have failed."
WORDS = ["If", "the", "pier", "levy", "had", "been", "proposed", "in", "the", "last", "century", "—", "when",
         "barges", "ruled", "the", "estuary", "—", "the", "fee", "would", "have", "failed", "."]
SPACES = [True] * 10 + [False, False] + [True] * 4 + [False, False] + [True] * 4 + [False, False]
HEADS = [6, 3, 3, 6, 6, 6, 22, 6, 10, 10, 7, 10, 14, 14, 22, 16, 14, 16, 19, 22, 22, 22, 22, 22]
DEPS = ["mark", "det", "compound", "nsubjpass", "aux", "auxpass", "advcl", "prep", "det", "amod", "pobj", "punct",
        "advmod", "nsubj", "advcl", "det", "dobj", "punct", "det", "nsubj", "aux", "aux", "ROOT", "punct"]
POS = ["SCONJ", "DET", "NOUN", "NOUN", "AUX", "AUX", "VERB", "ADP", "DET", "ADJ", "NOUN", "PUNCT", "SCONJ",
       "NOUN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "AUX", "AUX", "VERB", "PUNCT"]
LEMMAS = ["if", "the", "pier", "levy", "have", "be", "propose", "in", "the", "last", "century", "—", "when",
          "barge", "rule", "the", "estuary", "—", "the", "fee", "would", "have", "fail", "."]
ENTS = ["O"] * 8 + ["B-DATE", "I-DATE", "I-DATE"] + ["O"] * 13


def test_a_time_phrase_that_is_all_a_cue_governs_reports_nothing_and_does_not_fail():
    doc = Doc(load("en_core_web_sm").vocab, words=WORDS, spaces=SPACES, heads=HEADS, deps=DEPS, pos=POS,
              lemmas=LEMMAS, ents=ENTS)
    frame = cues._verb_frame(doc[6])
    assert frame is None or frame.content is None
