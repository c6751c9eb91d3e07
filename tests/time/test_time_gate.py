"""CI accuracy gate: TempEval-3 scores on a fixed slice of ../shared/bench/time must not regress."""

from __future__ import annotations

import pytest
from bench.time import Counts, dateline_system, load_set, scored

SLICE = 60
FLOORS = {
    # set: (strict F1, relaxed F1, value F1), a little under what the slice measured (see BENCHMARKS.md).
    "tbaq": (0.84, 0.92, 0.75),
    "meantime_en": (0.89, 0.93, 0.84),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_time_expressions_keep_their_accuracy_on_the_dev_slice(shared_dir, name):
    articles = load_set(name, SLICE, root=shared_dir / "bench" / "time")
    assert len(articles) == SLICE
    system = dateline_system()
    counts = Counts()
    for article in articles:
        counts.add(article.timexes, scored(article, system(article)))
    scores = counts.scores()
    strict, relaxed, value = FLOORS[name]
    assert scores["strict_f1"] >= strict, scores
    assert scores["relaxed_f1"] >= relaxed, scores
    assert scores["value_f1"] >= value, scores
