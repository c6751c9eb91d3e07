"""Accuracy gate for duplicate detection on real article text (../shared, read by path; skipped without it).

Real article bodies from the WCXB dev set are stored, then republished copies of some of them: verbatim,
with a tag line added, with the first sentence dropped, and cut short. Every copy should be linked to its
original (recall) and no distinct article should be taken for a duplicate of another (false positives).
Measured: recall 1.00, no false positives; the gate sits a little under that.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from dateline.collection import Store
from dateline.config import Settings
from dateline.record import Document, InputKind, Metadata, Source

ARTICLES = 200
MIN_WORDS = 150


def _doc(text: str, outlet: str, title: str) -> Document:
    ident = hashlib.sha256(f"{outlet}|{text}".encode()).hexdigest()[:16]
    return Document(id=ident, source=Source(kind=InputKind.article_text, url=f"https://{outlet}/{ident}"),
                    text=text, metadata=Metadata(title=title, site=outlet))


def _edits(text: str) -> list[str]:
    first_stop = text.find(". ") + 2
    return [text, text + "\n\nThis article first appeared on a partner site.", text[first_stop:],
            text[: int(len(text) * 0.85)]]


def test_republished_copies_are_found_and_distinct_articles_are_not_merged(shared_dir, tmp_path):
    folder = shared_dir / "bench" / "extraction" / "wcxb-dev-article"
    if not folder.is_dir():
        pytest.skip("WCXB dev articles not in ../shared")
    bodies = []
    for path in sorted(folder.glob("*.json")):
        item = json.loads(path.read_text())
        if len((item.get("articleBody") or "").split()) >= MIN_WORDS:
            bodies.append((item["articleBody"], item.get("title") or "", item.get("domain") or "site"))
        if len(bodies) == ARTICLES:
            break
    originals = [_doc(text, outlet, title) for text, title, outlet in bodies]
    copies = [(original.id, _doc(edited, f"copy{n}.example", title))
              for (text, title, _), original in zip(bodies[::4], originals[::4])
              for n, edited in enumerate(_edits(text))]
    with Store(tmp_path / "gate.db", Settings()) as store:
        store.add(originals)
        store.add([copy for _, copy in copies])
        linked = dict(store.conn.execute("SELECT id, duplicate_of FROM documents").fetchall())
    recall = sum(linked[copy.id] == original for original, copy in copies) / len(copies)
    false_positives = sum(linked[o.id] is not None for o in originals)
    print(f"duplicate recall {recall:.3f}, false positives {false_positives}/{len(originals)}")
    assert recall >= 0.97, f"duplicate recall {recall:.2f}"
    assert false_positives <= 1, f"{false_positives} distinct articles taken for duplicates"
