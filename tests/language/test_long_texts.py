"""A long text is parsed a run of paragraphs at a time and joined back: the same text, tokens, sentences and
entities as one parse of the whole, with the parser's memory bounded by the run, not the text."""

from __future__ import annotations

from dateline.language import nlp

PARAGRAPH = ("The council said on Sunday it had reopened the ferry to Harbour after weeks of storms, a spokesman "
             "told reporters. \"We will keep it running,\" Amina Okafor said.")


def test_a_text_longer_than_a_run_is_parsed_in_runs_into_the_same_doc(monkeypatch):
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 2_000)
    text = "\n\n".join([PARAGRAPH] * 40) + "\n\nA last paragraph, " + "very long " * 300 + "ends here."
    pipeline = nlp.load("en_core_web_sm")
    runs = nlp._parse_in_chunks(pipeline, text)
    whole = pipeline(text)
    assert runs.text == text
    assert [t.text for t in runs] == [t.text for t in whole]
    assert [(s.start_char, s.end_char) for s in runs.sents] == [(s.start_char, s.end_char) for s in whole.sents]
    assert [(e.start_char, e.end_char, e.label_) for e in runs.ents] == \
        [(e.start_char, e.end_char, e.label_) for e in whole.ents]


def test_runs_end_at_paragraph_breaks_and_a_long_paragraph_is_a_run_of_its_own(monkeypatch):
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 100)
    text = "a" * 60 + "\n\n" + "b" * 60 + "\n\n" + "c" * 250 + "\n\nd"
    ends, start = [], 0
    while start < len(text):
        start = len(text) if len(text) - start <= nlp.CHUNK_CHARS else nlp._run_end(text, start)
        ends.append(start)
    assert ends == [62, 124, 376, len(text)]
