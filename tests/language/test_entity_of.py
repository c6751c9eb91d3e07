"""`entity_of` finds a token's named entity from its IOB tags, exactly as a search of `doc.ents` would."""

from dateline.language import entity_of, parse

TEXT = ("On Sunday, Amina Okafor of the United Nations said the Harbour Town Council met in New York for three "
        "days. Then the Valley Herald left for Lagos Lagos.")


def test_every_token_gets_the_entity_that_doc_ents_gives_it():
    parsed = parse(TEXT, "en_core_web_sm")
    assert parsed.ents
    for token in parsed:
        found = entity_of(token)
        expected = next((e for e in parsed.ents if e.start <= token.i < e.end), None)
        if expected is None:
            assert found is None
        else:
            assert (found.start, found.end, found.label_) == (expected.start, expected.end, expected.label_)


def test_a_token_outside_any_entity_has_none():
    parsed = parse(TEXT, "en_core_web_sm")
    assert entity_of(parsed[0]) is None  # "On"
