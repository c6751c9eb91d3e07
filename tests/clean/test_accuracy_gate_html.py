"""CI accuracy gate for HTML: a fixed slice of ../shared/bench, scored as the benchmarks score it.

Thresholds sit a little under the figures measured when they were set (extraction F1 0.975 / 0.979 on the
first 40 pages of each set; date F1 0.946 on the first 150 dated pages), so a regression fails the build
while noise does not. Skipped when ../shared is not beside the checkout.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "bench"
pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/bench is not beside the checkout")

if str(ROOT) not in sys.path:  # the benchmark scripts (and their official scorers) live in ./bench
    sys.path.insert(0, str(ROOT))

SLICE = 40
EXTRACTION_F1 = {"scrapinghub-aeb": 0.96, "wcxb-dev-article": 0.96}
DATE_SLICE, DATE_F1 = 150, 0.93


@pytest.mark.parametrize("name", sorted(EXTRACTION_F1))
def test_extraction_f1_holds_on_a_fixed_slice(name):
    from bench.extraction import load_set
    from bench.scoring import SCORERS

    from dateline.clean.html import extract_html

    pages = load_set(name, SLICE)
    score = SCORERS[name]((p["truth"], "\n\n".join(extract_html(p["html"], p["url"]).paragraphs))
                          for p in pages)
    assert score.f1 >= EXTRACTION_F1[name], score


def test_publication_date_f1_holds_on_a_fixed_slice():
    from bench.dates import load_pages
    from bench.scoring import date_score

    from dateline.clean.html import extract_html

    pages = load_pages(DATE_SLICE)
    score = date_score((p["truth"], extract_html(p["html"], p["url"]).metadata.published.value) for p in pages)
    assert score.f1 >= DATE_F1, score
