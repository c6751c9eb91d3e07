"""Offline geocoding: gazetteer lookups and disambiguation by the document's own context."""

from __future__ import annotations

from dateline.places import geocode
from dateline.places.gazetteer import candidates


def test_a_country_has_its_geonames_id_and_a_centre_point():
    place = geocode(["Syria"])["Syria"]
    assert place.country == "SY" and place.feature == "A.PCLI" and place.geonameid == 163843
    assert 32 < place.lat < 37 and 35 < place.lon < 42


def test_a_demonym_and_a_code_point_to_their_country():
    assert candidates("Syrian")[0].country == "SY"
    assert candidates("U.S.")[0].country == "US"
    assert candidates("us") == [] or all(c.feature == "P.PPL" for c in candidates("us"))


def test_an_ambiguous_name_alone_is_the_well_known_city():
    assert geocode(["Alexandria"])["Alexandria"].country == "EG"


def test_an_ambiguous_name_follows_the_country_and_state_the_document_names():
    places = geocode(["Alexandria", "Louisiana", "Rapides Parish"])
    assert places["Alexandria"].country == "US"
    assert 30 < places["Alexandria"].lat < 32


def test_a_national_capital_wins_over_a_state_of_its_name():
    place = geocode(["Washington"])["Washington"]
    assert place.feature == "P.PPLC" and 38 < place.lat < 40 and -78 < place.lon < -76


def test_a_state_the_other_names_point_to_wins_over_the_capital():
    place = geocode(["Washington", "Seattle", "Spokane"])["Washington"]
    assert place.feature == "A.ADM1" and place.name == "Washington"


def test_a_country_name_among_local_towns_is_the_local_town():
    places = geocode(["Springfield", "Lebanon", "Joplin"])
    assert places["Lebanon"].country == "US" and 36 < places["Lebanon"].lat < 39


def test_a_county_points_its_towns_to_its_state():
    place = geocode(["Newark", "Licking County"])["Newark"]
    assert place.country == "US" and 39 < place.lat < 41 and -83 < place.lon < -82


def test_a_county_is_geocoded_at_its_geonames_point():
    county = geocode(["Licking County"])["Licking County"]
    assert county.feature == "A.ADM2" and county.geonameid == 5160740
    assert abs(county.lat - 40.09) < 0.1 and abs(county.lon + 82.48) < 0.1


def test_a_small_county_is_at_its_zip_codes_point_without_a_geonames_id():
    county = geocode(["Loving County"])["Loving County"]
    assert county.feature == "A.ADM2" and county.country == "US" and county.geonameid is None
    assert 31 < county.lat < 32.5 and -104.5 < county.lon < -103


def test_a_small_county_follows_the_state_the_document_names_over_a_larger_namesake():
    places = geocode(["Benton County", "Tennessee", "Camden"])  # Arkansas' Benton County is far larger
    assert 35.5 < places["Benton County"].lat < 36.5 and -88.6 < places["Benton County"].lon < -87.6


def test_a_county_with_no_point_at_all_keeps_a_reason():
    county = geocode(["Swains Island"])["Swains Island"]  # an American Samoa county without ZIP codes
    assert county.lat is None and "county" in county.reason


def test_a_country_is_at_the_geonames_point_not_a_shape_centre():
    place = geocode(["United States"])["United States"]
    assert (place.lat, place.lon) == (39.76, -98.5)


def test_a_province_and_a_region_outside_the_us_are_known():
    assert geocode(["Ontario"])["Ontario"].feature == "A.ADM1"
    assert geocode(["Ontario"])["Ontario"].country == "CA"
    assert geocode(["Darfur", "Sudan"])["Darfur"].country == "SD"


def test_an_abbreviated_saint_or_mount_finds_the_spelt_out_name():
    assert any(c.country == "RU" for c in candidates("St. Petersburg"))
    assert candidates("Mt. Vernon") and {c.geonameid for c in candidates("Mt. Vernon")} == {
        c.geonameid for c in candidates("Mount Vernon")}


def test_a_compass_or_kind_word_around_a_known_name_is_read_as_that_place():
    places = geocode(["Northeast Georgia", "Atlanta", "Kermanshah province"])
    assert places["Northeast Georgia"].name == "Georgia" and places["Northeast Georgia"].country == "US"
    assert places["Kermanshah province"].country == "IR"


def test_an_ap_state_abbreviation_is_the_state():
    assert geocode(["Minn."])["Minn."].name == "Minnesota"


def test_an_unknown_place_is_kept_without_coordinates_and_with_a_reason():
    place = geocode(["Qaryat al-Bahr"])["Qaryat al-Bahr"]
    assert place.lat is None and place.geonameid is None
    assert "gazetteer" in place.reason


def test_a_town_follows_a_county_the_document_names_even_when_the_county_name_is_ambiguous():
    place = geocode(["London", "Laurel County"])["London"]
    assert place.country == "US" and 36 < place.lat < 38 and -85 < place.lon < -83


def test_a_name_known_only_as_an_alternate_name_loses_to_a_town_called_so():
    assert geocode(["Philadelphia"])["Philadelphia"].country == "US"


def test_a_namesake_city_alone_is_the_city_and_among_its_states_towns_the_state():
    assert geocode(["New York"])["New York"].feature == "P.PPL"
    assert geocode(["New York", "Albany", "Rochester"])["New York"].feature == "A.ADM1"


def test_a_name_listed_among_states_is_the_state():
    place = geocode(["California", "Washington", "Utah"])["Washington"]
    assert place.feature == "A.ADM1" and place.lat > 45


def test_a_possessive_is_dropped_before_lookup():
    assert geocode(["the United States'"])["the United States'"].country == "US"


def test_a_regional_adjective_is_read_as_its_region():
    assert geocode(["Central American"])["Central American"].feature == "L.RGN"
    assert geocode(["European"])["European"].feature == "L.CONT"


def test_a_span_wider_than_the_place_is_read_as_the_place_inside_it():
    assert geocode(["St. Louis Police"])["St. Louis Police"].country == "US"
    assert geocode(["Thruxton, Hampshire"])["Thruxton, Hampshire"].country == "GB"


def test_a_county_near_a_state_line_is_given_the_state_that_has_a_county_of_its_name():
    county = next(c for c in candidates("Henry County") if abs(c.lat - 36.33) < 0.1)
    assert county.admin1 == "TN"


def test_names_with_the_same_readings_do_not_vote_for_each_other():
    places = geocode(["Paris", "Paris City Schools"])
    assert places["Paris"] == places["Paris City Schools"] and places["Paris"].country == "FR"


def test_a_town_and_a_county_named_together_are_read_together():
    places = geocode(["Henry County", "Paris"])
    assert places["Paris"].country == "US" and abs(places["Paris"].lat - 36.3) < 0.2
    assert abs(places["Henry County"].lat - 36.3) < 0.2


def test_a_physical_feature_the_gazetteer_lacks_is_not_read_as_a_place_inside_its_name():
    for name in ("the Indian Ocean", "the Korean Peninsula", "Fire Island"):
        place = geocode([name])[name]
        assert place.lat is None and "gazetteer" in place.reason


def test_a_large_city_keeps_its_name_beside_a_namesake_village_in_a_named_state():
    place = geocode(["Boston", "New York City", "Brooklyn"])["Boston"]
    assert place.country == "US" and place.lon > -72  # Massachusetts, not Boston, New York


def test_a_state_keeps_its_name_beside_a_village_of_the_name_near_the_other_places():
    place = geocode(["Kansas", "Charleston", "Coles County", "Edgar County"])["Kansas"]
    assert place.feature == "A.ADM1" and place.lon < -95


def test_a_compass_word_before_a_continent_reads_the_region_named_with_its_adjective():
    place = geocode(["North Africa"])["North Africa"]
    assert place.feature == "L.RGN" and place.name == "Northern Africa"


def test_a_dotted_short_form_geonames_records_names_its_city_not_the_country_code():
    place = geocode(["L.A.", "Pasadena"])["L.A."]
    assert place.name == "Los Angeles" and place.country == "US"
    assert geocode(["South L.A"])["South L.A"].name == "Los Angeles"  # no final dot, after a compass word


def test_a_state_abbreviation_is_read_with_or_without_its_space_or_final_dot():
    assert geocode(["W. Va."])["W. Va."].name == "West Virginia"
    assert geocode(["N.Y"])["N.Y"].name == "New York"


def test_a_county_named_without_the_word_county_is_read_when_nothing_else_has_the_name():
    place = geocode(["Geauga", "Chardon"])["Geauga"]
    assert place.name == "Geauga County" and place.feature == "A.ADM2" and 41 < place.lat < 42
    assert geocode(["Marion"])["Marion"].feature == "P.PPL"  # towns called Marion keep the name


def test_a_town_below_the_gazetteers_size_is_read_from_its_zip_code():
    place = geocode(["Harwinton", "Connecticut"])["Harwinton"]
    assert place.country == "US" and place.geonameid is None and 41.5 < place.lat < 42 and -73.2 < place.lon < -72.8


def test_an_abbreviated_compass_word_before_a_name_reads_the_name():
    place = geocode(["W. Phila", "Camden"])["W. Phila"]
    assert place.name == "Philadelphia"


def test_a_county_named_after_a_river_is_not_read_from_the_rivers_name():
    assert geocode(["the Red River", "Fargo"])["the Red River"].lat is None


def test_a_dateline_in_capitals_is_the_city_not_the_state():
    places = geocode(["WASHINGTON", "Florida", "California", "Texas"])
    assert places["WASHINGTON"].feature == "P.PPLC" and 38 < places["WASHINGTON"].lat < 40
    assert geocode(["NEW YORK", "Albany", "Buffalo"])["NEW YORK"].name == "New York City"
    assert geocode(["NEW JERSEY"])["NEW JERSEY"].feature == "A.ADM1"


def test_a_state_named_inside_an_organisation_is_context_for_the_places():
    assert geocode(["Albany"])["Albany"].lat > 42  # New York's capital, alone
    albany = geocode(["Albany"], others=["the Georgia Forestry Commission", "the City Council"])["Albany"]
    assert 31 < albany.lat < 32.5 and -85 < albany.lon < -83.5  # Albany, Georgia
    town = geocode(["Springfield"], others=["Illinois State Police"])["Springfield"]
    assert 39.5 < town.lat < 40 and -90 < town.lon < -89.5


def test_an_organisation_named_after_a_city_lends_no_state():
    assert geocode(["Vancouver"], others=["The Washington Post"])["Vancouver"].country == "CA"
    assert "Illinois State Police" not in geocode(["Springfield"], others=["Illinois State Police"])


def test_an_organisation_named_after_a_place_is_located_there_with_the_reason():
    places = geocode(["Cincinnati", "Ohio"], located=["the University of Cincinnati", "the US Federal Reserve"])
    university = places["the University of Cincinnati"]
    assert university.name == "Cincinnati" and university.country == "US" and "its name" in university.reason
    assert places["the US Federal Reserve"].country == "US"


def test_an_organisation_named_with_a_continents_adjective_is_located_on_the_continent():
    places = geocode(["Lagos"], located=["the African Reading League", "the Asian Rowing Federation",
                                         "the North American Chess Circuit"])
    assert places["the African Reading League"].name == "Africa"
    assert places["the Asian Rowing Federation"].name == "Asia"
    assert places["the North American Chess Circuit"].name == "North America"  # not the United States


def test_a_one_word_organisation_is_never_located_by_its_whole_name():
    assert "Hamas" not in geocode(["Gaza"], located=["Hamas"])


def test_a_word_the_text_writes_in_lower_case_does_not_locate_an_organisation():
    names = ["the Imo Police Command", "the Delmore Park"]
    assert geocode(["Owerri"], located=names)["the Imo Police Command"].name == "Police"  # the Polish town
    common = geocode(["Owerri"], located=names, common={"police", "park", "the"})
    assert names[0] not in common and names[1] not in common


def test_an_organisation_does_not_vote_for_the_place_of_its_name():
    alone = geocode(["Paris"])["Paris"]
    beside = geocode(["Paris"], located=["the Paris Police Department of Texas"])["Paris"]
    assert alone == beside


def test_the_plural_of_a_nationality_names_its_country():
    assert geocode(["Syrians"])["Syrians"].country == "SY"
    assert geocode(["Minnesotans"])["Minnesotans"].feature == "A.ADM1"


def test_a_reading_the_context_chose_over_a_better_known_one_says_so():
    place = geocode(["Paris", "Texas", "Dallas"])["Paris"]
    assert place.country == "US" and "better-known" in place.reason
    assert geocode(["Paris"])["Paris"].reason is None


def test_a_village_abroad_is_not_taken_for_a_place_in_a_story_about_other_countries():
    place = geocode(["Konna", "Mali", "Gao"])["Konna"]  # GeoNames' Conna (Ireland) lists Konna as a name
    assert place.lat is None and "village" in place.reason and "IE" in place.reason
    assert geocode(["Konna"])["Konna"].country == "IE"  # alone, the only reading stands


def test_an_arabic_article_the_gazetteer_lacks_is_dropped_for_the_lookup():
    assert geocode(["al-Hodeida"])["al-Hodeida"].country == "YE"


def test_an_organisation_is_located_by_a_possessive_state_or_a_town_the_document_names():
    task_force = "Tennessee’s Methamphetamine Task Force"
    assert geocode(["Memphis"], located=[task_force])[task_force].name == "Tennessee"
    assert geocode(["Lancashire"], located=["Wilson's Farm"]).get("Wilson's Farm") is None
    assert geocode(["Wilson"], located=["Wilson's Farm"])["Wilson's Farm"].name == "Wilson"


def test_a_name_is_read_in_the_state_written_after_it_when_it_has_a_reading_there():
    names = ["Athens", "Ohio", "Georgia"]
    assert geocode(names)["Athens"].lat < 35  # Georgia's, the larger
    assert geocode(names, within=[("Athens", "Ohio")])["Athens"].lat > 39
    assert geocode(names, within=[("Athens", "Mali")])["Athens"].lat < 35  # none in Mali: the choice stands


def test_an_organisation_named_after_a_town_the_document_names_is_in_that_town():
    places = geocode(["Paris", "Texas", "Dallas"], located=["Paris Police Department"])
    assert places["Paris"].country == "US"
    assert places["Paris Police Department"].country == "US"
    assert places["Paris Police Department"].lat == places["Paris"].lat


def test_an_organisation_named_after_a_capital_that_shares_a_states_name_is_in_the_capital():
    places = geocode(["Seattle"], located=["The Washington Post", "the Ontario Municipal Board"])
    assert places["The Washington Post"].feature == "P.PPLC" and places["The Washington Post"].lon > -78
    assert places["the Ontario Municipal Board"].country == "CA"  # the Californian city is no capital


def test_bare_names_listed_as_counties_of_the_named_state_are_its_counties():
    places = geocode(["West Virginia", "Kanawha", "Braxton", "Hardy", "Berkeley"])
    assert places["Berkeley"].feature == "A.ADM2" and places["Berkeley"].lon > -80
    assert places["Hardy"].name == "Hardy County"
    few = geocode(["West Virginia", "Berkeley", "Hardy"])  # two are no list of counties
    assert few["Berkeley"].lon < -120
    unnamed = geocode(["Kanawha", "Braxton", "Hardy", "Berkeley"])  # nor are they without their state
    assert unnamed["Berkeley"].lon < -120


def test_a_nationality_behind_a_hyphenated_prefix_names_its_country():
    places = geocode(["anti-Russian", "inter-Palestinian", "non-Syrians"])
    assert places["anti-Russian"].country == "RU"
    assert places["inter-Palestinian"].country == "PS"
    assert places["non-Syrians"].country == "SY"


def test_a_town_votes_for_its_state_only_near_it():
    """Memphis names Tennessee's west, not its village of Alexandria across the state: the larger namesake wins;
    Nashville, close to that village, still makes it the reading."""
    far = geocode(["Memphis", "Alexandria"])["Alexandria"]
    assert far.country == "US" and not 35 < far.lat < 37  # not the Tennessee village
    near = geocode(["Nashville", "Alexandria"])["Alexandria"]
    assert 35.5 < near.lat < 36.5 and -86.5 < near.lon < -85.5


def test_a_state_s_name_beside_a_county_holding_a_village_of_that_name_is_still_the_state():
    places = geocode(["Kansas", "Edgar County"])  # Kansas, Illinois, a village of Edgar County, Illinois
    assert places["Kansas"].feature == "A.ADM1"


def test_a_name_and_its_own_county_form_are_no_town_and_county_pair():
    """'Jackson' beside 'Jackson County' is one name written two ways: neither vouches for the other's reading as a
    town lying in a county, as two names would ('Lebanon' beside 'Boone County')."""
    places = geocode(["Jackson", "Jackson County"])
    assert all("town and a county" not in (place.reason or "") for place in places.values())
    paired = geocode(["Lebanon", "Boone County"])
    assert "town and a county" in (paired["Lebanon"].reason or "")


def test_an_organisation_is_located_by_the_part_of_its_name_the_document_names_as_a_place():
    department = "the Brenham Police Department"
    assert geocode(["Brenham"], located=[department])[department].name == "Brenham"  # not Police, Poland
    assert geocode(["Texas"], located=[department])[department].name == "Police"  # the larger, when neither is named


def test_a_town_inside_an_organisations_name_is_read_whole():
    reservoir = "the Friends of the New Concord Reservoir"
    place = geocode(["Ohio"], located=[reservoir])[reservoir]
    assert place.name == "New Concord" and place.country == "US"  # a village of Ohio, not a Concord elsewhere


def test_a_small_town_opening_a_name_locates_it_in_the_one_state_the_story_names():
    library = "The Paris Public Library"
    place = geocode(["Illinois"], located=[library])[library]
    assert place.name == "Paris" and place.country == "US" and 39 < place.lat < 40  # Paris, Illinois (8,000 people)
    assert geocode(["Illinois", "Indiana"], located=[library])[library].country == "FR"  # no one state: as before
    forest = "the Davy Crockett Memorial Forest"  # the town Crockett, Texas, does not open the name
    assert getattr(geocode(["Texas"], located=[forest]).get(forest), "name", None) != "Crockett"
