"""A text is parsed a line at a time and joined back: exactly the same text, a sentence never running across a
line break, the parser's memory bounded by a batch of lines, not by the text, and texts parsed together parsed as
each would be alone."""

from __future__ import annotations

from dateline.language import nlp

PARAGRAPH = ("The council said on Sunday it had reopened the ferry to Harbour after weeks of storms, a spokesman "
             "told reporters. \"We will keep it running,\" Amina Okafor said.")


def test_a_headline_without_a_full_stop_does_not_take_the_first_word_of_the_next_paragraph():
    text = ("Rebels retake port of Varnaya\n\nGovernment forces captured the port of Varnaya on June 3, but lost it "
            "on November 20 after heavy shelling.")
    parsed = nlp.parse_many([text], "en_core_web_sm")[0]
    assert [sent.text.strip() for sent in parsed.sents] == [text[:29], text[31:]]
    forces = next(token for token in parsed if token.text == "forces")
    assert forces.dep_ == "nsubj" and [child.text for child in forces.lefts] == ["Government"]


def test_a_long_text_is_parsed_in_batches_of_lines_into_one_doc_of_the_same_text(monkeypatch):
    monkeypatch.setattr(nlp, "BATCH_CHARS", 2_000)
    text = "\n\n".join([PARAGRAPH] * 40) + "\n\nA last paragraph, " + "very long " * 300 + "ends here.\n"
    pipeline = nlp.load("en_core_web_sm")
    joined = nlp.parse_many([text], "en_core_web_sm")[0]
    alone = [pipeline(line) for line in text.split("\n\n")]
    assert joined.text == text
    assert [t.text for t in joined if not t.is_space] == [t.text for doc in alone for t in doc if not t.is_space]
    assert [s.text.strip() for s in joined.sents if s.text.strip()] == \
        [s.text.strip() for doc in alone for s in doc.sents]
    assert [e.text for e in joined.ents] == [e.text for doc in alone for e in doc.ents]


def test_batches_hold_at_most_the_batch_size_and_a_longer_line_is_a_batch_of_its_own(monkeypatch):
    monkeypatch.setattr(nlp, "BATCH_CHARS", 100)
    lines = ["a" * 60 + "\n", "b" * 30 + "\n", "c" * 250 + "\n", "d"]
    assert [len(batch) for batch in nlp._batches(lines)] == [2, 1, 1]
    assert [line for batch in nlp._batches(lines) for line in batch] == lines


def test_texts_parsed_together_are_parsed_as_each_would_be_alone():
    texts = ["Rebels retake port of Varnaya\n\nGovernment forces captured the port on June 3.",
             PARAGRAPH, "", "One line only, said Dara Voss in Lagos.\n"]
    together = nlp.parse_many(texts, "en_core_web_sm")
    for text, doc in zip(texts, together, strict=True):
        alone = nlp.parse_many([text], "en_core_web_sm")[0]
        assert doc.text == text and nlp.text_of(doc) == text
        assert [(t.idx, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_) for t in doc] == \
            [(t.idx, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_) for t in alone]
        assert [(s.start, s.end) for s in doc.sents] == [(s.start, s.end) for s in alone.sents]


def test_parse_returns_the_parse_pinned_for_a_batch_and_lets_it_go_after():
    texts = [PARAGRAPH, "The ferry sailed on Friday."]
    with nlp.parsed_together(texts, "en_core_web_sm"):
        pinned = nlp.parse(texts[1], "en_core_web_sm")
        assert nlp.parse(texts[1], "en_core_web_sm") is pinned
    assert nlp.parse(texts[1], "en_core_web_sm") is not pinned
