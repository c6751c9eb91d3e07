"""Speaker resolution helpers (fictional names)."""

from __future__ import annotations

from tests.quotes.conftest import quote_with

from dateline.quotes.speakers import _surnames_read_as_organisations
from dateline.record import Entity, EntityMention


def _entity(id_: str, label: str, name: str, at: int) -> Entity:
    return Entity(id=id_, label=label, name=name,
                  mentions=[EntityMention(start=at, end=at + len(name), text=name, label=label)])


def test_an_organisation_that_is_one_persons_surname_is_that_person():
    people = [_entity("e1", "PERSON", "Tomas Brel", 0), _entity("e2", "ORG", "Brel", 40),
              _entity("e3", "ORG", "Harbour League", 80)]
    assert _surnames_read_as_organisations(people) == {"e2": "e1"}


def test_a_surname_two_people_share_stays_an_organisation():
    people = [_entity("e1", "PERSON", "Tomas Brel", 0), _entity("e2", "PERSON", "Ana Brel", 20),
              _entity("e3", "ORG", "Brel", 40)]
    assert _surnames_read_as_organisations(people) == {}


def test_a_statement_speaks_for_the_organisation_that_issued_it(article):
    doc = article("Harbour\n\nOn Sunday the Welmouth Harbour Authority issued a statement calling the closure "
                  "“an insult to every crew on the quay.”\n")
    quote = quote_with(doc, "every crew")
    assert quote.speaker.mention.text == "a statement" and quote.speaker.name == "the Welmouth Harbour Authority"


def test_a_speech_speaks_for_the_person_who_delivered_it(article):
    doc = article("Harbour\n\nThe levy is meant to slow ''careless'' owners, not to raise money, according to a "
                  "speech Mrs. Kovac gave at the Welmouth Maritime College in May 2019.\n")
    quote = quote_with(doc, "careless")
    assert quote.speaker.name == "Kovac"


def test_a_document_without_a_named_author_is_left_unresolved_with_a_reason(article):
    doc = article("Harbour\n\n“The harbour lost money for a decade,” a report stated on Monday.\n")
    speaker = quote_with(doc, "lost money").speaker
    assert speaker.name is None and speaker.reason == "no named author for 'a report'"


def test_the_statement_speaks_for_whoever_issued_it_earlier(article):
    doc = article("Talks fail\n\nThe Harbour League said in a statement on Monday that the talks had failed.\n\n"
                  "Crews stayed on the quay overnight, according to dock workers.\n\n"
                  "“The talks will not resume before the spring,” the statement said.\n")
    quote = quote_with(doc, "The talks will not resume")
    assert quote.speaker.name == "The Harbour League" and quote.speaker.mention.text == "the statement"


def test_a_statement_with_an_owner_of_its_own_is_not_given_an_earlier_author(article):
    doc = article("Talks fail\n\nThe Harbour League said in a statement on Monday that the talks had failed.\n\n"
                  "“The talks were a waste of a week,” the union's statement said.\n")
    assert quote_with(doc, "a waste of a week").speaker.entity is None


def test_the_statement_of_an_unnamed_body_is_that_bodys_words(article):
    doc = article("Bridge\n\nThe army said in a statement on Monday that it had retaken the bridge.\n\n"
                  "“The bridge is once again under our full control,” said the statement.\n")
    speaker = quote_with(doc, "under our full control").speaker
    assert speaker.mention.text == "the statement" and speaker.name.lower() == "the army"
    assert speaker.entity is None and "not a recognised name" in speaker.reason


def test_a_spokesman_for_a_named_organisation_speaks_for_it(article):
    doc = article("Talks\n\n“The talks will resume next week,” a spokesman for the Harbour League said on Friday.\n")
    speaker = quote_with(doc, "The talks will resume").speaker
    assert speaker.name == "the Harbour League" and speaker.mention.text == "a spokesman"


def test_a_name_the_parser_hangs_under_of_a_village_is_the_speaker():
    # the parse en_core_web_sm gives some such sentences: the name as a modifier of 'village', the subject
    import spacy
    from spacy.tokens import Doc

    from dateline.quotes.speakers import Resolver

    words = ["Shirin", "Akter", "of", "Dalpur", "village", "praised", "it", "."]
    parsed = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 6 + [False, False],
                 heads=[1, 4, 1, 2, 5, 5, 5, 5],
                 deps=["compound", "nmod", "prep", "pobj", "nsubj", "ROOT", "dobj", "punct"],
                 pos=["PROPN", "PROPN", "ADP", "PROPN", "NOUN", "VERB", "PRON", "PUNCT"],
                 ents=["B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "O", "O"])
    people = [_entity("e1", "PERSON", "Shirin Akter", 0), _entity("e2", "GPE", "Dalpur", 16)]
    speaker = Resolver(parsed, people, []).resolve(parsed[0:5])
    assert speaker.entity == "e1" and speaker.name == "Shirin Akter"


def test_a_quantity_of_a_group_is_the_whole_phrase_and_names_the_group_before_it(article):
    doc = article("Fares\n\nThe harbour board met with a ferry captain in Welmouth and also talked to five other "
                  "skippers from along the coast. All of them claimed their fares doubled in the storm season.\n")
    speaker = quote_with(doc, "fares doubled").speaker
    assert speaker.mention.text == "All of them" and speaker.entity is None
    assert speaker.reason == "'All of them' refers to a group named before ('five other skippers'), not a named speaker"


def test_some_of_a_named_kind_of_people_is_an_unnamed_source(article):
    doc = article("Fares\n\nSome of the skippers said the fares doubled in the storm season.\n")
    speaker = quote_with(doc, "fares doubled").speaker
    assert speaker.mention.text == "Some of the skippers" and speaker.reason == "unnamed source 'Some of the skippers'"


def test_the_source_brought_in_without_a_name_is_an_unnamed_source(article):
    doc = article("Accounts\n\nSince the paper's first report, a new source close to the harbour board contacted the "
                  "newsroom.\n\nThe source said the board had kept two sets of accounts.\n")
    speaker = quote_with(doc, "two sets of accounts").speaker
    assert speaker.entity is None
    assert speaker.reason == ("unnamed source 'The source', introduced as 'a new source close to the harbour board' "
                              "and never named")


def test_they_names_the_plural_subject_before_it_over_a_nearer_plural_object(article):
    doc = article("Ferries\n\nSkippers expect the number of ferries on the coast to double by 2030. They say the "
                  "new routes will cut fares.\n")
    speaker = quote_with(doc, "cut fares").speaker
    assert speaker.reason == "'They' refers to a group named before ('Skippers'), not a named speaker"
