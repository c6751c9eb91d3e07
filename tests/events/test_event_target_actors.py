"""The actors an event affects (`target_actors`, PLOVER's target) beside what it acts on (`targets`), on
fictional sentences."""

from __future__ import annotations

from tests.events.conftest import by_trigger, run, texts


def test_positions_of_a_force_affect_the_force():
    event = by_trigger(run("Ridge Brigade mortars shelled positions of the Calderan border guards near Velmar."),
                       "shelled")
    assert texts(event.targets) == ["positions"]
    assert texts(event.target_actors) == ["Calderan border guards"]


def test_homes_named_by_a_nationality_affect_that_nationality():
    event = by_trigger(run("Army bulldozers demolished Kurdish homes near Velmar on Sunday."), "demolished")
    assert texts(event.targets) == ["Kurdish homes"] and texts(event.target_actors) == ["Kurdish"]


def test_a_possessed_thing_affects_its_possessor():
    event = by_trigger(run("Rebels torched the governor's convoy outside Velmar."), "torched")
    assert texts(event.target_actors) == ["governor"]


def test_a_camp_for_refugees_affects_the_refugees():
    event = by_trigger(run("Militiamen shelled a camp for Sudanese refugees near Velmar."), "shelled")
    assert texts(event.targets) == ["camp"] and texts(event.target_actors) == ["Sudanese refugees"]


def test_a_town_named_after_of_is_the_place_affected():
    event = by_trigger(run("The army imposed a night curfew on the village of Dovrenko."), "imposed")
    assert texts(event.target_actors) == ["Dovrenko"]


def test_a_thing_with_no_owner_in_the_text_affects_no_actor():
    event = by_trigger(run("Protesters blocked roads in the capital."), "blocked")
    assert texts(event.targets) == ["roads"] and event.target_actors == []


def test_a_person_acted_on_is_the_actor_affected():
    event = by_trigger(run("Police arrested three journalists in Velmar."), "arrested")
    assert texts(event.target_actors) == texts(event.targets) == ["journalists"]


def test_withdrawing_its_own_troops_affects_the_place_left():
    event = by_trigger(run("Norland said it will withdraw its troops from Caldera."), "withdraw")
    assert texts(event.targets) == ["its troops"] and texts(event.target_actors) == ["Caldera"]


def test_opening_borders_to_refugees_affects_the_refugees():
    event = by_trigger(run("Norland opened its borders to Calderan refugees."), "opened")
    assert texts(event.target_actors) == ["Calderan refugees"]


def test_sanctions_on_a_named_faction_affect_the_faction():
    event = by_trigger(run("The council imposed sanctions on the Ridge Brigade militia."), "imposed")
    assert event.type == "SANCTION" and texts(event.target_actors) == ["Ridge Brigade"]


def test_a_threat_affects_the_subject_of_its_condition():
    event = by_trigger(run("Norland threatened to halt talks if Caldera deploys new missiles."), "threatened")
    assert event.type == "THREATEN" and texts(event.target_actors) == ["Caldera"]


def test_two_nationalities_sharing_a_noun_are_two_actors():
    event = by_trigger(run("Calderan and Norlandic officials agreed to reopen the border."), "agreed")
    assert texts(event.actors) == ["Calderan", "Norlandic officials"]


def test_a_mediation_between_two_sides_affects_both_and_stops_at_a_relative_clause():
    event = by_trigger(run("The envoy launched a mediation effort between Norland and Caldera whose ties have "
                           "worsened."), "launched")
    assert texts(event.target_actors) == ["Norland", "Caldera"]


def test_an_investigation_into_crimes_affects_who_committed_them():
    event = by_trigger(run("Military police launched an investigation into killings committed by Ridge Brigade "
                           "forces."), "launched")
    assert event.type == "INVESTIGATE" and texts(event.target_actors) == ["Ridge Brigade"]


def test_a_demand_pressed_on_a_government_affects_the_government():
    event = by_trigger(run("Farmers blocked roads to press their demands for subsidies from the Velmar "
                           "government."), "blocked")
    assert texts(event.targets) == ["roads"] and texts(event.target_actors) == ["Velmar government"]


def test_most_of_a_group_names_the_group():
    event = by_trigger(run("Norland opened its borders to most Calderan refugees on Monday."), "opened")
    assert texts(event.target_actors) == ["Calderan refugees"]


def test_mobilised_forces_are_the_actors_own_and_the_enemy_is_affected():
    event = by_trigger(run("Norland mobilized navy reservists for a looming conflict with Caldera."), "mobilized")
    assert event.type == "MOBILIZE"
    assert texts(event.targets) == ["navy reservists"] and texts(event.target_actors) == ["Caldera"]


def test_a_noun_followed_by_its_name_affects_the_name():
    event = by_trigger(run("The junta ordered the opposition newspaper Kessa Voice to stop printing."), "ordered")
    assert texts(event.target_actors) == ["Kessa Voice"]


def test_a_protest_of_a_refusal_affects_who_refused():
    event = by_trigger(run("Calderan dockers began a week-long hunger strike in protest of Velmar's refusal to "
                           "raise wages."), "began")
    assert texts(event.target_actors) == ["Velmar"]


def test_a_counted_group_after_up_to_is_the_target():
    event = by_trigger(run("Ridge Brigade fighters kidnapped up to 12 Calderan engineers from a market."), "kidnapped")
    assert texts(event.targets) == texts(event.target_actors) == ["Calderan engineers"]


def test_a_circumstance_names_no_affected_actor():
    event = by_trigger(run("The council agreed to an extension of the mission despite Norland's objections."),
                       "agreed")
    assert event.target_actors == []


def test_a_weapon_as_subject_stands_for_its_operator():
    event = by_trigger(run("Norlandic army bulldozers demolished homes in Velmar on Sunday."), "demolished")
    assert texts(event.actors) == ["Norlandic army"]
    event = by_trigger(run("Kurdish tanks shelled the outskirts of Velmar."), "shelled")
    assert texts(event.actors) == ["Kurdish"]
