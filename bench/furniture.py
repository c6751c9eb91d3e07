"""Flattened furniture labels: which lines of a flattened page are related headlines, tags, widgets, promos,
comments, article, scored line by line against labels the page's own markup gives.

    .venv/bin/python -m bench.furniture [--limit N] [--sets scrapinghub-aeb,wcxb-dev-article] [--errors KIND]

The pages are built at run time from the HTML pages of `../shared/bench/extraction/<set>/` (never copied):
each is flattened the naive way (`bench.flattened.flatten_labelled`, the same lines `bench.flattened` scores)
and every line keeps the part of the page its text came from, named by the markup around it:

- `related`, `tags`, `widget` (share buttons), `promo` (newsletter and subscription offers), `comments`: the
  innermost element whose `class` or `id` has one of the words in `PART_WORDS` (split on `-`, `_`, spaces and
  camelCase; an element whose words also name the article container, such as `entry-content`, and the
  `<html>`, `<body>`, `<main>` and `<article>` elements, which CMSs tag with the post's categories, name
  nothing, and so does an element whose words name two parts, such as `share-tools--event-tag` or
  `related-tags`), and a link with `rel="tag"`; `tags` are the story's tags, so inside a `nav` or a `related`
  part (a menu's links to tag pages, a related teaser's category chip) a tag names nothing and the line
  keeps the label around it;
- `nav`, `footer`, `aside`: the `<nav>`, `<footer>` and `<aside>` elements (or their ARIA roles);
- `article`: a line of the true `articleBody` (`bench.flattened.TrueArticle`), whatever the markup says.

Lines the markup names nothing and that are not article have no known label: they count for no system's
precision or recall. `nav`, `footer` and `aside` are containers of mixed furniture (a footer holds follow
buttons, a newsletter form and the fine print; an aside holds related headlines and promos), so they say a
line is not article but not which kind it is: they count for the precision and recall of `article` only.
Only pages whose markup names at least one of `related`, `tags`, `widget`, `promo` or
`comments` are used. dateline reads the flattened text with the page's URL (`dateline.clean.page_text`); a
line it does not put in `furniture` is article.

Columns, for each label and for each half of the pages (`bench.halves`, by page id; rules are tuned looking
at the tune half only): lines the markup gives that label, lines dateline gives it (among lines with a known
label), precision and recall over lines (pooled over pages). Then, on the wcxb pages (which have a true
title), the share of pages whose `title` is right (`bench.metadata.same_title`), whose title is a widget's,
a promo's or a related headline's line, and whose title is null.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Iterable

from lxml import etree

from bench.extraction import SETS, load_set
from bench.flattened import TrueArticle, flatten_labelled
from bench.halves import HALVES, half
from bench.metadata import same_title
from dateline.clean.html_boilerplate import words

PART_WORDS: dict[str, frozenset[str]] = {
    "related": frozenset({"related", "relatedposts", "yarpp"}),
    "tags": frozenset({"tag", "tags", "tagged", "tagcloud", "taglist", "posttags", "keywords"}),
    "widget": frozenset({"share", "shares", "sharing", "sharethis", "sharebar", "addthis", "addtoany", "a2a"}),
    "promo": frozenset({"newsletter", "newsletters", "subscribe", "subscription", "signup", "optin"}),
    "comments": frozenset({"comment", "comments", "disqus"}),
}
"""Class and id words that name a part of the page, for each label scored."""
SCORED = ("related", "tags", "widget", "promo", "comments")
CONTAINERS = ("nav", "footer", "aside")
_CONTAINER_WORDS = frozenset({"article", "story", "post", "entry", "content", "body", "text", "main", "prose",
                              "articlebody", "storybody", "richtext"})
"""Words that name the article's own container: an element named with them names no part of the page."""
_NEVER_BY_WORD = frozenset({"html", "body", "main", "article"})
_NOT_THE_STORYS_TAGS = ("nav", "related")
"""Parts inside which a tag is not the story's: a menu's link to a tag page, a related teaser's category."""
_BY_TAG = {"nav": "nav", "footer": "footer", "aside": "aside"}
_BY_ROLE = {"navigation": "nav", "contentinfo": "footer", "complementary": "aside"}


def part_of(element: etree._Element) -> str | None:
    """The part of the page an element's markup names (see the module docstring), or None."""
    named = _named(element)
    if named == "tags" and any(_named(outer) in _NOT_THE_STORYS_TAGS for outer in element.iterancestors()):
        return None
    return named


def _named(element: etree._Element) -> str | None:
    """The part an element's own markup names, whatever is around it; None when its class and id words name
    none of the parts, or name two of them ("share-tools--event-tag")."""
    tag = element.tag
    if tag == "a" and "tag" in (element.get("rel") or "").lower().split():
        return "tags"
    named = _BY_TAG.get(tag) or _BY_ROLE.get((element.get("role") or "").lower())
    if named or tag in _NEVER_BY_WORD:
        return named
    found = set(words(f"{element.get('class') or ''} {element.get('id') or ''}"))
    if not found or found & _CONTAINER_WORDS:
        return None
    parts = [label for label, part in PART_WORDS.items() if found & part]
    return parts[0] if len(parts) == 1 else None


def labelled_page(page: dict) -> dict | None:
    """A page of `bench.extraction.load_set` flattened, with each line's true label (None when unknown), or
    None when its markup names none of the scored parts."""
    truth = TrueArticle(page["truth"])
    lines = flatten_labelled(page["html"], part_of)
    labels = ["article" if text in truth else label for text, label in lines]
    if not any(label in SCORED for label in labels):
        return None
    return {"id": page["id"], "url": page["url"], "title": page.get("title"), "text": "\n".join(t for t, _ in lines),
            "labels": labels}


def load_pages(sets: Iterable[str], limit: int | None = None) -> list[dict]:
    """Labelled flattened pages of the given extraction sets (each dict also names its `set`)."""
    pages = []
    for name in sets:
        for page in load_set(name, limit):
            labelled = labelled_page(page)
            if labelled is not None:
                pages.append(dict(labelled, set=name))
    return pages


def dateline_labels(page: dict) -> tuple[list[str], str | None]:
    """dateline's label of every line of a flattened page ("article" when not furniture) and its title."""
    from dateline.clean.page_text import extract_page_text

    extracted = extract_page_text(page["text"], page["url"])
    predicted = ["article"] * len(page["labels"])
    for piece in extracted.furniture:
        predicted[piece.line] = piece.kind
    return predicted, extracted.metadata.title


def score(pages: list[dict], predictions: list[list[str]]) -> dict[str, tuple[int, int, float, float]]:
    """For each scored label and `article`: (true lines, predicted lines, precision, recall), pooled over lines;
    only lines with a known label count, and lines in a container (`CONTAINERS`) for `article` only."""
    gold, guessed, right = Counter(), Counter(), Counter()
    for page, predicted in zip(pages, predictions):
        for truth, guess in zip(page["labels"], predicted):
            if truth is None or truth in CONTAINERS and guess != "article":
                continue
            gold[truth] += 1
            guessed[guess] += 1
            right[guess] += truth == guess
    return {label: (gold[label], guessed[label], right[label] / guessed[label] if guessed[label] else 1.0,
                    right[label] / gold[label] if gold[label] else 1.0) for label in (*SCORED, "article")}


def title_verdicts(pages: list[dict], predictions: list[list[str]], titles: list[str | None]) -> Counter:
    """On pages with a true title: how many titles are right, null, or a widget's / promo's / related line."""
    verdicts: Counter = Counter()
    for page, predicted, title in zip(pages, predictions, titles):
        if not page["title"]:
            continue
        verdicts["pages"] += 1
        verdicts["right"] += same_title(title, page["title"])
        verdicts["null"] += title is None
        lines = page["text"].split("\n")
        verdicts["furniture"] += any(line == title and label in ("widget", "promo", "related")
                                     for line, label in zip(lines, page["labels"]))
    return verdicts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--errors", default=None, help="print the tune half's misses for this label")
    args = parser.parse_args()
    pages = load_pages(args.sets.split(","), args.limit)
    started = time.perf_counter()
    results = [dateline_labels(page) for page in pages]
    elapsed = time.perf_counter() - started
    print(f"{len(pages)} labelled pages, dateline at {len(pages) / elapsed:.0f} docs/s\n")
    print("| half | pages | label | true lines | dateline lines | precision | recall |")
    print("|---|---:|---|---:|---:|---:|---:|")
    for which in HALVES:
        chosen = [k for k, page in enumerate(pages) if half(page["id"]) == which]
        scores = score([pages[k] for k in chosen], [results[k][0] for k in chosen])
        for label, (gold, guessed, precision, recall) in scores.items():
            print(f"| {which} | {len(chosen)} | {label} | {gold} | {guessed} | {precision:.3f} | {recall:.3f} |")
    print("\n| half | pages with a true title | right | accuracy | null | a widget's, promo's or related line |")
    print("|---|---:|---:|---:|---:|---:|")
    for which in HALVES:
        chosen = [k for k, page in enumerate(pages) if half(page["id"]) == which]
        v = title_verdicts([pages[k] for k in chosen], [results[k][0] for k in chosen],
                           [results[k][1] for k in chosen])
        print(f"| {which} | {v['pages']} | {v['right']} | {v['right'] / max(1, v['pages']):.3f} | {v['null']} | "
              f"{v['furniture']} |")
    if args.errors:
        _print_errors(pages, results, args.errors)


def _print_errors(pages: list[dict], results: list[tuple[list[str], str | None]], label: str) -> None:
    """The tune half's lines where the truth or dateline says `label` and the other does not."""
    for page, (predicted, _) in zip(pages, results):
        if half(page["id"]) != "tune":
            continue
        for number, (line, truth, guess) in enumerate(zip(page["text"].split("\n"), page["labels"], predicted)):
            if truth is not None and (truth == label) != (guess == label):
                print(f"{page['set'][:4]} {page['id'][:8]} {number:4d} truth={truth} dateline={guess} | {line[:110]}")


if __name__ == "__main__":
    main()
