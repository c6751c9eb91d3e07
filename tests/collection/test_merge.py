"""Cross-source events: one event per happening, independent sources counted, disagreements flagged."""

from __future__ import annotations

import json

import pytest
from fictional_collection import CLOSINGS, article

from dateline.collection import Store
from dateline.config import Settings


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "c.db", Settings()) as s:
        yield s


def _merged(store):
    return [dict(r) for r in store.conn.execute("SELECT * FROM merged_events")]


def test_one_event_reported_by_three_outlets_is_one_event_with_three_sources(store):
    store.add([article(1, "Varrow", "Joren Vale", "2025-05-01", outlet,
                       extra=CLOSINGS[n])
               for n, outlet in enumerate(["wire.example", "harbourpost.example", "eveningherald.example"])])
    store.merge()
    (merged,) = _merged(store)
    assert merged["mentions"] == 3 and merged["corroboration"] == 3
    assert json.loads(merged["contradictions"]) == []
    assert store.conn.execute("SELECT count(DISTINCT merged_id) FROM events").fetchone()[0] == 1


def test_duplicates_do_not_count_as_independent_sources(store):
    store.add([article(0, "Port Elnor", "Mira Tallis", "2025-03-04", outlet)
               for outlet in ["wire.example", "harbourpost.example", "eveningherald.example"]])
    store.merge()
    (merged,) = _merged(store)
    assert merged["mentions"] == 3 and merged["corroboration"] == 1


def test_sources_disagreeing_on_the_date_are_flagged(store):
    store.add([article(2, "Amarind", "Sana Idrissi", "2025-06-02", "wire.example", extra=CLOSINGS[0]),
               article(2, "Amarind", "Sana Idrissi", "2025-06-03", "harbourpost.example",
                       extra=CLOSINGS[1])])
    store.merge()
    merged = _merged(store)
    flagged = [json.loads(m["contradictions"]) for m in merged if m["contradictions"] != "[]"]
    assert len(merged) == 1
    assert flagged == [[{"field": "date", "values": ["2025-06-02", "2025-06-03"]}]]


def test_events_in_different_places_stay_apart(store):
    store.add([article(0, "Port Elnor", "Mira Tallis", "2025-03-04", "wire.example"),
               article(0, "Kessel Bay", "Mira Tallis", "2025-03-04", "wire.example")])
    assert store.merge() == 2


def test_two_events_of_one_type_in_one_article_stay_two_events(store):
    doc = article(0, "Port Elnor", "Mira Tallis", "2025-03-04", "wire.example")
    second = doc.events[0].model_copy(update={"id": "v2", "place": None, "date": "2024-11-20"})
    third = doc.events[0].model_copy(update={"id": "v3", "place": None, "date": "2023-01-02"})
    store.add([doc.model_copy(update={"events": doc.events + [second, third]})])
    assert store.merge() == 3
    assert all(m["contradictions"] == "[]" for m in _merged(store))
