"""Events read from fictional articles: types, participants, time, status and modality."""

from __future__ import annotations

import pytest
from tests.events.conftest import by_trigger, run, texts

from dateline.record import span_problems

CHANGING_HANDS = (
    "Rebels of the Western Ridge Brigade captured the town of Dovrenko on March 3, 2021. "
    "Government troops retook Dovrenko on June 9, 2021. "
    "The brigade seized the town again on January 15, 2023, and held it for a year."
)


def test_a_city_changing_hands_gives_one_control_event_per_change_in_date_order():
    doc = run(CHANGING_HANDS)
    control = [e for e in doc.events if e.type == "take control"]
    assert [e.trigger.text for e in control] == ["captured", "retook", "seized"]
    assert [e.date for e in control] == ["2021-03-03", "2021-06-09", "2023-01-15"]
    assert control[1].actors[0].mention.text == "Government troops"


def test_an_actor_named_through_of_is_linked_to_the_group_entity():
    doc = run(CHANGING_HANDS)
    actor = by_trigger(doc, "captured").actors[0]
    group = next(e for e in doc.entities if e.id == actor.entity)
    assert group.label == "ARMED_GROUP" and "Western Ridge Brigade" in group.name


def test_a_list_of_destroyed_sites_is_one_event_with_every_target():
    doc = run("Militants destroyed the Old Mill Museum, the covered market and three schools in Taldora.")
    event = by_trigger(doc, "destroyed")
    assert event.type == "destroy"
    assert [t.mention.text for t in event.targets] == ["Old Mill Museum", "covered market", "three schools"]
    assert [e for e in doc.events if e.type == "destroy"] == [event]


def test_shelling_a_list_of_buildings_is_one_event_with_three_targets():
    doc = run("The army shelled the school, the clinic and two bridges on Tuesday.")
    event = by_trigger(doc, "shelled")
    assert event.type == "FIGHT"
    assert len(event.targets) == 3


def test_a_claim_in_a_quote_is_attributed_and_the_outlets_own_statement_asserted():
    doc = run(
        "Militia fighters burned the customs post on the border road on Monday, witnesses told the paper. "
        '"Our forces captured the airport at dawn," said Colonel Ivo Marrek, a spokesman for the army.'
    )
    captured = by_trigger(doc, "captured")
    assert captured.status == "attributed"
    assert captured.claimed_by in {q.id for q in doc.quotes}
    doc2 = run("Militia fighters attacked the customs post on the border road on Monday.")
    assert by_trigger(doc2, "attacked").status == "asserted"


def test_a_hedged_future_event_is_possible_not_reported():
    doc = run("The envoy may visit the capital next week. The government will release the prisoners.")
    assert by_trigger(doc, "visit").modality == "possible"
    assert by_trigger(doc, "release").modality == "planned"


def test_a_denied_or_negated_event_is_negated():
    doc = run("The army did not attack the village, officials said.")
    assert by_trigger(doc, "attack").modality == "negated"


def test_a_promised_cooperative_action_is_coded_agree_as_plover_says():
    doc = run("Norland will provide food aid to the refugees in Caldera.")
    event = by_trigger(doc, "provide")
    assert event.type == "AGREE" and event.modality == "planned"
    assert [t.mention.text for t in event.targets] == ["refugees"]


def test_an_event_without_a_date_in_its_sentence_takes_the_last_date_of_its_paragraph():
    doc = run("Fighting broke out on April 4, 2024. Rebels attacked the police station.")
    assert by_trigger(doc, "attacked").date == "2024-04-04"


def test_speech_verbs_are_not_events():
    doc = run("The minister said the talks were useful.")
    assert not [e for e in doc.events if e.trigger.text == "said"]


def test_every_event_offset_points_into_the_text(harbour):
    assert harbour.events
    assert span_problems(harbour) == []


def test_the_bundled_example_finds_the_retaking_of_the_town_claimed_by_government_forces(harbour):
    event = by_trigger(harbour, "retaken")
    assert event.type == "take control"
    assert event.actors[0].mention.text == "Government forces"
    assert event.status == "attributed" and event.date == "2024-05-02"
    assert event.place is not None and event.place.mention.text == "Qaryat al-Bahr"


def test_an_action_someone_is_willing_to_take_is_planned():
    doc = run("Norland is willing to withdraw its gunboats from Caldera's waters, its foreign minister said.")
    event = by_trigger(doc, "withdraw")
    assert event.modality == "planned" and event.type == "AGREE"


def test_the_place_of_a_dateline_is_never_the_actor():
    doc = run("KESSA, May 3 (Harbour Wire) - Fishing crews have been supplying the refugees of Kessa with fresh catch.")
    supplying = by_trigger(doc, "supplying")
    assert texts(supplying.actors) == ["Fishing crews"]


def test_an_events_sentence_is_the_sentence_the_language_stage_records():
    doc = run("Rebels retook Tobrin on Monday.\n\nThe army withdrew from Varnaya on Tuesday.\n")
    assert all(event.sentence in doc.sentences for event in doc.events)
    assert [entry.event is not None for entry in doc.timeline] == [True, True]


def test_a_pattern_word_the_tokenizer_splits_at_its_hyphen_is_read_whole():
    event = by_trigger(run("Hundreds of farmers staged a sit-in outside the Velmar parliament on Monday."), "staged")
    assert (event.type, texts(event.actors)) == ("PROTEST", ["farmers"])


@pytest.mark.parametrize("sentence, trigger, kind", [
    ("The foreign ministers of Velmar and Caldera conferred in Ostra on Monday.", "conferred", "CONSULT"),
    ("Calderan officials consulted with Norland on the fishing dispute.", "consulted", "CONSULT"),
    ("Farmers held a sit-in outside the Velmar parliament.", "held", "PROTEST"),
    ("Velmar held Caldera responsible for the attack on the ferry.", "held", "DISAPPROVE"),
])
def test_verbs_the_cameo_dictionary_lists_with_a_compound_code_or_none_of_their_own_are_read(sentence, trigger, kind):
    assert by_trigger(run(sentence), trigger).type == kind


@pytest.mark.parametrize("sentence, trigger, kind", [
    ("Riot police cracked down on striking dockers in Ostra.", "cracked", "COERCE"),
    ("The Velmar government called up 5,000 reservists on Friday.", "called", "MOBILIZE"),
    ("Gunmen gunned down two policemen outside the customs post.", "gunned", "FIGHT"),
])
def test_the_cameo_dictionarys_phrasal_verbs_take_their_block_type(sentence, trigger, kind):
    assert by_trigger(run(sentence), trigger).type == kind


@pytest.mark.parametrize("sentence, kind", [
    ("Calderan troops evacuated the town of Velk on Sunday.", "lose control"),
    ("Rescue teams evacuated 3,000 residents from the flooded villages near Velk.", "AID"),
])
def test_evacuating_a_place_loses_it_and_evacuating_people_is_aid(sentence, kind):
    assert by_trigger(run(sentence), "evacuated").type == kind


def test_an_event_in_a_condition_is_possible_not_reported():
    doc = run("The deal lapses if police arrest the minister or raid his office in Velk. Talks end unless the rebels "
              "withdraw their fighters from Velk.")
    assert by_trigger(doc, "arrest").modality == "possible"
    assert by_trigger(doc, "raid").modality == "possible"  # joined to the condition
    assert by_trigger(doc, "withdraw").modality == "possible"
    assert by_trigger(run("Police arrested the minister on Monday."), "arrested").modality == "reported"


def test_an_object_cue_is_the_one_the_dictionary_notes_for_the_verb_itself():
    # one CAMEO block holds both verbs: "- * BORDER [080] # OPEN" (yield) and "- * BORDER [050] # REOPEN"
    assert by_trigger(run("Norland opened its borders to Calderan traders on Monday."), "opened").type == "CONCEDE"
    assert by_trigger(run("Norland reopened its borders to Calderan traders."), "reopened").type == "SUPPORT"


def test_a_cue_from_a_compound_needs_the_whole_compound_in_the_object():
    # "{CIVIL DISOBEDIENCE}" cues "civil" only beside "disobedience"; "{HUNGER STRIKE}" still cues a hunger strike
    assert "began" not in [e.trigger.text for e in run("Norland's civil war began in May 2013 in Velk.").events]
    assert by_trigger(run("The dockers began a hunger strike in Velk on Monday."), "began").type == "PROTEST"


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]):
    """A parse set by hand: the parser's errors are what these tests are about, so they cannot come from it."""
    import spacy
    from spacy.tokens import Doc

    pos = ["VERB" if tag.startswith("VB") else "NOUN" if tag.startswith("NN") else "ADP" for tag in tags]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_verb_the_parser_makes_the_object_of_a_preposition_is_a_misread_noun():
    from dateline.events.extract import misread_noun

    # "bans for pass rushers": the parser's verb "pass" as the object of "for"
    misread = _parsed(["bans", "for", "pass", "rushers"], [0, 0, 1, 2], ["ROOT", "prep", "pobj", "dobj"],
                      ["NNS", "IN", "VB", "NNS"])
    gerund = _parsed(["accused", "of", "shelling", "towns"], [0, 0, 1, 2], ["ROOT", "prep", "pobj", "dobj"],
                     ["VBN", "IN", "VBG", "NNS"])
    assert misread_noun(misread[2])
    assert not misread_noun(gerund[2])


def test_a_bare_infinitive_the_parser_hangs_on_a_noun_is_a_misread_noun():
    from dateline.events.extract import misread_noun

    # "the brawl pass rusher Brandt": "pass" as a clause on "brawl", with no "to"
    bare = _parsed(["brawl", "pass", "Brandt"], [0, 0, 1], ["ROOT", "acl", "dobj"], ["NN", "VB", "NNP"])
    # "a plan to leave Tobrin" is an infinitive clause on a noun
    infinitive = _parsed(["plan", "to", "leave", "Tobrin"], [0, 2, 0, 2], ["ROOT", "aux", "acl", "dobj"],
                         ["NN", "TO", "VB", "NNP"])
    assert misread_noun(bare[1])
    assert not misread_noun(infinitive[2])


def test_a_particle_the_parser_reads_as_a_preposition_before_its_own_still_makes_the_phrasal_verb():
    assert by_trigger(run("The Calderan army pulled out of Tobrin on Sunday."), "pulled").type == "RETREAT"
    assert by_trigger(run("Norlandic troops pulled back from the border on Monday."), "pulled").type == "RETREAT"


def test_a_count_or_others_after_a_joined_verb_stands_for_the_first_verbs_object():
    doc = run("A roadside bomb near Tobrin killed one Calderan soldier and wounded two others on Sunday.")
    wounded = by_trigger(doc, "wounded")
    assert wounded.type == "ASSAULT" and wounded.targets[0].name == "one Calderan soldier"
    doc = run("Police opened fire on marchers in Velmar, killing one man and arresting 12.")
    assert by_trigger(doc, "arresting").type == "COERCE"


def test_a_framing_verb_fires_through_a_pattern_written_for_it_that_names_its_object_noun():
    doc = run("Ridge Brigade militants set fire to the old tomb in Velmar on Sunday.")
    burned = by_trigger(doc, "set")
    assert burned.type == "ASSAULT"
    assert texts(burned.actors) == ["Ridge Brigade"] and texts(burned.targets) == ["old tomb"]
    assert by_trigger(run("Marchers set fire to a flag outside the Norlandic embassy."), "set").type == "PROTEST"


def test_a_framing_verb_with_an_object_no_pattern_of_its_own_names_stays_a_frame():
    assert run("The Tobrin council set a date for the harbour vote.").events == []
    assert run("The Velmar board made a decision on the ferry timetable.").events == []
