"""The realnews set (../shared/bench/realnews, never copied): 30 whole real articles with hand-written gold.

One loader for every benchmark that scores it (time, quotes, places, events). Texts are read as they are
stored; `published` is the day the README establishes for each article.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

REALNEWS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "realnews"

CONFLICT_KINDS = frozenset({"take control", "lose control", "FIGHT", "ASSAULT", "destroy", "damage", "COERCE",
                            "MOBILIZE"})
"""Event types that count as invented when they appear on a calm story (the README's list)."""

CALM_TOPICS = frozenset({"business", "science", "sport", "courts"})


@dataclass(frozen=True)
class RealArticle:
    id: str
    url: str
    topic: str
    published: str
    text: str
    gold: dict

    @property
    def calm(self) -> bool:
        """A business, science, sport or court story: no violent event happens in it."""
        return self.topic in CALM_TOPICS

    def span(self, text: str, nth: int) -> tuple[int, int] | None:
        """Offsets of the `nth` (1-based, case-sensitive) occurrence of `text` in the article."""
        start = -1
        for _ in range(nth):
            start = self.text.find(text, start + 1)
            if start < 0:
                return None
        return start, start + len(text)


def load(root: Path = REALNEWS) -> list[RealArticle]:
    """Every article of the set, in id order; empty when the set is not beside the project."""
    articles = []
    for path in sorted(root.glob("*.json")):
        if path.name == "index.json":
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        articles.append(RealArticle(gold["id"], gold["url"], gold["topic"], gold["published"], text, gold))
    return articles


# --- scoring, as the set's README defines it ----------------------------------------------------------

EVENT_FAMILIES: dict[str, frozenset[str]] = {
    "take control": frozenset({"take control", "FIGHT"}),
    "lose control": frozenset({"lose control", "RETREAT", "FIGHT"}),
    "attack": frozenset({"ASSAULT", "FIGHT"}),
    "kill": frozenset({"ASSAULT", "FIGHT", "execute"}),
    "destroy": frozenset({"destroy", "damage", "COERCE"}),
    "damage": frozenset({"damage", "destroy", "COERCE"}),
    "arrest": frozenset({"COERCE"}),
    "sentence": frozenset({"COERCE"}),
    "protest": frozenset({"PROTEST"}),
    "agree": frozenset({"AGREE"}),
    "meet": frozenset({"CONSULT"}),
    "aid": frozenset({"AID"}),
    "threaten": frozenset({"THREATEN"}),
    "accuse": frozenset({"ACCUSE", "DISAPPROVE"}),  # PLOVER 0.5's DISAPPROVE holds accusations (mode accuse)
    "sanction": frozenset({"SANCTION"}),
    "withdraw": frozenset({"RETREAT", "lose control"}),
    "evacuate": frozenset({"RETREAT", "AID"}),
}
"""The event types (PLOVER and dateline's extensions) that find a gold kind. 'elect' and 'none-of-these'
have no PLOVER family and are not scored."""

_STOP = frozenset("a an the of and in on at to for by from with its his her their s said says".split())


def words(text: str | None) -> set[str]:
    """The content words of a name or phrase, lower-cased: what 'shares a word' compares."""
    return {w for w in re.findall(r"\w+", (text or "").lower()) if w not in _STOP}


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]


def _overlaps(a: tuple[int, int], start: int, end: int) -> bool:
    return a[0] < end and start < a[1]


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.right += hit
        self.total += 1

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.share:.3f} ({self.right}/{self.total})"


def score_dates(article: RealArticle, doc, tally: Tally, with_published: bool) -> None:
    """Gold dates: right when an overlapping timex has the gold value; without the publication date only
    those whose value the text fixes are scored."""
    for gold in article.gold["dates"]:
        if gold["needs_published"] and not with_published:
            continue
        span = article.span(gold["text"], gold["nth"])
        tally.add(span is not None and any(
            t.value == gold["value"] and _overlaps(span, t.start, t.end) for t in doc.timexes))


def _clean_start(text: str) -> str:
    return re.sub(r"\s+", " ", text.lstrip(" \"'“‘«")).strip()


_OPENING_MARKS = "\"“‘«„'"


def quoted_starts(quote) -> list[str]:
    """Where the quoted words of a predicted quote start: a direct quote's content; in a mixed quote, each
    stretch after an opening quotation mark ('called it "an unspeakable act"' quotes "an unspeakable act")."""
    text = quote.content.text
    if quote.kind == "direct":
        return [_clean_start(text)]
    return [_clean_start(text[i + 1:]) for i, char in enumerate(text)
            if char in _OPENING_MARKS and (i == 0 or not text[i - 1].isalnum())]


def score_quotes(article: RealArticle, doc, tally: Tally) -> None:
    """Gold quotes: right when a predicted quotation (a direct quote, or a quoted stretch of a mixed one) starts
    with the gold words and its speaker's mention or resolved name shares a word with the gold speaker's name."""
    for gold in article.gold["quotes"]:
        starts = _clean_start(gold["starts"])
        name = words(gold["speaker_name"] or gold["speaker"])
        tally.add(any(
            any(s.startswith(starts) for s in quoted_starts(q))
            and (words(q.speaker.name) | words(q.speaker.mention.text if q.speaker.mention else None)) & name
            for q in doc.quotes if q.kind in ("direct", "mixed")))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


_WIDE = ("country", "state")


def score_places(article: RealArticle, doc, tally: Tally) -> None:
    """Gold places: right when an entity mentioned at the gold words (any occurrence) is placed within 161 km
    (a country or state: in the same country)."""
    for gold in article.gold["places"]:
        spans = _occurrences(article.text, gold["text"])
        places = [e.place for e in doc.entities if e.place is not None and e.place.lat is not None
                  and any(_overlaps(span, m.start, m.end) for span in spans for m in e.mentions)]
        wide = gold["why"].lower().startswith(_WIDE)
        tally.add(any(
            _km(gold["lat"], gold["lon"], p.lat, p.lon) <= 161
            or (p.country == gold["country"] and (wide or (p.feature or "").startswith(("A.PCL", "A.ADM1"))))
            for p in places))


def _participants(event) -> set[str]:
    found: set[str] = set()
    for p in [*event.actors, *event.targets, *event.target_actors]:
        found |= words(p.mention.text) | words(p.name)
    return found


def score_events(article: RealArticle, doc, tally: Tally) -> None:
    """Gold events with a family: found when an event of that family shares a word with the gold actor or
    target."""
    for gold in article.gold["events"]:
        family = EVENT_FAMILIES.get(gold["kind"])
        if family is None:
            continue
        wanted = words(gold["actor"]) | words(gold["target"])
        tally.add(any(e.type in family and _participants(e) & wanted for e in doc.events))


def invented_events(article: RealArticle, doc) -> int:
    """Conflict-type events on a calm story (none happen in it); 0 on the others."""
    return sum(e.type in CONFLICT_KINDS for e in doc.events) if article.calm else 0
