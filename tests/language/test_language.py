import os
import subprocess
import sys

import pytest
import spacy
from spacy.tokens import Span as SpacySpan

from dateline import extract_text
from dateline.config import Settings
from dateline.language.entities import entities

ARTICLE = (
    "Dr. Ada Okafor, the health minister, visited the clinic in Port Harrow on Monday. "
    "Okafor said the outbreak was under control.\n\n"
    "The Eastern Relief Agency sent two lorries of medicine. The Agency said more would follow."
)


@pytest.fixture(scope="module")
def doc():
    return extract_text(ARTICLE, kind="article-text", settings=Settings(stages=("clean", "language")))


def test_sentences_are_offsets_into_the_text(doc):
    assert len(doc.sentences) == 4
    first = doc.sentences[0]
    assert doc.text[first.start:first.end].startswith("Dr. Ada Okafor")
    assert all(doc.text[s.start:s.end] == doc.text[s.start:s.end].strip() for s in doc.sentences)


def test_surname_mention_joins_the_full_name(doc):
    people = [e for e in doc.entities if e.label == "PERSON"]
    okafor = next(e for e in people if e.name == "Ada Okafor")
    assert [m.text for m in okafor.mentions] == ["Ada Okafor", "Okafor"]
    assert not any(e.name == "Okafor" for e in people)


def test_a_name_written_in_capitals_and_in_prose_is_named_as_the_prose_writes_it_on_every_run():
    text = "Among them is Petra Lind, who runs the night ferry.\n\nPETRA LIND: The beach was short of hands."
    for seed in ("1", "2", "3"):  # the hash seed orders sets: the name must not hang on it
        found = subprocess.run([sys.executable, "-c", _NAME_OF_LIND, text], capture_output=True, text=True,
                               env={**os.environ, "PYTHONHASHSEED": seed}, check=True)
        assert found.stdout.split("\n")[0] == "Petra Lind"


_NAME_OF_LIND = (
    "import sys\nfrom dateline import extract_text\nfrom dateline.config import Settings\n"
    "doc = extract_text(sys.argv[1], kind='article-text', settings=Settings(stages=('clean', 'language')))\n"
    "print(next(e.name for e in doc.entities if e.label == 'PERSON'))")


def test_mentions_point_at_their_text(doc):
    for entity in doc.entities:
        for mention in entity.mentions:
            assert doc.text[mention.start:mention.end] == mention.text


def test_unknown_model_name_gives_a_clear_error():
    doc = extract_text(ARTICLE, kind="article-text",
                       settings=Settings(stages=("clean", "language"), spacy_model="no_such_pipeline"))
    assert doc.errors and doc.errors[0].code == "stage-failed"
    assert "no_such_pipeline" in doc.errors[0].message



def test_a_place_name_replaces_the_recognisers_mention_of_its_part():
    parsed = spacy.blank("en")("ST. LOUIS (AP) - The river rose again on Monday.")
    louis = next(t.i for t in parsed if t.text == "LOUIS")
    parsed.ents = [SpacySpan(parsed, louis, louis + 1, label="GPE")]
    assert [(e.label, e.name) for e in entities(parsed)] == [("GPE", "ST. LOUIS")]


def test_a_place_opening_a_person_s_mention_joins_its_place_and_the_person_stays():
    parsed = spacy.blank("en")("Rain fell on Wooster overnight. Wooster Mayor Tamsin Hale closed the park.")
    first = next(t.i for t in parsed if t.text == "Wooster")
    mayor = next(t.i for t in parsed if t.text == "Mayor")
    parsed.ents = [SpacySpan(parsed, first, first + 1, label="GPE"),
                   SpacySpan(parsed, mayor - 1, mayor + 3, label="PERSON")]
    found = {(e.label, e.name): [m.text for m in e.mentions] for e in entities(parsed)}
    assert found[("GPE", "Wooster")] == ["Wooster", "Wooster"]
    assert found[("PERSON", "Wooster Mayor Tamsin Hale")] == ["Wooster Mayor Tamsin Hale"]


def test_a_dateline_town_joined_to_a_person_as_a_surname_leaves_the_person_a_person():
    parsed = spacy.blank("en")("JACKSON, Miss. - The library opened on Monday, its director Ada Jackson said.")
    parsed[0].pos_ = "PROPN"  # the surname rule joins an unlabelled proper noun to the one person named so
    ada = next(t.i for t in parsed if t.text == "Ada")
    parsed.ents = [SpacySpan(parsed, ada, ada + 2, label="PERSON")]
    found = {(e.label, e.name): [m.text for m in e.mentions] for e in entities(parsed)}
    assert found[("GPE", "JACKSON")] == ["JACKSON"]
    assert found[("PERSON", "Ada Jackson")] == ["Ada Jackson"]
