"""Article titles: dateline against its peers, same pages, same run.

    .venv/bin/python -m bench.titles [--limit N]

Reads ../shared/bench/extraction/wcxb-dev-article/ (never copied): each page's HTML and its true `title`.
A title is right when its lower-cased `\\w+` words equal the truth's (so case, punctuation and spacing do
not count, a site name added or a word missing does). Rows:

- on the HTML: dateline's clean stage (`extract_html`), trafilatura's and newspaper4k's metadata;
- on the same page flattened to text (`bench.flattened.flatten`, the input of `--kind page-text`), where the
  `<title>` and `og:title` are gone and the headline is one line among menus and teasers: dateline with the
  page's URL and without it (text piped in with no URL).

Columns: pages with a true title, right, accuracy, no title given (null), docs/s of the call alone.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections.abc import Callable

from bench.extraction import SHARED
from bench.flattened import flatten
from dateline.ingest.decode import decode

SET = "wcxb-dev-article"
_WORDS = re.compile(r"\w+")

TitleOf = Callable[[dict], str | None]
"""A system: a page dict (`url`, `html`, `text`) in, its title (or None) out."""


def load_pages(limit: int | None = None) -> list[dict]:
    """Pages with a true title: dicts with `url`, `html`, `text` (flattened) and `title`."""
    pages = []
    for truth_path in sorted((SHARED / SET).glob("*.json"))[:limit]:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        html_path = truth_path.with_name(truth_path.stem + ".html.gz")
        if truth.get("title") and html_path.exists():
            page_html, _, _ = decode(gzip.decompress(html_path.read_bytes()))
            pages.append({"url": truth.get("url"), "html": page_html, "text": flatten(page_html),
                          "title": truth["title"]})
    return pages


def same_title(found: str | None, truth: str) -> bool:
    return found is not None and _WORDS.findall(found.casefold()) == _WORDS.findall(truth.casefold())


def _dateline_html() -> TitleOf:
    from dateline.clean.html import extract_html

    return lambda page: extract_html(page["html"], page["url"]).metadata.title


def _dateline_text(with_url: bool) -> TitleOf:
    from dateline.clean.page_text import extract_page_text

    return lambda page: extract_page_text(page["text"], page["url"] if with_url else None).metadata.title


def _trafilatura() -> TitleOf:
    from trafilatura import extract_metadata

    def run(page: dict) -> str | None:
        metadata = extract_metadata(page["html"], default_url=page["url"])
        return metadata.title if metadata else None

    return run


def _newspaper() -> TitleOf:
    from newspaper import Article

    def run(page: dict) -> str | None:
        article = Article(page["url"] or "", fetch_images=False)
        article.download(input_html=page["html"])
        article.parse()
        return article.title or None

    return run


SYSTEMS: dict[str, Callable[[], TitleOf]] = {
    "dateline (HTML)": _dateline_html,
    "trafilatura (HTML)": _trafilatura,
    "newspaper4k (HTML)": _newspaper,
    "dateline (flattened text, with URL)": lambda: _dateline_text(True),
    "dateline (flattened text, no URL)": lambda: _dateline_text(False),
}


def measure(pages: list[dict]) -> list[tuple[str, int, int, float]]:
    """(system, right, nulls, docs/s) for every system."""
    rows = []
    for name, make in SYSTEMS.items():
        title_of = make()
        right = nulls = 0
        elapsed = 0.0
        for page in pages:
            started = time.perf_counter()
            try:
                found = title_of(page)
            except Exception:  # noqa: BLE001 - a peer failing on one page scores that page as no title
                found = None
            elapsed += time.perf_counter() - started
            right += same_title(found, page["title"])
            nulls += found is None
        rows.append((name, right, nulls, len(pages) / elapsed if elapsed else 0.0))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N pages (default all)")
    args = parser.parse_args()
    pages = load_pages(args.limit)
    print(f"| system ({SET}) | pages | right | accuracy | no title | docs/s |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, right, nulls, rate in measure(pages):
        print(f"| {name} | {len(pages)} | {right} | {right / len(pages):.3f} | {nulls} | {rate:.0f} |")


if __name__ == "__main__":
    main()
