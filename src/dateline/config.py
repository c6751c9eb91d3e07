"""Configuration in one place.

Every tunable of the pipeline lives in `Settings`. Defaults suit a laptop; each field can be overridden by
an environment variable `DATELINE_<FIELD>` (e.g. `DATELINE_SPACY_MODEL=en_core_web_lg`) or by the CLI.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field

ALL_STAGES = ("clean", "language", "quotes", "time", "events")


@dataclass(frozen=True)
class Settings:
    spacy_model: str = "en_core_web_sm"
    """spaCy pipeline, loaded by package name; swap in the official or a larger English model."""

    stages: tuple[str, ...] = ALL_STAGES
    """Stages to run, in flow order; later stages need the earlier ones."""

    max_input_bytes: int = 20_000_000
    """Pages larger than this (after decompression) are refused with `input-too-large`."""

    max_text_chars: int = 2_000_000
    """Clean article text longer than this is cut, with a warning."""

    max_nesting: int = 320
    """HTML deeper than this is flattened before parsing (deep-nesting protection; tags below it are dropped,
    their text kept). Real news pages stay under 100 levels; the HTML article finder reads 400."""

    batch_chars: int = 100_000
    """Characters of article text gathered from consecutive documents before spaCy parses them together (one
    `nlp.pipe` over all their lines). A record never depends on its batch; this only trades memory (the parses
    of a batch are held together) for spaCy's cost per call."""

    time_limit: float = 30.0
    """Seconds one document may take in one stage before it is given up with `time-limit`."""

    worker_time_limit: float = 120.0
    """Seconds one document may take in a pool or Ray worker, all stages together, before the worker is
    killed and replaced and the document recorded with `time-limit` (holds even for code stuck in C)."""

    worker_memory_limit: int = 3_000_000_000
    """Bytes of heap a pool or Ray worker may hold (the OS limit RLIMIT_DATA; 0: none). Past it allocations
    fail: the document is recorded with `out-of-memory` and the worker goes on, so one hostile page cannot
    take the machine's memory from the others."""

    time_content_slack_days: int = 2
    """Days a date in the text may fall after the page's publication date before it is flagged."""

    time_clock_gap_days: int = 365
    """A printed page date this many days after every date in the text is taken for the crawl time."""

    time_narrative_reach: int = 600
    """Characters after a dated mention during which year-less dates are read from it (the narrative)
    rather than from the publication date."""

    store_path: str = "dateline.db"
    """SQLite collection written by `dateline ingest` and served by `dateline serve`."""

    ingest_batch: int = 100
    """Documents committed to the store per transaction (a kill loses at most one uncommitted batch)."""

    minhash_perm: int = 64
    """MinHash permutations for duplicate and story detection."""

    duplicate_threshold: float = 0.7
    """Estimated Jaccard similarity of word 5-shingles above which an article is a near duplicate (a copy
    cut by a sixth still scores about 0.84; unrelated articles share almost no 5-shingles)."""

    story_threshold: float = 0.3
    """Estimated Jaccard similarity of names and title words above which two articles share a story."""

    lsh_max_candidates: int = 200
    """Most recent LSH candidates compared per look-up: bounds ingest work in a large collection."""

    api_host: str = "127.0.0.1"
    """Address `dateline serve` binds (loopback unless told otherwise)."""

    api_port: int = 8000

    max_request_bytes: int = 10_000_000
    """Largest HTTP request body the API accepts (413 beyond it)."""

    api_token: str | None = None
    """Bearer token that enables `POST /api/ingest`; without one the API is read-only."""

    extra: dict = field(default_factory=dict)

    @classmethod
    def from_env(cls, **overrides) -> Settings:
        """Defaults, then `DATELINE_*` environment variables, then explicit overrides (None is ignored)."""
        values: dict = {}
        for f in dataclasses.fields(cls):
            raw = os.environ.get(f"DATELINE_{f.name.upper()}")
            if raw is None or f.name == "extra":
                continue
            if f.type in ("int",):
                values[f.name] = int(raw)
            elif f.type in ("float",):
                values[f.name] = float(raw)
            elif f.name == "stages":
                values[f.name] = tuple(s.strip() for s in raw.split(",") if s.strip())
            else:
                values[f.name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)
