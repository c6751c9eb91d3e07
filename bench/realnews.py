"""The realnews set end to end: 30 whole real articles through every stage, scored as the set's README says.

    .venv/bin/python -m bench.realnews              # one table: each measure on the tune half, the check half, all
    .venv/bin/python -m bench.realnews --misses     # also list the tune half's wrong quotes (never the check half's)

Each article runs as article text twice, once with its publication date given and once without: dates are
scored on both runs (without the date, only the values the text fixes on its own); quotes, places, events and
invented events on the run with the date. textacy's direct quotations, on the same parse, are the quotes peer
(the other stages have their peers in bench.time, bench.geo and bench.events). The halves come from
`bench.halves` (a hash of the article id).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from bench import realnews_set as scorers
from bench.halves import HALVES, half
from bench.realnews_set import REALNEWS, RealArticle, Tally
from dateline.config import Settings
from dateline.ingest import read_text
from dateline.language import parse
from dateline.pipeline import process
from dateline.record import Document, InputKind, Quote, Speaker


def textacy_quotes(doc: Document, settings: Settings) -> list[Quote]:
    """The peer: textacy's direct quotations on the same parse, as quotes whose speaker is the words it names
    (textacy resolves no one, and bails out on an odd number of quotation marks: then no quotes)."""
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(parse(doc.text, settings.spacy_model)))
    except ValueError:
        return []
    return [Quote(id=f"t{n}", kind="direct", content=doc.span(content.start_char, content.end_char),
                  speaker=Speaker(mention=doc.span(speaker[0].idx, speaker[-1].idx + len(speaker[-1].text))
                                  if speaker else None))
            for n, (speaker, _cue, content) in enumerate(triples, start=1)]


def run(article: RealArticle, settings: Settings, with_published: bool) -> Document:
    """One article through every stage, as article text, with or without its publication date (without it, the
    URL is not given either: a dated URL is the publication date by another road)."""
    page = read_text(article.text, InputKind.article_text, url=article.url if with_published else None,
                     published=article.published if with_published else None)
    return process(page, settings)


@dataclass
class Scores:
    """The tallies of one half (or of all articles)."""

    dates_with: Tally = field(default_factory=Tally)
    dates_without: Tally = field(default_factory=Tally)
    quotes: Tally = field(default_factory=Tally)
    peer_quotes: Tally = field(default_factory=Tally)
    places: Tally = field(default_factory=Tally)
    events: Tally = field(default_factory=Tally)
    invented: int = 0
    calm: int = 0
    articles: int = 0

    def add(self, article: RealArticle, dated: Document, undated: Document, peer: Document) -> None:
        self.articles += 1
        scorers.score_dates(article, dated, self.dates_with, with_published=True)
        scorers.score_dates(article, undated, self.dates_without, with_published=False)
        scorers.score_quotes(article, dated, self.quotes)
        scorers.score_quotes(article, peer, self.peer_quotes)
        scorers.score_places(article, dated, self.places)
        scorers.score_events(article, dated, self.events)
        self.invented += scorers.invented_events(article, dated)
        self.calm += article.calm


ROWS: list[tuple[str, Callable[[Scores], str]]] = [
    ("dates, publication date given", lambda s: str(s.dates_with)),
    ("dates, no publication date (values the text fixes)", lambda s: str(s.dates_without)),
    ("direct quotes with the right speaker", lambda s: str(s.quotes)),
    ("(peer) textacy 0.13 direct_quotations, same measure", lambda s: str(s.peer_quotes)),
    ("places within 161 km", lambda s: str(s.places)),
    ("events found (kind family + a shared word)", lambda s: str(s.events)),
    ("invented conflict events on calm stories", lambda s: f"{s.invented} on {s.calm} stories"),
]


def table(scores: dict[str, Scores]) -> list[str]:
    """The markdown table: one row per measure, one column per half and one for all articles."""
    columns = [*HALVES, "all"]
    lines = ["| measure | " + " | ".join(f"{c} ({scores[c].articles} articles)" for c in columns) + " |",
             "|---|" + "---|" * len(columns)]
    for label, value in ROWS:
        lines.append(f"| {label} | " + " | ".join(value(scores[c]) for c in columns) + " |")
    return lines


def score(articles: list[RealArticle], settings: Settings, misses: bool = False) -> dict[str, Scores]:
    """Tallies per half and over all `articles`; with `misses`, print the tune half's wrong quotes."""
    scores = {name: Scores() for name in (*HALVES, "all")}
    for article in articles:
        dated, undated = run(article, settings, True), run(article, settings, False)
        peer = dated.model_copy(update={"quotes": textacy_quotes(dated, settings)})
        for name in (half(article.id), "all"):
            scores[name].add(article, dated, undated, peer)
        if misses and half(article.id) == "tune":
            print_quote_misses(article, dated)
    return scores


def print_quote_misses(article: RealArticle, doc: Document) -> None:
    """The gold quotes of one (tune-half) article that no predicted quote gets right, with what was found."""
    for gold in article.gold["quotes"]:
        alone = RealArticle(article.id, article.url, article.topic, article.published, article.text,
                            {**article.gold, "quotes": [gold]})
        tally = Tally()
        scorers.score_quotes(alone, doc, tally)
        if tally.right:
            continue
        start = article.text.find(gold["starts"])
        found = [q for q in doc.quotes if q.content.start <= start < q.content.end + 2]
        said = "; ".join(f"{q.kind} {q.speaker.name or q.speaker.reason!r} via "
                         f"{q.speaker.mention.text if q.speaker.mention else None!r}" for q in found) or "not found"
        print(f"MISS {article.id} {gold['starts'][:40]!r} gold={gold['speaker']!r} -> {said}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--misses", action="store_true", help="list the tune half's wrong quotes on stderr")
    args = ap.parse_args(argv)
    articles = scorers.load()
    if not articles:
        print(f"the realnews set is not at {REALNEWS}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    scores = score(articles, Settings.from_env(), args.misses)
    print(f"realnews: {len(articles)} articles, each run with and without its publication date "
          f"({time.perf_counter() - started:.0f} s)\n")
    print("\n".join(table(scores)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
