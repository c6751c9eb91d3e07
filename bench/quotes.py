"""Quotes benchmark: dateline vs textacy's direct_quotations on PolNeAR (../shared/bench/quotes/polnear).

    .venv/bin/python bench/quotes.py                 # dev split, every article
    .venv/bin/python bench/quotes.py --split train --limit 100

Gold: PolNeAR brat files (`T Source|Cue|Content start end` spans, `E Attribution:T Content:T Cue:T Source:T`
relations). A text annotated by several annotators is scored against the most complete file (the one with
the most attribution relations; ties by annotator id): the annotators worked independently, so merging
their files would count one statement several times. A gold attribution is direct when its content starts
with a quotation mark, mixed when it contains one elsewhere, indirect otherwise.

Scores (printed as a markdown table):
- content P/R/F1, *overlap*: a predicted content counts when it overlaps a gold content of the same group
  (direct+mixed, or indirect); a gold one is found when some prediction overlaps it. *exact*: same, but the
  spans must be equal after trimming spaces, quotation marks and end punctuation (a gold content with
  several discontinuous parts matches its whole extent or any one part).
- cue P/R/F1 (overlap) over every attribution.
- speaker accuracy over predicted direct+mixed quotes matched to a gold one with a source:
  *span*: the predicted speaker mention overlaps the gold source span; *named*: among gold sources that
  contain a recognised name, the predicted speaker resolves to that name's entity or to one with the same
  surname (this is the only way to judge resolution: PolNeAR does not resolve "he"); *either*: span or
  named correct, over every matched quote, counting a quote left without a speaker as wrong. A quote that
  continues an earlier speaker has no mention of its own: it is judged by that speaker's latest mention.
  A gold source names the person or organisation at the head of its phrase, or in apposition or
  coordination with that head ("the Harbour League spokesman, Dara Voss," names Voss; "Brel and
  Ruiz" names either; "Tomas Brel's lawyer" and "a Courier article" name no one). *named (v1 rule)*
  is the first version's reading, kept for comparison: the last name before the source's first comma
  (which took "the Harbour League spokesman, Dara Voss," for the Harbour League and "Tomas Brel's lawyer"
  for Tomas Brel).
Both systems share one spaCy parse per article; docs/s include that parse and are noisy on a shared machine.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from spacy.tokens import Doc as SpacyDoc

from bench.halves import half
from dateline import language
from dateline.config import Settings
from dateline.language import parse
from dateline.quotes.extract import extract_quotes
from dateline.record import Document, InputKind, Segment, Source

POLNEAR = ROOT.parent / "shared" / "bench" / "quotes" / "polnear"
DEBUG = False
MARKS = "\"“”«»„‘’‹›'"
Spans = list[tuple[int, int]]


@dataclass
class Gold:
    kind: str
    content: Spans
    cue: Spans
    source: Spans = field(default_factory=list)


@dataclass
class Predicted:
    kind: str
    content: tuple[int, int]
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    entity: str | None = None


def _spans(field_text: str) -> Spans:
    return [(int(a), int(b)) for a, b in (part.split() for part in field_text.split(";"))]


def read_ann(path: Path, text: str) -> list[Gold]:
    """Attributions of one brat file."""
    spans: dict[str, Spans] = {}
    relations = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            spans[parts[0]] = _spans(parts[1].split(" ", 1)[1])
        elif line.startswith("E") and len(parts) >= 2:
            roles = (arg.split(":") for arg in parts[1].split()[1:])
            relations.append({re.sub(r"\d+$", "", role): target for role, target in roles})
    gold = []
    for rel in relations:
        if "Content" not in rel or rel["Content"] not in spans:
            continue
        content = spans[rel["Content"]]
        joined = "".join(text[a:b] for a, b in content).strip()
        inner_marks = ('"', "“", "”", "«", "»", "''")
        kind = "direct" if joined[:1] in MARKS else "mixed" if any(m in joined for m in inner_marks) else "indirect"
        gold.append(Gold(kind, content, spans.get(rel.get("Cue", ""), []), spans.get(rel.get("Source", ""), [])))
    return gold


def articles(split: str, limit: int | None):
    """(name, text, gold) for each article of a split, with the most complete annotator's file."""
    folder = POLNEAR / split
    names = sorted(p.stem for p in (folder / "text").glob("*.txt"))[:limit]
    for name in names:
        text = (folder / "text" / f"{name}.txt").read_text(encoding="utf-8")
        files = sorted((folder / "attributions").glob(f"{name}_*.ann"))
        if not files:
            continue
        options = [read_ann(f, text) for f in files]
        best = max(range(len(options)), key=lambda i: (len(options[i]), -i))
        yield name, text, options[best]


def dateline_quotes(text: str, settings: Settings) -> tuple[list[Predicted], Document]:
    """Run the language and quotes stages on raw article text (offsets are the file's own)."""
    paragraphs = [Segment(start=m.start(), end=m.end()) for m in re.finditer(r"[^\n]+", text)]
    doc = Document(id="bench", source=Source(kind=InputKind.article_text), text=text, paragraphs=paragraphs)
    doc = language.run(doc, settings)
    quotes, _ = extract_quotes(doc, parse(text, settings.spacy_model))
    preds: list[Predicted] = []
    said: dict[str, tuple[int, int]] = {}  # latest speaker mention of each entity
    for q in quotes:
        mention = (q.speaker.mention.start, q.speaker.mention.end) if q.speaker.mention else None
        if mention and q.speaker.entity:
            said[q.speaker.entity] = mention
        elif mention is None and q.speaker.entity:  # a continued quote is judged by its speaker's last mention
            mention = said.get(q.speaker.entity)
        preds.append(Predicted(q.kind, (q.content.start, q.content.end),
                               (q.cue.start, q.cue.end) if q.cue else None, mention, q.speaker.entity))
    return preds, doc


def textacy_quotes(parsed, doc: Document) -> list[Predicted] | None:
    """textacy's direct quotations; its speaker resolves to the recognised entity named in its span."""
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(parsed))
    except ValueError:  # textacy bails out on an odd number of quotation marks
        return None
    out = []
    for speaker, cue, content in triples:
        who = (speaker[0].idx, speaker[-1].idx + len(speaker[-1].text)) if speaker else None
        out.append(Predicted("direct", (content.start_char, content.end_char),
                             (cue[0].idx, cue[-1].idx + len(cue[-1].text)), who,
                             _entity_in(doc, [who]) if who else None))
    return out


def _norm(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while start < end and (text[start].isspace() or text[start] in MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in MARKS + ".,;:!?"):
        end -= 1
    return start, end


def _overlaps(a: tuple[int, int], spans: Spans) -> int:
    return max((min(a[1], b) - max(a[0], s) for s, b in spans), default=0)


def _exact(text: str, a: tuple[int, int], spans: Spans) -> bool:
    options = spans + [(spans[0][0], spans[-1][1])]
    return any(_norm(text, a) == _norm(text, s) for s in options)


class Tally:
    def __init__(self):
        self.tp_p = self.n_p = self.tp_g = self.n_g = 0

    def add(self, found_pred: int, n_pred: int, found_gold: int, n_gold: int):
        self.tp_p += found_pred
        self.n_p += n_pred
        self.tp_g += found_gold
        self.n_g += n_gold

    def prf(self) -> tuple[float, float, float]:
        p = self.tp_p / self.n_p if self.n_p else 0.0
        r = self.tp_g / self.n_g if self.n_g else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_content(text: str, preds: list[Predicted], gold: list[Gold], tally: Tally, exact: bool):
    if exact:
        hit = lambda p, g: _exact(text, p.content, g.content)
    else:
        hit = lambda p, g: _overlaps(p.content, g.content) > 0
    tally.add(sum(any(hit(p, g) for g in gold) for p in preds), len(preds),
              sum(any(hit(p, g) for p in preds) for g in gold), len(gold))


class System:
    def __init__(self, name: str):
        self.name = name
        self.groups = {(g, e): Tally() for g in ("dm", "ind") for e in (False, True)}
        self.cue = Tally()
        self.speaker = {"span": [0, 0], "named": [0, 0], "either": [0, 0], "named (v1 rule)": [0, 0]}
        self.seconds = 0.0
        self.docs = 0

    def score(self, text: str, preds: list[Predicted], gold: list[Gold], doc: Document, parsed: SpacyDoc):
        self.docs += 1
        for group, kinds in (("dm", ("direct", "mixed")), ("ind", ("indirect",))):
            p = [x for x in preds if x.kind in kinds]
            g = [x for x in gold if x.kind in kinds]
            for exact in (False, True):
                score_content(text, p, g, self.groups[(group, exact)], exact)
        pc = [x.cue for x in preds if x.cue]
        gc = [x.cue for x in gold if x.cue]
        self.cue.add(sum(any(_overlaps(c, g) > 0 for g in gc) for c in pc), len(pc),
                     sum(any(_overlaps(c, g) > 0 for c in pc) for g in gc), len(gc))
        for pred in preds:
            if pred.kind == "indirect":
                continue
            matches = [g for g in gold if g.kind != "indirect" and _overlaps(pred.content, g.content) > 0]
            if not matches:
                continue
            g = max(matches, key=lambda g: _overlaps(pred.content, g.content))
            if not g.source:
                continue
            named = _named_in_source(doc, parsed, g.source)
            named_ok = any(_same_name(doc, pred.entity, entity) for entity in named)
            if DEBUG and self.name == "dateline" and named and not named_ok:
                print("SPK", repr(text[pred.content[0]:pred.content[0]+60]), "| pred:",
                      pred.speaker and text[pred.speaker[0]:pred.speaker[1]], pred.entity, named, "| gold:",
                      [text[a:b] for a, b in g.source], file=sys.stderr)
            span_ok = pred.speaker is not None and _overlaps(pred.speaker, g.source) > 0
            if pred.speaker is not None:
                self.speaker["span"][0] += span_ok
                self.speaker["span"][1] += 1
            if named:
                self.speaker["named"][0] += named_ok
                self.speaker["named"][1] += 1
            v1 = _entity_in(doc, g.source)
            if v1 is not None:
                self.speaker["named (v1 rule)"][0] += _same_name(doc, pred.entity, v1)
                self.speaker["named (v1 rule)"][1] += 1
            self.speaker["either"][0] += span_ok or named_ok
            self.speaker["either"][1] += 1


def _same_name(doc: Document, predicted: str | None, gold: str) -> bool:
    """The predicted entity is the gold one, or bears its surname ("Donald Trump" for a separate "Trump",
    which the recogniser sometimes labels ORG and so keeps apart)."""
    if predicted is None:
        return False
    names = {e.id: e.name for e in doc.entities}
    last = [re.sub(r"[’']s$", "", names[i]).split()[-1].lower() for i in (predicted, gold)]
    return predicted == gold or last[0] == last[1]


def _named_in_source(doc: Document, parsed: SpacyDoc, spans: Spans) -> set[str]:
    """The recognised people and organisations a gold source span names: the one at the head of the phrase
    (of its part before the first comma, the last noun whose syntactic head lies outside that part), or in
    apposition or coordination with it."""
    phrase = parsed.char_span(spans[0][0], spans[-1][1], alignment_mode="expand")
    if phrase is None:
        return set()
    comma = next((t.i for t in phrase if t.text == "," and t.i > phrase.start), phrase.end)
    roots = [t for t in parsed[phrase.start: comma] if not (t.is_punct or t.is_space)
             and (t.head.i == t.i or not phrase.start <= t.head.i < comma)]
    head = next((t for t in reversed(roots) if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
    if head is None:
        return set()
    linked = [head] + [c for c in head.children if c.dep_ in ("appos", "conj") and phrase.start <= c.i < phrase.end]
    mentions = [(m.start, m.end, e.id) for e in doc.entities if e.label in ("PERSON", "ORG") for m in e.mentions]
    return {entity for token in linked for start, end, entity in mentions if start <= token.idx < end}


def _entity_in(doc: Document, spans: Spans) -> str | None:
    """The recognised person (else organisation) a gold source span names: the last name before its first
    comma ("Ruiz campaign manager Dara Voss" is Voss; "Dara Voss, Ruiz's manager" is Voss)."""
    start, end = spans[0][0], spans[-1][1]
    comma = doc.text.find(",", start, end)
    end = comma if comma > start else end
    inside = [(entity.label == "PERSON", m.end, entity.id) for entity in doc.entities
              if entity.label in ("PERSON", "ORG") for m in entity.mentions if start <= m.start and m.end <= end]
    return max(inside)[2] if inside else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train", "annotator-training"])
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    if not POLNEAR.is_dir():
        print(f"PolNeAR not found at {POLNEAR}", file=sys.stderr)
        return 2
    settings = Settings()
    ours, theirs = System("dateline"), System("textacy 0.13 direct_quotations")
    by_half = {which: System(f"dateline, {which} half") for which in ("tune", "check")}
    bailed = 0
    parse_seconds = 0.0
    gold_counts = {"direct": 0, "mixed": 0, "indirect": 0}
    for name, text, gold in articles(args.split, args.limit):
        for g in gold:
            gold_counts[g.kind] += 1
        t0 = time.perf_counter()
        parsed = parse(text, settings.spacy_model)
        t1 = time.perf_counter()
        preds, doc = dateline_quotes(text, settings)
        t2 = time.perf_counter()
        baseline = textacy_quotes(parsed, doc)
        t3 = time.perf_counter()
        parse_seconds += t1 - t0
        ours.seconds += t2 - t1
        theirs.seconds += t3 - t2
        if baseline is None:
            bailed += 1
            baseline = []
        ours.score(text, preds, gold, doc, parsed)
        by_half[half(name)].score(text, preds, gold, doc, parsed)
        by_half[half(name)].seconds += t2 - t0
        theirs.score(text, baseline, gold, doc, parsed)
    print(f"PolNeAR {args.split}: {ours.docs} articles; gold {gold_counts['direct']} direct, "
          f"{gold_counts['mixed']} mixed, {gold_counts['indirect']} indirect; textacy bailed out on {bailed} "
          f"articles (odd number of quotation marks)\n")
    print("| system | D+M overlap P / R / F1 | D+M exact F1 | indirect overlap P / R / F1 | indirect exact F1 "
          "| cue F1 | speaker span | speaker named | speaker either | named (v1 rule) | docs/s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for system in (ours, *by_half.values(), theirs):
        row = [system.name]
        dm, dme = system.groups[("dm", False)].prf(), system.groups[("dm", True)].prf()
        ind, inde = system.groups[("ind", False)].prf(), system.groups[("ind", True)].prf()
        row += [" / ".join(f"{x:.3f}" for x in dm), f"{dme[2]:.3f}", " / ".join(f"{x:.3f}" for x in ind),
                f"{inde[2]:.3f}", f"{system.cue.prf()[2]:.3f}"]
        for key in ("span", "named", "either", "named (v1 rule)"):
            ok, n = system.speaker[key]
            row.append(f"{ok / n:.3f} ({n})" if n else "-")
        seconds = system.seconds if system.name.endswith("half") else parse_seconds + system.seconds
        row.append(f"{system.docs / seconds:.1f}" if system.docs else "-")
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
