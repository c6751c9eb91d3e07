"""Whether the text supports a conflict event: precision where nothing violent happens.

Business, sport, technology and figurative news use the verbs of conflict ("entered the market", "beat the
champion 7-5", "fought cancer", "fears hurt stocks"). A conflict-type event (FIGHT, ASSAULT, COERCE,
MOBILIZE and the extension types) is kept only when:

- the story and the sentence are not ones PETRARCH2 discards (its `Phoenix.discards.txt`: a story-level
  phrase such as "French Open" or "World Cup" marks a sports or entertainment story, a sentence-level one
  such as "goalless draw" or "traffic accident" a sentence; generated `dateline/data/event_discards.json`);
- its actor, when it has one, can act: a person, group, force or state (a named person, group, place or
  nationality, a pronoun for people, a role noun of the CAMEO agents dictionary), a weapon (dateline's and
  the CAMEO `&WEAPON`/`&AIRCRAFT` sets) or an act of force ("air strikes killed ..."); not an
  abstraction or a thing ("fears", "the agreement", "the jetliner");
- its direct object, when it has one, can be acted on: a person, group, force or state, a place, building
  or other property, a weapon, or an event ("launched an attack"); not an abstraction ("fought cancer",
  "entered a recession", "kicks out 302 hp");
- it has an actor or a target that can take part at all (no "[recovering]" with neither).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from dateline.events.lexicon import PLOVER_PARENT, Lexicon

CONFLICT_TYPES = {"FIGHT", "ASSAULT", "COERCE", "MOBILIZE"}
"""PLOVER types of force and coercion; the extension types refine FIGHT, RETREAT, COERCE and ASSAULT."""
_EXTENSION_CONFLICT = {"take control", "lose control", "destroy", "damage", "execute"}
_PEOPLE_PRONOUNS = {"he", "she", "they", "we", "i", "him", "her", "them", "us", "who", "whom"}
_ACTOR_ENTITY_TYPES = {"PERSON", "NORP", "GPE", "ORG", "ARMED_GROUP"}
_PLACE_ENTITY_TYPES = {"GPE", "LOC", "FAC"}


def is_conflict(kind: str) -> bool:
    return kind in _EXTENSION_CONFLICT or PLOVER_PARENT.get(kind, kind) in CONFLICT_TYPES


@lru_cache(maxsize=1)
def _discards() -> tuple[re.Pattern, re.Pattern]:
    data = json.loads(resources.files("dateline").joinpath("data", "event_discards.json").read_text("utf-8"))

    def pattern(phrases: list[str]) -> re.Pattern:
        return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
                          + r")(?![\w-])", re.IGNORECASE)

    return pattern(data["story"]), pattern(data["sentence"])


def discarded_story(text: str) -> bool:
    """A story PETRARCH2's story-level discards mark as sport or entertainment."""
    return _discards()[0].search(text) is not None


def discarded_sentence(text: str) -> bool:
    return _discards()[1].search(text) is not None


def can_act(token: Token, lex: Lexicon, named: str | None) -> bool:
    """A person, group, force or state: `named` is the label of the entity at the token, if any."""
    if token.pos_ == "PRON":
        return token.lower_ in _PEOPLE_PRONOUNS
    if named in _ACTOR_ENTITY_TYPES or token.ent_type_ in _ACTOR_ENTITY_TYPES:
        return True
    lemma = token.lemma_.lower()
    roles = [lemma, token.lower_] + [f"{c.lower_} {lemma}" for c in token.lefts if c.dep_ == "compound"] + [
        c.lemma_.lower() for c in token.lefts if c.dep_ == "compound"]  # "police officers" are police
    return any(lex.sector(role) is not None for role in roles) or (token.pos_ == "PROPN" and not token.ent_type_)


def can_be_acted_on(token: Token, lex: Lexicon, named: str | None, is_thing: bool) -> bool:
    """A person, group, force or state (people the CAMEO sets name too: "prisoners", "refugees"), a place,
    building or other property, a weapon or an event."""
    lemma = token.lemma_.lower()
    return (can_act(token, lex, named) or is_thing or named in _PLACE_ENTITY_TYPES or named == "SITE"
            or lemma in lex.weapons or lemma in lex.people or lex.noun_type(lemma) is not None
            or token.pos_ == "PRON")
