"""Named entities from spaCy's recogniser, grouped into one `Entity` per real-world name.

Mentions of the same name are one entity; a one-word mention ("Okafor", "the Front") joins the person or
organisation whose full name ends with it ("Ada Okafor", "the Northern Coast Front") when exactly one such
name is in the document.
A place name the recogniser labelled otherwise or missed ("Mali" as a person, a dateline's "NIAMEY") is a GPE
entity, on the evidence `places.toponyms` reads around it.
Alias merging across different names (abbreviations, transliterations) is the events stage's job.
"""

from __future__ import annotations

from spacy.tokens import Doc as SpacyDoc

from dateline.places.toponyms import Span, paired_places, toponym_spans
from dateline.record import Entity, EntityMention

LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC", "NORP": "NORP",
          "EVENT": "EVENT"}
_SHORTENED_LABELS = {"PERSON", "ORG"}
"""Labels whose one-word mentions are often the last word of a full name said earlier ("Okafor", "the Front")."""
_TITLES = {"mr", "mrs", "ms", "dr", "prof", "sir", "president", "minister", "colonel", "col", "general",
           "gen", "sen", "senator", "rep", "gov", "governor", "mayor", "judge", "officer", "captain", "lt"}


def _key(text: str) -> str:
    words = [w.strip(".,'’\"") for w in text.replace("’s", "").replace("'s", "").split()]
    while words and words[0].lower().rstrip(".") in _TITLES:
        words = words[1:]
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words).lower()


def entities(parsed: SpacyDoc) -> list[Entity]:
    """Group the recognised mentions of `parsed` into entities, numbered e1, e2, ... in order of appearance."""
    groups: dict[tuple[str, str], list[EntityMention]] = {}
    for ent in parsed.ents:
        label = LABELS.get(ent.label_)
        key = _key(ent.text)
        if label is None or not key:
            continue
        mention = EntityMention(start=ent.start_char, end=ent.end_char, text=ent.text, label=ent.label_)
        groups.setdefault((label, key), []).append(mention)

    _add_missed_surnames(parsed, groups)
    _add_toponyms(parsed, groups)
    for (label, key) in list(groups):
        if label not in _SHORTENED_LABELS or " " in key:
            continue
        owners = [full for (other, full) in groups if other == label and " " in full and full.split()[-1] == key]
        if len(owners) == 1:
            groups[(label, owners[0])].extend(groups.pop((label, key)))

    result = []
    ordered = sorted(groups.items(), key=lambda item: min(m.start for m in item[1]))
    for number, ((label, _), mentions) in enumerate(ordered, start=1):
        mentions.sort(key=lambda m: m.start)
        # the longest name, as the prose writes it ("Petra Lind" before a transcript's "PETRA LIND"), the first
        # written of equals: a set's order would change from run to run
        names = sorted(dict.fromkeys(m.text for m in mentions), key=lambda t: (-len(t.split()), -len(t), t.isupper()))
        result.append(Entity(id=f"e{number}", label=label, name=_display(names[0]), aliases=names[1:],
                             mentions=mentions))
    return result


def _add_missed_surnames(parsed: SpacyDoc, groups: dict[tuple[str, str], list[EntityMention]]) -> None:
    """Surnames the recogniser missed ("Okafor said ...") become mentions of the one person who bears them."""
    surnames: dict[str, list[str]] = {}
    for label, key in groups:
        if label == "PERSON" and " " in key:
            surnames.setdefault(key.split()[-1], []).append(key)
    covered = {i for ent in parsed.ents for i in range(ent.start, ent.end)}
    for token in parsed:
        owners = surnames.get(token.text.lower())
        if token.i in covered or token.pos_ != "PROPN" or not owners or len(owners) != 1:
            continue
        groups[("PERSON", owners[0])].append(EntityMention(
            start=token.idx, end=token.idx + len(token.text), text=token.text, label="PERSON"))


def _add_toponyms(parsed: SpacyDoc, groups: dict[tuple[str, str], list[EntityMention]]) -> None:
    """Place names the recogniser labelled otherwise or missed (`places.toponyms`) become GPE entities: a group
    with a mention at the place name's span is relabelled whole; a name no mention touches is added, and so is
    a name whose span holds the mentions it touches, which it replaces ("Trinidad" and "Tobago" inside
    "Trinidad and Tobago")."""
    found = [Span(e.start_char, e.end_char, e.label_) for e in parsed.ents]
    spans = toponym_spans(parsed.text, found)
    _add_pairs(parsed.text, paired_places(parsed.text, found), groups)
    for start, end in spans:
        owner = next(((label, key) for (label, key), mentions in groups.items()
                      if any(m.start == start and m.end == end for m in mentions)), None)
        if owner is not None:
            if owner[0] not in ("GPE", "LOC"):
                _relabel(groups, owner, _key(parsed.text[start:end]))
            continue
        touched = [m for mentions in groups.values() for m in mentions if m.start < end and start < m.end]
        wider = [m for m in touched if m.start < start or end < m.end]
        if wider:
            if all(m.label == "PERSON" for m in wider):  # "Avondale Mayor Ed Rieker": the person stays
                text = parsed.text[start:end]
                groups.setdefault(("GPE", _key(text)), []).append(
                    EntityMention(start=start, end=end, text=text, label="GPE"))
            continue
        replaced = {id(m) for m in touched}
        for group in list(groups):
            groups[group] = [m for m in groups[group] if id(m) not in replaced]
            if not groups[group]:
                del groups[group]
        text = parsed.text[start:end]
        groups.setdefault(("GPE", _key(text)), []).append(EntityMention(start=start, end=end, text=text, label="GPE"))


def _relabel(groups: dict[tuple[str, str], list[EntityMention]], owner: tuple[str, str], name: str) -> None:
    """The mentions of group `owner` that are the place `name` become a GPE group: the whole group when it is all
    that name ("Mali" labelled a person), only those mentions when they were joined to a person's full name as
    its surname (a dateline's "JACKSON" to "Ada Jackson"): the person stays a person."""
    moved = [m for m in groups[owner] if _key(m.text) == name]
    groups.setdefault(("GPE", name), []).extend(moved)
    groups[owner] = [m for m in groups[owner] if _key(m.text) != name]
    if not groups[owner]:
        del groups[owner]


def _add_pairs(text: str, pairs: list[tuple[tuple[int, int], tuple[int, int]]],
               groups: dict[tuple[str, str], list[EntityMention]]) -> None:
    """The parts of a hyphenated pair of places (`places.toponyms.paired_places`) become GPE mentions, also
    inside a longer name the recogniser found, which stays ("the Lebanon-Syria Treaty"), unless the pair is all
    of it ("Amsterdam-London"): then the places replace it. A mention already at a part is relabelled."""
    for left, right in pairs:
        for group in list(groups):
            kept = [m for m in groups[group] if (m.start, m.end) not in ((left[0], right[1]), left, right)]
            if len(kept) < len(groups[group]):
                groups[group] = kept
                if not kept:
                    del groups[group]
        for start, end in (left, right):
            name = text[start:end]
            groups.setdefault(("GPE", _key(name)), []).append(
                EntityMention(start=start, end=end, text=name, label="GPE"))


def _display(text: str) -> str:
    for suffix in ("’s", "'s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text
