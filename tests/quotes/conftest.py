"""Helpers for the quotes tests: run clean, language and quotes on a fictional article written for the test."""

from __future__ import annotations

import pytest

import dateline
from dateline.config import Settings
from dateline.record import Document, Quote

SETTINGS = Settings(stages=("clean", "language", "quotes"))


def read(text: str) -> Document:
    return dateline.extract_text(text, kind="article-text", settings=SETTINGS)


def quote_with(doc: Document, fragment: str) -> Quote:
    """The one quote whose content contains `fragment`."""
    found = [q for q in doc.quotes if fragment in q.content.text]
    assert len(found) == 1, f"{fragment!r} in {[q.content.text for q in doc.quotes]}"
    return found[0]


@pytest.fixture
def article():
    return read
