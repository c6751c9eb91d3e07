"""Actors people would name: one entity per real-world actor across its names, pronouns resolved to people
and groups, forces named after a state's capital or seat are the state's (fictional articles; the armed
groups' names come from the PETRARCH2 actor dictionaries)."""

from __future__ import annotations

from tests.events.conftest import by_trigger, run


def entity_named(doc, name: str):
    found = [e for e in doc.entities if e.name == name or name in e.aliases]
    assert found, f"no entity named {name!r}: {[(e.name, e.aliases) for e in doc.entities]}"
    return found[0]


def test_every_name_of_an_armed_group_is_one_entity_with_its_aliases():
    doc = run("Islamic State fighters entered Tobrin on May 3. Daesh lost it a week later, and ISIS fighters fled "
              "east.")
    group = entity_named(doc, "Daesh")
    assert group.label == "ARMED_GROUP"
    assert {"Islamic State", "Daesh", "ISIS"} <= {group.name, *group.aliases}
    assert by_trigger(doc, "lost").actors[0].entity == group.id


def test_a_surname_and_a_name_with_rank_are_the_general_named_in_full_earlier():
    doc = run("Major General Omar Kessler said the army was ready. Kessler visited Ostra on Monday. "
              "General Kessler then left for Velmar.")
    general = entity_named(doc, "Omar Kessler")
    assert "Kessler" in general.aliases
    assert len([e for e in doc.entities if "Kessler" in e.name]) == 1
    assert by_trigger(doc, "left").actors[0].entity == general.id


def test_one_name_the_recogniser_labels_two_ways_is_one_place():
    doc = run("Rebels took the town of Qaryat under control on March 3. Qaryat had been quiet for years.")
    assert len([e for e in doc.entities if e.name == "Qaryat"]) == 1


def test_he_is_the_person_and_they_the_group_named_before_never_a_place():
    doc = run("Colonel Ivo Marrek arrived in Tobrin on Monday. He ordered the shelling of the ridge. "
              "The Ridge Brigade said it was ready. Later they shelled Ostra.")
    assert by_trigger(doc, "shelled").actors[0].name.endswith("Ridge Brigade")
    marrek = entity_named(doc, "Ivo Marrek")
    ordered = by_trigger(doc, "ordered")
    assert ordered.actors[0].entity == marrek.id


def test_forces_led_from_a_capital_or_seat_are_the_states_forces():
    doc = run("Damascus-led forces retook Tobrin on April 9. Kremlin-backed troops shelled Ostra. Kyiv's forces "
              "attacked the bridge at Velmar.")
    assert by_trigger(doc, "retook").actors[0].name == "Syria"
    assert by_trigger(doc, "shelled").actors[0].name == "Russia"
    assert by_trigger(doc, "attacked").actors[0].name == "Ukraine"


def test_control_worded_around_the_place_gives_take_and_lose_control_with_place_and_date():
    doc = run("Rebels took control of Tobrin on May 3, 2016. The army lost control of the port of Ostra. "
              "Tobrin fell to the army on June 2, 2016. The militants were driven out of Velmar. "
              "The Ridge Brigade captured Dovrenko on July 1, 2016, but lost it on July 9, 2016.",
              published="2016-08-01")
    took = by_trigger(doc, "took")
    assert (took.type, took.place.name, took.date) == ("take control", "Tobrin", "2016-05-03")
    assert by_trigger(doc, "fell").type == "take control"
    assert [p.mention.text for p in by_trigger(doc, "fell").actors] == ["army"]
    assert by_trigger(doc, "driven").type == "lose control"
    lost_it = [e for e in doc.events if e.trigger.text == "lost"][-1]
    assert (lost_it.type, lost_it.targets[0].name, lost_it.date) == ("lose control", "Dovrenko", "2016-07-09")


def test_losing_it_with_no_place_before_it_is_no_change_of_control():
    assert [e.type for e in run("He lost it when he was young.").events] == []


def test_a_role_the_text_equates_with_one_person_is_that_person_later():
    doc = run("Colonel Ivo Marrek, the commander of the garrison, arrived in Tobrin on Monday. "
              "Later the commander attacked Ostra.")
    marrek = entity_named(doc, "Ivo Marrek")
    assert by_trigger(doc, "attacked").actors[0].entity == marrek.id


def test_they_is_the_group_a_plural_role_noun_names_when_no_named_group_is_nearer():
    doc = run("Rebel fighters entered Tobrin on Monday. They burned the market and killed four policemen.")
    burned = by_trigger(doc, "burned")
    assert (burned.actors[0].mention.text, burned.actors[0].name) == ("They", "Rebel fighters")


def test_a_pronoun_is_never_another_participant_of_its_own_clause():
    doc = run("Hundreds of students marched through Ostra on Friday. Riot police detained twelve of them.")
    detained = by_trigger(doc, "detained")
    assert [(p.mention.text, p.name) for p in detained.targets] == [("them", "students")]


def test_it_acting_is_the_armed_group_or_force_named_before():
    doc = run("The Ridge Brigade grew out of a farmers' movement in 2011. In May it seized the port of Tobrin. "
              "The Calderan army crossed the border on Monday. On Tuesday it began to shell the town of Velk.")
    seized, shell = by_trigger(doc, "seized"), by_trigger(doc, "shell")
    assert (seized.type, seized.actors[0].name) == ("take control", "The Ridge Brigade")
    assert (shell.type, shell.actors[0].name) == ("FIGHT", "Calderan army")


def test_it_standing_for_a_company_or_a_price_does_not_fight():
    doc = run("Norco Motors reported a loss on Monday. It went up by 4 points, to take it to a new high. "
              "It attacked the plans of its rival Velmar Cars.")
    assert [e.trigger.text for e in doc.events if e.type in ("take control", "FIGHT", "ASSAULT")] == []


def test_driven_or_ousted_from_a_place_without_out_changes_control():
    doc = run("Government forces drove the Ridge Brigade from the town of Velk in May. "
              "The Ridge Brigade fighters were ousted from the port of Tobrin in June. "
              "Norco Motors ousted its chief executive from the board.")
    drove, ousted = by_trigger(doc, "drove"), by_trigger(doc, "ousted")
    assert (drove.type, drove.place.name) == ("take control", "Velk")
    assert (ousted.type, ousted.place.name) == ("lose control", "Tobrin")
    assert [e.type for e in doc.events if e.type in ("take control", "lose control")] == [
        "take control", "lose control"]


def test_a_pronoun_does_not_stand_for_a_name_that_only_qualifies_a_noun():
    doc = run("Anna Kovac criticised the Tomas Brel government on Monday. She also expelled two Velmar diplomats.")
    assert by_trigger(doc, "expelled").actors[0].name == "Anna Kovac"


def test_a_full_name_the_recogniser_took_for_an_organisation_is_the_person_its_surname_names():
    doc = run("Dalton quarterback Mason Rudell was shoved to the ground on Sunday. Rudell said he was fine, and "
              "Rudell left the field.")
    player = entity_named(doc, "Mason Rudell")
    assert player.label == "PERSON" and player.place is None and "Rudell" in player.aliases
    assert len([e for e in doc.entities if "Rudell" in e.name]) == 1


def test_a_surname_read_as_a_place_and_then_found_a_person_s_joins_the_person():
    doc = run("Studio executive Kevin Harlan said sales rose. It was the first time in Harlan's career that Harlan "
              "ran a studio.")
    executive = entity_named(doc, "Kevin Harlan")
    assert len(executive.mentions) == 3
    assert len([e for e in doc.entities if "Harlan" in e.name]) == 1
