"""Entities: the labels of named mentions and whether one real-world actor is one entity, on MEANTIME English.

    .venv/bin/python -m bench.entities [--limit N] [--tune-errors]

Reads ../shared/bench/time/meantime_en/intra_cross-doc_annotation (never copied): each ENTITY_MENTION of
syntactic type NAM that a REFERS_TO relation links to an ENTITY is a gold named mention, with that entity's
ent_type (PER, ORG, LOC, PRO products, FIN financial, MIX) and its instance (the cross-document instance id,
or the ENTITY's markable id when it has none) as its in-document coreference cluster. Articles are read by
dateline's clean, language and events stages (the events stage refines the entities users see) and split into
tune / check halves by `bench/halves.py` on the file name.

(a) Label accuracy of the entity mentions overlapping a gold named mention (the one sharing a word with the
instance's name, else the one overlapping it most, the last of equals): PER
must be PERSON; ORG must be ORG or ARMED_GROUP; LOC must be GPE, LOC, FAC or SITE; PRO and FIN must be neither
a person nor a place (MIX is not scored). "found" says how many gold named mentions some mention overlaps, so
a figure cannot rise by finding less. A confusion table of gold type by label follows.
(b) Coreference over the gold named mentions found: B-cubed and MUC precision / recall / F1 between the
entities' ids and the gold instances (one mention covering two gold names, "Browns DL Sheldon Richardson",
puts both in one entity).
(c) The peer, in the same run: spaCy's own entities on the same parse, its raw labels, and its mentions
grouped by their text (the string-match baseline every coreference paper starts from).
`--tune-errors` lists the tune half's label and coreference errors (never the check half's).
"""

from __future__ import annotations

import argparse
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bench.events import MEANTIME, SETTINGS, _markable_spans, _offsets, meantime_text
from bench.halves import HALVES, half
from bench.scoring import harmonic
from dateline import extract_text
from dateline.language import parse

CORPUS = MEANTIME / "intra_cross-doc_annotation"
PLACES = {"GPE", "LOC", "FAC", "SITE"}
RIGHT = {"PER": lambda label: label == "PERSON", "ORG": lambda label: label in ("ORG", "ARMED_GROUP"),
         "LOC": lambda label: label in PLACES, "PRO": lambda label: label != "PERSON" and label not in PLACES,
         "FIN": lambda label: label != "PERSON" and label not in PLACES}
"""Which labels are right for each gold type; MIX (one instance in the set) is not scored."""
SYSTEMS = ("dateline", "spaCy")


@dataclass(frozen=True)
class Gold:
    """A gold named mention: its span in the record's text, its type and its in-document instance."""
    start: int
    end: int
    text: str
    type: str
    instance: str
    name: str
    """The instance's name (its TAG_DESCRIPTOR): which of the mentions inside a long gold span names it."""


@dataclass(frozen=True)
class Found:
    """A system's mention: span, text, label, and the entity (cluster) it belongs to."""
    start: int
    end: int
    text: str
    label: str
    cluster: str


@dataclass
class Article:
    name: str
    text: str
    gold: list[Gold]
    systems: dict[str, list[Found]]
    tags: dict[int, str]
    """spaCy's fine-grained tag of the token starting at each character offset (for `--tune-errors`)."""


def files(limit: int | None = None) -> list[Path]:
    return sorted(CORPUS.rglob("*.xml"))[:limit]


def _gold(root: ET.Element, spans: dict[str, tuple[int, int]]) -> list[tuple[int, int, str, str, str]]:
    """The NAM mentions linked to an ENTITY: (start, end, ent_type, instance, name), spans in the source
    text."""
    markables = root.find("Markables")
    elements = list(markables) if markables is not None else []
    named = {e.get("m_id") for e in elements if e.tag == "ENTITY_MENTION" and e.get("syntactic_type") == "NAM"}
    instances = {e.get("m_id"): (e.get("ent_type", ""), e.get("instance_id") or f"m{e.get('m_id')}",
                                 e.get("TAG_DESCRIPTOR", "")) for e in elements if e.tag == "ENTITY"}
    found = []
    for relation in root.iter("REFERS_TO"):
        target = relation.find("target")
        instance = instances.get(target.get("m_id")) if target is not None else None
        if instance is None:
            continue
        for source in relation.findall("source"):
            m_id = source.get("m_id")
            if m_id in named and m_id in spans:
                found.append((*spans[m_id], *instance))
    return sorted(set(found))


def article(path: Path) -> Article:
    """One MEANTIME article read by dateline, with its gold named mentions moved into the record's text and
    dateline's and spaCy's mentions."""
    root = ET.parse(path).getroot()
    source, offsets = meantime_text(root)
    doc = extract_text(source, kind="article-text", settings=SETTINGS)
    moved = _offsets(source, doc.text)
    gold = [Gold(moved[s], moved[e - 1] + 1, doc.text[moved[s]:moved[e - 1] + 1], kind, instance, name)
            for s, e, kind, instance, name in _gold(root, _markable_spans(root, offsets))]
    parsed = parse(doc.text, SETTINGS.spacy_model)
    systems = {
        "dateline": [Found(m.start, m.end, m.text, e.label, e.id) for e in doc.entities for m in e.mentions],
        "spaCy": [Found(e.start_char, e.end_char, e.text, e.label_, f"{e.label_}:{e.text.lower()}")
                  for e in parsed.ents]}
    return Article(path.stem, doc.text, gold, systems, {t.idx: t.tag_ for t in parsed})


def matched(gold: Gold, mentions: list[Found]) -> Found | None:
    """The system mention overlapping a gold mention that shares a word with the instance's name, else the
    one overlapping it most (the last of equals: an English noun phrase ends with its head, "US automaker
    GM"), or None. A gold span often holds an apposition ("Joe Leonard, Chairman ... of AirTran Airways",
    "European aircraft manufacturer, Airbus"): the mention of the name is the one scored, not the one of a
    word describing it."""
    words = set(re.findall(r"\w+", gold.name.lower()))
    inside = [m for m in mentions if m.start < gold.end and gold.start < m.end]
    return max(inside, key=lambda m: (bool(words & set(re.findall(r"\w+", m.text.lower()))),
                                      min(m.end, gold.end) - max(m.start, gold.start), m.start), default=None)


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    right: int = 0
    confusion: Counter = field(default_factory=Counter)
    b3: list[float] = field(default_factory=lambda: [0.0, 0.0, 0])
    """Sums of B-cubed precision and recall over mentions, and the number of mentions."""
    muc: list[int] = field(default_factory=lambda: [0, 0, 0, 0])
    """MUC: recall numerator and denominator, precision numerator and denominator."""

    def add(self, pairs: list[tuple[Gold, Found | None]]) -> None:
        """Score one article's gold mentions, each with the system mention matched to it."""
        scored = [(g, m) for g, m in pairs if g.type in RIGHT]
        self.gold += len(scored)
        for g, m in scored:
            if m is not None:
                self.found += 1
                self.right += RIGHT[g.type](m.label)
                self.confusion[g.type, m.label] += 1
        links = [(g.instance, m.cluster) for g, m in pairs if m is not None]
        for key, response in links:
            both = sum(1 for k, r in links if k == key and r == response)
            self.b3[0] += both / sum(1 for _, r in links if r == response)
            self.b3[1] += both / sum(1 for k, _ in links if k == key)
            self.b3[2] += 1
        for side, (first, second) in enumerate(((0, 1), (1, 0))):
            for cluster in {link[first] for link in links}:
                members = [link[second] for link in links if link[first] == cluster]
                self.muc[2 * side] += len(members) - len(set(members))
                self.muc[2 * side + 1] += len(members) - 1

    def merge(self, other: Score) -> Score:
        return Score(self.gold + other.gold, self.found + other.found, self.right + other.right,
                     self.confusion + other.confusion, [a + b for a, b in zip(self.b3, other.b3)],
                     [a + b for a, b in zip(self.muc, other.muc)])

    def accuracy(self) -> str:
        return f"{self.right / self.found if self.found else 0:.3f} ({self.right}/{self.found})"

    def b_cubed(self) -> tuple[float, float, float]:
        n = self.b3[2]
        return _prf(self.b3[0] / n if n else 0.0, self.b3[1] / n if n else 0.0)

    def muc_f(self) -> tuple[float, float, float]:
        r_num, r_den, p_num, p_den = self.muc
        return _prf(p_num / p_den if p_den else 0.0, r_num / r_den if r_den else 0.0)


def _prf(p: float, r: float) -> tuple[float, float, float]:
    return p, r, harmonic(p, r)


def pairs(item: Article, system: str) -> list[tuple[Gold, Found | None]]:
    return [(g, matched(g, item.systems[system])) for g in item.gold]


def score(articles: Iterable[Article]) -> dict[str, dict[str, Score]]:
    """Scores by system and half."""
    scores = {s: {h: Score() for h in HALVES} for s in SYSTEMS}
    for item in articles:
        for system in SYSTEMS:
            scores[system][half(item.name)].add(pairs(item, system))
    return scores


def _fmt(prf: tuple[float, float, float]) -> str:
    return " / ".join(f"{v:.3f}" for v in prf)


def report(articles: list[Article]) -> str:
    scores = score(articles)
    counts = Counter(half(a.name) for a in articles)
    rows = [f"| system | measure | tune ({counts['tune']} articles) | check ({counts['check']}) | all |",
            "|---|---|---|---|---|"]
    for system in SYSTEMS:
        parts = [scores[system]["tune"], scores[system]["check"]]
        parts.append(parts[0].merge(parts[1]))
        name = f"{system} (spaCy labels; mentions grouped by text)" if system == "spaCy" else system
        rows.append(f"| {name} | gold named mentions found | "
                    + " | ".join(f"{p.found / p.gold if p.gold else 0:.3f} ({p.found}/{p.gold})" for p in parts) + " |")
        rows.append("| | label accuracy | " + " | ".join(p.accuracy() for p in parts) + " |")
        for kind in RIGHT:
            rows.append(f"| | label accuracy, gold {kind} | " + " | ".join(
                _kind_accuracy(p, kind) for p in parts) + " |")
        rows.append("| | B-cubed P / R / F1 | " + " | ".join(_fmt(p.b_cubed()) for p in parts) + " |")
        rows.append("| | MUC P / R / F1 | " + " | ".join(_fmt(p.muc_f()) for p in parts) + " |")
    for system in SYSTEMS:
        every = scores[system]["tune"].merge(scores[system]["check"])
        labels = sorted({label for _, label in every.confusion})
        rows += ["", f"{system}: gold type (rows) by label (columns), both halves", "",
                 "| gold | " + " | ".join(labels) + " |", "|---|" + "---|" * len(labels)]
        for kind in RIGHT:
            rows.append(f"| {kind} | " + " | ".join(str(every.confusion[kind, label] or "") for label in labels) + " |")
    return "\n".join(rows)


def _kind_accuracy(part: Score, kind: str) -> str:
    found = sum(n for (k, _), n in part.confusion.items() if k == kind)
    right = sum(n for (k, label), n in part.confusion.items() if k == kind and RIGHT[kind](label))
    return f"{right / found if found else 0:.3f} ({right}/{found})"


def tune_errors(articles: list[Article]) -> str:
    """The tune half's dateline errors: a label wrong for the gold type (with spaCy's tag of the mention's last
    word), gold instances split over entities, and entities joining gold instances. Never the check half."""
    lines = []
    for item in articles:
        if half(item.name) != "tune":
            continue
        found = [(g, m) for g, m in pairs(item, "dateline") if m is not None]
        for g, m in found:
            if g.type in RIGHT and not RIGHT[g.type](m.label):
                last = item.text.rfind(" ", g.start, g.end) + 1 or g.start
                lines.append(f"label\t{item.name}\t{g.type}\t{m.label}\t{g.text}\t[{m.text}]\t"
                             f"{item.tags.get(max(last, g.start), '')}")
        for instance in dict.fromkeys(g.instance for g, _ in found):
            clusters = {m.cluster: m.text for g, m in found if g.instance == instance}
            if len(clusters) > 1:
                lines.append(f"split\t{item.name}\t{instance}\t" + " | ".join(
                    f"{c}:{t}" for c, t in clusters.items()))
        for cluster in dict.fromkeys(m.cluster for _, m in found):
            names = {g.instance: g.text for g, m in found if m.cluster == cluster}
            if len(names) > 1:
                lines.append(f"joined\t{item.name}\t{cluster}\t" + " | ".join(names.values()))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles.")
    parser.add_argument("--tune-errors", action="store_true",
                        help="List the tune half's errors (never the check half's) instead of the table.")
    args = parser.parse_args()
    chosen = files(args.limit)
    if args.tune_errors:
        chosen = [path for path in chosen if half(path.stem) == "tune"]
    articles = [article(path) for path in chosen]
    print(tune_errors(articles) if args.tune_errors else report(articles))


if __name__ == "__main__":
    main()
