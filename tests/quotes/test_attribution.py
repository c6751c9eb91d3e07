"""Attribution the parser splits or mis-reads still names the speaker (articles written for the test)."""

from __future__ import annotations

from tests.quotes.conftest import quote_with, read

HARBOUR = """Harbour fees rise in Port Elma

Port director Selim Varga released the following statement:

“The new fees pay for the dredging that the harbour has needed for a decade.”

“Fishing crews will not pay the new fees,” said Marta Ilic, who represents the crews and ran against Mayor \
Tomas Brel last year. “The council agreed to exempt every boat under twelve metres.”
"""


def test_a_colon_sentence_without_a_speech_verb_gives_its_subject_as_speaker():
    quote = quote_with(read(HARBOUR), "pay for the dredging")
    assert quote.kind == "direct" and quote.speaker.name == "Selim Varga"


def test_people_named_in_the_attribution_do_not_stop_the_speaker_going_on():
    quote = quote_with(read(HARBOUR), "exempt every boat")
    assert quote.cue is None and quote.speaker.name == "Marta Ilic"


READERS = """What readers in Port Elma said about the harbour fees

“The fees will empty the harbour within a year. Nobody asked the crews what they can pay.” ― Dara Voss

“I have fished here for thirty years and never seen the council listen so little.”― Ilija Marek.
"""


def test_a_dash_and_a_name_after_a_quotation_sign_it():
    doc = read(READERS)
    first, second = quote_with(doc, "empty the harbour"), quote_with(doc, "thirty years")
    assert first.speaker.mention.text == "Dara Voss" and first.cue.text == "―"
    assert second.speaker.mention.text == "Ilija Marek"


def test_a_dash_that_does_not_close_the_paragraph_with_a_name_signs_nothing():
    doc = read("The council met on Monday.\n\n“We will not pay” — the crews’ answer — was heard in every street.\n")
    assert all(q.cue is None or q.cue.text != "—" for q in doc.quotes)


def test_a_cue_after_by_speaks_for_the_subject_of_the_verb_it_modifies():
    doc = read("Harbour fees\n\nMayor Tomas Brel responded on Tuesday by saying the fees were “fair and overdue.”\n")
    assert quote_with(doc, "fair and overdue").speaker.name == "Tomas Brel"


def test_a_free_participle_cue_speaks_for_the_subject_of_its_sentence():
    # the small parser reads "writing" as the subject of "Feels" here
    doc = read("Harbour fees\n\nSinger Kesh spread the word online on Friday, writing “Feels great to sing for "
               "people I admire.”\n")
    quote = quote_with(doc, "Feels great")
    assert quote.cue.text == "writing" and quote.speaker.mention.text == "Singer Kesh"


def test_a_dateline_place_is_never_the_speaker():
    # the small parser takes "LONDON" as the subject of "said" here, with the minister in apposition to it
    doc = read("Harbour fees\n\nLONDON -- Prime Minister Ana Ruiz, speaking at the harbour on Saturday, said the "
               "fees would fall for ''every boat under twelve metres.''\n")
    quote = quote_with(doc, "every boat")
    assert quote.speaker.name.endswith("Ana Ruiz")


def test_a_name_with_a_party_and_state_in_brackets_speaks_a_quotation_before_it():
    doc = read('Harbour bill\n\n"He would make a fine harbour master. Not fine, superb. One of the sharpest minds on '
               'the whole council," Rep. Ines Kovac (D-Ore.) said by telephone.\n')
    quote = quote_with(doc, "fine harbour master")
    assert quote.speaker.name == "Ines Kovac"


def test_a_cue_the_parser_leaves_without_a_subject_takes_the_person_named_just_before_it():
    # the small parser reads "Welmouth, Ana B. Ruiz" as one coordinated object of "in" here
    doc = read("Harbour vote\n\nAt a harbour forum on Saturday in Welmouth, Ana B. Ruiz, the head of the Harbour "
               'League, firmly told a worried skipper that "crews have weathered worse seasons than this one."\n')
    assert quote_with(doc, "worse seasons").speaker.name == "Ana B. Ruiz"


def test_a_second_cue_after_but_speaks_for_the_first_cues_subject():
    doc = read('Harbour report\n\nWelmouth Mayor Ines Kovac said Monday that the audit ought to be published but said '
               '"the date is still open."\n')
    assert quote_with(doc, "still open").speaker.name.endswith("Ines Kovac")


def test_a_word_inside_the_quotation_parsed_as_subject_gives_way_to_the_sentence_subject():
    # the small parser hangs "telling" under the quotation's "get", whose subject is "Some crews", here
    doc = read("Storm\n\nMayor Ines Kovac seemed to enjoy teasing the rowers about the race, telling the crowd, "
               "“Some crews get a little too keen, have you seen them?”\n")
    assert quote_with(doc, "too keen").speaker.name.endswith("Ines Kovac")


def test_as_a_named_person_put_it_introduces_the_quotation():
    doc = read("Harbour fees\n\nAs Tomas Brel, a maritime lawyer in Welmouth and author of ''The Quiet Harbour,'' "
               "put it, ''A small fee now beats an empty quay next winter.''\n")
    assert quote_with(doc, "empty quay").speaker.name == "Tomas Brel"


def test_a_passive_speech_verb_with_an_agent_gives_the_agent_as_speaker():
    doc = read("Ferry rules tighten in Port Elma\n\nMayor Tomas Brel was warned by harbour director Selim Varga "
               "that the \"old ramp will not survive another storm\".\n")
    assert quote_with(doc, "old ramp will not survive").speaker.name == "Selim Varga"


def test_a_role_narrowed_by_a_noun_is_not_a_person_with_the_bare_role():
    doc = read("Harbour race heats up\n\nPresident Tomas Brel opened the harbour on Monday. The former vice "
               "president said \"the harbour was never his to open\".\n")
    speaker = quote_with(doc, "the harbour was never his").speaker
    assert speaker.name is None and "vice president" in speaker.reason
