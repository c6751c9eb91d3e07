"""Event nouns, targets named inside abstract objects and actor names, on fictional sentences."""

from __future__ import annotations

from tests.events.conftest import by_trigger, run, texts


def test_a_light_verb_takes_the_type_of_its_event_noun():
    event = by_trigger(run("Thousands of students staged demonstrations in Velmar on Friday."), "staged")
    assert event.type == "PROTEST"
    assert texts(event.actors) == ["students"]


def test_clashes_between_two_sides_make_both_sides_actors():
    doc = run("Clashes between government forces and Ridge Brigade fighters erupted near Dovrenko.")
    event = by_trigger(doc, "erupted")
    assert event.type == "FIGHT"
    assert texts(event.actors)[0] == "government forces" and len(event.actors) == 2


def test_a_subject_noun_that_is_not_a_conflict_is_not_an_event():
    assert run("The council began construction of a new library in Velmar.").events == []


def test_the_nation_behind_a_rejected_proposal_is_the_target():
    event = by_trigger(run("Caldera rejected a Norland proposal for joint patrols."), "rejected")
    assert texts(event.targets) == ["Norland"]


def test_the_party_a_demand_is_made_of_is_the_target():
    event = by_trigger(run("Norland demanded that Caldera withdraw its troops."), "demanded")
    assert event.type == "DEMAND" and texts(event.targets) == ["Caldera"]


def test_a_threat_targets_whom_the_threatened_action_is_against():
    event = by_trigger(run("Caldera threatened to cut diplomatic relations with Norland."), "threatened")
    assert event.type == "THREATEN" and texts(event.targets) == ["Norland"]


def test_officials_of_a_named_organisation_are_the_organisation():
    event = by_trigger(run("Harbour League officials suspended fuel shipments to Velmar."), "suspended")
    assert event.type == "SANCTION" and texts(event.actors) == ["Harbour League"]


def test_a_weapons_operator_ends_after_the_actor_named_before_it():
    event = by_trigger(run("The Norlandic army's new bulldozers destroyed three homes in Tobrin."), "destroyed")
    assert texts(event.actors) == ["Norlandic army"]


def test_a_gerund_after_a_preposition_is_done_by_the_subject_of_its_clause():
    assert texts(by_trigger(run("Ridge Brigade fighters fled Tobrin after killing three guards."), "killing").actors) \
        == ["Ridge Brigade"]
    assert by_trigger(run("Colonel Ivo Marrek was accused of shelling Ostra."), "shelling").actors[0].name \
        == "Ivo Marrek"
    assert [e.type for e in run("The airbags are at risk of catching fire or injuring passengers.").events
            if e.type in ("ASSAULT", "FIGHT")] == []


def test_conjoined_passives_share_what_was_acted_on():
    doc = run("The port of Tobrin was captured by rebels in May and retaken by the Calderan army in June.")
    retaken = by_trigger(doc, "retaken")
    assert texts(retaken.actors) == ["Calderan army"]
    assert texts(retaken.targets) == ["port"]


def test_conjoined_passives_share_their_agent():
    doc = run("Four journalists were detained and beaten by border guards near Ostra on Monday.")
    detained = by_trigger(doc, "detained")
    assert texts(detained.actors) == ["border guards"]
    assert texts(by_trigger(doc, "beaten").targets) == ["journalists"]


def test_a_relative_pronoun_target_keeps_its_mention_and_names_its_noun():
    doc = run("Government troops entered Velk, which Ridge Brigade fighters had captured in May.")
    captured = by_trigger(doc, "captured")
    assert [(p.mention.text, p.name) for p in captured.targets] == [("which", "Velk")]


def test_a_passive_participle_on_a_noun_acts_on_that_noun():
    doc = run("Engineers began repairs on the Ostra bridge damaged by shelling in March.")
    assert texts(by_trigger(doc, "damaged").targets) == ["Ostra bridge"]


def test_a_date_after_an_actor_is_not_part_of_its_name():
    doc = run("The port of Tobrin was captured by rebels in May.")
    assert texts(by_trigger(doc, "captured").actors) == ["rebels"]


def test_a_counted_object_is_what_the_event_acts_on_and_the_recipient_stays_the_actor_affected():
    doc = run("The Velmar shipyard delivered four ferries to the Harbour League on Monday.")
    delivered = by_trigger(doc, "delivered")
    assert texts(delivered.targets) == ["ferries"]
    assert texts(delivered.target_actors) == ["Harbour League"]


def test_a_sum_of_money_is_what_a_gift_acts_on():
    doc = run("Norland will give $40 million to the Calderan government for the harbour.")
    assert texts(by_trigger(doc, "give").targets) == ["$40 million"]


def test_an_uncounted_abstract_object_still_names_its_actor():
    event = by_trigger(run("Caldera rejected a Norland proposal for joint patrols."), "rejected")
    assert texts(event.targets) == ["Norland"]


def test_an_infinitive_on_a_verbs_object_is_done_by_that_verbs_subject():
    doc = run("The Ridge Brigade rejected an invitation to attend talks with the Calderan government.")
    assert texts(by_trigger(doc, "attend").actors) == ["Ridge Brigade"]
    doc = run("Norland made the decision to expel two Calderan diplomats.")
    assert texts(by_trigger(doc, "expel").actors) == ["Norland"]


def test_an_infinitive_on_a_possessed_noun_is_done_by_its_possessor():
    doc = run("The rebels' attempt to retake Tobrin failed on Sunday.")
    assert texts(by_trigger(doc, "retake").actors) == ["rebels"]
    doc = run("Officials in Velmar criticised the harbour league's decision to suspend two captains.")
    assert texts(by_trigger(doc, "suspend").actors) == ["harbour league"]


def test_a_number_beginning_a_title_case_name_is_no_count_acted_on():
    event = by_trigger(run("The caller asked 9 On Your Side to keep her name out of the story."), "asked")
    assert "9" not in texts(event.targets)


def test_where_a_verb_of_going_goes_is_not_acted_on_and_a_visit_keeps_its_host():
    doc = run("The Velmar airliner can fly from Tobrin to Dovrenko without a stop.")
    assert texts(by_trigger(doc, "fly").targets) == []
    arrived = by_trigger(run("The Calderan foreign minister arrived in Norland on Monday for talks."), "arrived")
    assert texts(arrived.targets) == [] and texts(arrived.target_actors) == ["Norland"]
