"""Toponym recognition: gazetteer names read as places on the evidence around them, the recogniser's label
being one signal among several (the texts are invented)."""

from __future__ import annotations

from dateline.places.toponyms import Span, paired_places, toponym_spans


def _found(text: str, *spans: tuple[str, str]) -> list[Span]:
    """Recogniser spans given as (words, label), at their first occurrence."""
    return [Span(text.index(words), text.index(words) + len(words), label) for words, label in spans]


def _names(text: str, found: list[Span] = ()) -> list[str]:
    return [text[start:end] for start, end in toponym_spans(text, found)]


def test_a_country_the_recogniser_called_a_person_is_a_place():
    text = "Officials said Mali had asked for help after the vote."
    assert _names(text, _found(text, ("Mali", "PERSON"))) == ["Mali"]


def test_a_town_after_a_place_preposition_is_a_place_without_any_label():
    text = "The convoy was stopped near Timbuktu on the second day."
    assert _names(text) == ["Timbuktu"]


def test_a_capital_in_capitals_opening_a_dateline_is_a_place():
    text = "BISSAU: The electoral commission published the count on the radio.\n\nVoters queued for hours."
    assert _names(text) == ["BISSAU"]


def test_a_small_town_is_a_place_in_a_list_with_places_and_not_alone():
    listed = "Fighters moved between Konna, Mopti and Mali's border on foot."
    assert "Mopti" in _names(listed)
    alone = "Akuressa Road is closed."
    assert _names(alone) == []


def test_a_name_inside_a_longer_organisation_or_person_is_not_read_alone():
    text = "A loan from the Bank of Mali reached Paris Hilton's office."
    assert _names(text, _found(text, ("the Bank of Mali", "ORG"), ("Paris Hilton", "PERSON"))) == []


def test_a_title_or_a_surname_of_a_person_in_the_text_is_not_a_place():
    text = "President Chad Okoro met Domingos Pereira. Later Pereira said the talks went well."
    found = _found(text, ("Chad Okoro", "PERSON"), ("Domingos Pereira", "PERSON"))
    assert _names(text, found) == []


def test_a_month_after_in_is_not_the_town_of_its_name():
    assert _names("The mission ended in March with a report.") == []


def test_a_sentence_opening_word_is_not_taken_for_part_of_the_name():
    text = "Saturday was quiet. In Timbuktu, shops opened again."
    assert _names(text) == ["Timbuktu"]


def test_a_based_compound_and_a_following_province_mark_places():
    text = "The Herat-based group said Faryab province had fallen."
    assert _names(text) == ["Herat", "Faryab"]


def test_a_country_inside_a_name_the_recogniser_missed_is_a_place_but_not_a_town():
    assert _names("Funds came from the Investment Plan for Europe last year.") == ["Europe"]
    assert _names("He joined the Harrow Boys at fifteen.") == []


def test_where_a_person_is_from_after_a_comma_and_of_is_a_place():
    text = "Ana Velez, of Bellmore, won the draw."
    assert _names(text, _found(text, ("Ana Velez", "PERSON"))) == ["Bellmore"]


def test_every_town_of_a_list_that_starts_with_a_place_is_a_place():
    text = "Shops opened in Zilina, Nitra, Presov and Almelo this spring."
    assert _names(text, _found(text, ("Almelo", "PERSON"))) == ["Zilina", "Nitra", "Presov", "Almelo"]


def test_a_place_ending_a_sentence_is_not_joined_to_the_next_sentence():
    assert _names("The lorry came from Timbuktu. Police stopped it.") == ["Timbuktu"]


def test_an_abbreviation_keeps_its_full_stop_inside_a_name():
    assert _names("She moved to St. Louis last year.") == ["St. Louis"]


def test_a_town_of_the_same_state_as_the_storys_places_is_a_place_even_if_called_a_person():
    text = "Crews from Atlanta and Marietta helped. Roswell sent two trucks."
    assert "Roswell" in _names(text, _found(text, ("Roswell", "PERSON")))
    elsewhere = "Crews from Lyon helped. Roswell sent two trucks."
    assert "Roswell" not in _names(elsewhere, _found(elsewhere, ("Roswell", "PERSON")))


def test_a_dateline_after_a_headline_on_the_same_line_is_a_place():
    assert _names("Suspect struck by car. ROSWELL - A man was hurt on Monday.") == ["ROSWELL"]


def test_the_place_a_person_is_of_and_a_legislator_represents_are_places():
    text = "James Tauber of Nelson met Rep. Ana Ruiz, R-Elbow Lake, on Friday."
    found = _found(text, ("James Tauber", "PERSON"), ("Ana Ruiz", "PERSON"))
    assert _names(text, found) == ["Nelson", "Elbow Lake"]


def test_a_legislators_state_written_as_an_ap_abbreviation_is_a_place():
    text = "Sen. Ann Hale, D-Pa., and Sen. Bo Lutz, D-N.D., wrote to Rep. Al Fry, R-W. Va., on Friday."
    assert _names(text) == ["Pa.", "N.D.", "W. Va."]


def test_a_dateline_after_a_headline_before_a_colon_is_a_place():
    assert _names("Farmers count their losses . ROSWELL: Floods ruined the crops.") == ["ROSWELL"]
    assert _names("Farmers count their losses . NOTICE: Floods ruined the crops.") == []


def test_a_town_named_with_its_police_or_residents_is_a_place():
    text = "A Danbury police officer said Gao residents had left."
    assert _names(text, _found(text, ("Danbury", "ORG"))) == ["Danbury", "Gao"]


def test_a_town_named_before_a_man_woman_or_its_voters_is_a_place_where_they_are_from():
    text = "A Wheeling man and two Danbury women were hurt. Kanab voters rejected the levy."
    assert _names(text) == ["Wheeling", "Danbury", "Kanab"]
    assert _names("A Wheeling company and two Danbury firms were fined.") == []


def test_an_abbreviated_saint_in_a_capitals_dateline_is_part_of_the_name():
    assert _names("ST. LOUIS (AP) - The river rose again on Monday.") == ["ST. LOUIS"]


def _pairs(text: str, found: list[Span] = ()) -> list[tuple[str, str]]:
    return [(text[a:b], text[c:d]) for (a, b), (c, d) in paired_places(text, found)]


def test_a_hyphenated_pair_of_cities_or_countries_is_two_places_even_inside_a_name():
    assert _pairs("The Amsterdam-London route reopens.") == [("Amsterdam", "London")]
    text = "Talks on the Lebanon-Syria Treaty resumed."
    assert _pairs(text, _found(text, ("the Lebanon-Syria Treaty", "LAW"))) == [("Lebanon", "Syria")]


def test_a_pair_of_small_towns_is_not_read_as_two_places():
    text = "ST. CLOUD, Minn. - The Watertown-Mayer team beat Delano on Friday."
    assert _pairs(text, _found(text, ("Watertown-Mayer", "ORG"))) == []


def test_a_double_barrelled_name_of_a_person_is_not_a_pair_of_places():
    text = "Paris-London spoke in Springfield."
    assert _pairs(text, _found(text, ("Paris-London", "PERSON"))) == []


def test_the_place_after_city_of_is_a_place():
    assert _names("Source: City of Lansing") == ["Lansing"]


def test_a_town_the_document_names_is_a_place_where_it_opens_a_longer_unrecognised_name():
    text = ("The memorial stands in Wooster, beside the square. Wooster Mayor Tamsin Hale said the Wooster Bell "
            "Ringers would play.")
    assert _names(text, _found(text, ("Wooster", "GPE"))) == ["Wooster", "Wooster", "Wooster"]


def test_a_town_the_document_does_not_name_alone_does_not_make_a_longer_name_a_place():
    text = "The Wooster Bell Ringers played at the fair on Saturday."
    assert _names(text) == []


def test_a_town_the_document_names_is_a_place_where_it_opens_a_name_the_recogniser_called_a_person():
    text = "Rain fell on Wooster overnight. Wooster Mayor Tamsin Hale closed the park."
    assert _names(text, _found(text, ("Wooster", "GPE"), ("Wooster Mayor Tamsin Hale", "PERSON"))) == [
        "Wooster", "Wooster"]


def test_a_continent_s_code_the_recogniser_called_an_organisation_is_a_place():
    text = "Ministers of the EU member states met in the evening."
    assert _names(text, _found(text, ("EU", "ORG"))) == ["EU"]


def test_a_name_that_says_it_is_a_county_is_a_place_without_a_cue():
    text = "At noon Walker County dispatchers took the first call."
    assert _names(text) == ["Walker County"]
    assert _names("At noon Walker dispatchers took the first call.") == []


def test_a_county_opening_a_longer_unrecognised_name_is_a_place():
    text = "The Kanawha County Commissioner said the roads would reopen."
    assert _names(text) == ["Kanawha County"]


def test_a_title_law_or_product_label_does_not_hide_the_places_inside_it():
    text = "Under the Trade Charter for Europe, the Kanawha County Assessor Lee Ward set new rates."
    found = _found(text, ("the Trade Charter for Europe", "LAW"), ("Kanawha County Assessor", "WORK_OF_ART"))
    assert _names(text, found) == ["Europe", "Kanawha County"]
    as_organisation = _found(text, ("the Trade Charter for Europe", "ORG"), ("Kanawha County Assessor", "ORG"))
    assert _names(text, as_organisation) == []


def test_a_country_inside_a_missed_name_is_a_place_beside_a_person_the_recogniser_found():
    text = "The Workers Party of Mali Amadou Toure spoke first."
    found = _found(text, ("Amadou Toure", "PERSON"))
    assert _names(text, found) == ["Mali"]
    assert _names(text, _found(text, ("Workers Party of Mali Amadou Toure", "PERSON"))) == []


def test_a_hyphenated_pair_is_read_right_after_an_initial_and_after_a_pair_ending_inside_a_word():
    """The pair pattern skips starts an earlier capital already covers, and only those (it stays linear on
    "A.A.A..."): a start after an initial with no space, or after a pair whose second part ends at a dot."""
    from dateline.places.toponyms import _PAIR

    text = "J.Smith-Jones wrote of the Paris–Nice.Lyon Marseille-Nice route and the U.S. Army-Navy game."
    assert [m.groups() for m in _PAIR.finditer(text)] == [
        ("Smith", "Jones"), ("Paris", "Nice"), ("Lyon Marseille", "Nice"), ("U.S. Army", "Navy")]
