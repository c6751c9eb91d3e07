from __future__ import annotations

import pytest

from dateline import extract_text
from dateline.record import Document, Event


def run(text: str, published: str = "2024-05-02") -> Document:
    """The full record of a fictional article given as clean text."""
    return extract_text(text, kind="article-text", published=published)


def texts(participants) -> list[str]:
    """The mention texts of an event's actors or targets."""
    return [p.mention.text for p in participants]


def by_trigger(doc: Document, word: str) -> Event:
    found = [e for e in doc.events if e.trigger.text == word]
    assert found, f"no event triggered by {word!r}: {[e.trigger.text for e in doc.events]}"
    return found[0]


@pytest.fixture(scope="session")
def harbour(request) -> Document:
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "examples" / "harbour-town.txt"
    return extract_text(path.read_text(encoding="utf-8"), kind="page-text")
