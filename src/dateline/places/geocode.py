"""Geocode a document's place names offline, each name in the light of the others.

Candidates come from the gazetteer; the document's context picks among them: a country (or state,
province) the *other* names of the document point to weighs most, then the kind of place (a country or
state before a town of the same name, a national capital before other towns), nearness to the readings
of the document's other names, then population (a well-known ancient city before a village that shares
its name). Two passes: the first reads the context from every reading of the other names (countries,
divisions, and places to be near, a name with many readings counting less); the second adds what the
first chose for every other name, so a town and a county named together are read together ("Paris"
beside "Henry County": Tennessee); a town chosen votes for its state only for the places within _NEAR_KM
of it. Names the gazetteer does not know stay ungeocoded, with the reason.
Before scoring, the text's own pairings narrow or widen a name's readings: the state written after it
("Athens, Ohio"), a list of counties ("Camden and Charlton counties", or three bare names that are counties
of a state the document names).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from dateline.places.gazetteer import Candidate, candidates, county_states, key
from dateline.places.zip_places import towns_in_county
from dateline.record import Place

NOT_FOUND = ("not in the offline gazetteer (GeoNames countries, divisions and regions; towns of 500+ "
             "inhabitants)")
STRAY = ("its best reading is a village in a country the document does not otherwise name, while it names "
         "others: the offline gazetteer likely lacks the place meant")
LOCATED = "located by the place its name names"
COUNTY = "a US county the offline gazetteer has no point for (no ZIP codes): its state is known, its point is not"
_FEATURE_WEIGHT = {"A.PCLI": 4.0, "L.CONT": 4.0, "L.RGN": 2.0, "A.ADM1": 2.0, "A.ADM2": 1.0, "A.ADM3": 0.0,
                   "A.ADMD": 0.0, "P.PPLC": 3.5, "P.PPL": 0.0}
_CONTEXT_WEIGHT = 2.5
_STATE_WEIGHT = 3.0
_PRIMARY_NAME = 1.5
_NEAR_WEIGHT = 3.0
_NEAR_KM = 200.0
"""Weights of the disambiguation score: kind of place, the document's countries and first-level
divisions, nearness to its other places, and a name that is the place's own rather than one of its
alternate names; population adds log10(population)."""
_COUNTY_LIST = 3
"""So many bare names that are counties of one state the document names make them its counties."""
_SUPPORT_MAX = 12
"""A name with at most this many readings lends each of them, weighted 1/sqrt(n), as a place to be near."""
_TOWNS = ("P.PPL", "P.PPLC")
_CITY = 1_000_000
"""A town this large is known by its alternate names too, and is the usual sense of a name it shares
with the division around it ("New York")."""
_LEADING_WEIGHT = 2.5
_LEADING_MIN = 300_000
_LEADING_RATIO = 5
"""A large city much larger than the other towns of its name in its country is the usual sense of the
name there, over a small namesake in a division the document names (see `_leading_reading`)."""
_VILLAGE = 30_000
"""Towns smaller than this do not take their name from a state of it (see `_leading_reading`)."""
_DATELINE_CITY = 100_000
"""A name in capitals with a town reading this large is read as that town (see `_dateline_readings`)."""
_DOUBT = 1.0
_ELSEWHERE_KM = 161.0
"""A reading is explained in `place.reason` when a reading over _ELSEWHERE_KM away scores within _DOUBT of it,
or when the document's context chose it over a better-known one elsewhere (see `_explain`)."""
_LOCATING_TOWN = 10_000
_KNOWN_CITY = 100_000
"""A town named by the last word of an organisation's name must be this large: that word is usually what
the organisation is ("the European Union", "Cyber Tech Career College"), unless it is a city ("Metro
Vancouver")."""
"""A town this large locates an organisation or site named after it without the document naming it alone."""
_LOCAL = (*_TOWNS, "A.ADM2", "A.ADM3", "A.ADMD")
"""Places small enough for nearness to the document's other places to tell their readings apart."""
_PAIR_WEIGHT = 3.0
"""What a US town reading and a county reading of two of the document's names gain when the town lies in that
county (see `_town_county_pairs`): as much as a state the document names."""


@dataclass
class _Context:
    """What a document's names point to: countries, first-level divisions ('US.OH') and places to be
    near (with a weight), with the name each vote came from (a name never votes for its own reading)."""

    countries: list[tuple[str, str]]
    divisions: list[tuple[str, str]]
    anchors: list[tuple[str, Candidate, float]]
    states: list[tuple[str, str]] = field(default_factory=list)
    """The country of each name read as a first-level division ("Utah, Idaho and Washington")."""
    towns: list[tuple[str, Candidate]] = field(default_factory=list)
    """The town each name read as one is: it votes for its division only for the places near it (`_state_votes`)."""
    paired: dict[Candidate, str] = field(default_factory=dict)
    """Town and county readings that go together, each with the other name of its pair (`_town_county_pairs`)."""

    def joined(self, other: _Context) -> _Context:
        """Both contexts' votes, anchors and pairs together."""
        return _Context(self.countries + other.countries, self.divisions + other.divisions,
                        self.anchors + other.anchors, self.states + other.states, self.towns + other.towns,
                        {**self.paired, **other.paired})

    def around(self, name: str) -> tuple[Counter, Counter, dict[str, list[tuple[Candidate, float]]], Counter,
                                         list[Candidate]]:
        anchors: dict[str, list[tuple[Candidate, float]]] = {}
        for other, anchor, weight in self.anchors:
            if other != name:
                anchors.setdefault(other, []).append((anchor, weight))
        return (Counter(c for other, c in self.countries if other != name),
                Counter(d for other, d in self.divisions if other != name), anchors,
                Counter(c for other, c in self.states if other != name),
                [town for other, town in self.towns if other != name])


def _county_context(options: dict[str, list[Candidate]]) -> _Context:
    """The US states that have a county of a name the document uses and the gazetteer has no point for
    (its towns are likely in one of them)."""
    context = _Context([], [], [])
    for name, found in options.items():
        states = county_states(name) if not found else frozenset()
        if states:
            context.countries.append((name, "US"))
            context.divisions.extend((name, f"US.{state}") for state in states)
    return context


def _town_county_pairs(options: dict[str, list[Candidate]]) -> dict[Candidate, str]:
    """The US town readings of one name that lie in a county read for another name (by the ZIP codes' towns and
    counties), and those county readings, each with the other name: local news names a town and its county
    together, each ambiguous alone ("Lebanon" beside "Boone County" is Lebanon, Indiana, in Boone County,
    Indiana, neither the country nor Boone County, Missouri). A name that is also a state's ("Florida" beside
    "Orange County") keeps to its usual sense: its town readings pair with nothing. Nor does a name pair with its
    own county form (`_short_for`): "DeKalb" beside "DeKalb County" is one name written two ways, no second place
    that agrees with the first."""
    counties = [(name, c) for name, found in options.items() for c in found if c.feature == "A.ADM2"
                and c.country == "US"]
    towns = [(name, c) for name, found in options.items() if not any(r.feature == "A.ADM1" for r in found)
             for c in found if c.feature in _TOWNS and c.country == "US"]
    paired: dict[Candidate, str] = {}
    for county_name, county in counties:
        inside = {key(town) for town in towns_in_county(county.admin1, county.name)}
        for town_name, town in towns:
            if (town_name != county_name and town.admin1 == county.admin1 and key(town.name) in inside
                    and not _short_for(town_name, county_name)):
                paired[county], paired[town] = town_name, county_name
    return paired


def _short_for(name: str, county_name: str) -> bool:
    """Whether `county_name` is `name` with a kind of division after it ("DeKalb" and "DeKalb County", "Osceola" and
    "Osceola County"): local news calls a county by its bare name, so the two may be the same place."""
    words = key(county_name).split()
    return len(words) > 1 and words[-1] in _DIVISION_NOUNS and " ".join(words[:-1]) == key(name)


def _first_context(options: dict[str, list[Candidate]]) -> _Context:
    """Countries and divisions named outright or the only country of a name; every local reading of a
    name with few readings as a place to be near (weighted by how few); the states of the counties named."""
    context = _county_context(options)
    for name, found in options.items():
        named = [c for c in found if c.feature in ("A.PCLI", "A.ADM1", "A.ADM2")]
        for candidate in named:
            context.countries.append((name, candidate.country))
            if candidate.feature != "A.PCLI" and candidate.division:
                context.divisions.append((name, candidate.division))
        if not named and found and len({c.country for c in found}) == 1:
            context.countries.append((name, found[0].country))
        if len(found) <= _SUPPORT_MAX:
            context.anchors.extend((name, c, 1 / math.sqrt(len(found)))
                                   for c in found if c.feature in (*_LOCAL, "A.ADM1"))
    return context


def _chosen_context(options: dict[str, list[Candidate]], chosen: dict[str, Candidate]) -> _Context:
    """The countries, divisions and places of the readings chosen for every name; the counties' states."""
    context = _county_context(options)
    for name, candidate in chosen.items():
        if candidate.feature in ("L.CONT", "L.RGN"):
            continue
        context.countries.append((name, candidate.country))
        if candidate.feature in _TOWNS:
            context.towns.append((name, candidate))
        elif candidate.division:
            context.divisions.append((name, candidate.division))
        if candidate.feature in (*_LOCAL, "A.ADM1"):
            context.anchors.append((name, candidate, 1.0))
        if candidate.feature == "A.ADM1":
            context.states.append((name, candidate.country))
    return context


def _prior(candidate: Candidate) -> float:
    """What a reading scores before the document is read: its kind of place and its size."""
    return _FEATURE_WEIGHT.get(candidate.feature, 0.0) + math.log10(candidate.population + 1)


def _score(candidate: Candidate, name: str, countries: Counter, divisions: Counter, states: Counter) -> float:
    score = _prior(candidate)
    if candidate.feature == "A.ADM1" and states[candidate.country] >= 2:
        score += _STATE_WEIGHT  # a name among the country's states or provinces is one of them
    if countries:
        score += _CONTEXT_WEIGHT * countries[candidate.country] / max(countries.values())
    if divisions and candidate.division in divisions:
        score += _STATE_WEIGHT
    if key(candidate.name) == key(name) or candidate.feature not in _TOWNS:
        score += _PRIMARY_NAME
    return score


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _nearness(candidate: Candidate, anchors: dict[str, list[tuple[Candidate, float]]]) -> float:
    """Up to _NEAR_WEIGHT for a local place close to a reading of another name of the document (local
    news names neighbouring towns: "Gainesville" near "Denton" is the Texas one), the support of a name
    with several readings shared among them."""
    if not anchors or candidate.feature not in _LOCAL:
        return 0.0
    best = 0.0
    for readings in anchors.values():
        for anchor, weight in readings:
            if weight > best and abs(anchor.lat - candidate.lat) < 10:
                near = distance_km(candidate.lat, candidate.lon, anchor.lat, anchor.lon)
                best = max(best, weight * math.exp(-near / _NEAR_KM))
    return _NEAR_WEIGHT * best


def _namesake_city(found: list[Candidate], divisions: Counter) -> list[Candidate]:
    """`found` less a division whose namesake city of a million lies in it ("New York"), unless the
    document's other names point into that division: "New York" alone is the city, beside Albany and
    Rochester the state."""
    cities = {c.division for c in found if c.feature in _TOWNS and c.population >= _CITY}
    return [c for c in found if c.feature != "A.ADM1" or c.division not in cities or divisions[c.division]]


def _leading_reading(readings: list[Candidate]) -> Candidate | None:
    """The reading that is the usual sense of the name in its country, if one is: a state _LEADING_RATIO
    times as populous as the towns of its name there, all villages ("Kansas" beside a town in Illinois
    is still the state, not Kansas, Illinois, of 700 people); else a town of _LEADING_MIN+ people
    _LEADING_RATIO times as large as any other town of the name in its country, when the name has
    several there ("Boston" in a US article is Massachusetts' even beside "New York City", whose state
    has a Boston of 8,000). A namesake abroad does not count: a local paper's "Paris" is not weighed
    against France's. A town is not weighed against a state or country of the name ("Washington"
    beside Seattle is the state)."""
    towns = [c for c in readings if c.feature in _TOWNS]
    if not towns:
        return None
    for state in (c for c in readings if c.feature == "A.ADM1"):
        local = [c.population for c in towns if c.country == state.country]
        if local and max(local) < _VILLAGE and state.population >= _LEADING_RATIO * max(local):
            return state
    if any(c.feature in ("A.PCLI", "A.ADM1") for c in readings):
        return None
    largest = max(towns, key=lambda c: c.population)
    rivals = [c.population for c in towns if c.country == largest.country and c is not largest]
    if rivals and largest.population >= _LEADING_MIN and largest.population >= _LEADING_RATIO * max(rivals):
        return largest
    return None


def _state_votes(candidate: Candidate, divisions: Counter, towns: list[Candidate]) -> Counter:
    """`divisions` less the votes of the towns chosen for other names that lie over _NEAR_KM from a local
    `candidate` in its own division: a town says the story is near it, not anywhere in its state ("Memphis" does
    not make "Alexandria" the Tennessee village across the state, nor "New York City" "Augusta" the upstate
    hamlet, over the better-known namesakes); counties, states and countries named vote for the whole division."""
    if candidate.feature not in _LOCAL:
        return divisions
    return divisions - Counter(town.division for town in towns if town.division == candidate.division
                               and distance_km(candidate.lat, candidate.lon, town.lat, town.lon) > _NEAR_KM)


def _scored(name: str, found: list[Candidate], context: _Context) -> list[tuple[float, Candidate]]:
    """The readings of `name` with their scores in `context`, best first."""
    countries, divisions, anchors, states, towns = context.around(name)
    divisions = divisions + Counter(town.division for town in towns if town.division)
    readings = _namesake_city(found, divisions)
    leading = _leading_reading(readings)
    scored = [(_score(c, name, countries, _state_votes(c, divisions, towns), states) + _nearness(c, anchors)
               + (_LEADING_WEIGHT if c is leading else 0.0) + (_PAIR_WEIGHT if c in context.paired else 0.0), c)
              for c in readings]
    return sorted(scored, key=lambda pair: -pair[0])


def _choose(options: dict[str, list[Candidate]], context: _Context) -> dict[str, Candidate]:
    return {name: _scored(name, found, context)[0][1] for name, found in options.items() if found}


def _stray_village(best: Candidate, name: str, context: _Context) -> bool:
    """Whether the best reading is a village (under _VILLAGE people) in a country none of the document's other
    names points to, while they point to others: "Konna" in a story about Mali is not Conna in Ireland, nor
    "Baga" beside Borno the Indian village; the gazetteer lacks the right one, so the name stays unplaced."""
    countries = context.around(name)[0]
    return best.feature in _TOWNS and best.population < _VILLAGE and bool(countries) and not countries[best.country]


def _explain(name: str, found: list[Candidate], context: _Context) -> str | None:
    """Why the best reading of `name` won, when it is a close or a context-made call: a reading elsewhere (over
    161 km away) within _DOUBT points of it, or a better-known reading elsewhere that the document's context
    overruled ("Paris" beside Texas towns is Paris, Texas, not France's). None when the reading is plain."""
    scored = _scored(name, found, context)
    score, best = scored[0]
    elsewhere = [(s, c) for s, c in scored[1:] if distance_km(c.lat, c.lon, best.lat, best.lon) > _ELSEWHERE_KM]
    if not elsewhere:
        return None
    rival_score, rival = elsewhere[0]
    if best in context.paired:
        return (f"read as {best.name} ({best.country}, {best.admin1}) with '{context.paired[best]}': the text names a "
                f"town and a county, and this reading of each lies in or holds the other ({score:.1f} against "
                f"{rival.name} ({rival.country}) {rival_score:.1f})")
    if score - rival_score < _DOUBT:
        return (f"doubtful: read as {best.name} ({best.country}), scarcely ahead of {rival.name} ({rival.country}) on "
                f"the kind and size of place and the document's other places ({score:.1f} against {rival_score:.1f})")
    known = max((c for _, c in scored), key=_prior)
    if distance_km(known.lat, known.lon, best.lat, best.lon) > _ELSEWHERE_KM:
        return (f"read as {best.name} ({best.country}) rather than the better-known {known.name} ({known.country}): "
                f"the document's other places point there")
    return None


SIDES = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern",
          "southern", "eastern", "western", "central", "upper", "lower", "n.", "s.", "e.", "w.", "ne.", "nw.",
          "se.", "sw.", "n.e.", "n.w.", "s.e.", "s.w."}
_KINDS = {"city", "province", "state", "region"}
"""A compass or kind word around a known name: "Northeast Georgia", "W. Phila" and "Kermanshah province"
are read as the place they are part of (or named after) when the whole name is not in the gazetteer."""


def _own_names_first(name: str, found: list[Candidate]) -> list[Candidate]:
    """The candidates that carry `name` as their own name, when there are any: a town known by `name`
    only as an alternate name ("Philadelphia" for Amman, "Liverpool" for a Washington) is a reading only
    when nothing is called `name` outright, unless it is a city of a million ("New York" for New York
    City) and neither a country nor a town of 100,000 has the name as its own ("Mexico")."""
    known = any(c.feature == "A.PCLI" or (c.feature in _TOWNS and key(c.name) == key(name)
                                          and c.population >= _CITY / 10) for c in found)
    own = [c for c in found if c.feature not in _TOWNS or key(c.name) == key(name)
           or (c.population >= _CITY and not known)]
    return own or found


def _lookup(name: str) -> list[Candidate]:
    """Candidates for the whole name (less a possessive and a hyphenated prefix such as "anti-"), else for the
    region a regional adjective is formed from ("Central American"), else for the region named with the compass
    adjective ("North Africa": Northern Africa), else for the name less a leading compass word or a trailing kind,
    else for the longest run of its words that names a place ("St. Louis Police", "Thruxton, Hampshire":
    the recogniser's span is sometimes wider than the place)."""
    name = _POSSESSIVE.sub("", name.strip())
    if name.endswith(".") and not candidates(name):
        name = name[:-1]  # a recogniser's span that took the sentence's full stop ("Timbuktu.")
    prefix = _PREFIX.match(name)
    if prefix and not candidates(name):
        name = name[prefix.end():]  # "anti-Russian", "inter-Palestinian", "non-Russians": the people it is about
    article = _ARABIC_ARTICLE.match(name)
    if article and not candidates(name) and candidates(name[article.end():]):
        name = name[article.end():]  # "al-Hodeida": GeoNames lists the town as "Hodeida" (and "Al Ḩudaydah")
    if name.endswith("s") and " " not in name and not candidates(name):
        people = [c for c in _lookup(name[:-1]) if c.feature not in _TOWNS]
        if people:
            return people  # a nationality's plural names its country or region ("Syrians", "Palestinians")
    found = _own_names_first(name, candidates(name))
    words = name.split()
    if found or len(words) < 2 and not name.endswith("an"):
        return found
    regions = _regions_of_adjective(name)
    if regions:
        return regions
    side = {"north": "Northern", "south": "Southern", "east": "Eastern", "west": "Western"}.get(words[0].lower())
    regions = [c for c in candidates(" ".join([side, *words[1:]])) if c.feature not in _TOWNS] if side else []
    if regions:
        return regions  # "North Africa" is the region Northern Africa, not Africa
    if words[0].lower() in SIDES and candidates(" ".join(words[1:])):
        return candidates(" ".join(words[1:]))
    if words[-1].lower() in _KINDS and candidates(" ".join(words[:-1])):
        return candidates(" ".join(words[:-1]))
    return _inner_place(words)


_DIVISION_NOUNS = {"county", "parish", "borough", "township", "district", "municipality"}
_FEATURE_NOUNS = {"ocean", "sea", "river", "lake", "island", "islands", "peninsula", "mountain", "mountains",
                  "mount", "gulf", "bay", "valley", "coast", "delta", "desert", "union", "republic"}
"""Words that make a name a physical feature or a state the gazetteer lacks: no place inside it is read."""
_ARABIC_ARTICLE = re.compile(r"(?:a[lnrsdt]|e[ln])[-‑ ](?=[A-Z])", re.IGNORECASE)
"""The Arabic article in its English spellings ("al-", "Al ", "el-", "ash-")."""
_PREFIX = re.compile(r"(?:anti|pro|non|inter|pan)-(?=[A-Z])", re.IGNORECASE)
"""An English prefix hyphenated to a nationality or a place ("anti-Russian", "inter-Palestinian", "pan-African")."""
_STREETS = {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "highway", "way"}
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_ADJECTIVE = re.compile(r"^(.*[A-Za-z]{3})an$")
"""'Central American' -> 'Central America', 'African' -> 'Africa' (countries' own demonyms come from
countryinfo)."""
_ADJECTIVE_E = re.compile(r"^(.*[A-Za-z]{3}p)ean$")
"""'European' -> 'Europe'."""


def _regions_of_adjective(name: str) -> list[Candidate]:
    """The regions or continents a regional adjective is formed from ("Central American", "African", "European"),
    or none: a name that is not such an adjective, or a town's name ("Dominican" is no region)."""
    for noun in _ADJECTIVE.sub(r"\1a", name), _ADJECTIVE_E.sub(r"\1e", name):
        regions = [c for c in candidates(noun) if c.feature not in _TOWNS]
        if noun != name and regions:
            return regions
    return []


def _inner_place(words: list[str]) -> list[Candidate]:
    """Candidates called outright by the longest run of capitalised words inside a name (the leftmost of
    equal length), or none; none for a division or a physical feature the gazetteer lacks ("Loving
    County", "the Indian Ocean")."""
    words = [w.strip(",;:") for w in words]
    if words[-1].lower() in _DIVISION_NOUNS or any(w.lower() in _FEATURE_NOUNS for w in words):
        return []  # "Loving County" is not the town of Loving, "the Korean Peninsula" not a Peninsula
    for size in range(len(words) - 1, 0, -1):
        for first in range(len(words) - size + 1):
            run = " ".join(words[first:first + size])
            if not run[:1].isupper() or (size == 1 and run.lower() in SIDES | _KINDS):
                continue
            found = [c for c in candidates(run) if key(c.name) == key(run)]  # its own name, not "Island"
            if found:
                return found
    return []


def _dateline_readings(name: str, found: list[Candidate]) -> list[Candidate]:
    """The town readings of a name written in capitals, when one is a city of _DATELINE_CITY+ people: news
    writes capitals in datelines, which name the city filed from ("WASHINGTON (AP) -", "NEW YORK -"), not
    the state; other readings are kept for a name no such city has ("NEW JERSEY") and for codes ("U.S.")."""
    if not name.isupper() or len([ch for ch in name if ch.isalpha()]) <= 3:
        return found
    towns = [c for c in found if c.feature in _TOWNS]
    return towns if any(c.population >= _DATELINE_CITY for c in towns) else found


def _named_inside(others: list[str], names: dict[str, list[Candidate]]) -> _Context:
    """The countries and first-level divisions named inside the document's other names (organisations,
    sites: "Kansas State University", "the Georgia Forestry Commission"), as context only; not one
    that a city of _DATELINE_CITY+ people shares its name with ("The Washington Post", "New York Times"
    are named after the city)."""
    context = _Context([], [], [])
    for other in dict.fromkeys(others):
        if other in names:
            continue
        for candidate in _lookup(other):
            if candidate.feature not in ("A.PCLI", "A.ADM1") or any(
                    c.feature in _TOWNS and c.population >= _DATELINE_CITY for c in candidates(candidate.name)):
                continue
            context.countries.append((other, candidate.country))
            if candidate.division:
                context.divisions.append((other, candidate.division))
    return context


def _located_readings(name: str, places: set[str], common: set[str] | frozenset[str] = frozenset(),
                      state: str = "") -> list[Candidate]:
    """The readings of the place named inside an organisation's, site's or event's name ("the Kidney
    Foundation of Canada", "Mosul Museum", "Dublin Arts Council"): never the whole name ("Hamas" is not a
    town), and only a country, state or region, a town of _LOCATING_TOWN+ people (_KNOWN_CITY+ for the last
    word), or a place the document names as such, by its own name (a country also by its codes and demonyms:
    "Canadian Coast Guard"; a continent by its adjective: "the European Union", "the African Union"; not
    "Center" for a province GeoNames also calls so). Of the runs of capitalised words inside the name (hyphens
    split words: "University of Wisconsin-Milwaukee"), the longest, then one the document names as a place on its
    own ("Corsicana Police Department" beside "Corsicana" is Corsicana's, not in Police, Poland; "Bantam Superior
    Court" beside "Bantam" is not in Superior, Wisconsin), then the one with the strongest reading ("University
    of Cincinnati" is Cincinnati's, "US Federal Reserve" the United States'). A run inside a longer run that is a
    town's own name is read whole (`_whole_town`). A run's possessive is dropped
    ("Tennessee's Methamphetamine Task Force"), but a town's name with one locates only when the document names
    the town as a place: "Wilson's Farm" is a person's. A street is not where its name points ("Victoria
    Avenue" is not in Victoria). A one-word run in `common` (the words the text writes in lower case) is a common
    noun, not a place: "the Osun Police Command" beside "the police said" is not in Police, Poland. A town of any
    size in `state` (the one first-level division the document names, `_story_state`) locates a name it opens
    ("Paris Library", "Lowell Town Court"): a local body is named "<town> <kind>" after its town, and a story that
    names one state is about a town in it ("Paris Library" beside "Illinois" is in Paris, Illinois, not France)."""
    words = [w.strip(",;:") for w in re.split(r"[\s-]+", _POSSESSIVE.sub("", name.strip())) if w.strip(",;:")]
    if words and words[-1].lower().rstrip(".") in _STREETS:
        return []
    best: tuple[int, bool, float] = (0, False, 0.0)
    chosen: list[Candidate] = []
    span = (0, 0)
    small: list[tuple[int, int, list[Candidate]]] = []
    for size in range(len(words) - 1, 0, -1):
        for first in range(len(words) - size + 1):
            run = " ".join(words[first:first + size])
            possessive = _POSSESSIVE.search(run)
            run = _POSSESSIVE.sub("", run)
            if not run[:1].isupper() or (run.lower() in STOP_WORDS and not run.isupper()) or (
                    size == 1 and run.lower() in SIDES | _KINDS):  # "US" is a country, "Us" a word
                continue
            if size == 1 and not run.isupper() and run.casefold() in common:
                continue  # "Park" in "Coffman Park" beside "the park": a common noun, not the region Park
            own = [c for c in candidates(run) if key(c.name) == key(run) or c.feature == "A.PCLI" or run.isupper()]
            if possessive:  # "Tennessee's Task Force"; a town's only when the document names it as a place
                own = [c for c in own if c.feature not in (*_TOWNS, "A.ADM3") or key(run) in places]
            if not own:
                own = [c for c in _regions_of_adjective(run) if c.feature == "L.CONT"]  # "European", "African"
            head = first + size == len(words)  # the kind of thing named ("Union", "College") is its last word
            opens = not head and all(w.lower() in STOP_WORDS for w in words[:first])  # "The Paris Public Library"
            found = [c for c in own if (c.feature not in _TOWNS and c.feature != "A.ADM3") or key(run) in places
                     or c.population >= (_KNOWN_CITY if head else _LOCATING_TOWN)
                     or (opens and c.feature in _TOWNS and c.division == state != "")]
            towns = [c for c in own if c.feature in _TOWNS]
            if size > 1 and towns and not found:
                small.append((first, first + size, towns))
            strength = max((_prior(c) for c in found), default=0.0)
            rank = (size, key(run) in places, strength)
            if found and rank > best:
                best, chosen, span = rank, found, (first, first + size)
    return _whole_town(chosen, span, small)


def _story_state(chosen: dict[str, Candidate]) -> str:
    """The first-level division ('US.IL') the document's place names are read as, when they name exactly one, else
    '': a story that names one state is about a place in it (see `_located_readings`)."""
    states = {best.division for best in chosen.values() if best.feature == "A.ADM1"}
    return states.pop() if len(states) == 1 else ""


def _whole_town(chosen: list[Candidate], span: tuple[int, int], small: list[tuple[int, int, list[Candidate]]]
                ) -> list[Candidate]:
    """The town readings of the first run in `small` (runs that are a town's own name, too small to locate a name
    alone: start, end, towns) that holds the chosen run's `span`, else `chosen`: a place's name is read whole, so
    "the New Concord Reservoir" is at New Concord, Ohio (2,300 people), not at a Concord that its last word names."""
    if not chosen:
        return chosen
    wider = [towns for start, end, towns in small if start <= span[0] and span[1] <= end]
    return wider[0] if wider else chosen


def _place(candidate: Candidate, reason: str | None = None) -> Place:
    return Place(geonameid=candidate.geonameid if candidate.geonameid > 0 else None, name=candidate.name,
                 country=candidate.country, lat=round(candidate.lat, 5), lon=round(candidate.lon, 5),
                 feature=candidate.feature, reason=reason)


def _named_states(found: dict[str, list[Candidate]]) -> set[str]:
    """The first-level divisions ('US.WV') some name of the document can be read as."""
    return {c.division for readings in found.values() for c in readings if c.feature == "A.ADM1"}


def _counties_of(name: str) -> list[Candidate]:
    """The counties called `name` County."""
    return [c for c in candidates(f"{name} County") if c.feature == "A.ADM2"]


def _as_county(readings: list[Candidate], name: str, states: set[str]) -> list[Candidate]:
    """The readings of a name the text lists before "counties": its counties in the states the document names,
    else its readings and every county of its name."""
    counties = _counties_of(name)
    return [c for c in counties if c.division in states] or [*readings, *(c for c in counties if c not in readings)]


def _listed_counties(found: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """County readings for bare names ("Kanawha", "Monongalia", "Braxton") when _COUNTY_LIST+ of the document's
    names are counties of one state the document names: local news lists the counties of its state by their bare
    names ("Clark, Madison, Montgomery and Preble" in an Ohio story), which are towns elsewhere."""
    named = _named_states(found)
    counties = {name: [c for c in _counties_of(name) if c.division in named]
                for name in found if name.split()[-1].lower() not in _DIVISION_NOUNS and name[:1].isupper()}
    states = Counter(d for readings in counties.values() for d in {c.division for c in readings})
    listed = {d for d, n in states.items() if n >= _COUNTY_LIST}
    return {name: [c for c in readings if c.division in listed] for name, readings in counties.items()
            if any(c.division in listed for c in readings)}


def _inside(found: list[Candidate], container: str) -> list[Candidate]:
    """The readings of a name that lie in the country or first-level division named right after it ("Paris,
    Texas", "Springfield, Ill.", "Tripoli, Lebanon"), when the container is one and some reading does; else all."""
    if any(c.feature in ("A.PCLI", "A.ADM1") for c in found):
        return found  # a list of states or countries ("Mali, Niger"), not a place and its state
    outer = [c for c in _lookup(container) if c.feature in ("A.PCLI", "A.ADM1")]
    inner = [c for c in found if c not in outer and any(
        c.country == k.country and (k.feature == "A.PCLI" or c.division == k.division) for k in outer)]
    return inner or found


def _named_after_city(readings: list[Candidate]) -> list[Candidate]:
    """The town readings of the place inside an organisation's name when one is its country's capital or a city
    of _CITY+ people that shares the name with a state of the same country: a newspaper or council is named
    after the city ("The Washington Post", "New York Times"); not a smaller namesake ("the Ontario Municipal
    Board" is Ontario's, not the Californian city's)."""
    states = {c.country for c in readings if c.feature == "A.ADM1"}
    if any(c.country in states and (c.feature == "P.PPLC" or c.population >= _CITY) for c in readings
           if c.feature in _TOWNS):
        return [c for c in readings if c.feature in _TOWNS]
    return readings


def _same_sense(readings: list[Candidate], placed: list[tuple[list[Candidate], Candidate]]) -> Candidate | None:
    """The reading chosen for a place name of the document that has all of `readings` among its own, when it is
    one of them (`placed`: each placed name's readings and the one chosen): an organisation or site named after
    a town the document names is in that town ("the Paris Police Department" beside "Paris", read as Texas'
    Paris), a name taking one sense in one document; the votes of the place name's other readings (France's
    Paris) do not count against the choice made for it."""
    ids = {c.geonameid for c in readings}
    for own, best in placed:
        if best.geonameid in ids and ids <= {c.geonameid for c in own}:
            return best
    return None


def geocode(names: list[str], others: list[str] | tuple[str, ...] = (),
            located: list[str] | tuple[str, ...] = (),
            within: list[tuple[str, str]] | tuple[tuple[str, str], ...] = (),
            counties: set[str] | frozenset[str] = frozenset(),
            common: set[str] | frozenset[str] = frozenset()) -> dict[str, Place]:
    """A `Place` for every distinct name in `names` (the place names of one document), in the light of the
    states and countries named inside `others` (the document's organisations and sites, not geocoded); and
    for every name in `located` (organisations, sites, events) that names a place inside it, that place, read
    in the same light (they do not vote), with the reason. `within` pairs a name with the country or state the
    text names right after it ("Paris, Texas"): only the readings there stay, when there are any (the first
    pair of a name counts). A name in `counties` (listed before "counties": "Camden and Charlton counties") is
    read as a county of its name, one in a state the document names when there is one (`_as_county`). `common` holds
    the words the text writes in lower case: none of them, capitalised alone inside an organisation's name, locates it.

    Names with the same readings ("Springfield" and "Springfield City Schools") are one name to the
    context: a name does not vote for its own reading under another spelling."""
    found = {name: _dateline_readings(name, _lookup(name)) for name in dict.fromkeys(names)}
    for name, listed in _listed_counties(found).items():
        found[name] = [*found[name], *(c for c in listed if c not in found[name])]
    states = _named_states(found)
    for name in counties & found.keys():
        found[name] = _as_county(found[name], name, states)
    for name, container in reversed(list(within)):
        if name in found:
            found[name] = _inside(found[name], container)
    same: dict[tuple[int, ...], str] = {}
    one = {name: same.setdefault(tuple(c.geonameid for c in readings), name) for name, readings in found.items()}
    options = {name: readings for name, readings in found.items() if one[name] == name}
    first = _first_context(options).joined(_named_inside(list(others), found))
    first.paired = _town_county_pairs(options)
    context = _chosen_context(options, _choose(options, first)).joined(first)
    chosen = _choose(options, context)
    result: dict[str, Place] = {}
    for name in found:
        best = chosen.get(one[name])
        if best is None:
            result[name] = Place(name=None, reason=COUNTY if county_states(name) else NOT_FOUND)
            continue
        if _stray_village(best, one[name], context):
            result[name] = Place(name=None, reason=f"{STRAY} ({best.name}, {best.country})")
            continue
        result[name] = _place(best, _explain(one[name], options[one[name]], context))
    named = {key(n) for n in found}
    state = _story_state(chosen)
    inside = {name: _named_after_city(_located_readings(name, named, common, state))
              for name in dict.fromkeys(located) if name not in found}
    final = _chosen_context(options, chosen).joined(first)
    placed = [(found[n], chosen[one[n]]) for n in found if result[n].lat is not None]
    for name, best in _choose({n: r for n, r in inside.items() if r}, final).items():
        best = _same_sense(inside[name], placed) or best
        result[name] = _place(best, f"{LOCATED} ('{best.name}')")
    return result
