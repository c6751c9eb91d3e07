"""Events: PLOVER event type and source/target actors on the PLOVER gold standard records, event
participants on MEANTIME, events found and invented on the realnews articles, and conflict events read
where nothing violent happens, with dateline's events stage.

    .venv/bin/python -m bench.events [--limit N] [--tune-errors]

Reads ../shared/bench/events/plover_gsr_dev.json, ../shared/bench/time/meantime_en and
../shared/bench/realnews (never copied). Every set is reported by half (`bench/halves.py`: rules are
written from tune-half errors only; the check half says whether they hold) and PLOVER also by five folds
of a hash of the record id (the spread says how much a figure moves between sentence samples): the folds
of all records in the "all" column, and the same folds of the check half alone, sentences never read while
writing rules (the issue's "figures on folds never looked at"), in the check column.
`--tune-errors` lists the tune half's errors, the only ones to read while writing rules, every event read in
its calm text (the non-event rate's sentences) and MEANTIME's participant errors on the events found.
Each PLOVER record is one sentence coded with one event: dateline's main event of the sentence (the
trigger nearest the root of the parse) is compared with it; an extension type counts as the PLOVER type
it refines (docs/events.md: take control -> FIGHT, destroy -> COERCE, ...). PLOVER's target is the actor the
event affects: it is scored against the event's `target_actors` ("shelled positions of the security forces"
-> the security forces); the things acted on (`targets`: "positions") are scored against it too, as a second
reading. Actor F1 is micro-averaged over records:
"exact" compares actor texts after lowercasing and dropping a leading article, "overlap" counts a
predicted actor as right when one text contains the other ("Israeli army" / "The Israeli army bulldozers").
There is no runnable peer for PLOVER coding offline (PETRARCH2 needs a constituency parser and Python 2);
published figures are quoted in BENCHMARKS.md instead.

Realnews (`bench/realnews_set.py`, scored as the set's README defines it): gold events found (an event of
the kind's family sharing a word with the gold actor or target) and conflict-type events invented on the
calm (business, science, sport, court) stories. The non-event rate counts conflict-type events per 1,000
sentences of articles where none happens: MEANTIME's business and technology news (Airbus, Apple, GM,
stock markets) and realnews' calm stories; beside it, events of any type per 1,000 of the same sentences.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from bench.halves import HALVES, half, split
from bench.realnews_set import CONFLICT_KINDS, Tally, invented_events, load, score_events
from dateline import extract_text
from dateline.config import Settings
from dateline.events.lexicon import PLOVER_PARENT
from dateline.language import parse
from dateline.record import Document, Event

SHARED = Path(__file__).resolve().parents[2] / "shared" / "bench"
PLOVER = SHARED / "events" / "plover_gsr_dev.json"
MEANTIME = SHARED / "time" / "meantime_en"
SETTINGS = Settings(stages=("clean", "language", "events"), time_limit=600.0)
REALNEWS_SETTINGS = Settings(time_limit=600.0)
"""Realnews is read by the whole flow: an event's date comes from the time stage."""
"""No per-stage time limit to speak of: on a busy shared machine the first documents (model and gazetteer
loading) can take longer than the default 30 s, and a timed-out stage would count as a wrong answer."""


def _norm(text: str) -> str:
    text = re.sub(r"^(the|a|an)\s+", "", text.strip().lower())
    return re.sub(r"[’']s$", "", text).strip(" .,")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: list, gold: list, match: Callable) -> tuple[list, list]:
        """Count `predicted` against `gold` (each gold item matched once, in order); return the predicted
        items matching no gold and the gold items left unmatched."""
        left, wrong = list(gold), []
        for item in predicted:
            hit = next((g for g in left if match(item, g)), None)
            if hit is None:
                self.fp += 1
                wrong.append(item)
            else:
                self.tp += 1
                left.remove(hit)
        self.fn += len(left)
        return wrong, left

    def f1(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0


def exact(a: str, b: str) -> bool:
    return _norm(a) == _norm(b)


def overlap(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    return bool(a and b) and (a in b or b in a)


def main_event(doc: Document) -> Event | None:
    """The event whose trigger is nearest the root of its sentence's parse (first one on ties)."""
    if not doc.events:
        return None
    parsed = parse(doc.text, SETTINGS.spacy_model)

    def depth(event: Event) -> int:
        span = parsed.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        return len(list(span.root.ancestors)) if span is not None else 99

    return min(doc.events, key=depth)


def _actors(value) -> list[str]:
    if not isinstance(value, list):
        return []
    return [a["actorText"] for a in value if isinstance(a, dict) and a.get("actorText")]


_FIELDS = {"source": "actors", "target": "target_actors", "acted_on": "targets"}
"""The event field scored as each PLOVER role: PLOVER's target is the actor affected (`target_actors`);
`acted_on` scores the things and actors acted on (`targets`, "shelled positions of X") against it too."""


@dataclass
class PloverScore:
    records: int = 0
    typed: int = 0
    source: dict = field(default_factory=lambda: {"exact": Counts(), "overlap": Counts()})
    target: dict = field(default_factory=lambda: {"exact": Counts(), "overlap": Counts()})
    acted_on: dict = field(default_factory=lambda: {"exact": Counts(), "overlap": Counts()})
    seconds: float = 0.0

    def merge(self, other: PloverScore) -> None:
        """Add another score's records to this one."""
        self.records += other.records
        self.typed += other.typed
        self.seconds += other.seconds
        for role in _FIELDS:
            for name, counts in getattr(other, role).items():
                mine = getattr(self, role)[name]
                mine.tp, mine.fp, mine.fn = mine.tp + counts.tp, mine.fp + counts.fp, mine.fn + counts.fn

    @property
    def type_accuracy(self) -> float:
        return self.typed / self.records if self.records else 0.0


def plover_records(limit: int | None = None) -> list[dict]:
    """The coded sentences of the PLOVER dev half (records with a text)."""
    return [r for r in json.loads(PLOVER.read_text(encoding="utf-8")) if r.get("text")][:limit]


def plover_by_record(records: list[dict]) -> dict[str, PloverScore]:
    """One score per PLOVER record, by record id."""
    extract_text("The army said it would warm up.", kind="article-text", settings=SETTINGS)  # load the models
    scores = {}
    for record in records:
        score = scores[record["id"]] = PloverScore()
        started = time.perf_counter()
        doc = extract_text(record["text"], kind="article-text", settings=SETTINGS)
        score.seconds += time.perf_counter() - started
        event = main_event(doc)
        score.records += 1
        score.typed += event is not None and PLOVER_PARENT.get(event.type, event.type) == record["event"]
        for role, gold in (("source", _actors(record.get("source"))), ("target", _actors(record.get("target"))),
                           ("acted_on", _actors(record.get("target")))):
            predicted = [p.mention.text for p in getattr(event, _FIELDS[role])] if event else []
            for name, match in (("exact", exact), ("overlap", overlap)):
                getattr(score, role)[name].add(predicted, gold, match)
    return scores


def total(scores: list[PloverScore]) -> PloverScore:
    result = PloverScore()
    for score in scores:
        result.merge(score)
    return result


def plover(limit: int | None = None, records: list[dict] | None = None) -> PloverScore:
    """Score dateline on the PLOVER gold standard records (all coded sentences, or `records`)."""
    return total(list(plover_by_record(records if records is not None else plover_records(limit)).values()))


FOLDS = 5


def fold(record_id: str) -> int:
    """The cross-validation fold of a record, by a hash of its id (another byte than `bench.halves` uses)."""
    return hashlib.sha1(record_id.encode("utf-8")).digest()[1] % FOLDS


def _offsets(source: str, target: str) -> list[int]:
    """Where each character of `source` is in `target`, the same text with other whitespace: the clean stage
    turns MEANTIME's one-sentence lines into paragraphs ("\n" -> "\n\n"), which would otherwise shift every
    gold span by one character per earlier line."""
    moved, j = [], 0
    for char in source:
        if not char.isspace():
            while j < len(target) and target[j].isspace():
                j += 1
        moved.append(min(j, len(target) - 1))
        if j < len(target) and (target[j] == char or not char.isspace()):
            j += 1
    return moved


def _markable_spans(root: ET.Element, offsets: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """The character span of each MEANTIME markable whose tokens are all in `offsets`, by markable id."""
    spans: dict[str, tuple[int, int]] = {}
    markables = root.find("Markables")
    for element in markables if markables is not None else []:
        ids = [a.get("t_id") for a in element.findall("token_anchor")]
        if ids and all(i in offsets for i in ids):
            spans.setdefault(element.get("m_id"), (offsets[ids[0]][0], offsets[ids[-1]][1]))
    return spans


@dataclass
class Calm:
    """Events read in sentences where nothing violent happens: conflict-type events (`events`) and events of
    any type (`any_type`), most of which are a verb read in a sense its CAMEO patterns were not written for
    ("meets the nutritional needs", "asked Pineda" after a question)."""
    events: int = 0
    sentences: int = 0
    any_type: int = 0

    def add(self, doc: Document) -> None:
        self.events += sum(e.type in CONFLICT_KINDS for e in doc.events)
        self.any_type += len(doc.events)
        self.sentences += len(doc.sentences)

    def __add__(self, other: Calm) -> Calm:
        return Calm(self.events + other.events, self.sentences + other.sentences, self.any_type + other.any_type)

    def per_thousand(self, events: int) -> str:
        """`events` per 1,000 of the sentences, with the counts."""
        return f"{1000 * events / self.sentences if self.sentences else 0.0:.1f} ({events} in {self.sentences})"

    def __str__(self) -> str:
        return self.per_thousand(self.events)


@dataclass
class MeantimeScore:
    arg0: dict = field(default_factory=lambda: {h: Counts() for h in HALVES})
    arg1: dict = field(default_factory=lambda: {h: Counts() for h in HALVES})
    calm: dict = field(default_factory=lambda: {h: Calm() for h in HALVES})
    files: int = 0
    seconds: float = 0.0


def meantime_files(limit: int | None = None) -> list[Path]:
    return sorted((MEANTIME / "intra-doc_annotation").rglob("*.xml"))[:limit]


def meantime_text(root: ET.Element) -> tuple[str, dict[str, tuple[int, int]]]:
    """A MEANTIME article's text, one sentence a line, and each token's character span by token id."""
    text, offsets = "", {}
    sentence = None
    for token in root.iter("token"):
        if sentence is not None and token.get("sentence") != sentence:
            text += "\n"
        elif text:
            text += " "
        sentence = token.get("sentence")
        offsets[token.get("t_id")] = (len(text), len(text) + len(token.text or ""))
        text += token.text or ""
    return text, offsets


Gold = dict[tuple[int, int], dict[str, list[tuple[int, int]]]]
"""MEANTIME's gold participants: each event anchor's span, with the Arg0 and Arg1 spans by role."""


def meantime_article(path: Path) -> tuple[Document, Gold, float]:
    """One MEANTIME article read by dateline, with its gold Arg0/Arg1 participants moved into the record's text
    (by event anchor span) and the seconds dateline took."""
    root = ET.parse(path).getroot()
    text, offsets = meantime_text(root)
    spans = _markable_spans(root, offsets)
    gold: Gold = {}
    for relation in root.iter("HAS_PARTICIPANT"):
        role = relation.get("sem_role")
        if role not in ("Arg0", "Arg1"):
            continue
        anchor = spans.get(relation.find("source").get("m_id"))
        participant = spans.get(relation.find("target").get("m_id"))
        if anchor and participant:
            gold.setdefault(anchor, {"Arg0": [], "Arg1": []})[role].append(participant)
    started = time.perf_counter()
    doc = extract_text(text, kind="article-text", settings=SETTINGS)
    seconds = time.perf_counter() - started
    moved = _offsets(text, doc.text)
    gold = {(moved[a], moved[b - 1] + 1): {role: [(moved[s], moved[e - 1] + 1) for s, e in spans]
                                           for role, spans in roles.items()}
            for (a, b), roles in gold.items()}
    return doc, gold, seconds


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


_ROLES = (("Arg0", "actors"), ("Arg1", "targets"))
"""MEANTIME's roles and the event field scored as each: Arg0 the actors, Arg1 the things and actors acted on."""


def participant_pairs(doc: Document, gold: Gold):
    """Each dateline event whose trigger overlaps a gold event anchor, with each role's predicted and gold spans:
    (event, role, predicted spans, gold spans)."""
    for event in doc.events:
        anchor = next((a for a in gold if _overlaps(a, (event.trigger.start, event.trigger.end))), None)
        if anchor is None:
            continue
        for role, name in _ROLES:
            predicted = [(p.mention.start, p.mention.end) for p in getattr(event, name)]
            yield event, role, predicted, gold[anchor][role]


def meantime(limit: int | None = None) -> MeantimeScore:
    """Event participants on MEANTIME: Arg0 (actor) and Arg1 (target) mentions of events whose anchor
    overlaps a dateline trigger, matched by overlapping text spans; and the conflict-type events read in its
    business and technology news. By half of the article's file name."""
    score = MeantimeScore()
    for path in meantime_files(limit):
        side = half(path.stem)
        doc, gold, seconds = meantime_article(path)
        score.seconds += seconds
        score.files += 1
        score.calm[side].add(doc)
        for _, role, predicted, spans in participant_pairs(doc, gold):
            counts = score.arg0[side] if role == "Arg0" else score.arg1[side]
            counts.add(predicted, spans, _overlaps)
    return score


def participant_misses(where: str, doc: Document, gold: Gold) -> list[str]:
    """A MEANTIME article's participant errors, one line per event and role with an error: the gold spans left
    unmatched (missed), the spans read that match no gold (wrong), and the sentence."""
    lines = []
    for event, role, predicted, spans in participant_pairs(doc, gold):
        wrong, missed = Counts().add(predicted, spans, _overlaps)
        if missed or wrong:
            lines.append(f"{where} {role} [{event.trigger.text}] missed: {_texts(doc, missed)} ; wrong: "
                         f"{_texts(doc, wrong)} :: {doc.text[event.sentence.start:event.sentence.end][:200]}")
    return lines


def _texts(doc: Document, spans: list[tuple[int, int]]) -> str:
    return " | ".join(doc.text[start:end] for start, end in spans)


@dataclass
class RealnewsScore:
    found: dict = field(default_factory=lambda: {h: Tally() for h in HALVES})
    invented: dict = field(default_factory=lambda: {h: 0 for h in HALVES})
    calm_stories: dict = field(default_factory=lambda: {h: 0 for h in HALVES})
    calm: dict = field(default_factory=lambda: {h: Calm() for h in HALVES})
    docs: dict = field(default_factory=dict)
    """The records read, by article id (for error listings)."""


def realnews(limit: int | None = None) -> RealnewsScore:
    """Gold events found and conflict-type events invented on the realnews articles, by half."""
    score = RealnewsScore()
    for article in load()[:limit]:
        side = half(article.id)
        doc = extract_text(article.text, kind="article-text", published=article.published,
                           settings=REALNEWS_SETTINGS)
        score.docs[article.id] = doc
        score_events(article, doc, score.found[side])
        if article.calm:
            score.invented[side] += invented_events(article, doc)
            score.calm_stories[side] += 1
            score.calm[side].add(doc)
    return score


def _both(parts: dict, combine: Callable) -> list:
    return [parts["tune"], parts["check"], combine(parts["tune"], parts["check"])]


def _counts_sum(a: Counts, b: Counts) -> Counts:
    return Counts(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn)


def _f1(counts: Counts) -> str:
    p, r, f = counts.f1()
    return f"{f:.3f} (P {p:.3f} R {r:.3f})"


def report(limit: int | None = None) -> str:
    records = plover_records(limit)
    by_record = plover_by_record(records)
    tune, check = split(records, key=lambda r: r["id"])
    halves = [total([by_record[r["id"]] for r in part]) for part in (tune, check)]
    scores = [*halves, total(list(by_record.values()))]
    folds = [total([by_record[r["id"]] for r in records if fold(r["id"]) == k]) for k in range(FOLDS)]
    unread = [total([by_record[r["id"]] for r in check if fold(r["id"]) == k]) for k in range(FOLDS)]
    rows = ["| set | measure | tune half | check half | all |", "|---|---|---|---|---|",
            f"| PLOVER GSR dev ({' / '.join(str(s.records) for s in scores)} sentences) | event-type accuracy | "
            + " | ".join(f"{s.type_accuracy:.3f}" for s in scores) + " |"]
    for role, label in (("source", "source actor"), ("target", "target actor"),
                        ("acted_on", "target as acted on (`targets`)")):
        for name in ("exact", "overlap"):
            rows.append(f"| | {label} F1 ({name}) | " + " | ".join(
                f"{getattr(s, role)[name].f1()[2]:.3f}" for s in scores) + " |")
    for name in ("exact", "overlap"):
        both = [_counts_sum(s.source[name], s.target[name]) for s in scores]
        rows.append(f"| | source+target actor F1 ({name}) | " + " | ".join(f"{c.f1()[2]:.3f}" for c in both) + " |")
    for label, value in (("event-type accuracy", lambda s: s.type_accuracy),
                         ("source actor F1 (overlap)", lambda s: s.source["overlap"].f1()[2])):
        values, never_read = [value(s) for s in folds], [value(s) for s in unread]
        rows.append(f"| | {FOLDS} folds: {label}, mean [min-max] | | {sum(never_read) / FOLDS:.3f} "
                    f"[{min(never_read):.3f}-{max(never_read):.3f}] | {sum(values) / FOLDS:.3f} "
                    f"[{min(values):.3f}-{max(values):.3f}] |")
    seconds = sum(s.seconds for s in halves)
    rows.append(f"| | docs/s (clean+language+events) | | | {scores[2].records / seconds:.1f} |")
    mt = meantime(limit)
    for role, parts in (("Arg0 (actor)", mt.arg0), ("Arg1 (target)", mt.arg1)):
        rows.append(f"| MEANTIME ({mt.files} articles) | {role} F1 on found events | "
                    + " | ".join(_f1(c) for c in _both(parts, _counts_sum)) + " |")
    rows.append(f"| | docs/s | | | {mt.files / mt.seconds:.1f} |")
    rn = realnews(limit)
    found = _both(rn.found, lambda a, b: Tally(a.right + b.right, a.total + b.total))
    rows.append("| realnews | gold events found | " + " | ".join(str(t) for t in found) + " |")
    invented = _both(rn.invented, lambda a, b: a + b)
    stories = _both(rn.calm_stories, lambda a, b: a + b)
    rows.append("| | conflict events invented per calm story | " + " | ".join(
        f"{n / m if m else 0:.2f} ({n} on {m})" for n, m in zip(invented, stories)) + " |")
    calm = _both({h: mt.calm[h] + rn.calm[h] for h in HALVES}, lambda a, b: a + b)
    rows.append("| non-event (MEANTIME + calm realnews) | conflict events per 1,000 sentences | "
                + " | ".join(str(c) for c in calm) + " |")
    rows.append("| | events of any type per 1,000 sentences | "
                + " | ".join(c.per_thousand(c.any_type) for c in calm) + " |")
    return "\n".join(rows)


def tune_errors(limit: int | None = None) -> str:
    """The tune half's errors, the only ones to read while writing rules: PLOVER sentences typed wrong, realnews
    gold events not found, conflict events invented on calm stories, every event read in the calm text of
    the non-event rate (realnews' calm stories, MEANTIME's news) and MEANTIME's participant errors (Arg0 / Arg1
    missed or wrong on the events found). The check half is never listed."""
    lines = []
    records = [r for r in plover_records(limit) if half(r["id"]) == "tune"]
    for record in records:
        event = main_event(extract_text(record["text"], kind="article-text", settings=SETTINGS))
        kind = PLOVER_PARENT.get(event.type, event.type) if event else None
        if kind != record["event"]:
            lines.append(f"PLOVER {record['id']}: gold {record['event']}, read {kind} "
                         f"[{event.trigger.text if event else ''}] :: {record['text'][:160]}")
    for article in load()[:limit]:
        if half(article.id) != "tune":
            continue
        doc = extract_text(article.text, kind="article-text", published=article.published, settings=REALNEWS_SETTINGS)
        for gold in article.gold["events"]:
            tally = Tally()
            score_events(replace(article, gold={**article.gold, "events": [gold]}), doc, tally)
            if tally.total and not tally.right:
                lines.append(f"realnews {article.id} missed: {gold['kind']} {gold['actor']} -> {gold['target']}")
        for event in doc.events if article.calm else []:
            if event.type in CONFLICT_KINDS:
                lines.append(f"realnews {article.id} invented: {event.type} [{event.trigger.text}] :: "
                             f"{doc.text[event.sentence.start:event.sentence.end][:160]}")
            lines.append(_calm_line(f"realnews {article.id}", doc, event))
    misses = []
    for path in meantime_files(limit):
        if half(path.stem) == "tune":
            doc, gold, _ = meantime_article(path)
            lines.extend(_calm_line(f"MEANTIME {path.stem}", doc, event) for event in doc.events)
            misses.extend(participant_misses(f"MEANTIME {path.stem}", doc, gold))
    return "\n".join(lines + misses)


def _calm_line(where: str, doc: Document, event: Event) -> str:
    """An event read in a calm story (the non-event rate's text), with who did it to whom."""
    actors = ", ".join(p.mention.text for p in event.actors)
    targets = ", ".join(p.mention.text for p in event.targets)
    return (f"calm {where}: {event.type} [{event.trigger.text}] {actors} -> {targets} :: "
            f"{doc.text[event.sentence.start:event.sentence.end][:160]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="Only the first N records / articles.")
    parser.add_argument("--tune-errors", action="store_true",
                        help="List the tune half's errors (never the check half's) instead of the table.")
    args = parser.parse_args()
    print(tune_errors(args.limit) if args.tune_errors else report(args.limit))


if __name__ == "__main__":
    main()
