"""Which entities of a document get a place, and which place (the entities are invented)."""

from __future__ import annotations

import re

from dateline.places.entities import place_entities
from dateline.record import Entity, EntityMention


def _entity(label: str, name: str) -> Entity:
    return Entity(id=name, label=label, name=name, mentions=[EntityMention(start=0, end=len(name), text=name,
                                                                           label=label)])


def test_places_nationalities_and_organisations_named_after_a_place_get_one_people_do_not():
    entities = [_entity("GPE", "Mosul"), _entity("NORP", "Iraqis"), _entity("SITE", "Mosul Museum"),
                _entity("ORG", "Hamas"), _entity("PERSON", "Lina Georgia")]
    place_entities(entities)
    places = {e.name: e.place for e in entities}
    assert places["Mosul"].country == "IQ" and places["Mosul"].reason is None
    assert places["Iraqis"].country == "IQ"
    assert places["Mosul Museum"].name == "Mosul" and "its name" in places["Mosul Museum"].reason
    assert places["Hamas"] is None and places["Lina Georgia"] is None


def test_a_site_whose_whole_name_is_a_place_is_that_place():
    entities = [_entity("SITE", "Mosul")]
    place_entities(entities)
    assert entities[0].place.country == "IQ"


def test_a_venue_whose_whole_name_is_a_place_is_that_place_not_the_story_s_town():
    text = "London officials met the envoy in London before he flew to the Vatican, London's mayor said."
    entities = [_each(text, "GPE", "London"), _each(text, "FAC", "Vatican")]
    place_entities(entities, text)
    assert entities[1].place.country == "VA" and entities[1].place.reason is None


def test_a_street_is_not_located_at_the_place_it_is_named_after():
    entities = [_entity("FAC", "Victoria Avenue"), _entity("GPE", "Caracas")]
    place_entities(entities)
    assert entities[0].place is None


def _at(text: str, label: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(id=name, label=label, name=name, mentions=[EntityMention(start=start, end=start + len(name),
                                                                           text=name, label=label)])


def test_a_site_is_located_by_the_place_the_text_puts_it_in():
    text = "Crowds gathered at Marwa Square in Giza, then at Kestrel Hall, Lagos, and near Seoul's Hanbit Arena."
    entities = [_at(text, "SITE", "Marwa Square"), _at(text, "GPE", "Giza"), _at(text, "FAC", "Kestrel Hall"),
                _at(text, "GPE", "Lagos"), _at(text, "GPE", "Seoul"), _at(text, "FAC", "Hanbit Arena")]
    place_entities(entities, text)
    places = {e.name: e.place for e in entities}
    assert places["Marwa Square"].name == "Giza" and "puts it in" in places["Marwa Square"].reason
    assert places["Kestrel Hall"].country == "NG" and places["Hanbit Arena"].country == "KR"


def test_a_site_beside_a_place_with_no_word_putting_it_there_stays_unplaced():
    text = "Marwa Square and Giza were quiet."
    entities = [_at(text, "SITE", "Marwa Square"), _at(text, "GPE", "Giza")]
    place_entities(entities, text)
    assert entities[0].place is None


def test_a_place_the_gazetteer_lacks_is_located_by_the_place_the_text_puts_it_in():
    text = "The shelling hit Qarvelik, Aleppo, before dawn."
    entities = [_at(text, "GPE", "Qarvelik"), _at(text, "GPE", "Aleppo")]
    place_entities(entities, text)
    assert entities[0].place.country == "SY" and "puts it in" in entities[0].place.reason


def test_a_town_followed_by_its_state_is_read_in_that_state():
    text = "The team left Athens, Ohio, on Friday for its game in Georgia."
    entities = [_at(text, "GPE", "Athens"), _at(text, "GPE", "Ohio"), _at(text, "GPE", "Georgia")]
    place_entities(entities, text)
    assert entities[0].place.lat > 39  # without the comma pair, Georgia's larger Athens
    apart = "The team left Athens on Friday; in Ohio and Georgia it played twice."
    entities = [_at(apart, "GPE", "Athens"), _at(apart, "GPE", "Ohio"), _at(apart, "GPE", "Georgia")]
    place_entities(entities, apart)
    assert entities[0].place.lat < 35


def test_a_list_of_countries_is_not_read_as_a_place_and_its_state():
    text = "Troops were sent to Niger, Chad and Mali."
    entities = [_at(text, "GPE", "Niger"), _at(text, "GPE", "Chad"), _at(text, "GPE", "Mali")]
    place_entities(entities, text)
    assert entities[0].place.country == "NE" and entities[0].place.feature == "A.PCLI"


def test_names_listed_before_counties_are_counties_of_the_named_state():
    text = "Deputies from Camden and Charlton counties searched the river that divides Georgia from Florida."
    entities = [_at(text, "GPE", "Camden"), _at(text, "GPE", "Charlton"), _at(text, "GPE", "Georgia"),
                _at(text, "GPE", "Florida")]
    place_entities(entities, text)
    assert entities[0].place.name == "Camden County" and 30 < entities[0].place.lat < 32  # Georgia's
    apart = "Deputies from Camden searched the river that divides Georgia from Florida."
    entities = [_at(apart, "GPE", "Camden"), _at(apart, "GPE", "Georgia"), _at(apart, "GPE", "Florida")]
    place_entities(entities, apart)
    assert entities[0].place.name != "Camden County"


def _each(text: str, label: str, name: str) -> Entity:
    """An entity with a mention at every occurrence of `name`."""
    mentions = [EntityMention(start=m.start(), end=m.end(), text=name, label=label)
                for m in re.finditer(re.escape(name), text)]
    return Entity(id=name, label=label, name=name, mentions=mentions)


def test_a_building_the_text_does_not_place_is_in_the_town_the_story_names_most():
    text = ("Dalton police closed the Quillby Footbridge on Friday. Dalton crews expect to reopen it before the "
            "Atlanta game, the Quillby Trust said.")
    entities = [_each(text, "GPE", "Dalton"), _each(text, "GPE", "Atlanta"), _each(text, "FAC", "Quillby Footbridge"),
                _each(text, "ORG", "Quillby Trust")]
    place_entities(entities, text)
    bridge = entities[2].place
    assert bridge.name == "Dalton" and bridge.reason.startswith("located in the town the story is about")
    assert entities[3].place is None  # an organisation may be anywhere


def test_a_building_is_in_the_first_named_of_equally_named_towns_and_unplaced_without_a_town():
    text = "Dalton and Atlanta crews closed the Quillby Footbridge."
    entities = [_each(text, "GPE", "Dalton"), _each(text, "GPE", "Atlanta"), _each(text, "FAC", "Quillby Footbridge")]
    place_entities(entities, text)
    assert entities[2].place.name == "Dalton"
    text = "Georgia crews closed the Quillby Footbridge."
    entities = [_each(text, "GPE", "Georgia"), _each(text, "FAC", "Quillby Footbridge")]
    place_entities(entities, text)
    assert entities[1].place is None  # a state is no town to put it in


def test_a_place_the_gazetteer_lacks_is_put_in_the_town_the_story_names_most():
    text = "Water reached Quillbrook Flats on Tuesday. Dalton officials said Dalton schools would stay shut."
    entities = [_each(text, "GPE", "Quillbrook Flats"), _each(text, "GPE", "Dalton")]
    place_entities(entities, text)
    assert entities[0].place.name == "Dalton" and "town the story is about" in entities[0].place.reason
    alone = "Water reached Quillbrook Flats on Tuesday."
    entities = [_each(alone, "GPE", "Quillbrook Flats")]
    place_entities(entities, alone)
    assert entities[0].place.lat is None and entities[0].place.reason  # no town: unknown, with the reason


def test_a_name_that_says_it_is_larger_than_a_town_is_put_in_no_town():
    text = "Dalton officials said storms over the Quillan Peninsula and the Sea of Varro would reach Dalton."
    entities = [_each(text, "LOC", "the Quillan Peninsula"), _each(text, "LOC", "the Sea of Varro"),
                _each(text, "GPE", "Dalton")]
    place_entities(entities, text)
    assert [e.place.lat for e in entities[:2]] == [None, None]
    assert all("town the story is about" not in (e.place.reason or "") for e in entities[:2])


def test_the_outlet_the_url_s_host_spells_is_no_place_a_city_it_is_named_after_is():
    text = "In a notice seen by LEGHORN, the council said Leghorn's harbour would close."
    entities = [_each(text, "GPE", "LEGHORN")]
    place_entities(entities, text, url="https://www.leghornnews.example/2031/harbour")
    assert entities[0].place is None
    place_entities(entities, text, url="https://www.quillnews.example/2031/harbour")
    assert entities[0].place.name == "Livorno"  # another outlet's page: the old name of the port
    text = "CHICAGO - The council met on Monday."
    entities = [_each(text, "GPE", "CHICAGO")]
    place_entities(entities, text, url="https://www.chicagoherald.example/2031/council")
    assert entities[0].place.name == "Chicago"  # a paper named after its city: the city's own name


def test_a_name_in_a_transcript_s_speaker_label_is_no_place():
    text = "GEORGIA VALE, HOST:\n\nFerry crews train as lifeguards.\n\nGEORGIA VALE: They start on Monday."
    entities = [_each(text, "GPE", "GEORGIA")]
    place_entities(entities, text, labels=[m.span() for m in re.finditer("GEORGIA VALE", text)])
    assert entities[0].place is None and entities[0].label == "PERSON"
    entities = [_each(text, "GPE", "GEORGIA")]
    place_entities(entities, text)
    assert entities[0].place is not None


def test_a_numbered_name_the_gazetteer_lacks_is_a_product_not_a_place_in_the_story_s_town():
    text = "Dalton officials said the QX-7 pill sold well in Dalton, as did shops in Quillbrook Flats."
    entities = [_each(text, "LOC", "QX-7"), _each(text, "GPE", "Quillbrook Flats"), _each(text, "GPE", "Dalton")]
    place_entities(entities, text)
    assert entities[0].place.lat is None and "town the story is about" not in (entities[0].place.reason or "")
    assert entities[1].place.name == "Dalton"


def test_a_one_word_building_that_only_a_zip_code_hamlet_is_named_is_the_building():
    text = "Dalton teachers marched to the Capitol, and Dalton parents joined them at the Capitol."
    entities = [_each(text, "FAC", "Capitol"), _each(text, "GPE", "Dalton")]
    place_entities(entities, text)
    assert entities[0].place.name == "Dalton" and "town the story is about" in entities[0].place.reason


def test_a_person_s_surname_standing_alone_is_the_person_unless_a_large_place_bears_it():
    text = "Kevin Mason joined in May. It is the first time in Mason's career that Mason left Dalton."
    entities = [_each(text, "PERSON", "Kevin Mason"), _each(text, "GPE", "Mason"), _each(text, "GPE", "Dalton")]
    entities[1].mentions = entities[1].mentions[1:]
    place_entities(entities, text)
    assert entities[1].place is None and entities[2].place.name == "Dalton"
    assert entities[1].label == "PERSON" and entities[2].label == "GPE"
    text = "Mary Washington said Washington would decide."
    entities = [_each(text, "PERSON", "Mary Washington"), _each(text, "GPE", "Washington")]
    entities[1].mentions = entities[1].mentions[1:]
    place_entities(entities, text)
    assert entities[1].place is not None and entities[1].label == "GPE"  # a state and a capital bear the name


def test_an_organisation_named_with_a_common_noun_the_text_uses_is_not_located_by_it():
    text = "The Imo Police Command in Owerri said the police had closed the road."
    entities = [_each(text, "ORG", "The Imo Police Command"), _each(text, "GPE", "Owerri")]
    place_entities(entities, text)
    assert entities[0].place is None or entities[0].place.country == "NG"


def test_a_name_the_gazetteer_lacks_that_speaks_is_a_body_or_a_person_not_a_place_in_the_story_s_town():
    text = "Dalton officials said Quillflix would open in Dalton. Quillflix said it would hire 40 people."
    entities = [_each(text, "GPE", "Quillflix"), _each(text, "GPE", "Dalton")]
    place_entities(entities, text, speakers={"Quillflix"})
    assert entities[0].place is None and entities[0].label == "ORG"
    entities = [_labelled(_each(text, "GPE", "Quillflix"), ["PERSON", "GPE"]), _each(text, "GPE", "Dalton")]
    place_entities(entities, text, speakers={"Quillflix"})
    assert entities[0].place is None and entities[0].label == "PERSON"
    entities = [_each(text, "GPE", "Quillflix"), _each(text, "GPE", "Dalton")]
    place_entities(entities, text)
    assert entities[0].place.name == "Dalton"  # not said to speak: a neighbourhood of the story's town
    text = "Dalton officials said the Quill Basin Water District said rates would rise in Dalton."
    entities = [_each(text, "GPE", "Quill Basin Water District"), _each(text, "GPE", "Dalton")]
    place_entities(entities, text, speakers={"Quill Basin Water District"})
    assert entities[0].place.name == "Dalton"  # a local body named by its area


def test_a_county_list_is_matched_from_the_first_capitalised_word_before_it():
    """The county-list pattern is not tried again inside a run of capitalised words, yet still starts at the
    run's first word, as it did when it was tried everywhere."""
    from dateline.places.entities import _COUNTY_LIST

    text = "Storms hit Georgia's Camden and Charlton counties and 'Cooke, Grayson and Love counties' too."
    assert [m.group() for m in _COUNTY_LIST.finditer(text)] == [
        "Georgia's Camden and Charlton counties", "Cooke, Grayson and Love counties"]


def test_a_town_and_its_county_named_apart_are_read_together_with_their_organisations():
    text = ("Dana Hale, 44, Lebanon, was booked into the Boone County Jail on Monday. Lebanon Police officers said "
            "the Boone County Sheriff's Office had asked for help.")
    entities = [_at(text, "GPE", "Lebanon"), _at(text, "GPE", "Boone County"),
                _at(text, "FAC", "the Boone County Jail"), _at(text, "ORG", "Lebanon Police"),
                _at(text, "ORG", "the Boone County Sheriff's Office")]
    place_entities(entities, text)
    places = {e.name: e.place for e in entities}
    assert places["Lebanon"].country == "US" and abs(places["Lebanon"].lat - 40.05) < 0.2  # Lebanon, Indiana
    assert abs(places["Boone County"].lat - 40.05) < 0.2 and abs(places["Boone County"].lon + 86.47) < 0.3
    assert "town and a county" in places["Lebanon"].reason and "town and a county" in places["Boone County"].reason
    assert places["Lebanon Police"].lat == places["Lebanon"].lat
    assert places["the Boone County Sheriff's Office"].lat == places["Boone County"].lat


def _labelled(entity: Entity, labels: list[str]) -> Entity:
    """The entity with its mentions given the recogniser's `labels`, in order."""
    entity.mentions = [m.model_copy(update={"label": label}) for m, label in zip(entity.mentions, labels, strict=True)]
    return entity


def test_a_name_the_recogniser_calls_an_organisation_at_most_mentions_is_no_place():
    text = "Shares in Dalton rose. Quillbox said profits rose; Quillbox's chief left. Analysts like Quillbox."
    entities = [_labelled(_each(text, "GPE", "Quillbox"), ["ORG", "ORG", "GPE"]), _each(text, "GPE", "Dalton")]
    place_entities(entities, text)
    assert entities[0].label == "ORG" and entities[0].place is None
    assert entities[1].label == "GPE" and entities[1].place.name == "Dalton"


def test_a_name_the_recogniser_calls_a_place_as_often_or_never_or_cued_or_a_large_place_stays_a_place():
    text = "Dalton said profits rose. Dalton grew. Workers in Dalton left."
    entities = [_labelled(_each(text, "GPE", "Dalton"), ["ORG", "ORG", "GPE"])]
    place_entities(entities, text)
    assert entities[0].label == "GPE"  # "in Dalton"
    text = "Georgia said taxes rose. Georgia grew. Georgia voters left."
    entities = [_labelled(_each(text, "GPE", "Georgia"), ["ORG", "ORG", "GPE"])]
    place_entities(entities, text)
    assert entities[0].label == "GPE"  # a state and a country bear the name
    text = "Quillbox said profits rose. Quillbox grew."
    entities = [_labelled(_each(text, "GPE", "Quillbox"), ["ORG", "GPE"])]
    place_entities(entities, text)
    assert entities[0].label == "GPE"
    entities = [_labelled(_each(text, "GPE", "Quillbox"), ["ORG", "ORG"])]
    place_entities(entities, text)
    assert entities[0].label == "GPE"  # read as a place on the text's evidence, not the recogniser's label


def test_a_given_name_standing_alone_is_the_person_unless_the_rest_is_a_common_word():
    text = "Mason Brannock and his brother were sentenced. Mason was given 21 years."
    entities = [_each(text, "PERSON", "Mason Brannock"), _each(text, "GPE", "Mason")]
    entities[1].mentions = entities[1].mentions[1:]
    place_entities(entities, text)
    assert entities[1].label == "PERSON"
    text = "Dalton Mayor Ed Quill spoke; the mayor said Dalton would rebuild."
    entities = [_each(text, "PERSON", "Dalton Mayor"), _each(text, "GPE", "Dalton")]
    entities[1].mentions = entities[1].mentions[1:]
    place_entities(entities, text)
    assert entities[1].label == "GPE" and entities[1].place.name == "Dalton"
