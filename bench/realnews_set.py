"""The realnews set (../shared/bench/realnews, never copied): 30 whole real articles with hand-written gold.

One loader for every benchmark that scores it (time, quotes, places, events). Texts are read as they are
stored; `published` is the day the README establishes for each article.
"""

from __future__ import annotations

import json
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
