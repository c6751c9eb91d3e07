"""Flattened page text: dateline's line classifier against baselines, same text, same run, official scores.

    .venv/bin/python -m bench.flattened [--limit N] [--systems dateline,baseline,trafilatura-p]

What is measured: how much of the true article body a system recovers from a page that a naive scraper
flattened to text, menus, widgets, related links and footers included (the input `dateline extract
--kind page-text` takes). Two sources of such pages:

- `../shared/bench/extraction/<set>/*.html.gz`, flattened here by `flatten` (the naive method below), scored
  against each page's true `articleBody` with the set's official scorer (`bench.scoring.SCORERS`);
- `../shared/examples/page*.txt`, pages flattened by real scrapers, with the truth in `page*.json`.

The naive flattening (`flatten`): parse the HTML with lxml; drop `<head>`, scripts, styles, `<noscript>`,
`<template>`, `<svg>` and comments; walk the `<body>` in document order and start a new line at the start and
at the end of every block-level element (p, div, li, h1-h6, td, section, article, figure, br, ...), while
inline elements (a, span, em, time, ...) are concatenated into the current line exactly as their text nodes
are, with no space added ("By<a>Nina Pineda</a>" gives "ByNina Pineda", as real scrapers do); whitespace
runs inside a line become one space; empty lines are dropped.

Columns: F1, precision and recall of the body with the set's scorer; `furn. P`, the furniture precision:
of the lines a system labels furniture, the share that really is not article (a line counts as article when
its text, at least four words or a whole true paragraph, occurs in the true body); docs/s of the
classification call alone (flattening is done once, before timing, for every system alike).

Systems: `dateline` (`dateline.clean.page_text`), `baseline` (the naive rule dateline shipped first: the
span from the first to the last line of 12+ words ending a sentence, keeping lines of 6+ words), and
`trafilatura-p`, trafilatura run on the flattened text wrapped as one `<p>` per line (for reference: it is
built for HTML, and this is the best HTML a flattened page can give it).
"""

from __future__ import annotations

import argparse
import gzip
import html as html_lib
import json
import re
from collections.abc import Callable

from lxml import etree
from lxml import html as lxml_html

from bench.extraction import SETS, SHARED, run_system
from bench.scoring import SCORERS, Score
from dateline.ingest.decode import decode

EXAMPLES = SHARED.parents[1] / "examples"

BLOCK = frozenset(
    ["address", "article", "aside", "blockquote", "br", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
     "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
     "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
     "option", "select", "button", "label", "caption", "legend", "menu"])
SKIP = frozenset(["script", "style", "noscript", "template", "svg", "head", "iframe", "object"])
_SPACE = re.compile(r"\s+")
_WORDS = re.compile(r"\w+")


Labeller = Callable[[etree._Element], "str | None"]
"""What an element says the text inside it is (a part's name, or None): see `bench.furniture`."""


def flatten(page_html: str) -> str:
    """The page's text as a naive scraper flattens it: one line per block element (see module docstring)."""
    return "\n".join(text for text, _ in flatten_labelled(page_html))


def flatten_labelled(page_html: str, labeller: Labeller | None = None) -> list[tuple[str, str | None]]:
    """`flatten`'s lines, each with the part of the page its text came from: the label `labeller` gives the
    innermost labelled element around the text (weighed by characters when a line mixes parts), or None."""
    try:
        root = lxml_html.document_fromstring(page_html)
    except (etree.ParserError, ValueError):
        return []
    body = root.find("body")
    if body is None:
        body = root
    lines: list[tuple[str, str | None]] = []
    current: list[tuple[str, str | None]] = []
    labels: list[str | None] = [None]  # the label in force inside each open element

    def flush() -> None:
        line = _SPACE.sub(" ", "".join(text for text, _ in current)).strip()
        if line:
            weight: dict[str | None, int] = {}
            for text, label in current:
                weight[label] = weight.get(label, 0) + len(text.strip())
            lines.append((line, max(weight, key=weight.__getitem__)))
        current.clear()

    skipping = 0
    for event, element in etree.iterwalk(body, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else None
        if tag is None:  # comment or processing instruction: its tail is still page text
            if event == "end" and not skipping and element.tail:
                current.append((element.tail, labels[-1]))
            continue
        if tag in SKIP:
            skipping += 1 if event == "start" else -1
            if event == "end" and not skipping and element.tail:
                current.append((element.tail, labels[-1]))
            continue
        if skipping:
            continue
        if event == "start":
            if tag in BLOCK:
                flush()
            labels.append((labeller(element) if labeller else None) or labels[-1])
            if element.text:
                current.append((element.text, labels[-1]))
        else:
            if tag in BLOCK:
                flush()
            labels.pop()
            if element.tail:
                current.append((element.tail, labels[-1]))
    flush()
    return lines


def load_flattened(name: str, limit: int | None = None) -> list[dict]:
    """Pages of one extraction set, flattened: dicts with `id`, `url`, `text` (flattened page), `truth`."""
    pages = []
    for truth_path in sorted((SHARED / name).glob("*.json"))[:limit]:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        html_path = truth_path.with_name(truth_path.stem + ".html.gz")
        if not html_path.exists():
            continue
        page_html, _, _ = decode(gzip.decompress(html_path.read_bytes()))
        pages.append({"id": truth_path.stem, "url": truth.get("url"), "text": flatten(page_html),
                      "truth": truth.get("articleBody") or ""})
    return pages


def load_examples() -> dict[str, list[dict]]:
    """The real flattened pages of ../shared/examples, grouped by the set their truth comes from."""
    groups: dict[str, list[dict]] = {}
    for text_path in sorted(EXAMPLES.glob("page*.txt")):
        truth = json.loads(text_path.with_suffix(".json").read_text(encoding="utf-8"))
        groups.setdefault(truth["dataset"], []).append(
            {"id": text_path.stem, "url": truth.get("url"), "text": text_path.read_text(encoding="utf-8"),
             "truth": truth.get("articleBody") or ""})
    return groups


# --- systems: flattened text and URL in, (article text, furniture lines) out ------------------------

Result = tuple[str, list[str]]


def _dateline(text: str, url: str | None) -> Result:
    from dateline.clean.page_text import extract_page_text

    extracted = extract_page_text(text, url)
    return "\n\n".join(extracted.paragraphs), [f.text for f in extracted.furniture]


def _baseline(text: str, url: str | None) -> Result:
    lines = [line.strip() for line in text.splitlines() if line.strip()]

    def prose(line: str) -> bool:
        return len(line.split()) >= 12 and re.search(r"[.!?\"”’)]\s*$", line) is not None

    spans = [i for i, line in enumerate(lines) if prose(line)]
    first, last = (spans[0], spans[-1]) if spans else (0, -1)
    keep = [first <= i <= last and (prose(line) or len(line.split()) >= 6) for i, line in enumerate(lines)]
    return ("\n\n".join(line for line, k in zip(lines, keep) if k),
            [line for line, k in zip(lines, keep) if not k])


def _trafilatura_p() -> Callable[[str, str | None], Result]:
    import trafilatura
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")

    def run(text: str, url: str | None) -> Result:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        page = "<html><body>" + "".join(f"<p>{html_lib.escape(line)}</p>" for line in lines) + "</body></html>"
        body = trafilatura.extract(page, url=url, config=config) or ""
        kept = set(body.splitlines())
        return body, [line for line in lines if line not in kept]

    return run


SYSTEMS: dict[str, Callable[[], Callable[[str, str | None], Result]]] = {
    "dateline": lambda: _dateline,
    "baseline": lambda: _baseline,
    "trafilatura-p": _trafilatura_p,
}


class TrueArticle:
    """The true body of a page, to ask whether a line of the flattened page is article text.

    A line of four or more words (lower-cased `\\w+` tokens) is article when at least half of its 4-word
    shingles occur in the body; a shorter line only when it is a whole paragraph of the body (a short line
    such as "Share" may occur in any text by chance).
    """

    def __init__(self, truth: str) -> None:
        tokens = _WORDS.findall(truth.lower())
        self.shingles = {tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3)}
        self.paragraphs = {" ".join(_WORDS.findall(p.lower())) for p in truth.splitlines() if p.strip()}

    def __contains__(self, line: str) -> bool:
        tokens = _WORDS.findall(line.lower())
        if len(tokens) < 4:
            return bool(tokens) and " ".join(tokens) in self.paragraphs
        grams = [tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3)]
        return sum(gram in self.shingles for gram in grams) >= len(grams) / 2


def furniture_precision(pages: list[dict], results: list[Result]) -> float:
    """Share of the lines called furniture that are really not article (see module docstring)."""
    right = total = 0
    for page, (_, furniture) in zip(pages, results):
        truth = TrueArticle(page["truth"])
        for line in furniture:
            if _WORDS.search(line):
                right += line not in truth
                total += 1
    return right / total if total else 1.0


Row = tuple[str, str, Score, float, float]


def measure(systems: list[str], groups: dict[str, list[dict]]) -> list[Row]:
    """(set, system, body score, furniture precision, docs/s) for every system on every group of pages."""
    rows = []
    for name, pages in groups.items():
        scorer = SCORERS[name.removeprefix("examples/")]
        inputs = [{"html": page["text"], "url": page["url"]} for page in pages]
        for system in systems:
            extract = SYSTEMS[system]()
            results, elapsed = run_system(extract, inputs)
            results = [r if isinstance(r, tuple) else ("", []) for r in results]
            score = scorer((page["truth"], body) for page, (body, _) in zip(pages, results))
            rows.append((name, system, score, furniture_precision(pages, results),
                         len(pages) / elapsed if elapsed else 0.0))
    return rows


def table(rows: list[Row]) -> str:
    lines = ["| set | system | F1 | precision | recall | furn. P | docs/s |", "|---|---|---|---|---|---|---|"]
    for name, system, s, furniture, rate in rows:
        lines.append(f"| {name} ({s.pages}) | {system} | {s.f1:.3f} | {s.precision:.3f} | {s.recall:.3f} "
                     f"| {furniture:.3f} | {rate:.0f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each extraction set")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated, from: " + ", ".join(SYSTEMS))
    parser.add_argument("--sets", default=",".join(SETS))
    args = parser.parse_args()
    groups = {name: load_flattened(name, args.limit) for name in args.sets.split(",") if name}
    groups.update({f"examples/{name}": pages for name, pages in load_examples().items()})
    print(table(measure(args.systems.split(","), groups)))


if __name__ == "__main__":
    main()
