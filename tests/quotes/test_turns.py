"""Speaker turns of transcripts and interviews (quotes/turns.py), on transcripts written for the test."""

from __future__ import annotations

import re

from tests.quotes.conftest import quote_with, read

from dateline.quotes.turns import speaker_labels

TRANSCRIPT = """Ferry crews train as lifeguards for the summer

NINA ORLO, BYLINE: It's a Saturday morning at the Velmar pier, and a dozen ferry crew are in the water.

ORLO: Among them is Petra Lind, who has run the night ferry for nine years.

PETRA LIND: The beach was short of hands, and I think we owe the town that much.

ORLO: Lind says the course takes three weekends.

LIND: You learn to read a current before it pulls anyone out.
"""


def test_a_turn_is_its_speakers_direct_quote_with_the_colon_as_cue():
    doc = read(TRANSCRIPT)
    turn = quote_with(doc, "The beach was short of hands")
    assert (turn.kind, turn.cue.text, turn.speaker.mention.text) == ("direct", ":", "PETRA LIND")
    assert turn.speaker.name == "Petra Lind" and turn.speaker.entity is not None


def test_a_surname_label_is_the_full_name_of_the_earlier_turns():
    doc = read(TRANSCRIPT)
    assert quote_with(doc, "read a current").speaker.name == "Petra Lind"
    narration = quote_with(doc, "Lind says the course")
    assert narration.speaker.name == "Nina Orlo" and narration.speaker.mention.text == "ORLO"


def test_reported_speech_inside_a_turn_stays_and_i_is_the_speaker_of_the_turn():
    doc = read(TRANSCRIPT)
    reported = [q for q in doc.quotes if q.kind == "indirect"]
    assert {(q.content.text, q.speaker.name) for q in reported} >= {
        ("we owe the town that much", "Petra Lind"), ("the course takes three weekends", "Petra Lind")}


def test_a_dateline_or_a_flag_in_capitals_is_no_speaker():
    doc = read("Port reopens after the storm\n\nVELMAR: The harbour reopened on Monday, officials said.\n\n"
               "UPDATE: This story was updated with the harbour master's figures.\n")
    assert all(q.cue is None or q.cue.text != ":" for q in doc.quotes)


def test_a_dateline_named_like_a_person_of_the_story_is_no_speaker():
    for town, person in (("WASHINGTON", "Ellen Washington"), ("LINDEN", "Tom Linden")):
        doc = read(f"Bridge named for a mayor\n\n{town}: The new bridge opened on Monday, officials said.\n\n"
                   f"It is named after the former mayor {person}, who led the town for ten years.\n")
        assert all(q.cue is None or q.cue.text != ":" for q in doc.quotes), town
    dated = read(TRANSCRIPT.replace("NINA ORLO, BYLINE:", "WASHINGTON: Ellen Washington's ferry crews train as "
                                    "lifeguards.\n\nNINA ORLO, BYLINE:"))
    turns = [q.content.text for q in dated.quotes if q.cue is not None and q.cue.text == ":"]
    assert len(turns) == 5 and not any("Ellen Washington" in turn for turn in turns)


def test_a_transcript_s_speaker_labels_include_one_standing_as_its_own_paragraph():
    text = "LENA MARSH, HOST:\n\nCrews train this week.\n\n" + TRANSCRIPT.split("\n\n", 1)[1]
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    labels = {text[a:b] for a, b in speaker_labels(text, paragraphs, [])}
    assert {"LENA MARSH", "NINA ORLO", "PETRA LIND", "ORLO", "LIND"} <= labels
    assert speaker_labels("LENA MARSH, HOST:\n\nCrews train this week.", [(0, 17), (19, 41)], []) == []


def test_a_label_in_capitals_without_accents_is_the_person_the_prose_names_with_them():
    doc = read("Ferry crews train as lifeguards\n\nRAMON NUNEZ, BYLINE: It is a Saturday morning at the Velmar pier."
               "\n\nNUNEZ: Among them is Petra Lind, who runs the night ferry.\n\nPETRA LIND: The beach was short of "
               "hands, and Ramón Núñez asked us to help.\n\nNUNEZ: Lind says the course takes three weekends.\n")
    narration = quote_with(doc, "Among them is Petra Lind")
    assert narration.speaker.name == "Ramón Núñez" and narration.speaker.entity is not None
