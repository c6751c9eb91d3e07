"""Speaker turns: the paragraphs of a transcript or an interview, each opening with its speaker's name in
capitals and a colon ("TRAVIS CANTWELL: Teachers don't get the respect they deserve.", later "CANTWELL: ...").

A turn is its speaker's direct quote, with the colon as its cue (as PolNeAR annotates them). A label in capitals
before a colon is also how a dateline ("BISSAU: Opposition leader ...") or a flag ("UPDATE:", "EXCLUSIVE:")
opens a paragraph, so a label is a speaker only when it names a person the text names elsewhere, or when the
same person, by full name or surname, opens two turns or more and the full name reads as a person's; never when
it is a place the text names and opens one paragraph only, and a text with a single turn has none (a transcript
has two at least).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from dateline.clean.bylines import looks_like_person
from dateline.record import Entity

_NAMED = (r"(?<![A-Z.'’-])(?P<label>[A-Z][A-Z.'’-]++(?<=[A-Z.])(?:[ ][A-Z][A-Z.'’-]++(?<=[A-Z.])){0,3})"
          r"(?:,[ ][A-Z][A-Z ]++(?<=[A-Z]))?:")
"""Words in capitals (each ending in a letter or a full stop), taken whole so that no run of capitals is tried
in every way it could split, and never from inside a word (a label opens its paragraph): the pattern stays
linear on long runs ("A.A.A...")."""
_LABEL = re.compile(_NAMED + r"[ \t]++(?=\S)")
"""A speaker label opening a paragraph: up to four words in capitals, an optional role after a comma ("SERGIO
MARTINEZ-BELTRAN, BYLINE:"), a colon."""
_LABEL_ALONE = re.compile(_NAMED + r"\s*$")
"""A speaker label that is a paragraph of its own, before the paragraphs its speaker says ("SACHA PFEIFFER,
HOST:")."""
_MIN_TURNS = 2
"""Turns in a transcript at least; and turns from which a person the text does not otherwise name is taken to
speak in one."""


@dataclass(frozen=True)
class Turn:
    label: tuple[int, int]
    """The speaker's name as the label writes it."""
    cue: tuple[int, int]
    """The colon after the label."""
    content: tuple[int, int]
    """What the speaker says: the rest of the paragraph."""
    name: str
    """The speaker's full name, in the case the text uses for names ("Travis Cantwell" for "CANTWELL")."""
    entity: str | None
    """The person entity the label names, when the text names the person elsewhere."""


def speaker_turns(text: str, paragraphs: list[tuple[int, int]], entities: list[Entity]) -> list[Turn]:
    """The speaker turns among `paragraphs`, in text order."""
    labelled = [(m, end) for start, end in paragraphs if (m := _LABEL.match(text, start)) and m.end() < end]
    by_surname: dict[str, list[re.Match]] = defaultdict(list)
    for m, _end in labelled:
        by_surname[_surname(m.group("label"))].append(m)
    people = _people_by_surname(entities)
    places = {m.text.casefold() for e in entities if e.label in ("GPE", "LOC") for m in e.mentions}
    speakers: dict[str, tuple[str, str | None]] = {}
    for surname, matches in by_surname.items():
        full = max((m.group("label") for m in matches), key=len)
        entity = people.get(surname)
        if full.casefold() in places and len(matches) == 1:  # a dateline ("WASHINGTON: ..."), even beside a
            continue  # person of that name; a speaker the recogniser also reads as a place speaks more than once
        if entity is not None:
            speakers[surname] = (_written_name(entity, full), entity.id)
        elif len(matches) >= _MIN_TURNS and looks_like_person(full.title()):
            speakers[surname] = (full.title(), None)
    turns = []
    for m, end in labelled:
        found = speakers.get(_surname(m.group("label")))
        if found is not None:
            colon = m.start() + m.group(0).rindex(":")
            turns.append(Turn(label=m.span("label"), cue=(colon, colon + 1),
                              content=(m.end(), len(text[:end].rstrip())), name=found[0], entity=found[1]))
    return turns if len(turns) >= _MIN_TURNS else []  # one labelled paragraph is a dateline's, not a transcript


def speaker_labels(text: str, paragraphs: list[tuple[int, int]], entities: list[Entity]) -> list[tuple[int, int]]:
    """The spans of the speakers' names in a transcript's labels: those of its turns, and of the labels that
    stand as paragraphs of their own ("SACHA PFEIFFER, HOST:"); none in a text that is no transcript."""
    turns = speaker_turns(text, paragraphs, entities)
    if not turns:
        return []
    alone = [(start + m.start("label"), start + m.end("label")) for start, end in paragraphs
             if (m := _LABEL_ALONE.match(text[start:end]))]
    return sorted({*(turn.label for turn in turns), *alone})


def _written_name(entity: Entity, label: str) -> str:
    """The person's name as the prose writes it ("Petra Lind", not the label's "PETRA LIND"), as long as the
    label's."""
    written = [n for n in dict.fromkeys([entity.name, *(m.text for m in entity.mentions)]) if not n.isupper()]
    name = max(written, key=len, default="")
    return name if len(name.split()) >= len(label.split()) else label.title()


def _surname(name: str) -> str:
    """The last word of a name in the form a label and the prose share: case and accents folded, since labels
    in capitals often drop them ("MARTINEZ-BELTRAN" for "Martínez-Beltrán")."""
    word = unicodedata.normalize("NFKD", name.split()[-1].strip("."))
    return "".join(c for c in word if not unicodedata.combining(c)).casefold()


def _people_by_surname(entities: list[Entity]) -> dict[str, Entity]:
    """Person entities by the last word of their name and of each of their mentions; a surname two people share
    names neither."""
    found: dict[str, Entity | None] = {}
    for entity in entities:
        if entity.label != "PERSON":
            continue
        for name in dict.fromkeys([entity.name, *(m.text for m in entity.mentions)]):
            if not name.split():
                continue
            key = _surname(name)
            found[key] = entity if found.get(key, entity) is entity else None
    return {key: entity for key, entity in found.items() if entity is not None}
