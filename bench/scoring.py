"""The official scores of the benchmark sets, reimplemented from their published definitions.

Every benchmark under `bench/` (HTML extraction, flattened page text, publication dates) scores with these
functions so that figures are comparable with each dataset's published numbers:

- `aeb_score`: Zyte article-extraction-benchmark (scrapinghub-aeb). Tokens are `\\w+` matches (case kept);
  each page's true and predicted text become multisets of 4-token shingles; tp/fp/fn are counted on those
  multisets and normalised by their sum so every page weighs the same; precision and recall are averaged
  over the pages where they are defined, and F1 is the harmonic mean of the two averages.
- `wcxb_score`: WCXB (wcxb-dev-article). Lower-cased `\\w+` token bags; precision, recall and F1 per page;
  each is the plain mean over pages.
- `date_score`: htmldate evaluation. Right date = TP, wrong date = FP, no date = FN; precision, recall, F1
  and accuracy (right dates over all pages).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 of one system on one set (accuracy for dates, else None)."""

    f1: float
    precision: float
    recall: float
    pages: int
    accuracy: float | None = None


def harmonic(precision: float, recall: float) -> float:
    """F1: the harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# --- scrapinghub article-extraction-benchmark -------------------------------------------------------


def shingle_counts(true: str, pred: str, n: int = 4) -> tuple[float, float, float]:
    """Per-page (tp, fp, fn) over multisets of n-token shingles, normalised to sum to 1 (or all 0)."""

    def shingles(text: str) -> Counter:
        tokens = _WORD.findall(text or "")
        # A text shorter than n tokens is one (short) shingle; an empty text has none.
        grams = (tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)))
        return Counter(g for g in grams if g)

    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def aeb_score(pairs: Iterable[tuple[str, str]]) -> Score:
    """The Zyte benchmark's score of (true, predicted) article bodies."""
    counts = [shingle_counts(true, pred) for true, pred in pairs]
    precisions, recalls = [], []
    for tp, fp, fn in counts:
        if tp + fp > 0:
            precisions.append(1.0 if fp == fn == 0 else tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(1.0 if fp == fn == 0 else tp / (tp + fn))
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    return Score(f1=harmonic(precision, recall), precision=precision, recall=recall, pages=len(counts))


# --- WCXB -------------------------------------------------------------------------------------------


def token_prf(true: str, pred: str) -> tuple[float, float, float]:
    """WCXB per-page (precision, recall, F1) of lower-cased `\\w+` token bags."""
    ref = _WORD.findall((true or "").lower())
    got = _WORD.findall((pred or "").lower())
    if not ref:
        return (1.0, 1.0, 1.0) if not got else (0.0, 0.0, 0.0)
    if not got:
        return (0.0, 0.0, 0.0)
    overlap = sum((Counter(ref) & Counter(got)).values())
    precision, recall = overlap / len(got), overlap / len(ref)
    return precision, recall, harmonic(precision, recall)


def wcxb_score(pairs: Iterable[tuple[str, str]]) -> Score:
    """The WCXB score of (true, predicted) article bodies: per-page P/R/F1, mean over pages."""
    rows = [token_prf(true, pred) for true, pred in pairs]
    if not rows:
        return Score(0.0, 0.0, 0.0, 0)
    n = len(rows)
    return Score(f1=sum(r[2] for r in rows) / n, precision=sum(r[0] for r in rows) / n,
                 recall=sum(r[1] for r in rows) / n, pages=n)


# --- dates ------------------------------------------------------------------------------------------


def date_score(pairs: Iterable[tuple[str, str | None]]) -> Score:
    """htmldate-style score of (true YYYY-MM-DD, predicted date or None): compares the first 10 chars."""
    tp = fp = fn = 0
    for true, pred in pairs:
        if not pred:
            fn += 1
        elif pred[:10] == true[:10]:
            tp += 1
        else:
            fp += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    pages = tp + fp + fn
    return Score(f1=harmonic(precision, recall), precision=precision, recall=recall, pages=pages,
                 accuracy=tp / pages if pages else 0.0)


SCORERS = {"scrapinghub-aeb": aeb_score, "wcxb-dev-article": wcxb_score}
"""Official extraction scorer of each set under ../shared/bench/extraction/, by folder name."""
