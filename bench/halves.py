"""Tune and check halves of every benchmark set, by a hash of the document id.

Rules are written looking at tune-half errors only; the check half says whether they hold. A change that
lifts the tune half and not the check half is fitted to the documents it was written from.

    from bench.halves import half, split
    tune, check = split(documents, key=lambda d: d.id)
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Literal, TypeVar

T = TypeVar("T")
Half = Literal["tune", "check"]
HALVES: tuple[Half, Half] = ("tune", "check")


def half(document_id: str) -> Half:
    """The half a document belongs to: fixed by the SHA-1 of its id, so it never moves between runs or sets."""
    return "tune" if hashlib.sha1(document_id.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def split(items: Iterable[T], key: Callable[[T], str]) -> tuple[list[T], list[T]]:
    """`items` as (tune half, check half), in their order."""
    tune: list[T] = []
    check: list[T] = []
    for item in items:
        (tune if half(key(item)) == "tune" else check).append(item)
    return tune, check
