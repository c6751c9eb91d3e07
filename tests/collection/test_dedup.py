"""Duplicates are linked to their original, and articles about one happening share a story."""

from __future__ import annotations

import pytest
from fictional_collection import CLOSINGS, article

from dateline.collection import Store
from dateline.config import Settings


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "c.db", Settings()) as s:
        yield s


def _row(store, doc):
    return store.conn.execute("SELECT duplicate_of, similarity, story_id FROM documents WHERE id = ?",
                              (doc.id,)).fetchone()


def test_exact_copy_on_another_outlet_is_linked_to_the_original(store):
    original = article(0, "Port Elnor", "Mira Tallis", "2025-03-04", "wire.example")
    copy = article(0, "Port Elnor", "Mira Tallis", "2025-03-04", "eveningherald.example")
    store.add([original, copy])
    assert _row(store, copy)["duplicate_of"] == original.id
    assert _row(store, original)["duplicate_of"] is None


def test_lightly_edited_wire_copy_is_a_near_duplicate(store):
    long = " The port authority said insurance claims would be settled by the end of the month." * 3
    original = article(0, "Port Elnor", "Mira Tallis", "2025-03-04", "wire.example", extra=long)
    edited = article(0, "Port Elnor", "Mira Tallis", "2025-03-04", "coastalnews.example",
                     extra=long + " Reporting by staff.")
    store.add([original, edited])
    row = _row(store, edited)
    assert row["duplicate_of"] == original.id and 0.7 <= row["similarity"] < 1.0


def test_different_reports_of_one_happening_share_a_story_but_are_not_duplicates(store):
    one = article(1, "Varrow", "Joren Vale", "2025-05-01", "wire.example", extra=CLOSINGS[0])
    other = article(1, "Varrow", "Joren Vale", "2025-05-01", "harbourpost.example", extra=CLOSINGS[2],
                    title="Bread price protest fills Varrow streets")
    store.add([one, other])
    assert _row(store, other)["duplicate_of"] is None
    assert _row(store, other)["story_id"] == _row(store, one)["story_id"] == one.id


def test_unrelated_articles_are_separate_stories(store):
    one = article(0, "Port Elnor", "Mira Tallis", "2025-03-04", "wire.example")
    other = article(2, "Kessel Bay", "Piet Hollander", "2025-01-09", "wire.example")
    store.add([one, other])
    assert _row(store, one)["story_id"] != _row(store, other)["story_id"]
