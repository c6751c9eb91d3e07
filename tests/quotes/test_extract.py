"""Direct, mixed and indirect quotes with cue, speaker, title, venue and time, on articles written for the test."""

from __future__ import annotations

from tests.quotes.conftest import quote_with, read

CLINICS = """Clinics reopen in Port Elma after the storm

Dr. Ada Okafor, the health minister of Varnia, said on Sunday that all clinics in the district would reopen \
within a week.

“We have enough staff and enough medicine for every patient,” Okafor told reporters on state television. \
“Nobody will be turned away.”

She further said that the army would guard the fuel depots.

According to the Port Elma Water Board, the pumps were restored on Saturday.

The minister went on to praise the volunteers who cleared the roads.

Mayor Tomas Brel called the storm damage “the worst in living memory” and asked for patience.
"""


def test_an_indirect_quote_has_its_cue_speaker_title_and_time():
    doc = read(CLINICS)
    quote = quote_with(doc, "all clinics in the district would reopen")
    assert quote.kind == "indirect"
    assert quote.cue.text == "said"
    assert quote.speaker.mention.text == "Dr. Ada Okafor"
    assert quote.speaker.name == "Ada Okafor"
    assert quote.speaker.title == "the health minister of Varnia"
    assert quote.time is not None and quote.time.text == "Sunday"


def test_a_direct_quote_has_its_venue_and_its_surname_speaker_resolved():
    doc = read(CLINICS)
    quote = quote_with(doc, "We have enough staff")
    assert quote.kind == "direct"
    assert quote.content.text == "We have enough staff and enough medicine for every patient"
    assert quote.cue.text == "told"
    assert quote.speaker.mention.text == "Okafor" and quote.speaker.name == "Ada Okafor"
    assert quote.venue is not None and "state television" in quote.venue.text


def test_a_second_quote_in_the_same_paragraph_continues_the_speaker():
    doc = read(CLINICS)
    quote = quote_with(doc, "Nobody will be turned away")
    assert quote.kind == "direct" and quote.cue is None
    assert quote.speaker.name == "Ada Okafor" and quote.speaker.reason is None


def test_pronoun_and_further_said_resolve_to_the_earlier_person():
    doc = read(CLINICS)
    quote = quote_with(doc, "the army would guard the fuel depots")
    assert quote.kind == "indirect"
    assert quote.speaker.mention.text == "She" and quote.speaker.name == "Ada Okafor"


def test_according_to_attributes_the_rest_of_the_sentence():
    doc = read(CLINICS)
    quote = quote_with(doc, "the pumps were restored")
    assert quote.kind == "indirect" and quote.cue.text == "According to"
    assert quote.speaker.name is not None and "Water Board" in quote.speaker.name


def test_role_noun_resolves_to_the_person_described_by_that_role():
    doc = read(CLINICS)
    quote = quote_with(doc, "the volunteers who cleared the roads")
    assert quote.cue.text == "went on to praise"
    assert quote.speaker.mention.text == "The minister" and quote.speaker.name == "Ada Okafor"


def test_a_quoted_fragment_inside_reported_speech_is_a_mixed_quote():
    doc = read(CLINICS)
    quote = quote_with(doc, "the worst in living memory")
    assert quote.kind == "mixed"
    assert "storm damage" in quote.content.text
    assert quote.speaker.name == "Tomas Brel"


SPEECH = """Harbour workers end strike

Union leader Mara Lindqvist addressed the crowd on the quay.

"We came here with nothing," Lindqvist said. "We leave with a contract.

"Every crane driver will be paid for the lost days.

"And nobody will be dismissed for striking."

The port authority did not comment.
"""


def test_a_quote_spanning_paragraphs_is_one_quote_with_one_speaker():
    doc = read(SPEECH)
    quote = quote_with(doc, "We leave with a contract")
    assert "Every crane driver" in quote.content.text and "dismissed for striking" in quote.content.text
    assert quote.speaker.name == "Mara Lindqvist"
    assert not doc.warnings


def test_guillemets_and_nested_quotes_are_direct_quotes():
    doc = read("Talks in Valdor\n\n«Our partners told us ‘wait one more year’ and we waited,» said Piet Varga, "
               "the trade envoy.\n")
    quote = quote_with(doc, "wait one more year")
    assert quote.kind == "direct" and quote.speaker.name == "Piet Varga"
    assert quote.speaker.title == "the trade envoy"


def test_unbalanced_quote_marks_do_not_stop_the_rest_of_the_document():
    doc = read("Council votes\n\nThe clerk read “the motion as amended without a closing mark.\n\n"
               "Councillor Ines Moro said that the budget would pass next month.\n\n"
               "“It is a fair budget,” Moro said.\n")
    assert [w.code for w in doc.warnings] == ["unbalanced-quote"]
    assert quote_with(doc, "the budget would pass").speaker.name.endswith("Ines Moro")
    assert quote_with(doc, "It is a fair budget").kind == "direct"


def test_scare_quotes_without_a_speaker_are_not_quotes():
    doc = read("Bridge opens\n\nThe so-called “iron bridge” opened to traffic on Monday.\n")
    assert doc.quotes == []


def test_an_unresolvable_speaker_has_a_reason_and_no_guess():
    doc = read("Fire in Oster\n\nThe warehouse burned for six hours.\n\n"
               "“The roof fell in before we arrived,” he said.\n")
    quote = quote_with(doc, "The roof fell in")
    assert quote.speaker.entity is None and quote.speaker.name is None
    assert quote.speaker.reason and "'he'" in quote.speaker.reason


def test_an_unnamed_source_is_reported_as_such():
    doc = read("Rail line\n\nThe line will reopen on Friday, a spokesperson for the operator said.\n")
    quote = quote_with(doc, "The line will reopen")
    assert quote.speaker.entity is None and "unnamed source" in quote.speaker.reason


def test_told_reporters_on_a_channel_is_the_venue():
    doc = read("Drought\n\nFarm minister Olu Bassey told reporters on Radio Kesh that rationing would end.\n")
    quote = quote_with(doc, "rationing would end")
    assert quote.speaker.name == "Olu Bassey"
    assert quote.venue is not None and "Radio Kesh" in quote.venue.text


def test_a_name_and_a_colon_before_a_quotation_is_its_cue():
    doc = read("Election night\n\nThe count went on past midnight.\n\n"
               "Returning officer Hal Brandt: “Every ballot will be counted twice before we declare.”\n")
    quote = quote_with(doc, "Every ballot will be counted")
    assert quote.kind == "direct" and quote.cue.text == ":"
    assert "Hal Brandt" in quote.speaker.mention.text


def test_two_cues_in_one_sentence_give_two_quotes_by_the_same_speaker():
    doc = read("Campaign\n\nSenator Vera Holm spoke in Ostby on Monday.\n\n"
               "She said her plan had gained support and said that the tax bill would fail.\n")
    first = quote_with(doc, "her plan had gained support")
    second = quote_with(doc, "the tax bill would fail")
    assert "tax bill" not in first.content.text
    assert first.speaker.name == second.speaker.name == "Vera Holm"


def test_a_finding_is_attributed_to_the_survey():
    doc = read("Survey\n\nA survey by the Kestrel Institute found that most farmers expect a dry summer.\n")
    quote = quote_with(doc, "most farmers expect a dry summer")
    assert quote.kind == "indirect" and quote.cue.text == "found"


def test_a_pronoun_skips_a_person_known_to_take_the_other_pronoun():
    doc = read("Court\n\nMs. Lia Moro met Mr. Ivo Dant at the court on Friday.\n\n"
               "He said that the hearing would be delayed.\n")
    assert quote_with(doc, "the hearing would be delayed").speaker.name == "Ivo Dant"


def test_a_list_of_quoted_phrases_after_one_cue_is_one_mixed_quote():
    doc = read("Slogans\n\nGovernor Edda Lund repeated her slogans all week, “Bread First,” “Roads Now,” and "
               "“Fair Rents.”\n")
    mixed = [q for q in doc.quotes if q.kind == "mixed"]
    assert len(mixed) == 1
    assert "Bread First" in mixed[0].content.text and "Fair Rents" in mixed[0].content.text


def test_a_colon_after_the_cue_makes_the_next_paragraph_a_direct_quote():
    doc = read("Debate\n\nSenator Ola Brandt answered the moderator on it:\n\n"
               "“The questions asked tonight show why voters distrust us all.”\n")
    quote = quote_with(doc, "The questions asked tonight")
    assert quote.kind == "direct" and quote.speaker.name == "Ola Brandt"


def test_a_quote_without_a_cue_belongs_to_the_person_the_sentence_before_is_about():
    doc = read("Flood\n\nMaria Lopez, a farmer, returned to Welmouth on Monday to find her house gone.\n\n"
               "“There is nothing left for us here, not even the well.”\n")
    assert quote_with(doc, "There is nothing left").speaker.name == "Maria Lopez"


def test_a_new_speaker_introduced_before_a_quote_takes_it_from_the_earlier_speaker():
    doc = read("Bridge\n\n“The army holds the bridge,” government spokesman John Carter told reporters on Monday.\n\n"
               "Fighting went on in the hills overnight.\n\n"
               "A soldier at the checkpoint described the night's attack.\n\n"
               "“They came from the river at two in the morning and we fired back until dawn.”\n")
    speaker = quote_with(doc, "They came from the river").speaker
    assert speaker.name is None and speaker.mention.text.startswith("A soldier")


def test_a_quote_without_a_cue_and_no_one_before_it_keeps_its_reason():
    doc = read("Flood\n\nThe river rose two metres on Monday and the bridge closed.\n\n"
               "“There is nothing left for us here, not even the well.”\n")
    speaker = quote_with(doc, "There is nothing left").speaker
    assert speaker.name is None and "no speech cue" in speaker.reason


def test_an_opening_mark_typed_as_the_closer_still_gives_the_quote_its_speaker():
    doc = read("Vote\n\n“I declare Tomas Brel the winner of the vote, “election commission head John Carter said.\n")
    quote = quote_with(doc, "I declare Tomas Brel")
    assert quote.kind == "direct" and quote.speaker.name == "John Carter"


def test_a_short_full_sentence_in_quotes_after_its_speaker_is_a_quote():
    doc = read("Talks\n\nThe envoy John Carter met both delegations in Welmouth on Monday.\n\n“We are ready.”\n")
    assert quote_with(doc, "We are ready").speaker.name == "John Carter"


def test_a_short_quoted_phrase_that_is_not_a_sentence_is_not_a_quote():
    doc = read("Talks\n\nThe envoy John Carter met both delegations in Welmouth on Monday.\n\n"
               "The talks were “very good” and ended at noon.\n")
    assert doc.quotes == []


def test_a_headline_in_title_case_or_words_on_a_banner_are_not_short_quotes():
    doc = read("Welmouth port reopens after the storm. ‘Open For Business Again.’\n\n"
               "A protester at the gate held a banner that read “Ships go home.”\n")
    assert doc.quotes == []


def test_a_quote_running_over_two_paragraphs_without_a_reopening_mark_is_one_quote():
    doc = read("Harbour\n\n“We will rebuild the harbour wall before the winter storms.\n\n"
               "It will take two years and every crew on the quay,” Maria Lopez said.\n")
    quote = quote_with(doc, "We will rebuild")
    assert "every crew on the quay" in quote.content.text and quote.speaker.name == "Maria Lopez"
    assert not doc.warnings


def test_a_name_told_before_a_quotation_is_the_audience_and_the_quotation_stays_direct():
    doc = read("Gardens\n\nTamsin Orrey, a grower of Lenna village, told KNA, “I grow enough beans to sell "
               "at the market every week.”\n")
    quote = quote_with(doc, "I grow enough beans")
    assert quote.kind == "direct"
    assert quote.content.text.startswith("I grow")
    assert quote.venue is not None and quote.venue.text == "KNA"
