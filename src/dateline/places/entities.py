"""Give a document's entities their places: the place names, the nationalities of a country or region, and
the organisations, sites and events named after a place.

- GPE and LOC entities are geocoded together, each name in the light of the others (`places.geocode`);
  an unknown one keeps a place with no point and the reason. The text tells the geocoder the country or
  state written right after a name ("Athens, Ohio") and the names listed before "counties" ("Camden and
  Charlton counties").
- A nationality (NORP) that names the people of a country, state or region gets that place ("Syrian", "Texan",
  "Europeans").
- A site or venue whose whole name is one word, a place the gazetteer knows, is that place: a town the site rule
  took for the site it names ("Mosul" beside "Mosul Museum"), a state the recogniser called a building ("the
  Vatican").
- An organisation, site, armed group or event named after a place is located there, with the reason ("the
  Kidney Foundation of Canada", "Mosul Museum", "Dublin Arts Council"): where its name says it is.
- Given the text, a site, event or organisation that is still unplaced, and a place name the gazetteer lacks,
  is located by the place the text puts it in, with the reason: a placed name right after it with "in", "at",
  "near", "outside" or a comma between ("Al-Nahda Square in Giza", "Qarvelik, Aleppo"), or before it with
  "'s" ("Seoul's Jamsil Stadium").
- A building, street or venue (FAC) still unplaced, and a place name the gazetteer lacks that the text does not
  put anywhere, are in the town the story is about, the placed town the text names most often (the first named
  of those named as often), with the reason: local news names its town's bridges, halls and neighbourhoods
  without naming the town again. A name that says it is larger than a town ("the Korean Peninsula") is in none,
  nor is a numbered name (a product's: "QX-7"), nor a one-word name the text makes speak ("Netflix said": a
  company or a person).
- The outlet a page is from (a name its URL's host spells, "STAT" on statnews.com), a transcript's speaker
  ("SACHA PFEIFFER, HOST:") and a person's surname standing alone ("Mayer's career" beside "Kevin Mayer") are no
  places; the speaker and the surname are the person (PERSON).
- A place name the recogniser labelled a place at some mentions and an organisation or a person at more of them,
  with no mention cued as a place ("Coincheck was hacked"), takes back the label it gives most; a given name
  standing alone, the first word of a person's full name ("Mason" beside "Mason Brannock"), is the person. Neither
  holds for a country, state, region, continent or town of KNOWN_TOWN+ people by its own name.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from dateline.places.gazetteer import candidates, key
from dateline.places.geocode import NOT_FOUND, geocode
from dateline.places.toponyms import KNOWN_TOWN, cued, not_inside_word
from dateline.record import Entity, Place

PLACE_LABELS = ("GPE", "LOC")
SAID_IN = "located by the place the text puts it in"
LOCATED_LABELS = ("ORG", "SITE", "FAC", "ARMED_GROUP", "EVENT")
_PEOPLES_PLACES = ("A.PCLI", "A.ADM1", "L.CONT", "L.RGN")


def _named_place(entity: Entity) -> bool:
    """A site or building (FAC) whose whole name is one word the gazetteer knows (no site noun in it: "Mosul",
    "the Vatican") from GeoNames: a building noun that only a ZIP code's hamlet is named ("the Capitol") is the
    building."""
    return entity.label in ("SITE", "FAC") and " " not in entity.name.strip() and any(
        c.geonameid > 0 for c in candidates(entity.name))


_SAID_IN = re.compile(r"(?:,\s*+|(?<!\s)\s++(?:in|at|near|outside)\s++(?:the\s+)?)")
"""What stands between a site and the place the text puts it in ("Al-Nahda Square in Giza", "the Colony
Theatre in Los Angeles", "Jamsil Stadium, Seoul")."""
_POSSESSED = re.compile(r"['’]s\s+")
"""What stands between a place and its site ("Seoul's Jamsil Stadium")."""
_SITE_LABELS = ("SITE", "FAC", "EVENT", "ORG")


def _said_in(entity: Entity, places: list[tuple[int, int, Place]], text: str) -> Place | None:
    """The place the text puts an entity in, at one of its mentions: a placed name right after it with "in",
    "at", "near", "outside" or a comma between, or a placed name with "'s" right before it."""
    for mention in entity.mentions:
        for start, end, place in places:
            if start >= mention.end and _SAID_IN.fullmatch(text[mention.end:start]):
                return place
            if end <= mention.start and _POSSESSED.fullmatch(text[end:mention.start]):
                return place
    return None


def _written_within(entities: list[Entity], text: str) -> list[tuple[str, str]]:
    """(place, container) for every place name followed by a comma and another place name ("Paris, Texas",
    "Springfield, Ill."), in the order of the text; `geocode` keeps the readings inside the container."""
    places = [e for e in entities if e.label in PLACE_LABELS]
    starts = {m.start: e.name for e in places for m in e.mentions}
    pairs = []
    for entity in places:
        for mention in entity.mentions:
            comma = _COMMA.match(text, mention.end)
            after = starts.get(comma.end()) if comma else None
            if after and after != entity.name:
                pairs.append((mention.start, entity.name, after))
    return [(name, after) for _, name, after in sorted(pairs)]


_COMMA = re.compile(r",[ \t]*")
_WORDS = r"[A-Z][\w'.-]*+(?:\s+[A-Z][\w'.-]*+)*+"
_COUNTY_LIST = re.compile(
    r"(?=[A-Z])" + not_inside_word(r"[\w'.-]") + not_inside_word(r"[\w'.-]", r"\s")
    + rf"(?:{_WORDS}(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+))+{_WORDS}\s+(?:counties|parishes)\b")
"""Names listed before a plural "counties" ("Camden and Charlton counties", "Cooke, Grayson and Love counties"),
not tried again inside a run of capitalised words already tried (`not_inside_word`)."""


def _listed_as_counties(entities: list[Entity], text: str) -> set[str]:
    """The place names the text lists before "counties" or "parishes": each is a county, not the town of its
    name ("Camden and Charlton counties" in Georgia are not Camden, New Jersey)."""
    lists = [(m.start(), m.end()) for m in _COUNTY_LIST.finditer(text)]
    return {e.name for e in entities if e.label in PLACE_LABELS for m in e.mentions
            if any(start <= m.start and m.end <= end for start, end in lists)}


def _outlet(entity: Entity, url: str | None) -> bool:
    """Whether the entity is the outlet the page is from: a mention spells the start of the URL's host ("STAT"
    on statnews.com) and is no place's own name in the gazetteer (only a namesake's alternate one: "Stat" for
    Settat); a paper named after its city ("CHICAGO" on chicagotribune.com) keeps the city."""
    host = (urlsplit(url).hostname or "").removeprefix("www.") if url else ""
    spelt = [m.text for m in entity.mentions if len(_spelling(m.text)) >= 3 and host.startswith(_spelling(m.text))]
    return bool(spelt) and not any(key(c.name) == key(_OWN.sub("", n)) for n in spelt
                                   for c in candidates(_OWN.sub("", n)))


def _spelling(name: str) -> str:
    """A name as a host spells it: lowercase letters and digits, no possessive ("STAT’s" -> "stat")."""
    return re.sub(r"[^a-z0-9]", "", _OWN.sub("", name).lower())


_OWN = re.compile(r"['’]s?$")
"""A possessive ending a mention ("STAT’s")."""


def _in_labels(entity: Entity, labels: list[tuple[int, int]]) -> bool:
    """Whether every mention of the entity stands in a transcript's speaker label ("SACHA PFEIFFER, HOST:"):
    a speaker is a person."""
    return bool(entity.mentions) and all(any(a <= m.start and m.end <= b for a, b in labels) for m in entity.mentions)


def _surname(entity: Entity, surnames: set[str]) -> bool:
    """Whether a one-word place name is the surname of a person the text names in full ("Mayer's career" beside
    "Kevin Mayer") and no country, state, region or town of KNOWN_TOWN+ people: a surname standing alone is
    the person's ("Washington" stays a place)."""
    name = _OWN.sub("", entity.name.strip())
    return (entity.label in PLACE_LABELS and " " not in name and name.casefold() in surnames
            and not _large_place(name))


def _people(entities: list[Entity], labels: list[tuple[int, int]]) -> set[str]:
    """The names that are a person's, not a place's: a transcript's speaker or a person's surname standing alone
    (`_in_labels`, `_surname`)."""
    surnames = {w.casefold() for e in entities if e.label == "PERSON" for w in e.name.split()[1:]}
    return {e.name for e in entities if _in_labels(e, labels) or _surname(e, surnames)}


def _not_places(entities: list[Entity], url: str | None, labels: list[tuple[int, int]]) -> set[str]:
    """The names that are no place, being the outlet or a person's (`_outlet`, `_people`); a person's place name
    becomes the person (PERSON), so it is no place mention either."""
    people = _people(entities, labels)
    for entity in entities:
        if entity.name in people and entity.label in PLACE_LABELS:
            entity.label = "PERSON"
    return people | {e.name for e in entities if _outlet(e, url)}


_NAME_LABELS = ("ORG", "PERSON")
"""The recogniser's labels of a name that is not a place's: an organisation's or a person's."""


def _large_place(name: str) -> bool:
    """Whether a country, state, region or continent, or a town of KNOWN_TOWN+ people, is called `name` by its own
    name: such a name is a place wherever the text writes it outright ("Washington", "Georgia")."""
    name = _OWN.sub("", name.strip())
    return any(c.feature in _PEOPLES_PLACES or c.population >= KNOWN_TOWN and key(c.name) == key(name)
               for c in candidates(name))


def _cued_anywhere(entity: Entity, text: str) -> bool:
    """Whether the words around some mention of the entity say place ("in", "near", "the town of", "-based":
    `toponyms.cued`)."""
    return any(cued(text, m.start, m.end, set()) for m in entity.mentions)


def _named_otherwise(entity: Entity, text: str) -> str | None:
    """The label a place name takes back when the recogniser, which labelled it a place at some mention, calls it
    an organisation or a person at more of them ("Coincheck was hacked", "Coincheck's president" beside one
    "Coincheck" it labelled a place), no mention is cued as a place and no large place bears it: the label it
    gives most. None for a place name, and for a name the recogniser never labelled a place (the toponym step
    read it as one on the text's evidence: "Mali" labelled a person)."""
    labels = [m.label for m in entity.mentions]
    if (entity.label not in PLACE_LABELS or not text or not any(label in PLACE_LABELS for label in labels)
            or sum(label in _NAME_LABELS for label in labels) <= sum(label in PLACE_LABELS for label in labels)):
        return None
    return None if _large_place(entity.name) or _cued_anywhere(entity, text) else max(_NAME_LABELS, key=labels.count)


def _given_name(entity: Entity, people: dict[str, list[list[str]]], lower: set[str], text: str) -> bool:
    """Whether a one-word place name is the first word of a person's name the text gives in full, which the
    recogniser labels a person at every mention and whose other words are names too (the text never writes them
    in lower case: "Mason" beside "Mason Brannock", not "Dalton" beside "Dalton Mayor"), and no mention is cued
    as a place and no large place bears it: a given name standing alone is the person's."""
    name = _OWN.sub("", entity.name.strip())
    if entity.label not in PLACE_LABELS or " " in name or not text:
        return False
    return (any(all(w.casefold() not in lower for w in rest) for rest in people.get(name.casefold(), []))
            and not _large_place(name) and not _cued_anywhere(entity, text))


def _relabel_names(entities: list[Entity], text: str, lower: set[str]) -> None:
    """Give back their recogniser's label, or the person's, to the place names that are an organisation's or a
    person's (`_named_otherwise`, `_given_name`), in place: they are no place mentions. `lower`: the text's
    lower-case words (`_lower_case_words`)."""
    people: dict[str, list[list[str]]] = {}
    for e in entities:
        words = e.name.split()
        if e.label == "PERSON" and len(words) > 1 and all(m.label == "PERSON" for m in e.mentions):
            people.setdefault(words[0].casefold(), []).append(words[1:])
    for entity in entities:
        label = _named_otherwise(entity, text)
        if label is None and _given_name(entity, people, lower, text):
            label = "PERSON"
        if label is not None:
            entity.label = label


def _lower_case_words(text: str) -> set[str]:
    """The words the text writes in lower case: as common nouns ("the park", "the police"), they locate no
    organisation named with them capitalised ("Coffman Park", "the Osun Police Command")."""
    return set(re.findall(r"\b[a-z][a-z]+\b", text))


def place_entities(entities: list[Entity], text: str = "", url: str | None = None,
                   labels: list[tuple[int, int]] | tuple[tuple[int, int], ...] = (),
                   speakers: set[str] | frozenset[str] = frozenset()) -> None:
    """Set `place` on the entities that have one (module docstring), in place; given the document's `text`, an
    unplaced site, event or organisation, and a place name the gazetteer lacks, are located by the place the text
    puts them in. The page's `url` names its outlet, and `labels` are the spans of a transcript's speaker
    labels: neither is a place. `speakers` are the names the text makes the subject of a verb of speech ("Netflix
    said"): a one-word one the gazetteer lacks is a company or a person, not a place of the story's town (a longer
    one names a local body by its area, "the Dalton Valley Water District")."""
    lower = _lower_case_words(text)
    _relabel_names(entities, text, lower)
    unplaced = _not_places(entities, url, list(labels))
    entities = [e for e in entities if e.name not in unplaced]
    names = [e.name for e in entities if e.label in (*PLACE_LABELS, "NORP") or _named_place(e)]
    located = [e.name for e in entities if e.label in LOCATED_LABELS and not _named_place(e)]
    places = geocode(names, others=[e.name for e in entities if e.label == "ORG"], located=located,
                     within=_written_within(entities, text), counties=_listed_as_counties(entities, text),
                     common=lower)
    for entity in entities:
        place = places.get(entity.name)
        if place is None:
            continue
        if entity.label in PLACE_LABELS or _named_place(entity):
            entity.place = place
        elif entity.label == "NORP" and place.feature in _PEOPLES_PLACES:
            entity.place = place  # a nationality points to its country, state or region ("Syrian", "Texan")
        elif entity.label in LOCATED_LABELS and place.lat is not None:
            entity.place = place
    if not text:
        return
    placed = [(m.start, m.end, e.place) for e in entities if e.label in PLACE_LABELS and e.place is not None
              and e.place.lat is not None for m in e.mentions]
    for entity in entities:
        unknown = entity.label in PLACE_LABELS and entity.place is not None and entity.place.lat is None
        if (entity.label in _SITE_LABELS and entity.place is None) or unknown:
            place = _said_in(entity, placed, text)
            if place is not None:
                entity.place = place.model_copy(update={"reason": f"{SAID_IN} ('{place.name}')"})
    town = _story_town(entities)
    for entity in entities:
        unknown = entity.label in PLACE_LABELS and entity.place is not None and entity.place.reason == NOT_FOUND
        if unknown and entity.name in speakers and " " not in entity.name.strip():
            entity.label, entity.place = _speaking_label(entity), None
            continue
        lacking = (unknown and _LARGER_THAN_A_TOWN.search(entity.name) is None and not _NUMBERED.search(entity.name))
        if (entity.label in _BUILT_LABELS and entity.place is None or lacking) and town is not None:
            entity.place = town.model_copy(update={"reason": f"{STORY_TOWN} ('{town.name}')"})


def _speaking_label(entity: Entity) -> str:
    """What a one-word name the gazetteer lacks that the text makes speak is ("Netflix said"): a person when the
    recogniser labels it a person at more mentions than an organisation, else an organisation."""
    labels = [m.label for m in entity.mentions]
    return "PERSON" if labels.count("PERSON") > labels.count("ORG") else "ORG"


STORY_TOWN = "located in the town the story is about"
_BUILT_LABELS = ("FAC",)
"""Buildings, streets and venues: what stands in a town (sites, SITE, are not put there: tried, no half rose)."""
_LARGER_THAN_A_TOWN = re.compile(r"\b(?:sea|ocean|peninsula|gulf|desert|straits?|channel|union|republic|empire)\b",
                                 re.IGNORECASE)
"""Words by which a name the gazetteer lacks says it is larger than any town ("the Korean Peninsula"): in no
town the story names, so left unplaced. Rivers, lakes, bays and coasts (among geocode's feature nouns) run by a
local story's town and keep its point."""
_NUMBERED = re.compile(r"\d")
"""A digit in a name the gazetteer lacks: a model or product number ("GLP-1", "F-150"), not a place of the story's
town (numbered streets are FAC, placed by their own rule)."""


def _story_town(entities: list[Entity]) -> Place | None:
    """The town the story is about: the placed town the text names most often, the first named of those named
    as often."""
    towns = sorted(((len(e.mentions), min(m.start for m in e.mentions), e.place) for e in entities
                    if e.label in PLACE_LABELS and e.place is not None and e.mentions
                    and e.place.lat is not None and (e.place.feature or "").startswith("P.")),
                   key=lambda t: (-t[0], t[1]))
    return towns[0][2] if towns else None
