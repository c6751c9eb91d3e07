"""Event types from the PETRARCH2 verb patterns: the words around a verb that say what it means.

The CAMEO verb dictionary (generated `dateline/data/event_patterns.json`) lists, for each verb block,
patterns such as `&MILITARY * &TOWN [192]` ("troops entered the town" is FIGHT, seize), `* (OF {NATURAL
CAUSES}) [---]` ("died of natural causes" is no event) or `MARKET * [---]`. A pattern matches a verb when the
words before its `*` are in the verb's subject (its head and the words before it) and the words after it
follow the verb, in order, inside the verb's own phrase (its objects, particles and prepositional phrases,
not a clause it governs). Of the patterns that match, the one with the most words decides, and of those
with as many words one the dictionary notes as written for this verb (`- * BORDER [080] # OPEN` for "open",
`- * BORDER [050] # REOPEN` for "reopen": a block's patterns are shared by all its verbs); a `[---]`
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

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Token

from dateline.events.lexicon import (
    PLACE_NOUNS,
    PROPERTY_WORDS,
    SITE_NOUNS,
    TRAVEL_VERBS,
    UNIT_NOUNS,
    Alternatives,
    Lexicon,
    indexed,
)
from dateline.events.participants import subject

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


class _Word(NamedTuple):
    """What the patterns read of a token, read once per verb: each pattern tries every token, and spaCy makes
    a new Token object and string for each attribute read."""

    lower: str
    lemma: str
    """The lemma, lower-cased."""
    dep: str
    ent_type: str
    whole: str = ""
    """The hyphenated word the tokenizer split, whose last part this is ("sit-in", "cease-fire"), or ""."""


def hyphen_span(token: Token) -> tuple[int, int]:
    """The first and last token of the word `token` is part of when the tokenizer split it at its hyphens
    ("sit-in" is sit, -, in), else the token alone."""
    doc, start, end = token.doc, token.i, token.i
    if token.text == "-" and not token.whitespace_ and 0 < start < len(doc) - 1 and not doc[start - 1].whitespace_:
        start, end = start - 1, end + 1
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_:
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
        end += 2
    return start, end


def hyphenated(token: Token) -> str | None:
    """The whole hyphenated word `token` is part of, lower-cased ("sit-in", "counter-offensive"), or None: the
    CAMEO patterns write such words whole, the tokenizer splits them."""
    start, end = hyphen_span(token)
    return token.doc[start:end + 1].text.lower() if end > start else None


def _words(tokens: Iterable[Token]) -> list[_Word]:
    """The words of `tokens` in order, a hyphenated word the tokenizer split read as one (its last part, which
    heads it, with the whole word beside it)."""
    tokens = list(tokens)
    listed = {t.i for t in tokens}
    result, covered = [], -1
    for t in tokens:
        if t.i <= covered:
            continue
        start, end = hyphen_span(t)
        if end > start and start == t.i and all(i in listed for i in range(start, end + 1)):
            last = t.doc[end]
            result.append(_Word(last.lower_, last.lemma_.lower(), last.dep_, last.ent_type_,
                                t.doc[start:end + 1].text.lower()))
            covered = end
        else:
            result.append(_Word(t.lower_, t.lemma_.lower(), t.dep_, t.ent_type_))
    return result


def _same(token: _Word, word: str, property_kind: bool = False) -> bool:
    lower, lemma = token.lower, token.lemma
    if word in (lower, lemma, token.whole) or (word.endswith("s") and word[:-1] == lemma) or lower == word + "s":
        return True
    return property_kind and lemma in PROPERTY_WORDS and (
        word in PROPERTY_WORDS or word.endswith("s") and word[:-1] in PROPERTY_WORDS)


_NO_ALTERNATIVES = indexed([])


@lru_cache(maxsize=4096)
def _phrase(element: str) -> Alternatives:
    return indexed([element.split()])


def _alternatives(element: str, lex: Lexicon) -> Alternatives:
    if not element.startswith("&"):
        return _phrase(element)
    return lex.synset_index.get(element, _NO_ALTERNATIVES)


def _candidates(token: _Word, alternatives: Alternatives, property_kind: bool) -> list[list[str]]:
    """The alternatives whose first word `token` is the same as, in their order: the first word's spelling,
    or its singular or plural (`_same`), or any property word in a destroy pattern."""
    firsts = {token.lower, token.lemma, token.lemma + "s", token.whole}
    if token.lower.endswith("s"):
        firsts.add(token.lower[:-1])
    found = [entry for first in firsts for entry in alternatives.by_first.get(first, ())] + alternatives.empty
    if property_kind and token.lemma in PROPERTY_WORDS:
        found += alternatives.things
    return [words for _, words in sorted(found, key=lambda entry: entry[0])]


def _in_class(token: _Word, element: str, lex: Lexicon) -> bool:
    """Whether a phrase's head is a member of the class a synonym set stands for."""
    if token.dep in ("compound", "amod", "poss", "nmod"):  # "harbour road" is no harbour
        return False
    lemma = token.lemma
    if element == "&military":
        return lemma in _MILITARY_UNITS or (lex.sector(lemma) or "")[:3] == "MIL"
    if element == "&town":
        return token.ent_type in ("GPE", "LOC", "FAC") or lemma in PLACE_NOUNS or lemma in SITE_NOUNS
    return False


def _at(tokens: list[_Word], position: int, words: list[str], property_kind: bool = False) -> bool:
    return position + len(words) <= len(tokens) and all(
        _same(tokens[position + k], word, property_kind) for k, word in enumerate(words))


def _found(tokens: list[_Word], start: int, element: str, lex: Lexicon, property_kind: bool) -> int | None:
    """How many tokens from `start` (a position in `tokens`) the element matches (a word, a phrase, the first
    of a set's words that matches, or a member of the class a set stands for), or None."""
    for words in _candidates(tokens[start], _alternatives(element, lex), property_kind):
        if _at(tokens, start, words, property_kind):
            return len(words)
    return 1 if _in_class(tokens[start], element, lex) else None


class _Hits:
    """Where each pattern element matches in one run of words, as (start, words matched), found once per
    element: a verb block's patterns share their elements, and each is looked for at every start."""

    def __init__(self, words: list[_Word], lex: Lexicon, property_kind: bool = False) -> None:
        self.words, self.lex, self.property_kind = words, lex, property_kind
        self.found: dict[str, list[tuple[int, int]]] = {}

    def __call__(self, element: str) -> list[tuple[int, int]]:
        hits = self.found.get(element)
        if hits is None:
            hits = self.found[element] = [
                (start, size) for start in range(len(self.words))
                if (size := _found(self.words, start, element, self.lex, self.property_kind)) is not None]
        return hits


def _after(hits: _Hits, elements: list[str]) -> int | None:
    """How many words the elements match in the words after the verb, in order (gaps allowed); None when one
    is missing."""
    position, matched = 0, 0
    for element in elements:
        found = next(((start, size) for start, size in hits(element) if start >= position), None)
        if found is None:
            return None
        position, matched = found[0] + found[1], matched + found[1]
    return matched


def _before(hits: _Hits, elements: list[str]) -> int | None:
    """How many words the elements match anywhere in the subject's words (each at its first match); None when
    one is missing."""
    matched = 0
    for element in elements:
        found = hits(element)
        if not found:
            return None
        matched += found[0][1]
    return matched


_PARTICLE_ROLES = {"prep", "prt"}
"""Dependency roles of a preposition or particle: the word that makes a phrasal verb of a verb."""


def _phrasal(hits: _Hits, pattern: dict) -> bool:
    """Whether a pattern is a verb with its preposition or particle alone (`- * TO # HEAD`, `- * WITH # LINK`):
    it says what that one verb means with the word ("head to" a place), which its block-mates do not share ("lead
    to" problems, "connect with" phones)."""
    return not pattern["before"] and all(
        " " not in element and not element.startswith("&")
        and all(hits.words[start].dep in _PARTICLE_ROLES for start, _ in hits(element))
        for element in pattern["after"])


def names_object(pattern: dict, noun: Token, lex: Lexicon) -> bool:
    """Whether a pattern names `noun` among the words after its verb: a word or phrase whose last word is the
    noun (in its singular or plural), or a synonym set with such a member (`SET * FIRE`, `MAKE * VISIT`)."""
    word = _words([noun])[0]
    return any(_same(word, member.split()[-1]) for element in pattern["after"]
               for member in (lex.synsets.get(element, []) if element.startswith("&") else [element]))


def following(verb: Token) -> list[Token]:
    """The words of the verb's own phrase after it: objects, particles, prepositional phrases."""
    children = [c for c in verb.rights if c.dep_ not in _CLAUSES]
    return sorted((t for c in children for t in c.subtree), key=lambda t: t.i)[:_AFTER_WINDOW]


def match(verb: Token, patterns: list[dict], lex: Lexicon) -> Match | None:
    """The most specific of `patterns` that matches the verb in its sentence, or None."""
    doer = subject(verb)
    before = _words(t for t in doer.subtree if t.i <= doer.i) if doer is not None else []  # "the head" of a mission
    after = _words(following(verb))
    in_subject, in_phrase, as_property = _Hits(before, lex), _Hits(after, lex), _Hits(after, lex, property_kind=True)
    lemma = verb.lemma_.lower()
    # a verb with no type of its own takes a block-mate's verb-and-particle pattern only if both are verbs of going
    # ("left for", as `- * FOR # DEPART`): "led to" problems is no trip
    untyped = (lex.verbs.get(lemma) or {}).get("type") is None and lemma not in TRAVEL_VERBS
    best: Match | None = None
    best_own = False
    for pattern in patterns:
        words_before = _before(in_subject, pattern["before"]) if pattern["before"] else 0
        if words_before is None:
            continue
        words_after = (_after(as_property if pattern["type"] == "destroy" else in_phrase, pattern["after"])
                       if pattern["after"] else 0)
        if words_after is None:
            continue
        own = lemma in pattern.get("for", ())
        if not own and untyped and pattern["after"] and _phrasal(in_phrase, pattern):
            continue
        total = words_before + words_after
        if best is None or total > best.words or total == best.words and own and not best_own:
            best, best_own = Match(pattern["type"], pattern["mode"], total), own
    return best
