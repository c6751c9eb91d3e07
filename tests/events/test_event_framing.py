"""PLOVER types read from how a fictional sentence frames its action (events/framing.py)."""

from __future__ import annotations

from tests.events.conftest import by_trigger, run


def test_an_action_a_speaker_says_another_party_must_take_is_a_demand_by_the_speaker_of_that_party():
    event = by_trigger(run("Norland insisted that Caldera must free the trawler crews it detained."), "free")
    assert event.type == "DEMAND"
    assert [a.mention.text for a in event.actors] == ["Norland"]
    assert [t.mention.text for t in event.targets] == ["Caldera"]


def test_a_demand_put_in_the_passive_keeps_its_speaker_and_has_no_target_rather_than_failing():
    doc = run("The council said the ferry must be repaired before winter.")
    assert not doc.errors
    assert all(not event.targets for event in doc.events)


def test_a_conflictual_action_announced_for_the_future_is_a_threat():
    event = by_trigger(run("Farmers' unions said they would blockade the port of Velmar from Monday."), "blockade")
    assert event.type == "THREATEN" and event.modality == "planned"


def test_a_cooperative_action_someone_will_not_take_is_a_rejection():
    event = by_trigger(run("Caldera said it would not accept more grain shipments from Norland."), "accept")
    assert event.type == "REJECT"


def test_a_planned_action_with_a_condition_on_the_other_side_is_a_threat():
    doc = run("The Velmar government will withdraw its monitors from the border unless Norland ends the raids.")
    assert by_trigger(doc, "withdraw").type == "THREATEN"


def test_preparing_to_use_force_is_a_show_of_force():
    event = by_trigger(run("The artillery prepared to start shelling the ridge above Dovrenko again."), "shelling")
    assert event.type == "MOBILIZE"


def test_a_summons_to_complain_is_coded_for_its_content_and_counted_once():
    doc = run("The foreign minister summoned the Norland ambassador to complain about the raids.")
    assert [(e.trigger.text, e.type) for e in doc.events] == [("summoned", "DISAPPROVE")]
