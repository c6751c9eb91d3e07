"""Event types from the PETRARCH2 verb patterns: the words around a verb that say what it means.

The CAMEO verb dictionary (generated `dateline/data/event_patterns.json`) lists, for each verb block,
patterns such as `&MILITARY * &TOWN [192]` ("troops entered the town" is FIGHT, seize), `* (OF {NATURAL
CAUSES}) [---]` ("died of natural causes" is no event) or `MARKET * [---]`. A pattern matches a verb when the
words before its `*` are in the verb's subject (its head and the words before it) and the words after it
follow the verb, in order, inside the verb's own phrase (its objects, particles and prepositional phrases,
not a clause it governs). Of the patterns that match, the one with the most words decides; a `[---]`
pattern says the verb is no event there.

Two synonym sets are read as the classes they stand for: `&MILITARY` is any role noun of a state's military
(CAMEO agents dictionary sector MIL) or a body of soldiers ("units", "platoon"), `&TOWN` any place (a named place, or
a place or site noun: "entered Tobrin", "entered the old market"), each as the head of its phrase.

In a pattern coded CAMEO 1712, destroy property (dateline's `destroy`), the building or place word stands
for any property: `BURN * HOUSES [1712]` says burning a building destroys it, so "burned the library"
matches it too (property is dateline's nouns of sites, property and places, `lexicon.SITE_NOUNS`,
`PROPERTY_NOUNS`, `PLACE_NOUNS`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dateline.events.lexicon import PLACE_NOUNS, PROPERTY_NOUNS, SITE_NOUNS, UNIT_NOUNS, Lexicon
from dateline.events.participants import subject

_THINGS = SITE_NOUNS | PROPERTY_NOUNS | PLACE_NOUNS
_MILITARY_UNITS = UNIT_NOUNS - {"batch", "company", "group", "team", "patch", "wave", "deployment", "convoy", "force"}
"""Bodies of fighters ("units", "battalion", "platoon"), not of anyone ("company", "team", "group")."""

_CLAUSES = {"ccomp", "advcl", "conj", "relcl", "parataxis", "cc", "punct", "mark", "xcomp", "csubj"}
"""Children that start another clause: their words are not the verb's object or phrase."""
_AFTER_WINDOW = 12


@dataclass(frozen=True)
class Match:
    type: str | None
    mode: str | None
    words: int
    """How many words of the text the pattern matched (the most specific pattern wins)."""


def _same(token: Token, word: str, property_kind: bool = False) -> bool:
    lower, lemma = token.lower_, token.lemma_.lower()
    if word in (lower, lemma) or (word.endswith("s") and word[:-1] == lemma) or lower == word + "s":
        return True
    return property_kind and lemma in _THINGS and (word in _THINGS or word.endswith("s") and word[:-1] in _THINGS)


def _alternatives(element: str, synsets: dict[str, list[str]]) -> list[list[str]]:
    return [alt.split() for alt in synsets.get(element, [])] if element.startswith("&") else [element.split()]


def _in_class(token: Token, element: str, lex: Lexicon) -> bool:
    """Whether a phrase's head is a member of the class a synonym set stands for."""
    if token.dep_ in ("compound", "amod", "poss", "nmod"):  # "harbour road" is no harbour
        return False
    lemma = token.lemma_.lower()
    if element == "&military":
        return lemma in _MILITARY_UNITS or (lex.sector(lemma) or "")[:3] == "MIL"
    if element == "&town":
        return token.ent_type_ in ("GPE", "LOC", "FAC") or lemma in PLACE_NOUNS or lemma in SITE_NOUNS
    return False


def _at(tokens: list[Token], position: int, words: list[str], property_kind: bool = False) -> bool:
    return position + len(words) <= len(tokens) and all(
        _same(tokens[position + k], word, property_kind) for k, word in enumerate(words))


def _found(tokens: list[Token], start: int, element: str, lex: Lexicon, property_kind: bool) -> int | None:
    """How many tokens from `start` the element matches (a word, a phrase, one of a set's words, or a
    member of the class a set stands for), or None."""
    for words in _alternatives(element, lex.synsets):
        if _at(tokens, start, words, property_kind):
            return len(words)
    return 1 if start < len(tokens) and _in_class(tokens[start], element, lex) else None


def _after(tokens: list[Token], elements: list[str], lex: Lexicon, property_kind: bool = False) -> int | None:
    """How many words the elements match in `tokens`, in order (gaps allowed); None when one is missing."""
    position, matched = 0, 0
    for element in elements:
        found = next(((start, size) for start in range(position, len(tokens))
                      if (size := _found(tokens, start, element, lex, property_kind)) is not None), None)
        if found is None:
            return None
        position, matched = found[0] + found[1], matched + found[1]
    return matched


def _before(tokens: list[Token], elements: list[str], lex: Lexicon) -> int | None:
    """How many words the elements match anywhere in `tokens` (the subject's words); None when one is missing."""
    matched = 0
    for element in elements:
        found = next((size for start in range(len(tokens))
                      if (size := _found(tokens, start, element, lex, False)) is not None), None)
        if found is None:
            return None
        matched += found
    return matched


def following(verb: Token) -> list[Token]:
    """The words of the verb's own phrase after it: objects, particles, prepositional phrases."""
    children = [c for c in verb.rights if c.dep_ not in _CLAUSES]
    return sorted((t for c in children for t in c.subtree), key=lambda t: t.i)[:_AFTER_WINDOW]


def match(verb: Token, patterns: list[dict], lex: Lexicon) -> Match | None:
    """The most specific of `patterns` that matches the verb in its sentence, or None."""
    doer = subject(verb)
    before = [t for t in doer.subtree if t.i <= doer.i] if doer is not None else []  # "the head" of a mission
    after = following(verb)
    best: Match | None = None
    for pattern in patterns:
        words_before = _before(before, pattern["before"], lex) if pattern["before"] else 0
        if words_before is None:
            continue
        words_after = _after(after, pattern["after"], lex, pattern["type"] == "destroy") if pattern["after"] else 0
        if words_after is None:
            continue
        total = words_before + words_after
        if best is None or total > best.words:
            best = Match(pattern["type"], pattern["mode"], total)
    return best
