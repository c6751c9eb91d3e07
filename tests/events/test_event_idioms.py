"""Events named by multi-word expressions and PLOVER types read from what a verb acts on (fictional)."""

from __future__ import annotations

import pytest
from tests.events.conftest import by_trigger, run


@pytest.mark.parametrize("sentence, trigger, kind", [
    ("Several hundred Corvanian villagers have sought refuge across the Maldoran border.", "sought", "DEMAND"),
    ("Prosecutors in Ostra put a Maldoran shipping agent under investigation for bribery.", "put", "INVESTIGATE"),
    ("Officials said that lifting the embargo on Corvania is out of the question.", "is", "REJECT"),
    ("The army has been holding villagers as human shields near the dam.", "holding", "ASSAULT"),
    ("Ostran and Maldoran frigates began two weeks of war games off the coast.", "began", "COOPERATE"),
    ("The Maldoran minister said his country is committed to reopening the border.", "committed", "AGREE"),
])
def test_a_multi_word_expression_names_the_event_no_single_word_names(sentence, trigger, kind):
    assert by_trigger(run(sentence), trigger).type == kind


@pytest.mark.parametrize("sentence, trigger, kind", [
    ("The governor shortened the nightly curfew in Ostra by two hours.", "shortened", "CONCEDE"),
    ("Maldoran envoys ended their mediation between the two parties on Friday.", "ended", "SANCTION"),
    ("The commission withdrew its inspectors from Corvania on Monday.", "withdrew", "SANCTION"),
    ("The Corvanian army withdrew its troops from the border town on Monday.", "withdrew", "RETREAT"),
    ("The two delegations travel to Ostra on Thursday for talks about the dam.", "travel", "CONSULT"),
    ("The league sent six experts to Corvania to investigate the shooting.", "sent", "INVESTIGATE"),
    ("An advance company of Ostran peacekeepers arrived in Corvania by ship.", "arrived", "AID"),
    ("The Ostran foreign minister arrived in Corvania on Tuesday.", "arrived", "CONSULT"),
])
def test_a_verb_is_typed_by_what_it_acts_on_or_is_for(sentence, trigger, kind):
    assert by_trigger(run(sentence), trigger).type == kind


def test_a_future_withdrawal_of_inspectors_is_a_threat():
    doc = run("The commission said it will withdraw its inspectors from Corvania.")
    assert by_trigger(doc, "withdraw").type == "THREATEN"


@pytest.mark.parametrize("sentence, trigger, kind", [
    ("Militiamen attacked a refugee camp near Ostra on Sunday.", "attacked", "ASSAULT"),
    ("A camp for Corvanian refugees near Ostra was attacked by gunmen at dawn.", "attacked", "ASSAULT"),
    ("Gunmen armed with machetes attacked the village of Tobrin at dawn.", "attacked", "ASSAULT"),
    ("Corvanian troops attacked rebel positions near Ostra on Sunday.", "attacked", "FIGHT"),
    ("Air strikes killed twelve rebel fighters near Ostra on Sunday.", "killed", "FIGHT"),
    ("A roadside bombing killed two soldiers near Ostra on Sunday.", "killed", "ASSAULT"),
])
def test_force_is_assault_against_the_unarmed_and_fight_between_armed_forces(sentence, trigger, kind):
    assert by_trigger(run(sentence), trigger).type == kind


def test_an_expression_followed_by_a_word_of_another_sense_names_no_event():
    doc = run("The Ostran smuggler was committed to prison for six years.")
    assert not [e for e in doc.events if e.trigger.text in ("was", "committed") and e.type == "AGREE"]


def test_an_expression_that_is_a_verbless_headline_does_not_fail_the_stage():
    doc = run("War games off Kessa")
    assert not doc.errors and "events" in doc.stages


@pytest.mark.parametrize("sentence, trigger, kind", [
    ("Joint exercises near the border worried officials, the minister said.", "said", None),
    ("The minister lost his position as party chairman.", "lost", None),
    ("Police from Little Rock fired on the gunmen in Tobrin.", "fired", "FIGHT"),
    ("The head of the peacekeeping mission arrived in Velmar on Monday.", "arrived", "CONSULT"),
])
def test_words_that_only_look_like_a_cue_do_not_type_the_event(sentence, trigger, kind):
    found = [e.type for e in run(sentence).events if e.trigger.text == trigger]
    assert found == ([kind] if kind else [])
