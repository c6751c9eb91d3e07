"""Publication dates of HTML pages: dateline against htmldate, same pages, same run.

    .venv/bin/python -m bench.dates [--limit N]

Reads ../shared/bench/dates/htmldate-eval/ (never copied). Scored as htmldate's own evaluation
(`bench.scoring.date_score`): right date = TP, wrong date = FP, no date = FN; precision, recall, F1 and
accuracy, and documents per second of the date call alone. `dateline` runs its whole HTML clean step
(article, furniture, metadata and date), as a user gets it; `dateline-date-only` parses the page and reads
its date evidence only, the same work htmldate does; htmldate runs `find_date` with
`original_date=True` (the setting its evaluation reports) and the page URL.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections.abc import Callable
from pathlib import Path

from bench.scoring import Score, date_score
from dateline.ingest.decode import decode

SHARED = Path(__file__).resolve().parents[2] / "shared" / "bench" / "dates" / "htmldate-eval"


def load_pages(limit: int | None = None, root: Path = SHARED) -> list[dict]:
    """Pages with a true date, in a fixed order: dicts with `id`, `url`, `html`, `truth`, `subset`."""
    pages = []
    for truth_path in sorted(root.glob("*.json"))[:limit]:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        html_path = truth_path.with_name(truth_path.stem + ".html.gz")
        if not isinstance(truth.get("datePublished"), str) or not html_path.exists():  # NaN: no truth
            continue
        html, _, _ = decode(gzip.decompress(html_path.read_bytes()))
        pages.append({"id": truth_path.stem, "url": truth.get("url"), "html": html,
                      "truth": truth["datePublished"], "subset": truth.get("subset")})
    return pages


def _dateline() -> Callable[[str, str | None], str | None]:
    from dateline.clean.html import extract_html

    return lambda html, url: extract_html(html, url).metadata.published.value


def _dateline_date_only() -> Callable[[str, str | None], str | None]:
    from selectolax.lexbor import LexborHTMLParser

    from dateline.clean.html_dates import html_published
    from dateline.clean.html_metadata import PageFacts

    return lambda html, url: html_published(PageFacts.read(LexborHTMLParser(html), url), html).value


def _htmldate() -> Callable[[str, str | None], str | None]:
    from htmldate import find_date

    return lambda html, url: find_date(html, original_date=True, url=url)


SYSTEMS = {"dateline": _dateline, "dateline-date-only": _dateline_date_only, "htmldate": _htmldate}


def measure(systems: list[str], pages: list[dict]) -> list[tuple[str, Score, float]]:
    rows = []
    for name in systems:
        find = SYSTEMS[name]()
        find(pages[0]["html"], pages[0]["url"])  # untimed: lazy resources load alike for every system
        found, elapsed = [], 0.0
        for page in pages:
            start = time.perf_counter()
            try:
                found.append(find(page["html"], page["url"]))
            except Exception:  # noqa: BLE001 - a failure on one page scores it as no date
                found.append(None)
            elapsed += time.perf_counter() - start
        score = date_score((p["truth"], value) for p, value in zip(pages, found))
        rows.append((name, score, len(pages) / elapsed if elapsed else 0.0))
    return rows


def table(rows: list[tuple[str, Score, float]]) -> str:
    lines = ["| system | F1 | precision | recall | accuracy | docs/s |", "|---|---|---|---|---|---|"]
    for name, s, rate in rows:
        lines.append(f"| {name} | {s.f1:.3f} | {s.precision:.3f} | {s.recall:.3f} | {s.accuracy:.3f} "
                     f"| {rate:.0f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="first N pages")
    parser.add_argument("--systems", default=",".join(SYSTEMS))
    args = parser.parse_args()
    pages = load_pages(args.limit)
    print(f"htmldate-eval: {len(pages)} pages\n")
    print(table(measure(args.systems.split(","), pages)))


if __name__ == "__main__":
    main()
