"""Accuracy gate: every stage end to end on a fixed slice of the realnews set (../shared/bench/realnews, read in
place; skipped when it is not beside the checkout).

The slice is every other article in id order (dev01, dev03, ..., dev29: 15 articles, 3 of them calm stories),
scored as `bench.realnews` scores the whole set. Measured on it: dates with the publication date 0.898 (53/59),
without it 1.000 (11/11), direct quotes with the right speaker 0.920 (23/25), places within 161 km 0.618
(42/68), events found 0.706 (24/34), 6 invented conflict events on the 3 calm stories. The floors sit a little
below, so a regression fails and noise does not; the invented-event ceiling is the measured count.
"""

from __future__ import annotations

import pytest

from dateline.config import Settings


@pytest.mark.timeout(300)
def test_realnews_slice_keeps_dates_quotes_places_and_events(shared_dir):
    from bench.realnews import score
    from bench.realnews_set import REALNEWS, load

    articles = load(REALNEWS)[::2]
    if not articles:
        pytest.skip("the realnews set is not in ../shared/bench/realnews")
    scores = score(articles, Settings())["all"]
    assert scores.dates_with.share >= 0.85
    assert scores.dates_without.share >= 0.90
    assert scores.quotes.share >= 0.88
    assert scores.places.share >= 0.57
    assert scores.events.share >= 0.65
    assert scores.invented <= 6
