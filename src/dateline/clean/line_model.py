"""A small learned model that decides, line by line, whether a flattened page's line is article text.

The rules in `page_text` find the article region and give each line a furniture kind; they are good at
where the article is and what the furniture is, less good at the edges: a standfirst above the byline, an
author's bio under the article, a comment form or a list of teaser paragraphs that reads like prose. A
logistic regression weighs the rules' verdict together with the line's shape and its neighbours' (the
features below) and says how likely the line is article text.

The weights are a small JSON file (`dateline/data/page_text_lines.json`), written by
`bench/train_page_text.py` from wcxb-dev-article only (scrapinghub-aeb stays held out); scoring a line is a
dot product (numpy), so the product needs no machine-learning library at run time.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from dateline.clean.lines import RELATED_HEADER, Line
from dateline.record import FurnitureKind

KINDS: tuple[str, ...] = ("article", "clock", "widget", "section", "nav", "promo", "related", "tags", "byline",
                          "caption", "footer", "comments", "title", "dateline", "other")
"""The rules' verdict for a line, one-hot: article, or a furniture kind."""
_UPPER = re.compile(r"[A-Z]")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_GLUE = re.compile(r"[a-z][A-Z]")
_TEASER = re.compile(r"(?:\.\.\.|…)\s*$")
_SEPARATOR = re.compile(r"[|»•·/]")
_AGO = re.compile(r"\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[smhd])\s+ago\b",
                  re.IGNORECASE)
"""A relative time stamp ("2 days ago"): comments and teaser lists print them, article paragraphs rarely do."""
_RELATED_REACH = 30
"""Lines below a "Related"/"More from" heading that count as under it."""


def relative_stamp(line: Line) -> bool:
    """A short line with a relative time stamp ("2 days ago at 07:52 am"): a comment's or a teaser's date."""
    return line.words <= 8 and _AGO.search(line.text) is not None


def _headline(line: Line) -> bool:
    """Reads as a headline: a few words, no sentence end, no furniture wording."""
    return line.hint is None and line.date is None and 3 <= line.words <= 16 and not line.sentence


def teaser_runs(lines: Sequence[Line]) -> list[int]:
    """For each line, how many headline + blurb pairs in a row it belongs to (0 when none).

    A list of related stories flattens to a headline line followed by a one-paragraph blurb, again and
    again; an article rarely alternates like that for long. A pair is a headline-like line followed by a
    line of 6-60 words; pairs chain when the next headline comes right after the blurb (one line of
    furniture, such as a date or a photo count, may sit between).
    """
    size = len(lines)
    is_pair = [_headline(lines[i]) and i + 1 < size and 6 <= lines[i + 1].words <= 60 and lines[i + 1].hint is None
               for i in range(size)]
    runs = [0] * size
    i = 0
    while i < size:
        if not is_pair[i]:
            i += 1
            continue
        starts = [i]
        while True:
            nxt = next((j for j in (starts[-1] + 2, starts[-1] + 3) if j < size and is_pair[j]), None)
            if nxt is None:
                break
            starts.append(nxt)
        for start in starts:
            runs[start] = runs[start + 1] = len(starts)
        i = starts[-1] + 2
    return runs


def glued_headline(line: Line) -> float:
    """Share of capitalised words before the first glued word: "Title Case HeadlineA blurb..." scores high."""
    match = _GLUE.search(line.text)
    if match is None:
        return 0.0
    head = line.text[:match.start() + 1].split()
    if len(head) < 3:
        return 0.0
    return sum(word[:1].isupper() for word in head) / len(head)


def _near(lines: Sequence[Line], index: int, step: int) -> Line | None:
    other = index + step
    return lines[other] if 0 <= other < len(lines) else None


def features(lines: Sequence[Line], labels: Sequence[FurnitureKind | None], region: tuple[int, int],
             indexes: Sequence[int] | None = None) -> list[list[float]]:
    """A feature vector for each line (or each of `indexes`): the rules' label, the line's shape, its
    neighbours, its place in the page."""
    first, last = region
    counts = Counter(line.text for line in lines)
    size = max(1, len(lines))
    teasers = teaser_runs(lines)
    stamps = [relative_stamp(line) for line in lines]
    headers = [i for i, line in enumerate(lines) if RELATED_HEADER.match(line.text)]
    rows = []
    for i in range(len(lines)) if indexes is None else indexes:
        line = lines[i]
        label = labels[i] or "article"
        letters = len(_LETTER.findall(line.text)) or 1
        inside = first <= i <= last
        distance = 0 if inside else (first - i if i < first else i - last)
        window = [lines[j] for j in range(max(0, i - 3), min(len(lines), i + 4)) if j != i]
        prose_near = sum(other.prose for other in window) / max(1, len(window))
        row = [1.0 if label == kind else 0.0 for kind in KINDS]
        row += [
            math.log1p(line.words),
            float(line.sentence),
            float(line.prose),
            math.log1p(line.glued),
            float(line.date is not None),
            float(inside),
            math.log1p(distance),
            float(counts[line.text] > 1),
            len(_UPPER.findall(line.text)) / letters,
            len(_DIGIT.findall(line.text)) / max(1, len(line.text)),
            float(line.text[:1].islower()),
            float(bool(_TEASER.search(line.text))),
            float(bool(_SEPARATOR.search(line.text))),
            line.text.count(",") / max(1, line.words),
            prose_near,
            i / size,
            math.log1p(teasers[i]),
            float(any(stamps[max(0, i - 3):i + 4])),
            glued_headline(line),
            float(any(0 < i - h <= _RELATED_REACH for h in headers)),
        ]
        for step in (-2, -1, 1, 2):
            other = _near(lines, i, step)
            row += [float(other is not None and other.prose),
                    math.log1p(other.words) if other is not None else 0.0,
                    float(other is not None and (labels[i + step] is None))]
        rows.append(row)
    return rows


@dataclass(frozen=True)
class LineModel:
    """Logistic regression over standardised features; `threshold` is the probability that keeps a line."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """Probability that each line is article text."""
        if not rows:
            return []
        import numpy as np  # imported on first use: HTML pages never need it, and it costs start-up time

        z = self.bias + ((np.asarray(rows, dtype=float) - self.mean) / self.scale) @ np.asarray(self.weights)
        return (1.0 / (1.0 + np.exp(-np.clip(z, -50.0, 50.0)))).tolist()

    def to_json(self) -> str:
        return json.dumps({"mean": self.mean, "scale": self.scale, "weights": self.weights, "bias": self.bias,
                           "threshold": self.threshold, "features": len(self.weights)}, indent=0)


@cache
def load_model() -> LineModel | None:
    """The shipped weights, or None when the data file is absent (the rules then decide alone)."""
    try:
        data = json.loads(resources.files("dateline").joinpath("data", "page_text_lines.json").read_text())
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    return LineModel(mean=tuple(data["mean"]), scale=tuple(data["scale"]), weights=tuple(data["weights"]),
                     bias=data["bias"], threshold=data["threshold"])
