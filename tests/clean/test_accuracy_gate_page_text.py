"""CI accuracy gate for flattened page text: a fixed slice of ../shared, scored as bench/flattened scores it.

The first 50 pages of each extraction set are flattened with `bench.flattened.flatten` and classified; the
real flattened pages of ../shared/examples are classified as they are. Thresholds sit a little under the
figures measured when they were set (see MEASURED), so a regression fails the build while noise does not.
Skipped when ../shared is not beside the checkout.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
pytestmark = pytest.mark.skipif(not (SHARED / "bench").is_dir(), reason="../shared is not beside the checkout")

if str(ROOT) not in sys.path:  # the benchmark scripts (and their official scorers) live in ./bench
    sys.path.insert(0, str(ROOT))

SLICE = 50
MEASURED = {"scrapinghub-aeb": 0.924, "wcxb-dev-article": 0.940, "examples": 0.953}
"""Body F1 on the slice when the thresholds were set."""
BODY_F1 = {name: round(value - 0.02, 2) for name, value in MEASURED.items()}
FURNITURE_PRECISION = 0.9


def _run(pages: list[dict]):
    from bench.flattened import SYSTEMS, furniture_precision

    extract = SYSTEMS["dateline"]()
    results = [extract(page["text"], page["url"]) for page in pages]
    return results, furniture_precision(pages, results)


@pytest.mark.parametrize("name", ["scrapinghub-aeb", "wcxb-dev-article"])
def test_body_f1_holds_on_a_fixed_slice_of_flattened_pages(name):
    from bench.flattened import load_flattened
    from bench.scoring import SCORERS

    pages = load_flattened(name, SLICE)
    results, furniture = _run(pages)
    score = SCORERS[name]((page["truth"], body) for page, (body, _) in zip(pages, results))
    assert score.f1 >= BODY_F1[name], score
    assert furniture >= FURNITURE_PRECISION


def test_body_f1_holds_on_the_real_flattened_examples():
    from bench.flattened import load_examples
    from bench.scoring import SCORERS

    f1s = []
    for name, pages in load_examples().items():
        results, furniture = _run(pages)
        f1s += [SCORERS[name]([(page["truth"], body)]).f1 for page, (body, _) in zip(pages, results)]
        assert furniture >= FURNITURE_PRECISION
    assert sum(f1s) / len(f1s) >= BODY_F1["examples"]
