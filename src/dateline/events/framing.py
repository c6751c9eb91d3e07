"""PLOVER rules that type an event by how the sentence frames its action, not by the verb alone.

- A cooperative action reported in the future is an intention: AGREE ("will send aid").
- A conflictual action someone will take, or vows to take, is a threat: THREATEN ("said they would
  blockade the port"); so is a planned action with a condition the other side must meet ("will withdraw its
  force unless ..."). Preparing to use force is a show of force: MOBILIZE ("prepared to start shelling").
- A cooperative action someone will not take is a rejection: REJECT ("will not accept more refugees").
- An action a speaker says another party must or should take is a demand: DEMAND, with the speaker as
  actor and that party as target ("Norland said Caldera must return the trawler").
- Force is FIGHT (conventional military force) or ASSAULT (one-sided violence) by its victims and means:
  an attack on civilians, refugees or other unarmed people, or with machetes, knives or rocks, is
  ASSAULT; a killing done by a military attack ("air strikes killed ...") is FIGHT, one done by a bomb
  or a mine stays ASSAULT.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dateline.events.lexicon import (
    COOPERATIVE,
    EXPLOSIVE_NOUNS,
    PLACE_NOUNS,
    PLANNED_AUX,
    PLOVER_PARENT,
    PRIMITIVE_WEAPONS,
    PROPERTY_NOUNS,
    SITE_NOUNS,
    UNARMED_SECTORS,
    WEAPON_NOUNS,
)

CONFLICTUAL = {"SANCTION", "PROTEST", "COERCE", "ASSAULT", "FIGHT", "MOBILIZE"}
"""PLOVER types of conflictual actions: announced for the future, they are threats."""
FORCE = {"ASSAULT", "FIGHT"}
OBLIGATION_AUX = {"must", "should"}
VOWING_HEADS = {"vow", "swear", "pledge", "promise", "threaten"}
PREPARING_HEADS = {"prepare", "ready", "poised", "mass"}
_SELF = {"i", "we", "us", "me"}


def _auxes(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def infinitive(token: Token) -> bool:
    """`token` is an infinitive complement of its head ("vowed to fight"; the parser sometimes calls it
    an adverbial clause)."""
    return token.dep_ == "xcomp" or token.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _governors(token: Token):
    """The verbs governing `token` through infinitives: "vowed to continue fighting" -> continue, vow."""
    while infinitive(token) and token.head.i != token.i:
        token = token.head
        yield token


def _will(token: Token) -> bool:
    """The action is announced for the future by its own auxiliary or a vow ("will", "vowed to")."""
    return bool(_auxes(token) & PLANNED_AUX) or any(g.lemma_ in VOWING_HEADS for g in _governors(token))


def _conditional(token: Token) -> bool:
    """A clause under the trigger sets a condition on it ("... unless the president steps down")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for c in token.children)


def demanded_of(token: Token) -> Token | None:
    """The speaker's verb when the trigger is an action a speaker says someone else must or should take
    ("X said Y must V": the trigger V is a clausal complement of "said" with "must"); else None."""
    if not _auxes(token) & OBLIGATION_AUX or token.dep_ != "ccomp" or token.head.pos_ != "VERB":
        return None
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" and subject.lower_ in _SELF:
        return None
    return token.head


def framed_type(token: Token, kind: str, mood: str) -> str:
    """The PLOVER type of the event whose trigger is `token`, whose verb alone gives `kind` and whose
    modality (events.modality) is `mood`."""
    parent = PLOVER_PARENT.get(kind, kind)
    if demanded_of(token) is not None:
        return "DEMAND"
    if _will(token) and _conditional(token):
        return "THREATEN"
    if mood == "planned" and parent in COOPERATIVE:
        return "AGREE"
    if parent in COOPERATIVE and _negated(token) and _will(token):
        return "REJECT"
    if _negated(token):
        return kind
    if _will(token) and parent in CONFLICTUAL:
        return "THREATEN"
    if parent in FORCE and any(g.lemma_ in PREPARING_HEADS for g in _governors(token)):
        return "MOBILIZE"
    return kind


def force_type(kind: str, actor: Token | None, target_heads: list[Token], sector: Callable[[str], str | None],
               noun_type: Callable[[str], str | None], unarmed: set[str] = frozenset()) -> str:
    """FIGHT or ASSAULT for an event of type `kind` with this actor and these targets (`sector` gives a
    role noun's CAMEO sector, `noun_type` an event noun's type, `unarmed` the nouns for captives and people
    at large); other types are returned unchanged."""
    if kind == "FIGHT":
        victims = [head for target in target_heads for head in [target, *_owners_for(target)]
                   if head.lemma_.lower() not in PLACE_NOUNS | SITE_NOUNS | PROPERTY_NOUNS]  # a school is no student
        if any(sector(v.lemma_.lower()) in UNARMED_SECTORS or sector(v.lower_) in UNARMED_SECTORS
               or v.lemma_.lower() in unarmed for v in victims):
            return "ASSAULT"
        armed_with = [w for w in (actor.subtree if actor is not None else ())
                      if w.pos_ == "NOUN" and w.lemma_.lower() in PRIMITIVE_WEAPONS]  # not "Little Rock"
        return "ASSAULT" if armed_with else kind
    if kind == "ASSAULT" and actor is not None and actor.pos_ == "NOUN":
        means = actor.lemma_.lower()
        modifiers = {c.lemma_.lower() for c in actor.lefts if c.dep_ in ("compound", "amod")}
        military = means in WEAPON_NOUNS or "FIGHT" in {noun_type(means), *(noun_type(m + means) for m in modifiers)}
        if military and not EXPLOSIVE_NOUNS & {means, *modifiers}:  # "air strikes" as "airstrikes"
            return "FIGHT"
    return kind


def _owners_for(thing: Token) -> list[Token]:
    """Who a place is for ("a camp for refugees", "a refugee camp")."""
    return [c for c in thing.lefts if c.dep_ == "compound"] + [
        c for prep in thing.children if prep.dep_ == "prep" and prep.lower_ == "for"
        for c in prep.children if c.dep_ == "pobj"]
