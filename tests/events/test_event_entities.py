"""Entities refined by the events stage: sites, armed groups, merged aliases."""

from __future__ import annotations

import re

from tests.events.conftest import run

from dateline import extract_text
from dateline.config import Settings
from dateline.events.entities import refine
from dateline.events.lexicon import lexicon
from dateline.language import parse
from dateline.record import Entity, EntityMention


def _by_name(doc, text):
    return next(e for e in doc.entities if text in e.name or text in e.aliases)


def test_a_heritage_site_the_small_model_misses_becomes_a_site_entity():
    doc = run("The 14th-century Grand Mosque of Taldora was damaged by shelling on Sunday.")
    site = _by_name(doc, "Grand Mosque")
    assert site.label == "SITE"


def test_an_organisation_named_as_a_front_is_an_armed_group(harbour):
    assert _by_name(harbour, "Northern Coast Front").label == "ARMED_GROUP"


def test_a_name_and_the_abbreviation_the_text_defines_are_one_entity():
    doc = run("The Eastern Valley Liberation Army (EVLA) shelled the town. Later the EVLA withdrew.")
    group = _by_name(doc, "Eastern Valley Liberation Army")
    assert "EVLA" in group.aliases
    assert sum(1 for e in doc.entities if "EVLA" in [e.name, *e.aliases]) == 1
    assert len([m for m in group.mentions if m.text == "EVLA"]) >= 1


def test_a_name_described_as_a_town_is_a_place():
    doc = run("Fighters entered Qal'at Noor, a small market town, on Friday.")
    assert any(e.label == "GPE" and "Noor" in e.name for e in doc.entities)


def test_a_state_named_inside_an_organisation_places_the_towns_of_the_article():
    doc = run("Officers of the Georgia Forestry Commission inspected a sawmill in Albany on Tuesday.")
    albany = _by_name(doc, "Albany")
    assert albany.place is not None and albany.place.country == "US"
    assert 30 < albany.place.lat < 32.5 and -85 < albany.place.lon < -83  # Albany, Georgia; not New York's


def test_role_nouns_the_text_equates_are_one_actor_with_every_later_use():
    doc = run("The army, government troops loyal to the governor, retook Tobrin on Monday. On Tuesday government "
              "troops shelled the bridge at Varnaya.")
    army = _by_name(doc, "army")
    assert army.label == "ARMED_GROUP" and army.aliases == ["government troops"]
    assert [m.text for m in army.mentions] == ["army", "government troops", "government troops"]
    shelled = next(e for e in doc.events if e.trigger.text == "shelled")
    assert [a.entity for a in shelled.actors] == [army.id]


def test_a_role_noun_in_apposition_to_a_named_group_is_a_mention_of_it():
    doc = run("Rebel fighters, the Northern Coast Front, entered Tobrin on Friday.")
    front = _by_name(doc, "Northern Coast Front")
    assert "Rebel fighters" in [m.text for m in front.mentions]


def test_role_nouns_side_by_side_without_apposition_stay_apart():
    doc = run("Government troops and rebel fighters clashed near Tobrin on Friday.")
    assert not any(e.label == "ARMED_GROUP" and "troops" in e.name for e in doc.entities)


def test_a_role_noun_beside_a_named_person_is_that_person_only_there():
    doc = run("Corporal Maria Lindqvist, a soldier with the border unit, was wounded in Tobrin on Monday. Another "
              "soldier was killed in the blast.")
    person = _by_name(doc, "Maria Lindqvist")
    assert [m.text for m in person.mentions] == ["Maria Lindqvist", "soldier"]
    assert person.label == "PERSON" and person.aliases == []
    killed = next(e for e in doc.events if e.trigger.text == "killed")
    assert [a.entity for a in killed.target_actors] == [None]


def test_a_name_the_recogniser_missed_beside_a_role_noun_makes_no_group():
    doc = run("Sergeant Ana Ruiz, a soldier, was wounded in Tobrin on Monday.")
    assert not any(e.label == "ARMED_GROUP" for e in doc.entities)


def test_a_name_that_speaks_is_no_place_of_the_story_s_town():
    doc = run("AUSTIN, Texas — Netflix said on Tuesday it would open an office in Austin. Austin officials were glad.")
    netflix = _by_name(doc, "Netflix")
    assert netflix.place is None or netflix.place.lat is None


def _refined_as_person(text: str, name: str) -> str:
    """The label the events stage gives `name` when the recogniser labelled each of its uses a person."""
    doc = extract_text(text, kind="article-text", settings=Settings(stages=("clean", "language")))
    mentions = [EntityMention(start=m.start(), end=m.end(), text=name, label="PERSON")
                for m in re.finditer(re.escape(name), doc.text)]
    doc = doc.model_copy(update={"entities": [Entity(id="e1", label="PERSON", name=name, mentions=mentions)]})
    return next(e.label for e in refine(doc, parse(doc.text, "en_core_web_sm"), lexicon()).entities if e.name == name)


def test_a_name_written_with_the_definite_article_is_no_person():
    text = "The Harbormen were beaten again on Sunday. Coach Ida Vane said the Harbormen lost their nerve."
    assert _refined_as_person(text, "Harbormen") == "ORG"
    assert _refined_as_person("Sales of the Corvex rose in May. Dealers said the Corvex sold out.", "Corvex") == "OTHER"


def test_a_person_named_after_a_role_with_the_article_stays_a_person():
    text = "The mayor Ida Vane opened the bridge. Vane said the town had waited."
    assert _refined_as_person(text, "Ida Vane") == "PERSON"


def _refined(text: str, labelled: dict[str, str]) -> list[Entity]:
    """The entities the events stage makes when the recogniser labelled each use of each name of `labelled`
    (longest first, no use inside a longer one) with its label."""
    doc = extract_text(text, kind="article-text", settings=Settings(stages=("clean", "language")))
    entities, taken = [], []
    for number, (name, label) in enumerate(sorted(labelled.items(), key=lambda item: -len(item[0])), start=1):
        uses = [m for m in re.finditer(rf"\b{re.escape(name)}\b", doc.text)
                if not any(a <= m.start() < b for a, b in taken)]
        taken += [m.span() for m in uses]
        mentions = [EntityMention(start=m.start(), end=m.end(), text=name, label=label) for m in uses]
        entities.append(Entity(id=f"e{number}", label=label, name=name, mentions=mentions))
    doc = doc.model_copy(update={"entities": entities})
    return refine(doc, parse(doc.text, "en_core_web_sm"), lexicon()).entities


def _names(entities: list[Entity]) -> dict[str, list[str]]:
    return {e.name: sorted(m.text for m in e.mentions) for e in entities}


def test_an_organisation_named_by_the_leading_words_of_its_full_name_is_that_organisation():
    text = "Quillmark Motor Company opened a plant in May. Later Quillmark said sales rose."
    found = _names(_refined(text, {"Quillmark Motor Company": "ORG", "Quillmark": "ORG"}))
    assert found == {"Quillmark Motor Company": ["Quillmark", "Quillmark Motor Company"]}


def test_leading_words_two_organisations_share_join_neither():
    text = "Quillmark Motor Company and Quillmark Bank met in May. Later Quillmark said sales rose."
    found = _names(_refined(text, {"Quillmark Motor Company": "ORG", "Quillmark Bank": "ORG", "Quillmark": "ORG"}))
    assert found["Quillmark"] == ["Quillmark"]


def test_leading_words_join_no_branch_named_after_a_place():
    text = "Quillmark Norway opened a plant in May. Later Quillmark said sales rose."
    found = _refined(text, {"Quillmark Norway": "ORG", "Quillmark": "ORG"})
    assert _names(found)["Quillmark"] == ["Quillmark"]
    assert next(e for e in found if e.name == "Quillmark").place is None


def test_leading_words_join_no_product_or_thing_owned():
    text = "Quillmark 440 sold well in May. Quillmark's Vela Store opened. Later Quillmark said sales rose."
    found = _names(_refined(text, {"Quillmark 440": "ORG", "Quillmark's Vela Store": "ORG", "Quillmark": "ORG"}))
    assert found["Quillmark"] == ["Quillmark"]
