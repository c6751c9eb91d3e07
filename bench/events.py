"""Events: PLOVER event type and source/target actors on the PLOVER gold standard records, and event
participants on MEANTIME, with dateline's events stage.

    .venv/bin/python -m bench.events [--limit N]

Reads ../shared/bench/events/plover_gsr_dev.json and ../shared/bench/time/meantime_en (never copied).
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
"""

from __future__ import annotations

import argparse
import json
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dateline import extract_text
from dateline.config import Settings
from dateline.events.lexicon import PLOVER_PARENT
from dateline.language import parse
from dateline.record import Document, Event

SHARED = Path(__file__).resolve().parents[2] / "shared" / "bench"
PLOVER = SHARED / "events" / "plover_gsr_dev.json"
MEANTIME = SHARED / "time" / "meantime_en"
SETTINGS = Settings(stages=("clean", "language", "events"), time_limit=600.0)
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

    def add(self, predicted: list[str], gold: list[str], match: Callable[[str, str], bool]) -> None:
        left = list(gold)
        for item in predicted:
            hit = next((g for g in left if match(item, g)), None)
            if hit is None:
                self.fp += 1
            else:
                self.tp += 1
                left.remove(hit)
        self.fn += len(left)

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


def plover(limit: int | None = None, records: list[dict] | None = None) -> PloverScore:
    """Score dateline on the PLOVER gold standard records (all coded sentences, or `records`)."""
    if records is None:
        records = [r for r in json.loads(PLOVER.read_text(encoding="utf-8")) if r.get("text")][:limit]
    score = PloverScore()
    extract_text("The army said it would warm up.", kind="article-text", settings=SETTINGS)  # load the models
    for record in records:
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
    return score


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


def meantime(limit: int | None = None) -> tuple[Counts, Counts, int, float]:
    """Event participants on MEANTIME: Arg0 (actor) and Arg1 (target) mentions of events whose anchor
    overlaps a dateline trigger, matched by overlapping text spans."""
    arg0, arg1 = Counts(), Counts()
    files = sorted((MEANTIME / "intra-doc_annotation").rglob("*.xml"))[:limit]
    seconds = 0.0
    for path in files:
        root = ET.parse(path).getroot()
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
        spans = _markable_spans(root, offsets)
        gold: dict[tuple[int, int], dict[str, list[tuple[int, int]]]] = {}
        for relation in root.iter("HAS_PARTICIPANT"):
            role = relation.get("sem_role")
            if role not in ("Arg0", "Arg1"):
                continue
            source = relation.find("source").get("m_id")
            target = relation.find("target").get("m_id")
            anchor, participant = spans.get(source), spans.get(target)
            if anchor and participant:
                gold.setdefault(anchor, {"Arg0": [], "Arg1": []})[role].append(participant)
        started = time.perf_counter()
        doc = extract_text(text, kind="article-text", settings=SETTINGS)
        seconds += time.perf_counter() - started
        moved = _offsets(text, doc.text)
        gold = {(moved[a], moved[b - 1] + 1): {role: [(moved[s], moved[e - 1] + 1) for s, e in spans]
                                               for role, spans in roles.items()}
                for (a, b), roles in gold.items()}
        for event in doc.events:
            anchor = next((a for a in gold if a[0] < event.trigger.end and event.trigger.start < a[1]), None)
            if anchor is None:
                continue
            for role, predicted, counts in (("Arg0", event.actors, arg0), ("Arg1", event.targets, arg1)):
                spans = [(p.mention.start, p.mention.end) for p in predicted]
                counts.add(spans, gold[anchor][role], lambda a, b: a[0] < b[1] and b[0] < a[1])
    return arg0, arg1, len(files), seconds


def report(limit: int | None = None) -> str:
    score = plover(limit)
    rows = ["| set | measure | dateline |", "|---|---|---|",
            f"| PLOVER GSR dev ({score.records} sentences) | event-type accuracy | {score.typed / score.records:.3f} |"]
    for role, label in (("source", "source actor"), ("target", "target actor"),
                        ("acted_on", "target as acted on (`targets`)")):
        for name in ("exact", "overlap"):
            p, r, f = getattr(score, role)[name].f1()
            rows.append(f"| | {label} F1 ({name}) | {f:.3f} (P {p:.3f} R {r:.3f}) |")
    both = {name: Counts(*(sum(getattr(getattr(score, role)[name], k) for role in ("source", "target"))
                          for k in ("tp", "fp", "fn"))) for name in ("exact", "overlap")}
    for name, counts in both.items():
        rows.append(f"| | source+target actor F1 ({name}) | {counts.f1()[2]:.3f} |")
    rows.append(f"| | docs/s (clean+language+events) | {score.records / score.seconds:.1f} |")
    arg0, arg1, files, seconds = meantime(limit)
    for role, counts in (("Arg0 (actor)", arg0), ("Arg1 (target)", arg1)):
        p, r, f = counts.f1()
        rows.append(f"| MEANTIME ({files} articles) | {role} F1 on found events | {f:.3f} (P {p:.3f} R {r:.3f}) |")
    rows.append(f"| | docs/s | {files / seconds:.1f} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="Only the first N records / articles.")
    args = parser.parse_args()
    print(report(args.limit))


if __name__ == "__main__":
    main()
