"""Accuracy gate: PLOVER event type and actors on a fixed slice of ../shared (every third coded record).

Measured on this slice (54 sentences): type accuracy 0.870, source actor F1 (overlap) 0.838, target actor F1
(overlap, the affected actors `target_actors`) 0.852, the things acted on (`targets`) 0.691 (session 1:
0.61, 0.71, 0.38; session 2: source 0.843, target 0.667 scored on `targets`; session 3 before the
multi-word and object-typed triggers: type 0.815). The thresholds sit a little
below, so a regression fails and noise does not.
"""

from __future__ import annotations

import json

import pytest


@pytest.mark.timeout(120)
def test_plover_type_and_actor_accuracy_hold_on_a_fixed_slice(shared_dir):
    from bench.events import PLOVER, plover

    if not PLOVER.exists():
        pytest.skip("PLOVER gold standard records not present")
    records = [r for r in json.loads(PLOVER.read_text(encoding="utf-8")) if r.get("text")][::3]
    score = plover(records=records)
    assert score.typed / score.records >= 0.83
    assert score.source["overlap"].f1()[2] >= 0.79
    assert score.target["overlap"].f1()[2] >= 0.81
    assert score.acted_on["overlap"].f1()[2] >= 0.65


@pytest.mark.timeout(300)
def test_realnews_events_found_and_none_invented_on_calm_stories_hold(shared_dir):
    """Measured: 48 of 67 gold events found, no conflict-type event on the 6 calm stories (before this gate:
    45 of 67 and 8); the non-event rate on MEANTIME and the calm stories, 9.4 per 1,000 sentences, is
    reported by `bench.events`."""
    from bench.events import realnews

    score = realnews()
    if not score.docs:
        pytest.skip("realnews set not present")
    found = sum(t.right for t in score.found.values()) / sum(t.total for t in score.found.values())
    assert found >= 0.68
    assert sum(score.invented.values()) <= 1
