"""Attribution the parser splits or mis-reads still names the speaker (articles written for the test)."""

from __future__ import annotations

from tests.quotes.conftest import quote_with, read

HARBOUR = """Harbour fees rise in Port Elma

Port director Selim Varga released the following statement:

“The new fees pay for the dredging that the harbour has needed for a decade.”

“Fishing crews will not pay the new fees,” said Marta Ilic, who represents the crews and ran against Mayor Tomas Brel last year. “The council agreed to exempt every boat under twelve metres.”
"""


def test_a_colon_sentence_without_a_speech_verb_gives_its_subject_as_speaker():
    quote = quote_with(read(HARBOUR), "pay for the dredging")
    assert quote.kind == "direct" and quote.speaker.name == "Selim Varga"


def test_people_named_in_the_attribution_do_not_stop_the_speaker_going_on():
    quote = quote_with(read(HARBOUR), "exempt every boat")
    assert quote.cue is None and quote.speaker.name == "Marta Ilic"
