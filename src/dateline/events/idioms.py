"""Events named by a multi-word expression no single word of it triggers ("sought refuge", "put under
investigation", "is out of the question", "holding civilians as human shields"), from lexicon.IDIOMS."""

from __future__ import annotations

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from dateline.events.lexicon import IDIOM_OTHER_SENSES, IDIOMS, REPORTING

_LONGEST = max(len(words) for words in IDIOMS)
_GOVERNED = {"dobj", "pobj", "prep", "attr", "oprd", "acomp", "pcomp", "dative", "nsubjpass", "advmod", "npadvmod"}
"""Relations by which an expression hangs on the verb that stands for it (objects, phrases, complements)."""


def _trigger(words: list[Token]) -> Token | None:
    """The token that stands for the expression's event: its first verb, else its first auxiliary ("is
    committed to"), else the verb the expression is an object or phrase of ("put under investigation",
    "holding villagers as human shields"); none when that verb only reports it or it is a subject ("Joint
    exercises worried officials")."""
    for pos in ("VERB", "AUX"):
        found = next((w for w in words if w.pos_ == pos), None)
        if found is not None:
            return found
    inside = {w.i for w in words}
    token = next(w for w in words if w.head.i not in inside or w.head.i == w.i)
    while token.dep_ in _GOVERNED and token.head.i != token.i:  # up through the verb's objects and phrases
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return None if token.lemma_ in REPORTING else token
    return None


def idiom_triggers(parsed: SpacyDoc) -> dict[int, str]:
    """Token index of each expression's trigger -> its event type."""
    found: dict[int, str] = {}
    lemmas = [t.lemma_.lower() for t in parsed]
    for start in range(len(parsed)):
        for size in range(min(_LONGEST, len(parsed) - start), 1, -1):
            words = tuple(lemmas[start:start + size])
            kind = IDIOMS.get(words)
            if kind is None or parsed[start].sent != parsed[start + size - 1].sent:
                continue
            following = lemmas[start + size:start + size + 2]
            if any(lemma in IDIOM_OTHER_SENSES.get(words, ()) for lemma in following):
                break
            trigger = _trigger(list(parsed[start:start + size]))
            if trigger is not None:
                found.setdefault(trigger.i, kind)
            break
    return found
