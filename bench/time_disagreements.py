"""Where dateline and HeidelTime value the same expression differently, on real pages no time figure scores.

    .venv/bin/python -m bench.time_disagreements [--start N] [--pages N]

Reads the English pages of ../shared/bench/dates/htmldate-eval (their true publication date is given to both
systems; no gold exists for their time expressions), runs the clean, language, quotes and time stages and
HeidelTime's news setting on each article text, and prints every overlapping pair of expressions whose
values differ, with the sentence around it, to be read by hand. This is where session 8 found the evidence
for its time rules outside the sets' tune halves: a rule was written only for a pattern read on at least two
such pages from two outlets (or one and the tune half), then measured on every set with `bench.time`.
"""

from __future__ import annotations

import argparse
import gzip
import json

from bench.heideltime import shared, unavailable
from bench.time import DATES


def disagreements(start: int, count: int) -> None:
    from dateline import extract_text
    from dateline.config import Settings

    settings = Settings.from_env(stages=("clean", "language", "quotes", "time"))
    heideltime = shared()
    for truth_path in sorted(DATES.glob("*.json"))[start:start + count]:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        published, html_path = truth.get("datePublished"), truth_path.with_name(truth_path.stem + ".html.gz")
        if not isinstance(published, str) or not html_path.exists():
            continue
        html = gzip.decompress(html_path.read_bytes()).decode("utf-8", "replace")
        doc = extract_text(html, kind="html", url=truth.get("url"), settings=settings, published=published[:10])
        if doc.metadata.language not in (None, "en") or len(doc.text) < 300:
            continue
        theirs = heideltime.tag(doc.text, published[:10], "news")
        for ours in doc.timexes:
            for other in theirs:
                if other.start < ours.end and ours.start < other.end and other.value != (ours.value or ""):
                    around = doc.text[max(0, ours.start - 120):ours.end + 50].replace("\n", " | ")
                    print(f"{truth_path.stem} published {published[:10]}: dateline {ours.text!r} = {ours.value} "
                          f"({ours.anchor}); HeidelTime {doc.text[other.start:other.end]!r} = {other.value}\n"
                          f"    {around}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--start", type=int, default=0, help="First page (in sorted order).")
    parser.add_argument("--pages", type=int, default=100, help="How many pages to read.")
    args = parser.parse_args()
    if (why := unavailable()) is not None:
        print(f"HeidelTime cannot run: {why}")
        return 1
    disagreements(args.start, args.pages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
