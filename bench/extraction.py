"""HTML main-content extraction: dateline against its peers, same pages, same run, official scores.

    .venv/bin/python -m bench.extraction [--limit N] [--systems dateline,trafilatura,...]

Reads ../shared/bench/extraction/<set>/ (never copied) and prints one markdown table: F1, precision and
recall with each set's official scorer (`bench.scoring`), and documents per second of the extraction
call alone (decoding the page is done once, before timing, for every system alike).

`dateline` is the article extractor (parse, article and labelled furniture), the same job as the peers'
calls; `dateline-clean` is the whole HTML clean step a user gets (also metadata, related links and the
publication date, which calls htmldate on pages that declare no date).
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections.abc import Callable
from pathlib import Path

from bench.scoring import SCORERS, Score
from dateline.ingest.decode import decode

SHARED = Path(__file__).resolve().parents[2] / "shared" / "bench" / "extraction"
SETS = ("scrapinghub-aeb", "wcxb-dev-article")


def load_set(name: str, limit: int | None = None, root: Path = SHARED) -> list[dict]:
    """Pages of one extraction set in a fixed order: dicts with `id`, `url`, `html`, `truth` (articleBody),
    and the true `title` and `author` where the set has them (else None)."""
    pages = []
    for truth_path in sorted((root / name).glob("*.json"))[:limit]:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        html_path = truth_path.with_name(truth_path.stem + ".html.gz")
        if not html_path.exists():
            continue
        html, _, _ = decode(gzip.decompress(html_path.read_bytes()))
        pages.append({"id": truth_path.stem, "url": truth.get("url"), "html": html,
                      "truth": truth.get("articleBody") or "", "title": truth.get("title") or None,
                      "author": truth.get("author") or None})
    return pages


def _dateline() -> Callable[[str, str | None], str]:
    from selectolax.lexbor import LexborHTMLParser

    from dateline.clean.html_article import extract_article

    return lambda html, url: "\n\n".join(extract_article(LexborHTMLParser(html)).paragraphs)


def _dateline_clean() -> Callable[[str, str | None], str]:
    from dateline.clean.html import extract_html

    return lambda html, url: "\n\n".join(extract_html(html, url).paragraphs)


def _trafilatura() -> Callable[[str, str | None], str]:
    import trafilatura
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return lambda html, url: trafilatura.extract(html, url=url, config=config) or ""


def _readability() -> Callable[[str, str | None], str]:
    from readability import Document
    from selectolax.lexbor import LexborHTMLParser

    def run(html: str, url: str | None) -> str:
        summary = Document(html, url=url).summary(html_partial=True)
        return LexborHTMLParser(summary).text(separator="\n") if summary else ""

    return run


def _newspaper() -> Callable[[str, str | None], str]:
    from newspaper import Article

    def run(html: str, url: str | None) -> str:
        article = Article(url or "https://example.invalid/", fetch_images=False)
        article.download(input_html=html)
        article.parse()
        return article.text or ""

    return run


def _resiliparse() -> Callable[[str, str | None], str]:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    return lambda html, url: extract_plain_text(HTMLTree.parse(html), main_content=True)


SYSTEMS: dict[str, Callable[[], Callable[[str, str | None], str]]] = {
    "dateline": _dateline,
    "dateline-clean": _dateline_clean,
    "trafilatura": _trafilatura,
    "readability-lxml": _readability,
    "newspaper4k": _newspaper,
    "resiliparse": _resiliparse,
}


def run_system(extract: Callable[[str, str | None], str], pages: list[dict],
               warm_up: bool = True) -> tuple[list[str], float]:
    """Extracted texts of every page (empty on an exception) and the seconds spent extracting.

    With `warm_up`, one untimed call first lets the system load its lazy resources (models, locale tables).
    """
    if warm_up and pages:
        try:
            extract(pages[0]["html"], pages[0]["url"])
        except Exception:  # noqa: BLE001, S110 - the timed run below records this page's failure
            pass
    outputs, elapsed = [], 0.0
    for page in pages:
        start = time.perf_counter()
        try:
            text = extract(page["html"], page["url"])
        except Exception:  # noqa: BLE001 - a peer failing on one page scores that page as empty
            text = ""
        elapsed += time.perf_counter() - start
        outputs.append(text)
    return outputs, elapsed


def measure(systems: list[str], sets: list[str], limit: int | None) -> list[tuple[str, str, Score, float]]:
    """(set, system, score, docs/s) for every system on every set.

    Systems take turns page by page, so on a shared machine a burst of load slows them alike and the
    docs/s ratios stay fair even when the absolute figures do not.
    """
    rows = []
    for name in sets:
        pages = load_set(name, limit)
        extractors = {system: SYSTEMS[system]() for system in systems}
        outputs: dict[str, list[str]] = {system: [] for system in systems}
        elapsed = dict.fromkeys(systems, 0.0)
        for system, extract in extractors.items():
            run_system(extract, pages[:1])  # untimed warm-up: lazy resources load alike for every system
        for page in pages:
            for system, extract in extractors.items():
                texts, seconds = run_system(extract, [page], warm_up=False)
                outputs[system].extend(texts)
                elapsed[system] += seconds
        for system in systems:
            score = SCORERS[name]((p["truth"], out) for p, out in zip(pages, outputs[system]))
            rows.append((name, system, score, len(pages) / elapsed[system] if elapsed[system] else 0.0))
    return rows


def table(rows: list[tuple[str, str, Score, float]]) -> str:
    lines = ["| set | system | F1 | precision | recall | docs/s |", "|---|---|---|---|---|---|"]
    for name, system, s, rate in rows:
        lines.append(f"| {name} ({s.pages}) | {system} | {s.f1:.3f} | {s.precision:.3f} | {s.recall:.3f} "
                     f"| {rate:.0f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated, from: " + ", ".join(SYSTEMS))
    parser.add_argument("--sets", default=",".join(SETS))
    args = parser.parse_args()
    print(table(measure(args.systems.split(","), args.sets.split(","), args.limit)))


if __name__ == "__main__":
    main()
