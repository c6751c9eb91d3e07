from __future__ import annotations

from dateline.places.gazetteer import candidates


def test_a_country_s_short_name_after_a_word_for_a_state_names_it():
    assert "KR" in {c.country for c in candidates("Korea") if c.feature == "A.PCLI"}  # "Republic of Korea"
    assert "US" in {c.country for c in candidates("America") if c.feature == "A.PCLI"}


def test_the_words_after_another_noun_and_of_are_no_country_name():
    assert not [c for c in candidates("Peace") if c.feature == "A.PCLI"]  # "the Abode of Peace": Brunei
    assert not [c for c in candidates("Man") if c.feature == "A.PCLI"]  # "Isle of Man"


def test_a_function_word_is_no_division_s_alternate_name():
    assert not [c for c in candidates("More") if c.feature == "A.ADM1"]  # GeoNames lists it for Møre og Romsdal
    assert [c for c in candidates("Møre og Romsdal fylke") if c.country == "NO"]


def test_a_continent_s_code_names_it_unless_a_country_bears_the_code():
    assert [c.name for c in candidates("EU")] == ["Europe"]  # "EU member states"
    assert [c.name for c in candidates("E.U.")] == ["Europe"]
    assert "Europe" not in {c.name for c in candidates("eu")}  # codes are matched in capitals only
    assert "L.CONT" not in {c.feature for c in candidates("SA")}  # Saudi Arabia's code, not South America's


def test_a_country_s_iso_code_names_it_only_when_geonames_lists_it_as_a_name():
    assert candidates("TV") == [] and candidates("ID") == [] and candidates("GT") == []  # "pay-TV", "the ID. Buzz"
    assert [c.name for c in candidates("US")] == ["United States"]
    assert [c.name for c in candidates("USA")] == ["United States"]
    assert [c.name for c in candidates("UK")] == ["United Kingdom"]
