"""Story-level reading for "when did this town change hands": coordinated control verbs, pronoun places,
refusals and events dated by a placed duration (fictional articles)."""

from __future__ import annotations

from tests.events.conftest import by_trigger, run

from dateline.events.report import select

TOBRIN = (
    "Militias captured the town of Tobrin in Corvania on June 3, 2019, but lost it on July 20. "
    "In the six weeks that followed, they destroyed the library and the museum. "
    "The army retook it on May 2, 2020."
)


def test_a_verb_coordinated_with_a_capture_that_loses_it_is_a_loss_of_control_by_the_same_actor():
    event = by_trigger(run(TOBRIN), "lost")
    assert event.type == "lose control"
    assert [a.mention.text for a in event.actors] == ["Militias"]
    assert event.date == "2019-07-20"


def test_a_pronoun_target_keeps_its_mention_and_is_named_after_the_place_taken_before():
    doc = run(TOBRIN)
    event = by_trigger(doc, "retook")
    target = event.targets[0]
    assert target.mention.text == "it"
    assert target.name == "Tobrin"  # the town taken and lost, not the country it lies in
    assert next(e for e in doc.entities if e.id == target.entity).name == "Tobrin"
    assert event.place is not None and event.place.name == "Tobrin"


def test_a_pronoun_with_no_place_before_it_stays_unnamed():
    event = by_trigger(run("The rebels said on Monday that they had captured it."), "captured")
    assert event.targets[0].mention.text == "it"
    assert event.targets[0].name is None and event.targets[0].entity is None


def test_a_spoken_refusal_to_withdraw_is_a_rejection_that_was_made_not_a_negated_one():
    event = by_trigger(run('"We will not withdraw from the valley," said Major Ilse Varga.'), "withdraw")
    assert (event.type, event.modality, event.status) == ("REJECT", "reported", "attributed")


def test_an_event_in_a_placed_duration_is_dated_by_its_period():
    doc = run(TOBRIN)
    event = by_trigger(doc, "destroyed")
    duration = next(t for t in doc.timexes if t.id == event.time)
    assert duration.type == "DURATION" and duration.period
    assert event.date == duration.period and event.date.startswith("2019-07-20/")


def test_events_dated_by_a_period_are_listed_by_its_start():
    rows = select([run(TOBRIN)])
    assert [row.event.trigger.text for row in rows] == ["captured", "lost", "destroyed", "retook"]
