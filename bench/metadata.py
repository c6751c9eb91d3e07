"""Page metadata (titles, authors): dateline against its peers, same pages, same run.

    .venv/bin/python -m bench.metadata [--limit N]

Reads ../shared/bench/extraction/wcxb-dev-article/ (never copied): each page's HTML, its true `title` and
`author`. A title is right when its lower-cased `\\w+` words equal the truth's (so case, punctuation and
spacing do not count, a site name added or a word missing does). Authors are scored on the pages with a true
author: right when at least one name is given and each name given occurs in the truth (lower-cased words;
the truth sometimes names an organisation or adds credentials, "Tracy Parker, Dietitian"), wrong when a
name given does not, none when no name is given. Rows:

- on the HTML: dateline's clean stage (`extract_html`), trafilatura's and newspaper4k's metadata;
- on the same page flattened to text (`bench.flattened.flatten`, the input of `--kind page-text`), where the
  `<title>` and `og:title` are gone and the headline is one line among menus and teasers: dateline with the
  page's URL and without it (text piped in with no URL).

Columns: pages, right, accuracy (right / pages), wrong, none given, docs/s of the call alone; then the
accuracy on the tune and the check half of the pages (`bench.halves`, by page id: rules are tuned on the
tune half's errors only, the check half says whether they hold); for authors, the wrong ones on each half too.

`--errors SYSTEM` prints the tune half's title misses; `--author-errors SYSTEM` (a flattened row) the tune half's
author misses (none given and wrong) with the lines around the true name and the label dateline gives each.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable, Iterator

from bench.extraction import load_set
from bench.flattened import flatten
from bench.halves import HALVES, half

SET = "wcxb-dev-article"
_WORDS = re.compile(r"\w+")

Found = tuple[str | None, list[str]]
"""A system's title (or None) and authors for one page."""
MetadataOf = Callable[[dict], Found]
"""A system: a page dict (`url`, `html`, `text`) in, what it found out."""


def load_pages(limit: int | None = None) -> list[dict]:
    """Pages with a true title: `bench.extraction.load_set` dicts with `text`, the page flattened, added."""
    return [dict(page, text=flatten(page["html"])) for page in load_set(SET, limit) if page["title"]]


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.casefold())


def same_title(found: str | None, truth: str) -> bool:
    return found is not None and _words(found) == _words(truth)


def author_verdict(found: list[str], truth: str) -> str:
    """'right', 'wrong' or 'none' (see the module docstring)."""
    if not found:
        return "none"
    named = " ".join(_words(truth))
    return "right" if all(" ".join(_words(name)) in named for name in found) else "wrong"


def _dateline_html() -> MetadataOf:
    from dateline.clean.html import extract_html

    def run(page: dict) -> Found:
        metadata = extract_html(page["html"], page["url"]).metadata
        return metadata.title, metadata.authors

    return run


def _dateline_text(with_url: bool) -> MetadataOf:
    from dateline.clean.page_text import extract_page_text

    def run(page: dict) -> Found:
        metadata = extract_page_text(page["text"], page["url"] if with_url else None).metadata
        return metadata.title, metadata.authors

    return run


def _trafilatura() -> MetadataOf:
    from trafilatura import extract_metadata

    def run(page: dict) -> Found:
        metadata = extract_metadata(page["html"], default_url=page["url"])
        if metadata is None:
            return None, []
        return metadata.title, [name.strip() for name in (metadata.author or "").split(";") if name.strip()]

    return run


def _newspaper() -> MetadataOf:
    from newspaper import Article

    def run(page: dict) -> Found:
        article = Article(page["url"] or "", fetch_images=False)
        article.download(input_html=page["html"])
        article.parse()
        return article.title or None, list(article.authors)

    return run


SYSTEMS: dict[str, Callable[[], MetadataOf]] = {
    "dateline (HTML)": _dateline_html,
    "trafilatura (HTML)": _trafilatura,
    "newspaper4k (HTML)": _newspaper,
    "dateline (flattened text, with URL)": lambda: _dateline_text(True),
    "dateline (flattened text, no URL)": lambda: _dateline_text(False),
}


def measure(pages: list[dict], systems: list[str] | None = None) -> dict[str, tuple[list[Found], float]]:
    """What every system (or each of `systems`) found on every page, and its docs/s."""
    results = {}
    for name, make in SYSTEMS.items():
        if systems and name not in systems:
            continue
        metadata_of = make()
        found: list[Found] = []
        elapsed = 0.0
        for page in pages:
            started = time.perf_counter()
            try:
                found.append(metadata_of(page))
            except Exception:  # noqa: BLE001 - a peer failing on one page scores that page as nothing found
                found.append((None, []))
            elapsed += time.perf_counter() - started
        results[name] = (found, len(pages) / elapsed if elapsed else 0.0)
    return results


def _around(lines: list[str], wanted: str | None, span: int = 3) -> list[str]:
    """The lines within `span` of the first line whose words are `wanted`'s, numbered; none when absent."""
    if not wanted:
        return []
    for k, line in enumerate(lines):
        if _words(line) == _words(wanted):
            return [f"    {j:4d} {lines[j][:140]}" for j in range(max(0, k - span), min(len(lines), k + span + 1))]
    return []


def print_title_errors(pages: list[dict], found: list[Found]) -> None:
    """The tune half's wrong and null titles: page id, URL, gold, got, and the lines around each in the text."""
    for page, (title, _) in zip(pages, found):
        if half(page["id"]) != "tune" or same_title(title, page["title"]):
            continue
        lines = [line.strip() for line in page["text"].splitlines() if line.strip()]
        print(f"\n## {page['id']} {page['url']}\n  gold: {page['title']}\n  got:  {title}")
        for label, wanted in (("gold", page["title"]), ("got", title)):
            shown = _around(lines, wanted)
            print(f"  around {label}:" + ("\n" + "\n".join(shown) if shown else " (no such line)"))


_AUTHOR_META = re.compile(r"author|creator|byl", re.IGNORECASE)
_AUTHOR_CLASS = re.compile(r"author|byline|writer|contributor", re.IGNORECASE)


def _jsonld_authors(data: object, path: str = "") -> Iterator[str]:
    """Every `author` / `creator` value in a JSON-LD tree, with the types it sits under ("Article>author: ...")."""
    if isinstance(data, list):
        for item in data:
            yield from _jsonld_authors(item, path)
    elif isinstance(data, dict):
        kind = data.get("@type")
        here = f"{path}>{kind}" if kind else path
        for key, value in data.items():
            if key.lower() in ("author", "creator"):
                yield f"{here}>{key}: {json.dumps(value, ensure_ascii=False)[:200]}"
            elif isinstance(value, (list, dict)):
                yield from _jsonld_authors(value, f"{here}>{key}" if not kind else here)


def author_evidence(page: dict) -> list[str]:
    """Where a page may name its author, one line each: author-like `<meta>` tags, JSON-LD `author` / `creator`
    values (any type, any depth), `rel=author` links, `itemprop=author` elements, elements whose class or id says
    author / byline, the lines of the flattened text under the first `<h1>`, and the lines naming the truth."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(page["html"])
    shown: list[str] = []
    for node in tree.css("meta"):
        key = node.attributes.get("property") or node.attributes.get("name") or node.attributes.get("itemprop") or ""
        if _AUTHOR_META.search(key):
            shown.append(f"meta {key}: {(node.attributes.get('content') or '')[:120]}")
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            shown += [f"json-ld {found}" for found in _jsonld_authors(json.loads(node.text(deep=True) or ""))]
        except (ValueError, RecursionError):
            shown.append("json-ld (unreadable)")
    for selector in ('[rel~="author"]', '[itemprop~="author"]'):
        for node in tree.css(selector)[:4]:
            text = " ".join((node.text(deep=True) or "").split())[:120]
            shown.append(f"{selector} <{node.tag}> {node.attributes.get('href') or ''} {text!r}")
    classed = [node for node in tree.css("[class], [id]")
               if _AUTHOR_CLASS.search((node.attributes.get("class") or "") + " " + (node.attributes.get("id") or ""))]
    for node in classed[:8]:
        text = " ".join((node.text(deep=True) or "").split())[:100]
        named = f"class={node.attributes.get('class')!r} id={node.attributes.get('id')!r}"
        shown.append(f"class <{node.tag} {named}> {text!r}")
    lines = [line.strip() for line in page["text"].splitlines() if line.strip()]
    heading = tree.css_first("h1")
    top = " ".join((heading.text(deep=True) or "").split()) if heading else ""
    start = next((k for k, line in enumerate(lines) if top and _words(line) == _words(top)), None)
    if start is not None:
        shown += [f"under h1 {j:4d} {lines[j][:120]}" for j in range(start, min(len(lines), start + 6))]
    surname = _words(page["author"])[-1:] if page["author"] else []
    shown += [f"names it {j:4d} {line[:140]}" for j, line in enumerate(lines)
              if surname and surname[0] in _words(line)][:6]
    return shown


def _name_lines(lines: list[str], name: str) -> list[int]:
    """Numbers of the lines that hold `name`'s words in a row (its first two words at most: a truth may add
    credentials or a second name the page prints elsewhere)."""
    wanted = " ".join(_words(name)[:2])
    return [k for k, line in enumerate(lines) if wanted and f" {wanted} " in f" {' '.join(_words(line))} "]


def print_author_errors(pages: list[dict], found: list[Found], system: str) -> None:
    """The tune half's wrong and missing authors of `system`: page id, URL, truth, what was given, then for an HTML
    row the page's author evidence (`author_evidence`), for a flattened row the title and article region dateline
    found and the lines around the first two lines holding the true name, each with dateline's label (rules' /
    final). Check-half pages are never printed."""
    from dateline.clean.page_text import furniture_labels, page_lines

    for page, (_, authors) in zip(pages, found):
        verdict = author_verdict(authors, page["author"] or "")
        if half(page["id"]) != "tune" or not page["author"] or verdict == "right":
            continue
        print(f"\n## {verdict} {page['id']} {page['url']}\n  truth: {page['author']}\n  got:   {authors}")
        if "flattened" not in system:
            print("\n".join(f"  {line}" for line in author_evidence(page)))
            continue
        lines = page_lines(page["text"])
        rules, labels, (first, last) = furniture_labels(lines, page["url"] if "with URL" in system else None)
        title = next((k for k, label in enumerate(rules) if label == "title"), None)
        texts = [line.text for line in lines]
        print(f"  title line {title}, article {first}-{last} of {len(lines)}")
        held = _name_lines(texts, page["author"].split(",")[0].split(" and ")[0])
        shown: list[int] = []
        for k in held[:2]:
            shown += [j for j in range(max(0, k - 3), min(len(lines), k + 4)) if j not in shown]
        for j in shown:
            mark = "*" if j in held else " "
            print(f"  {mark}{j:4d} [{rules[j]}/{labels[j]}] {texts[j][:140]}")
        if not held:
            print("  (no line holds the true name)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N pages (default all)")
    parser.add_argument("--systems", default=None, help="semicolon-separated, from: " + "; ".join(SYSTEMS))
    parser.add_argument("--errors", default=None, metavar="SYSTEM",
                        help="print the tune half's wrong and null titles of SYSTEM (one of the systems run)")
    parser.add_argument("--author-errors", default=None, metavar="SYSTEM",
                        help="after the tables, print the tune half's wrong and missing authors of SYSTEM (a row "
                             "that was run): an HTML row with the page's author evidence, a flattened row with the "
                             "lines around the true name")
    args = parser.parse_args()
    pages = load_pages(args.limit)
    results = measure(pages, args.systems.split(";") if args.systems else None)
    halves = {which: [k for k, page in enumerate(pages) if half(page["id"]) == which] for which in HALVES}
    print(f"Titles ({SET})\n")
    print("| system | pages | right | accuracy | wrong | none | docs/s | tune | check |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, (found, rate) in results.items():
        right = [same_title(title, page["title"]) for (title, _), page in zip(found, pages)]
        nulls = sum(title is None for title, _ in found)
        by_half = " | ".join(f"{sum(right[k] for k in chosen) / max(1, len(chosen)):.3f}" for chosen in halves.values())
        print(f"| {name} | {len(pages)} | {sum(right)} | {sum(right) / len(pages):.3f} | "
              f"{len(pages) - sum(right) - nulls} | {nulls} | {rate:.0f} | {by_half} |")
    if args.errors:
        print_title_errors(pages, results[args.errors][0])
        return
    authored = [k for k, page in enumerate(pages) if page["author"]]
    print(f"\nAuthors ({SET}, pages with a true author)\n")
    print("| system | pages | right | accuracy | wrong | none | tune | check | wrong tune / check |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, (found, _) in results.items():
        verdicts = [author_verdict(found[k][1], pages[k]["author"]) for k in authored]
        right = verdicts.count("right")
        by_half = " | ".join(
            f"{sum(verdicts[j] == 'right' for j, k in enumerate(authored) if k in chosen) / max(1, len(chosen)):.3f}"
            for chosen in ({k for k in authored if k in set(ks)} for ks in halves.values()))
        wrong = " / ".join(str(sum(verdicts[j] == "wrong" for j, k in enumerate(authored) if half(pages[k]["id"]) == h))
                           for h in HALVES)
        print(f"| {name} | {len(authored)} | {right} | {right / len(authored):.3f} | {verdicts.count('wrong')} | "
              f"{verdicts.count('none')} | {by_half} | {wrong} |")
    if args.author_errors:
        print_author_errors(pages, results[args.author_errors][0], args.author_errors)


if __name__ == "__main__":
    main()
