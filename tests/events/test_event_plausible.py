"""Conflict events need a text that supports them: verb patterns, actors that can act, objects that can be
acted on, and stories PETRARCH2 does not discard (events/patterns.py, events/plausible.py)."""

from __future__ import annotations

import pytest
from tests.events.conftest import by_trigger, run, texts

CONFLICT = {"take control", "lose control", "FIGHT", "ASSAULT", "destroy", "damage", "COERCE", "MOBILIZE"}


def conflict_triggers(text: str) -> list[str]:
    return [e.trigger.text for e in run(text).events if e.type in CONFLICT]


@pytest.mark.parametrize("sentence", [
    "Norco Motors entered the Calderan market in 2019.",
    "Its new plant entered service last spring.",
    "Velmar entered a recession after two quarters of decline.",
    "Tessa Varn fought cancer for six years.",
    "Fears of a slowdown hurt Harbour Wire shares on Monday.",
    "The old admiral died of natural causes in Ostra.",
    "Harbour Wire shares recovered later in the day.",
])
def test_business_technology_and_figurative_senses_give_no_conflict_event(sentence):
    assert conflict_triggers(sentence) == []


def test_a_verb_the_dictionary_codes_only_by_pattern_is_an_event_where_the_pattern_matches():
    event = by_trigger(run("Calderan troops entered the town of Tobrin on Monday."), "entered")
    assert event.type == "FIGHT"


def test_burning_a_building_destroys_property_whatever_the_building():
    assert by_trigger(run("Militia fighters burned the library of Tobrin."), "burned").type == "destroy"


def test_a_story_the_discard_dictionary_marks_as_sport_has_no_conflict_event():
    text = ("Ana Lind beat the defending champion Mira Holt 7-5, 6-4 to win the French Open on Saturday. "
            "Lind attacked from the baseline throughout.")
    assert conflict_triggers(text) == []


def test_force_against_people_stays_an_event_with_or_without_a_named_actor():
    assert conflict_triggers("Six police officers were wounded when gunmen attacked a police station.") == [
        "wounded", "attacked"]
    assert conflict_triggers("Air strikes killed twelve rebel fighters near Ostra.") == ["killed"]


def test_dismissals_and_successions_are_no_fight_or_change_of_control():
    assert conflict_triggers("One year later he was fired from the company.") == []
    assert conflict_triggers("Ana Lind will take over as chief executive in May.") == []
    assert conflict_triggers("Soldiers fired at the crowd in Tobrin.") == ["fired"]
    assert conflict_triggers("Rebels took over the town of Tobrin.") == ["took"]


def test_a_control_verb_with_a_particle_of_its_own_is_another_verb():
    assert conflict_triggers("Velmar wants to take on Berlin at its own game.") == []
    assert conflict_triggers("Government forces took back the town of Tobrin on Monday.") == ["took"]


def test_wound_up_is_the_past_of_wind_not_an_injury():
    assert conflict_triggers("Their calls wound up being answered by a firm in Tobrin.") == []
    assert conflict_triggers("The blast wounded three soldiers in Tobrin.") == ["wounded"]


@pytest.mark.parametrize("sentence", [
    "Our units entered the old market at dawn, said Colonel Ivo Marrek.",
    "Calderan soldiers entered Tobrin on Monday.",
])
def test_a_pattern_set_of_soldiers_and_towns_matches_any_soldiers_and_any_place(sentence):
    assert conflict_triggers(sentence) == ["entered"]


@pytest.mark.parametrize("sentence, trigger, kind, target", [
    ("The Ridge Brigade militia executed three prisoners in Tobrin.", "executed", "execute", "prisoners"),
    ("Gunmen shot two hostages outside the Velmar customs post.", "shot", "ASSAULT", "hostages"),
    ("Calderan police beat several defendants in the courtyard.", "beat", "ASSAULT", "defendants"),
])
def test_people_the_cameo_sets_name_can_be_acted_on_and_force_on_captives_is_one_sided(sentence, trigger, kind, target):
    event = by_trigger(run(sentence), trigger)
    assert (event.type, texts(event.targets)) == (kind, [target])


def test_role_nouns_built_on_the_agents_substitution_sets_can_act_and_be_acted_on():
    doc = run("Gunmen killed four policemen in Tobrin. Fishermen stormed the harbour office in Ostra.")
    assert texts(by_trigger(doc, "killed").targets) == ["policemen"]
    assert texts(by_trigger(doc, "stormed").actors) == ["Fishermen"]


def test_a_bare_count_killed_stands_for_people():
    doc = run("Soldiers opened fire on demonstrators in Tobrin, killing three.")
    killing = by_trigger(doc, "killing")
    assert (killing.type, texts(killing.actors)) == ("ASSAULT", ["Soldiers"])
    assert by_trigger(run("An air strike hit the Velk hospital, killing five."), "killing").type == "FIGHT"
    assert conflict_triggers("Norco shares fell 3 percent, hitting 300.") == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("The closure threatens the island's slow recovery, the mayor said.", "threatens"),
    ("This threatens the whole harbour trade, the mayor said.", "threatens"),
    ("The harbour deal will give the ferry workers a harder winter.", "give"),
    ("The agreement allows the ferry line to raise its fares in spring.", "allows"),
])
def test_an_abstraction_or_a_state_of_affairs_does_no_act(sentence, word):
    assert [e for e in run(sentence).events if e.trigger.text == word] == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("The Umma party threatened to boycott the vote in Tobrin.", "threatened"),
    ("The harbour workers threatened to strike in Tobrin.", "threatened"),
    ("The ferry officials agreed to reopen the night line.", "agreed"),
    ("The advisory board declined to lower the fares.", "declined"),
    ("The head of the harbour union threatened to strike in Tobrin.", "threatened"),
    ("The head of the ferry mission arrived in Tobrin and met the mayor.", "met"),
    ("A roadside bomb killed two soldiers near Tobrin.", "killed"),
])
def test_a_named_group_people_a_body_of_people_or_a_weapon_still_act(sentence, word):
    assert [e for e in run(sentence).events if e.trigger.text == word] != []
