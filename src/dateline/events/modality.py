"""Modality of an event: reported as having happened, planned, possible or negated.

Read from the trigger's own auxiliaries and negation and from the verb that governs it: "may withdraw" is
possible, "will visit", "plans to visit" and "is willing to withdraw" are planned, "did not attack" and "denies
targeting" are negated; an event in a condition ("if the company is indicted or convicted") is possible.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from dateline.events.lexicon import (
    CONDITIONS,
    NEGATION_HEADS,
    PLANNED_AUX,
    PLANNING_HEADS,
    POSSIBILITY_HEADS,
    POSSIBLE_AUX,
    WILLING,
)

Modality = Literal["reported", "planned", "possible", "negated"]


def _own(token: Token) -> Modality | None:
    children = list(token.children)
    if any(c.dep_ == "neg" for c in children):
        return "negated"
    auxes = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    if auxes & POSSIBLE_AUX:
        return "possible"
    if auxes & PLANNED_AUX or ("going" in auxes and any(c.lower_ == "to" for c in children)):
        return "planned"
    return None


def conditional(token: Token) -> bool:
    """Whether the clause of `token`, or the clause it is joined to ("is indicted or convicted"), is a condition
    ("if ...", "unless ...")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in token.children)


def modality(trigger: Token) -> Modality:
    """The modality of the event whose trigger is `trigger`."""
    own = _own(trigger)
    if own:
        return own
    if conditional(trigger):
        return "possible"
    head = trigger.head
    if trigger.dep_ in ("xcomp", "ccomp", "pcomp") and head.i != trigger.i:
        if head.lemma_ in NEGATION_HEADS:
            return "negated"
        governing = _own(head)
        if governing == "negated":
            return "negated"
        if head.lemma_ in POSSIBILITY_HEADS:
            return "possible"
        if trigger.dep_ == "xcomp" and (head.lemma_ in PLANNING_HEADS or head.lemma_ in WILLING):
            return "planned"
        if governing in ("possible", "planned") and trigger.dep_ == "xcomp":
            return governing
    return "reported"
