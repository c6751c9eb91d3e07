"""Duplicate articles and story clusters with MinHash LSH (datasketch).

Two look-ups share one mechanism:

- *near duplicates* (syndicated wire copy, republished pages): MinHash of word 5-shingles of the text,
  high Jaccard threshold; the later copy is linked to the earliest stored one and not counted again;
- *stories* (different articles about the same happening): MinHash of the names (entities) in the article,
  low threshold; an article joins the story of its most similar earlier article.

datasketch chooses the LSH banding for a threshold (`MinHashLSH(threshold, num_perm).hashranges`); the band
keys are kept in SQLite (`lsh_bands`) rather than in datasketch's in-memory index, so look-ups survive
restarts and commit with the batch that added them. Candidates are confirmed by the estimated Jaccard
similarity of the stored signatures.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from dateline.record import Document

WORD = re.compile(r"\w+", re.UNICODE)
SHINGLE = 5
LEAD_WORDS = 40
STOPWORDS = frozenset(["a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "it",
                       "its", "of", "on", "or", "that", "the", "to", "was", "were", "will", "with", "after", "over",
                       "says", "said"])


@dataclass(frozen=True)
class Match:
    document_id: str
    similarity: float


# datasketch picks the bands and rows per band that minimise a weighted sum of false positive and false
# negative probability at a threshold. Duplicates are rare and must not be missed: candidates are banded at
# a lower similarity (0.5, balanced) and confirmed at the duplicate threshold. Story look-ups weigh false
# positives (0.8) so candidate lists stay short in a large collection: a story needs only one similar
# earlier article to be found, not all of them.
DUPLICATE_BANDING = (0.5, (0.5, 0.5))
STORY_BANDING = (None, (0.8, 0.2))


@lru_cache(maxsize=8)
def _bands(threshold: float, num_perm: int, weights: tuple[float, float]) -> tuple[tuple[int, int], ...]:
    return tuple(MinHashLSH(threshold=threshold, num_perm=num_perm, weights=weights).hashranges)


def text_shingles(text: str) -> set[bytes]:
    """Word 5-shingles of the lower-cased text (the whole text when it is shorter than that)."""
    words = WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def story_features(doc: Document) -> set[bytes]:
    """Who and where an article is about: its entity names (people, groups, places...).

    Articles on one topic share most of their ordinary words, so a story is told apart by its names.
    When the language stage found fewer than two entities, the capitalised words of the title and lead
    stand in for them.
    """
    names = {e.name.lower() for e in doc.entities if e.label != "OTHER"}
    if len(names) < 2:
        lead = " ".join(doc.text.split()[:LEAD_WORDS])
        names |= {w.lower() for w in WORD.findall(f"{doc.metadata.title or ''} {lead}")
                  if w[0].isupper() and w.lower() not in STOPWORDS}
    return {n.encode() for n in names}


@lru_cache(maxsize=4)
def _empty(num_perm: int) -> MinHash:
    """An empty MinHash whose permutations are drawn once: `copy()` reuses them (drawing them is a third
    of the cost of signing a short article)."""
    return MinHash(num_perm=num_perm)


def signature(features: set[bytes], num_perm: int) -> MinHash | None:
    if not features:
        return None
    sig = _empty(num_perm).copy()
    sig.update_batch(list(features))
    return sig


def _band_keys(sig: MinHash, threshold: float, weights: tuple[float, float]) -> list[tuple[int, int]]:
    keys = []
    for band, (lo, hi) in enumerate(_bands(threshold, len(sig.hashvalues), weights)):
        digest = hashlib.blake2b(sig.hashvalues[lo:hi].astype("<u4").tobytes(), digest_size=8).digest()
        keys.append((band, int.from_bytes(digest, "little", signed=True)))
    return keys


class LSHIndex:
    """A MinHash LSH index for one purpose ('dup' or 'story'), persisted in the store's tables."""

    def __init__(self, conn: sqlite3.Connection, purpose: str, threshold: float, max_candidates: int,
                 banding: tuple[float | None, tuple[float, float]]):
        self.conn, self.purpose, self.threshold = conn, purpose, threshold
        self.max_candidates = max_candidates
        band_threshold, self.weights = banding
        self.band_threshold = band_threshold or threshold

    def best(self, sig: MinHash) -> Match | None:
        """The most similar stored document at or above the threshold, if any, among the most recently
        stored `max_candidates` that share a band (a bound on the work per look-up)."""
        keys = _band_keys(sig, self.band_threshold, self.weights)
        # one indexed look-up per band (an OR of the bands would scan every band row of the purpose)
        hits = " UNION ALL ".join("SELECT document_id, rowid AS pos FROM lsh_bands "
                                  "WHERE purpose = ? AND band = ? AND key = ?" for _ in keys)
        rows = self.conn.execute(
            f"SELECT s.document_id, s.hashvalues FROM (SELECT document_id, max(pos) AS pos FROM ({hits}) "
            f"GROUP BY document_id ORDER BY pos DESC LIMIT ?) h "
            f"JOIN signatures s ON s.document_id = h.document_id AND s.purpose = ?",
            [*[v for band, key in keys for v in (self.purpose, band, key)], self.max_candidates, self.purpose],
        ).fetchall()
        best: Match | None = None
        for document_id, blob in rows:
            other = np.frombuffer(blob, dtype="<u4")
            if len(other) != len(sig.hashvalues):
                continue
            similarity = float(np.mean(other == sig.hashvalues))
            if similarity >= self.threshold and (best is None or similarity > best.similarity):
                best = Match(document_id, similarity)
        return best

    def add(self, document_id: str, sig: MinHash) -> None:
        self.conn.execute("INSERT OR REPLACE INTO signatures VALUES (?, ?, ?)",
                          (document_id, self.purpose, sig.hashvalues.astype("<u4").tobytes()))
        self.conn.executemany("INSERT INTO lsh_bands VALUES (?, ?, ?, ?)",
                              [(self.purpose, band, key, document_id) for band, key in
                               _band_keys(sig, self.band_threshold, self.weights)])
