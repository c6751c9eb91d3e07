"""Fit and score a learned furniture-kind model on the tune half of `bench.furniture`'s pages.

    PYTHONPATH=.:src .venv/bin/python -m bench.train_furniture_kinds [--folds 3] [--check]

An experiment (issue 19, session 12 round j), kept so that a later round can retry it: a multinomial logistic
regression that gives a furniture kind (related, tags, widget, promo, comments or other) to the lines the product
leaves as furniture, from the line model's features (`dateline.clean.line_model.features`), the line's wording
hint, its comma-separated short items, title case, length and place after the article, its neighbours' kinds and
the heading above it (`kind_features`). Where its best kind is confident (`decide`) it replaces the rules' kind;
a line never moves into or out of the article text. It is not in the product: no setting found by
cross-validation on the tune half helped every shown label (see BENCHMARKS.md, "Session 12, round j").

The labelled pages of both extraction sets (`bench.furniture.load_pages`: flattened pages whose markup names
their parts) are read by the rules, the line model and the passes after it (`page_text.furniture_labels`);
every line those leave as furniture of a kind the model may change (`RELABELLED`) gets the model's features
and, as its target, the kind its markup gives: related, tags, widget,
promo or comments, or "other" for a line of the true article text (the model cannot move a line into the
text, so such a line is best called other furniture). Lines whose markup names nothing are left out of the fit,
and so are lines of a menu, a footer or an aside, which hold mixed furniture and which `bench.furniture` scores
for `article` only.

Only the tune half of the pages (`bench.halves`) is used to fit and to choose settings: the regularisation `C`
and the probability above which the model's kind replaces the rules' are chosen by k-fold cross-validation over
the tune pages (each fold scored by a model fitted on the others): the best mean F1 of related, tags, widget and
promo (`bench.furniture.score`) among the settings where none of their precisions and recalls falls more than
`MAX_FALL` below the rules alone. A multinomial logistic regression (scikit-learn, a development dependency only)
is then fitted on the whole tune half with those settings. The script prints, for the tune half, the rules alone,
the cross-fitted model and the in-sample model; `--check` also scores the check half once (do that only for a
model you would ship).
"""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bench.extraction import SETS
from bench.furniture import CONTAINERS, SCORED, load_pages, score
from bench.halves import half
from dateline.clean.line_model import KINDS, features
from dateline.clean.lines import COMMENT_BY, RELATED_HEADER, TAGS_HEADER, Line
from dateline.clean.page_text import furniture_labels, page_lines
from dateline.record import FurnitureKind

CLASSES: tuple[str, ...] = ("related", "tags", "widget", "promo", "comments", "other")
"""What the model tells apart: the kinds a reader is shown, and "other furniture"."""
RELABELLED: frozenset[str] = frozenset({"nav", "other", "widget", "promo", "related", "tags", "comments", "footer"})
"""Labels the model may change; a title, byline, date, section, caption or clock line keeps the rules' kind (the
page's metadata is read from them), and article text (None) is never touched."""
_NEIGHBOURS = (-2, -1, 1, 2)
_HEADING_REACH = 12
"""Lines above a line searched for the heading of the run it sits in."""
_TITLE_WORD = re.compile(r"^[A-Z][\w'’-]*$")
_WORD = re.compile(r"\S+")


def _items(text: str) -> tuple[int, float]:
    """How many comma- (or pipe-, bullet-) separated items a line holds, and the share of them of one to three
    words: a tag line is a few short phrases in a row."""
    items = [item.split() for item in re.split(r"[,|•·;]", text) if item.strip()]
    return len(items), sum(1 <= len(item) <= 3 for item in items) / max(1, len(items))


def _title_case(text: str) -> float:
    """Share of a line's words that start with a capital: headlines and menus are in title case, pitches not."""
    found = _WORD.findall(text)
    return sum(bool(_TITLE_WORD.match(word)) for word in found) / max(1, len(found))


def _heading(lines: Sequence[Line], i: int) -> list[float]:
    """Which kind of heading (related, tags, a promo or a share line, a comment author) sits a few lines above."""
    above = lines[max(0, i - _HEADING_REACH):i]
    return [float(any(RELATED_HEADER.match(line.text) for line in above)),
            float(any(TAGS_HEADER.match(line.text) for line in above)),
            float(any(line.hint == "promo" for line in above)),
            float(any(line.hint == "widget" for line in above)),
            float(any(COMMENT_BY.match(line.text) or line.hint == "comments" for line in above))]


def kind_features(lines: Sequence[Line], labels: Sequence[FurnitureKind | None], region: tuple[int, int],
                  indexes: Sequence[int]) -> list[list[float]]:
    """A feature vector for each of `indexes`: the line model's features, then the line's own wording hint, its
    items and case, its place after the article, its neighbours' kinds and the heading above it."""
    last = region[1]
    rows = features(lines, labels, region, indexes)
    for row, i in zip(rows, indexes):
        line = lines[i]
        count, short = _items(line.text)
        row += [1.0 if line.hint == kind else 0.0 for kind in KINDS]
        row += [math.log1p(count), short, _title_case(line.text), math.log1p(len(line.text)), float(i > last),
                math.log1p(max(0, i - last))]
        for step in _NEIGHBOURS:
            j = i + step
            kind = (labels[j] or "article") if 0 <= j < len(lines) else None
            row += [1.0 if kind == other else 0.0 for other in KINDS]
        row += _heading(lines, i)
    return rows


@dataclass(frozen=True)
class KindModel:
    """Multinomial logistic regression over standardised features; `threshold` is the probability of its best
    kind above which the model's kind replaces the rules'."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[tuple[float, ...], ...]
    """One row of weights per class of `CLASSES`."""
    bias: tuple[float, ...]
    threshold: float

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[list[float]]:
        """For each row, the probability of each class of `CLASSES`."""
        if not rows:
            return []
        import numpy as np

        z = ((np.asarray(rows, dtype=float) - self.mean) / self.scale) @ np.asarray(self.weights).T + self.bias
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return (e / e.sum(axis=1, keepdims=True)).tolist()


def decide(label: FurnitureKind, probabilities: Sequence[float], threshold: float) -> FurnitureKind:
    """A furniture line's final kind: the model's best class when its probability reaches `threshold` (its
    "other" only takes a shown kind away, a menu or footer line stays one), else the rules' label."""
    best = max(range(len(CLASSES)), key=probabilities.__getitem__)
    if probabilities[best] < threshold:
        return label
    kind = CLASSES[best]
    if kind != "other":
        return kind  # type: ignore[return-value]
    return "other" if label in CLASSES else label


ADDABLE: frozenset[str] = frozenset({"nav", "other"})
"""The rules' labels the additive variant may replace: furniture of no shown kind ("other" is furniture the rules
could name no kind for)."""


def add_kind(label: FurnitureKind, probabilities: Sequence[float], thresholds: dict[str, float]) -> FurnitureKind:
    """The additive variant: a line the rules left as a menu or other furniture takes the model's best shown kind
    when that kind's probability reaches its own threshold; a kind the rules gave is never taken away."""
    if label not in ADDABLE:
        return label
    best = max(range(len(CLASSES)), key=probabilities.__getitem__)
    kind = CLASSES[best]
    if kind == "other" or probabilities[best] < thresholds.get(kind, math.inf):
        return label
    return kind  # type: ignore[return-value]


SHOWN = ("related", "tags", "widget", "promo")
"""The labels the settings are chosen on (issue 19's targets)."""
C_VALUES = (0.03, 0.1, 0.3, 1.0)
THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
MAX_FALL = 0.01
"""A setting is eligible only when no shown label's held-out precision or recall falls more than this below the
rules alone: the model must help every label, not trade one label's precision for another's recall."""


def page_rows(page: dict) -> dict:
    """A labelled page read by the product up to the kind model: its candidate lines, their rows and targets."""
    lines = page_lines(page["text"])
    _, labels, region = furniture_labels(lines, page["url"])
    candidates = [i for i, label in enumerate(labels) if label in RELABELLED]
    truth = [page["labels"][lines[i].number] for i in candidates]
    return {"page": page, "lines": lines, "labels": labels, "candidates": candidates,
            "rows": kind_features(lines, labels, region, candidates),
            "targets": [None if t is None or t in CONTAINERS else t if t in SCORED else "other" for t in truth]}


def predictions(data: list[dict], probabilities: list[list[list[float]]] | None,
                threshold: float | dict[str, float]) -> list[list[str]]:
    """`bench.furniture`'s predicted label of every line of each page: "article" for text, else the kind (the
    model's where `probabilities` are given and confident: `decide` for one threshold, `add_kind` for one per
    kind)."""
    out = []
    for k, item in enumerate(data):
        labels = list(item["labels"])
        if probabilities is not None:
            for i, p in zip(item["candidates"], probabilities[k]):
                labels[i] = add_kind(labels[i], p, threshold) if isinstance(threshold, dict) else \
                    decide(labels[i], p, threshold)
        predicted = ["article"] * len(item["page"]["labels"])
        for line, label in zip(item["lines"], labels):
            if label is not None:
                predicted[line.number] = label
        out.append(predicted)
    return out


def mean_f1(data: list[dict], predicted: list[list[str]]) -> float:
    """Mean F1 of the shown labels (`SHOWN`) over the pages."""
    scores = score([item["page"] for item in data], predicted)
    return sum(2 * p * r / (p + r) if p + r else 0.0 for _, _, p, r in (scores[label] for label in SHOWN)) / len(SHOWN)


def worst_fall(data: list[dict], predicted: list[list[str]], rules: list[list[str]]) -> float:
    """The largest fall of a shown label's precision or recall against the rules alone."""
    pages = [item["page"] for item in data]
    new, old = score(pages, predicted), score(pages, rules)
    return max(old[label][k] - new[label][k] for label in SHOWN for k in (2, 3))


def fit(data: list[dict], c: float) -> KindModel:
    """Multinomial logistic regression on the labelled candidate lines of the pages (threshold left at 0)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    pairs = [(row, CLASSES.index(t)) for item in data for row, t in zip(item["rows"], item["targets"]) if t]
    x = np.array([row for row, _ in pairs], dtype=float)
    y = np.array([t for _, t in pairs], dtype=int)
    scaler = StandardScaler().fit(x)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    regression = LogisticRegression(C=c, max_iter=5000).fit((x - scaler.mean_) / scale, y)
    weights = np.zeros((len(CLASSES), x.shape[1]))
    bias = np.full(len(CLASSES), -50.0)  # a class with no line in the fit is never chosen
    weights[regression.classes_] = regression.coef_
    bias[regression.classes_] = regression.intercept_
    return KindModel(mean=tuple(scaler.mean_.tolist()), scale=tuple(scale.tolist()),
                     weights=tuple(tuple(row) for row in weights.tolist()), bias=tuple(bias.tolist()), threshold=0.0)


def cross_fitted(data: list[dict], c: float, folds: int) -> list[list[list[float]]]:
    """Every page's candidate probabilities from a model fitted on the other folds only."""
    out: list[list[list[float]]] = [[] for _ in data]
    for fold in range(folds):
        model = fit([item for k, item in enumerate(data) if k % folds != fold], c)
        for k, item in enumerate(data):
            if k % folds == fold:
                out[k] = model.probabilities(item["rows"])
    return out


ADD_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99)


def kind_thresholds(data: list[dict], held: list[list[list[float]]]) -> dict[str, float]:
    """The additive variant's threshold for each scored kind: the one giving the kind's best held-out F1 among
    those where its held-out precision does not fall below the rules'; a kind with none is never added. Adding
    lines to one kind changes no other kind's figures, so each kind is chosen on its own."""
    pages = [item["page"] for item in data]
    old = score(pages, predictions(data, None, 1.0))
    chosen = {}
    for kind in SCORED:
        best = None
        for threshold in ADD_THRESHOLDS:
            _, _, p, r = score(pages, predictions(data, held, {kind: threshold}))[kind]
            if p >= old[kind][2] and (best is None or 2 * p * r / (p + r) > best[0]):
                best = (2 * p * r / (p + r), threshold)
        if best is not None:
            chosen[kind] = best[1]
    return chosen


def additive(tune: list[dict], pages: list[dict], folds: int, check: bool) -> None:
    """The additive variant (session 12, round k): for each `C`, per-kind thresholds chosen on the cross-fitted
    tune probabilities; the `C` with the best held-out mean F1 of the shown labels is fitted on the whole tune half
    and, with `check`, scored once on the check half."""
    results = {}
    for c in C_VALUES:
        held = cross_fitted(tune, c, folds)
        thresholds = kind_thresholds(tune, held)
        results[c] = (mean_f1(tune, predictions(tune, held, thresholds)), thresholds, held)
        print(f"C={c}: held-out mean F1 {results[c][0]:.3f}, thresholds {thresholds}")
    c = max(results, key=lambda key: results[key][0])
    _, thresholds, held = results[c]
    model = fit(tune, c)
    print(f"\nchosen: C={c}, thresholds {thresholds}; {len(model.mean)} features\n")
    print("| pages | related P / R | tags P / R | widget P / R | promo P / R | comments P / R | mean F1 (4) |")
    print("|---|---|---|---|---|---|---|")
    print(table_row("tune, rules alone", tune, predictions(tune, None, 1.0)))
    print(table_row(f"tune, {folds}-fold held out", tune, predictions(tune, held, thresholds)))
    print(table_row("tune, in sample", tune,
                    predictions(tune, [model.probabilities(item["rows"]) for item in tune], thresholds)))
    if check:
        rows = [page_rows(page) for page in pages if half(page["id"]) == "check"]
        print(table_row("check, rules alone", rows, predictions(rows, None, 1.0)))
        print(table_row("check, model", rows,
                        predictions(rows, [model.probabilities(item["rows"]) for item in rows], thresholds)))


def table_row(name: str, data: list[dict], predicted: list[list[str]]) -> str:
    scores = score([item["page"] for item in data], predicted)
    cells = " | ".join(f"{scores[label][2]:.3f} / {scores[label][3]:.3f}" for label in (*SHOWN, "comments"))
    return f"| {name} | {cells} | {mean_f1(data, predicted):.3f} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=3, help="folds of the tune pages for choosing the settings")
    parser.add_argument("--check", action="store_true", help="also score the check half (once per shipped model)")
    parser.add_argument("--additive", action="store_true",
                        help="the model only adds a kind to menu and other lines, with one threshold per kind")
    args = parser.parse_args()
    pages = load_pages(SETS)
    tune = [page_rows(page) for page in pages if half(page["id"]) == "tune"]
    print(f"{len(tune)} tune pages, {sum(t is not None for item in tune for t in item['targets'])} labelled "
          "candidate lines")
    if args.additive:
        additive(tune, pages, args.folds, args.check)
        return
    rules = predictions(tune, None, 1.0)
    grid = {}
    for c in C_VALUES:
        held = cross_fitted(tune, c, args.folds)
        for threshold in THRESHOLDS:
            predicted = predictions(tune, held, threshold)
            grid[c, threshold] = (mean_f1(tune, predicted), worst_fall(tune, predicted, rules), held)
        print(f"C={c}: " + ", ".join(f"{t}: {grid[c, t][0]:.3f} (fall {grid[c, t][1]:.3f})" for t in THRESHOLDS))
    eligible = [key for key in grid if grid[key][1] <= MAX_FALL]
    if not eligible:
        print(f"no setting keeps every shown label within {MAX_FALL} of the rules: the model does not help")
        return
    c, threshold = max(eligible, key=lambda key: grid[key][0])
    fitted = fit(tune, c)
    model = KindModel(fitted.mean, fitted.scale, fitted.weights, fitted.bias, threshold)
    print(f"\nchosen: C={c}, threshold {threshold}; {len(model.mean)} features\n")
    print("| pages | related P / R | tags P / R | widget P / R | promo P / R | comments P / R | mean F1 (4) |")
    print("|---|---|---|---|---|---|---|")
    print(table_row("tune, rules alone", tune, rules))
    print(table_row(f"tune, {args.folds}-fold held out", tune, predictions(tune, grid[c, threshold][2], threshold)))
    print(table_row("tune, in sample", tune,
                    predictions(tune, [model.probabilities(item["rows"]) for item in tune], threshold)))
    if args.check:
        check = [page_rows(page) for page in pages if half(page["id"]) == "check"]
        print(table_row("check, rules alone", check, predictions(check, None, 1.0)))
        print(table_row("check, model", check,
                        predictions(check, [model.probabilities(item["rows"]) for item in check], threshold)))


if __name__ == "__main__":
    main()
