"""Events named by a noun with no verb of their own: "the rebel attack", "clashes between X and Y", "a
military coup in February 2010", "protests by students".

News names many of the events it reports as nouns, the verb that governs them saying only how they are
known ("condemned the army attack", "following a military coup"). A noun is such an event when the
lexicon types it (`Lexicon.noun_type`: the news verb it is made from, or an event noun of dateline's own)
with a type of force or protest, the kinds of event news reports as things that happened; nouns of talks,
visits or aid are left to the verbs that govern them ("held talks"). A noun that a light verb already types
("launched an attack") is that verb's event, not a second one.

The event needs a doer named in its own phrase: the first side of "between", a possessor or a modifier
that can act ("the rebels' attack", "the army offensive", "a military coup", "their sit-in") or a "by"
phrase ("protests by students"). A bare "the attack" says nothing about who did what and is not read; a
conflict-type nominal event is also held to events/plausible.py like a verbal one.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dateline.events.lexicon import PLOVER_PARENT, Lexicon
from dateline.events.plausible import is_conflict

NOMINAL_TYPES = {"PROTEST"}
"""Besides the conflict types (plausible.is_conflict), the PLOVER type a noun alone names as an event."""
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_FORCE_MODIFIERS = {"air", "missile", "rocket", "drone", "artillery", "mortar"}
"""Modifiers that make a strike one of force, not a walkout ("air strike", "drone strike")."""


def nominal_type(noun: Token, lex: Lexicon) -> str | None:
    """The type of the event a noun names, or None: its compound with the word before it first ("air
    strike" is an airstrike, "sit-in"), a strike by weapons is FIGHT, else the noun's own type, from the
    lexicon (`Lexicon.noun_type`) or, for a protest no news verb names, CAMEO's light-verb patterns
    (`Lexicon.staged_nouns`: "uprising", "sit-in"); only force and protest types."""
    if noun.pos_ != "NOUN" or noun.dep_ in ("compound", "amod"):
        return None
    lemma = noun.lemma_.lower()
    modifiers = [c.lemma_.lower() for c in noun.lefts if c.dep_ == "compound"]
    joined = _joined(noun)
    kind = next((k for form in (joined, modifiers[-1] + lemma if modifiers else None) if form
                 and (k := lex.noun_type(form) or _staged(form, lex))), None)
    if kind is None and lemma == "strike" and (set(modifiers) & _FORCE_MODIFIERS or set(modifiers) & lex.weapons):
        kind = "FIGHT"
    kind = kind or lex.noun_type(lemma) or _staged(lemma, lex)
    if kind is None or not (is_conflict(kind) or PLOVER_PARENT.get(kind, kind) in NOMINAL_TYPES):
        return None
    return kind


def _staged(noun: str, lex: Lexicon) -> str | None:
    """A protest CAMEO's light-verb patterns name ("staged a sit-in", "an uprising"). Their nouns of force
    are left to the lexicon: the patterns' single words include modifiers and things ("operation",
    "land", "airport") that name no event alone."""
    kind = lex.staged_nouns.get(noun)
    return kind if kind in NOMINAL_TYPES else None


def _joined(noun: Token) -> str | None:
    """A hyphenated noun the parser split ("sit-ins" -> sit, -, ins), as one lemma: "sit-in"."""
    if noun.i < 2 or noun.doc[noun.i - 1].text != "-" or noun.doc[noun.i - 2].dep_ != "compound":
        return None
    return f"{noun.doc[noun.i - 2].lower_}-{noun.lemma_.lower()}"


def nominal_doer(noun: Token, can_act: Callable[[Token], bool]) -> Token | None:
    """Who does the event a noun names, from its own phrase: the first side of "clashes between", its
    possessor, a modifier or the object of its "by" phrase that can act; None when the phrase names none.
    A place before the noun says where, not who ("the Caracas protest"); a place's possessive is its
    state ("Syria's offensive")."""
    side = next((c for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "between"
                 for c in prep.children if c.dep_ == "pobj"), None)  # "clashes between X and Y"
    if side is not None:
        return side if can_act(side) else None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner if can_act(owner) else None
    named = next((c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod")
                  and c.ent_type_ not in _PLACE_LABELS and can_act(c)), None)
    if named is not None:
        return named
    return next((c for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "by"
                 for c in prep.children if c.dep_ == "pobj" and can_act(c)), None)


def nominal_object(noun: Token) -> Token | None:
    """What the event a noun names acts on, as a verb's direct object: the object of its "of" ("the
    invasion of Georgia", "levels of debt")."""
    return next((c for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for c in prep.children if c.dep_ == "pobj"), None)
