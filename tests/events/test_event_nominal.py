"""Events named by a noun (events/nominal.py) and seizures of power, on fictional articles: a noun of force or
protest with its doer is an event with its own date and place; without a doer, or naming no event, it is
not one."""

from __future__ import annotations

from tests.events.conftest import by_trigger, run, texts


def test_a_noun_of_force_with_its_doer_is_an_event_dated_and_placed_by_its_sentence():
    doc = run("Ministers met on Friday. The rebel attack on the garrison in Velmar on March 3, 2023 killed nine.")
    event = by_trigger(doc, "attack")
    assert event.type == "FIGHT"
    assert texts(event.actors) == ["rebel"] and texts(event.targets) == ["garrison"]
    assert event.place is not None and event.place.mention.text == "Velmar"
    assert event.date == "2023-03-03"


def test_a_protest_named_by_its_organisers_modifier_is_a_protest_event():
    doc = run("An opposition protest in Velmar was broken up by the police on Saturday.")
    event = by_trigger(doc, "protest")
    assert event.type == "PROTEST" and texts(event.actors) == ["opposition"]


def test_a_noun_event_without_a_doer_is_not_read():
    doc = run("The protest surprised the town of Velmar on Monday.")
    assert "protest" not in [e.trigger.text for e in doc.events]


def test_a_noun_whose_of_object_cannot_be_acted_on_is_no_conflict_event():
    doc = run("Investors worried about Norlanders' high levels of debt.")
    assert "levels" not in [e.trigger.text for e in doc.events]


def test_a_noun_staged_by_a_light_verb_is_one_event_not_two():
    doc = run("Militia fighters launched an attack on the customs post on Monday.")
    assert [e.trigger.text for e in doc.events if e.type == "FIGHT"] == ["launched"]


def test_a_planned_noun_event_is_planned():
    doc = run("The army officers planned a military coup against the president.")
    assert by_trigger(doc, "coup").modality == "planned"


def test_a_hyphenated_protest_the_parser_splits_is_read_as_one_noun():
    doc = run("The students' sit-in at Velmar university entered its third day.")
    assert by_trigger(doc, "in").type == "PROTEST"


def test_a_coup_and_a_toppled_ruler_are_takings_of_control_but_a_toppled_company_is_not():
    doc = run("The military junta toppled President Ivo Marrek in February 2010. Norland Motors was toppled from "
              "the top spot by a rival.")
    toppled = [e for e in doc.events if e.trigger.text == "toppled"]
    assert [e.type for e in toppled] == ["take control"]
    assert texts(toppled[0].actors) == ["military junta"]
    assert by_trigger(run("A military coup in Norland in 2010 ended the crisis."), "coup").type == "take control"


def test_soldiers_who_took_power_take_control_but_a_company_taking_power_tools_does_not():
    doc = run("Army soldiers took power in Velmar in March.")
    assert by_trigger(doc, "took").type == "take control"
    assert not [e for e in run("The shop took power tools from the supplier.").events if e.type == "take control"]


def test_a_possessive_pronoun_doer_is_the_subject_of_its_clause():
    doc = run("Striking Velmar dockers marched to the port and announced their sit-in on Monday.")
    event = by_trigger(doc, "in")
    assert event.type == "PROTEST"
    assert texts(event.actors) == ["their"] and event.actors[0].name == "Striking Velmar dockers"


def test_a_possessive_pronoun_of_another_number_is_not_bound_to_the_subject():
    doc = run("The union leader announced their sit-in on Monday.")
    actor = by_trigger(doc, "in").actors[0]
    assert actor.mention.text == "their" and actor.name is None


def test_the_object_of_by_is_a_noun_events_doer():
    event = by_trigger(run("Protests by students spread across Velmar on Monday."), "Protests")
    assert event.type == "PROTEST" and texts(event.actors) == ["students"]
