"""The speaker index: every quote of a set of documents, grouped by the person who said it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dateline.record import Document, Quote

UNRESOLVED = "(unresolved)"


@dataclass(frozen=True)
class Said:
    """One quote in the index, with the document it comes from."""

    document: str
    url: str | None
    quote: Quote


def speaker_key(quote: Quote) -> str:
    """Index key of a quote: the speaker's full name, or UNRESOLVED."""
    return quote.speaker.name or UNRESOLVED


def speaker_index(docs: Iterable[Document]) -> dict[str, list[Said]]:
    """All quotes by speaker name across `docs`; names with the most quotes first, unresolved last."""
    index: dict[str, list[Said]] = {}
    for doc in docs:
        for quote in doc.quotes:
            index.setdefault(speaker_key(quote), []).append(Said(doc.id, doc.source.url, quote))
    return dict(sorted(index.items(), key=lambda item: (item[0] == UNRESOLVED, -len(item[1]), item[0])))
