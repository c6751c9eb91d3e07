"""CI accuracy gate: TempEval-3 scores on a fixed slice of ../shared/bench/time must not regress."""

from __future__ import annotations

import pytest
from bench.time import CalendarCounts, Counts, GoldDates, dateline_system, load_set, scored

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


HISTORIES = ("14_FirstIndochinaWar", "16_SpanishCivilWar", "22_SecondItaloAbyssinianWar")
"""Three WikiWars histories (all sizes of story), given their download day as a page clock would be."""


def test_histories_keep_their_calendar_date_values(shared_dir):
    articles = [a for a in load_set("wikiwars", root=shared_dir / "bench" / "time") if a.id in HISTORIES]
    assert len(articles) == len(HISTORIES)
    system, counts = dateline_system(), CalendarCounts()
    for article in articles:
        counts.add(article.timexes, scored(article, system(article)))
    precision, recall, f1 = counts.scores()
    assert f1 >= 0.87, (precision, recall, f1)  # measured 0.892


def test_real_articles_keep_their_dates_with_and_without_the_publication_date(shared_dir):
    articles = load_set("realnews", 12)
    assert len(articles) == 12
    given, bare = GoldDates(), GoldDates()
    with_date, without = dateline_system(), dateline_system(published=False)
    for article in articles:
        given.add(article, with_date(article), True)
        bare.add(article, without(article), False)
    assert given.right / given.total >= 0.88, str(given)  # measured 0.907 (49/54)
    assert bare.right == bare.total, str(bare)  # measured 6/6
