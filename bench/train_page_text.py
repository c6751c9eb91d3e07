"""Train the flattened-page line model (`dateline.clean.line_model`) on one dev set, evaluate it on the other.

    .venv/bin/python -m bench.train_page_text [--train wcxb-dev-article] [--eval scrapinghub-aeb] [--write]

Pages of `../shared/bench/extraction/<set>` are flattened the way `bench.flattened` does; every line gets
the rules' label and the model's features (`line_model.features`), and its target is whether it is article
text (`bench.flattened.TrueArticle`). A logistic regression (scikit-learn, a development dependency only)
is fitted on standardised features, each line weighted by its word count so that long paragraphs, which
carry most of the body score, count most. The keep threshold is the one with the best official body F1 on
the training set. The script prints the body score of rules alone and rules + model on both sets, so the
set the model never saw shows whether it generalises; `--write` saves the weights to
`src/dateline/data/page_text_lines.json` (the file the product ships). The training set's own figure is
in-sample, so the script also prints a k-fold figure for it (`--folds`, default 2): each fold scored by a
model fitted, threshold included, on the other folds only, which is what the shipped model would score on
pages like the training set's that it never saw.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench.flattened import TrueArticle, load_flattened
from bench.scoring import SCORERS
from dateline.clean.line_model import LineModel, features
from dateline.clean.page_text import classify, page_lines, rule_labels

WEIGHTS = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "page_text_lines.json"
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


def page_rows(pages: list[dict]) -> list[dict]:
    """Per page: its lines, rule labels, feature rows and targets."""
    out = []
    for page in pages:
        lines = page_lines(page["text"])
        labels, region = rule_labels(lines, page["url"])
        truth = TrueArticle(page["truth"])
        out.append({"lines": lines, "labels": labels, "region": region, "rows": features(lines, labels, region),
                    "targets": [line.text in truth for line in lines], "truth": page["truth"]})
    return out


def body_score(name: str, data: list[dict], keep) -> float:
    """Official body F1 of the set when the lines `keep(page, probabilities)` selects are the article."""
    pairs = [(page["truth"], "\n".join(line.text for line, k in zip(page["lines"], keep(page)) if k))
             for page in data]
    return SCORERS[name](pairs).f1


def fit(data: list[dict], name: str) -> LineModel:
    """Logistic regression on the pages of one set, threshold tuned on the same set's body F1."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    x = np.array([row for page in data for row in page["rows"]], dtype=float)
    y = np.array([t for page in data for t in page["targets"]], dtype=int)
    weight = np.array([max(1, line.words) for page in data for line in page["lines"]], dtype=float)
    scaler = StandardScaler().fit(x)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    regression = LogisticRegression(C=1.0, max_iter=5000).fit((x - scaler.mean_) / scale, y, sample_weight=weight)
    model = LineModel(mean=tuple(scaler.mean_.tolist()), scale=tuple(scale.tolist()),
                      weights=tuple(regression.coef_[0].tolist()), bias=float(regression.intercept_[0]),
                      threshold=0.5)
    best = max(THRESHOLDS, key=lambda t: body_score(name, data, _keeper(model, t)))
    return LineModel(model.mean, model.scale, model.weights, model.bias, best)


def _keeper(model: LineModel, threshold: float):
    """The lines the product keeps with this model and threshold (`page_text.classify`)."""
    tuned = LineModel(model.mean, model.scale, model.weights, model.bias, threshold)
    return lambda page: [label is None for label in classify(page["lines"], page["labels"], page["region"], tuned)]


def cross_fitted(data: list[dict], name: str, folds: int) -> float:
    """Body F1 of the set when every page is classified by a model fitted on the other folds only."""
    kept: dict[int, list[bool]] = {}
    for fold in range(folds):
        train = [page for i, page in enumerate(data) if i % folds != fold]
        model = fit(train, name)
        keep = _keeper(model, model.threshold)
        kept.update({i: keep(page) for i, page in enumerate(data) if i % folds == fold})
    pages = [dict(page, index=i) for i, page in enumerate(data)]
    return body_score(name, pages, lambda page: kept[page["index"]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", default="wcxb-dev-article")
    parser.add_argument("--eval", default="scrapinghub-aeb")
    parser.add_argument("--write", action="store_true", help=f"save the weights to {WEIGHTS}")
    parser.add_argument("--folds", type=int, default=2, help="folds for the training set's held-out figure")
    args = parser.parse_args()
    data = {name: page_rows(load_flattened(name)) for name in (args.train, args.eval)}
    model = fit(data[args.train], args.train)
    print(f"trained on {args.train}: {len(model.weights)} features, threshold {model.threshold}")
    print("| set | rules alone | rules + model |\n|---|---|---|")
    for name, pages in data.items():
        rules = body_score(name, pages, lambda page: [label is None for label in page["labels"]])
        learned = body_score(name, pages, _keeper(model, model.threshold))
        seen = "trained on" if name == args.train else "held out"
        print(f"| {name} ({len(pages)}, {seen}) | {rules:.3f} | {learned:.3f} |")
    if args.folds > 1:
        held = cross_fitted(data[args.train], args.train, args.folds)
        print(f"| {args.train} ({args.folds}-fold, each fold held out) | | {held:.3f} |")
    if args.write:
        WEIGHTS.write_text(model.to_json() + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS}")


if __name__ == "__main__":
    main()
