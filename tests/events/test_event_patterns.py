"""Pattern elements matched against the words around a verb (events/patterns.py, indexed by first word)."""

from dateline.events.lexicon import Lexicon, lexicon
from dateline.events.patterns import _found, _Word, match, names_object
from dateline.language import parse

LEX = Lexicon(verbs={}, agents={},
              synsets={"&boats": ["ship", "ships of war", "boat"], "&fleet": ["warships", "ships"]})


def word(lower: str, lemma: str | None = None) -> _Word:
    return _Word(lower, lemma or lower, "dobj", "")


def test_the_first_listed_member_that_matches_wins_over_a_longer_later_one():
    assert _found([word("ships", "ship"), word("of"), word("war")], 0, "&boats", LEX, False) == 1


def test_a_later_member_matches_when_the_first_ones_do_not():
    assert _found([word("boat")], 0, "&boats", LEX, False) == 1
    assert _found([word("ship")], 0, "&fleet", LEX, False) == 1  # "ships" is its plural


def test_a_plain_word_element_matches_its_singular_and_a_phrase_its_words_in_order():
    assert _found([word("houses", "house")], 0, "house", LEX, False) == 1
    assert _found([word("of"), word("war")], 0, "of war", LEX, False) == 2
    assert _found([word("war"), word("of")], 0, "of war", LEX, False) is None


def test_any_property_word_stands_for_the_building_only_in_a_destroy_pattern():
    assert _found([word("building")], 0, "houses", LEX, True) == 1
    assert _found([word("building")], 0, "houses", LEX, False) is None


def test_a_split_hyphenated_word_matches_the_pattern_word_written_whole_and_its_head():
    split = _Word("in", "in", "dobj", "", "sit-in")
    assert _found([split], 0, "sit-in", LEX, False) == 1
    assert _found([_Word("fire", "fire", "dobj", "", "cease-fire")], 0, "fire", LEX, False) == 1


def test_of_patterns_as_long_the_one_the_dictionary_notes_for_the_verb_wins():
    shared = [{"before": [], "after": ["bridge"], "type": "SUPPORT", "mode": None, "for": ["reopen"]},
              {"before": [], "after": ["bridge"], "type": "CONCEDE", "mode": None, "for": ["open"]}]
    opened, reopened = (parse(f"Norland {verb} the bridge on Monday.", "en_core_web_sm")[1]
                        for verb in ("opened", "reopened"))
    assert match(opened, shared, lexicon()).type == "CONCEDE"
    assert match(reopened, shared, lexicon()).type == "SUPPORT"


def test_a_verb_and_particle_pattern_types_only_the_verbs_it_is_noted_for():
    lead, head = (parse(f"The delays {verb} to new complaints from travellers.", "en_core_web_sm")[2]
                  for verb in ("led", "headed"))
    lex = lexicon()
    assert match(lead, lex.verb_patterns("lead"), lex) is None
    assert match(head, lex.verb_patterns("head"), lex).type is not None


def test_a_block_mate_still_takes_a_pattern_of_content_words():
    led = parse("The minister led a trade delegation to Norland.", "en_core_web_sm")[2]
    assert match(led, [{"before": [], "after": ["delegation"], "type": "AGREE", "mode": None, "for": ["head"]}],
                 lexicon()).type == "AGREE"


def test_a_pattern_names_an_object_noun_by_a_word_phrase_or_synonym_set_member_ending_in_it():
    fire, boats = parse("They set fire to it.", "en_core_web_sm")[2], parse("They sank two boats.", "en_core_web_sm")[3]
    assert names_object({"after": ["fire", "to", "flag"]}, fire, LEX)
    assert not names_object({"after": ["ablaze"]}, fire, LEX)
    assert names_object({"after": ["&boats"]}, boats, LEX)
