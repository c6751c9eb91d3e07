"""Events from a parsed document: triggers, participants, place, time, status and modality.

One event per trigger verb (a verb the lexicon types, or a light verb typed by its event noun: "staged
demonstrations"); a trigger governed by another trigger through an infinitive ("threatened to storm",
"promised to withdraw") is part of that event, not a second one. How the sentence frames the action can
change its type (events/framing.py); the PETRARCH2 verb patterns type a verb by the words around it
(events/patterns.py); a conflict-type event the text does not support is not read (events/plausible.py).
Participants are resolved to the entity they name: pronouns to the person or group before them, forces
named after a capital or seat to its state (events/states.py).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from dateline.events.framing import CONFLICTUAL, demanded_of, force_type, framed_type, infinitive
from dateline.events.idioms import idiom_triggers
from dateline.events.lexicon import (
    ARMED_SECTORS,
    ARMED_WORDS,
    CONDITIONAL_CONTROL,
    EASING_VERBS,
    ENDED_TYPES,
    ENDING_VERBS,
    EXTENSION,
    LIGHT_VERBS,
    MISSION_NOUNS,
    PEACEKEEPING_WORDS,
    PHRASAL,
    PLACE_NOUNS,
    PLANNING_HEADS,
    PLOVER_PARENT,
    PROPERTY_NOUNS,
    REPORTING,
    RESTRICTION_NOUNS,
    SENDING_VERBS,
    SIMPLE_TYPES,
    SITE_NOUNS,
    TRAVEL_VERBS,
    UNIT_NOUNS,
    WEAPON_NOUNS,
    WITHDRAWING_VERBS,
    Lexicon,
)
from dateline.events.modality import modality
from dateline.events.participants import (
    acted_on,
    actor_in,
    actor_span,
    condition_subjects,
    members,
    named_in_apposition,
    nominal_participants,
    objects,
    operator_end,
    own_side,
    owners,
    phrase,
    place_objects,
    recipients,
    relative_antecedent,
    shared_head,
    subject,
    without_count,
)
from dateline.events.patterns import hyphenated, match, names_object
from dateline.events.plausible import can_act, can_be_acted_on, discarded_sentence, discarded_story, is_conflict
from dateline.events.senses import (
    GIVING_BLOCKS,
    REQUEST_VERBS,
    commands,
    gives_to_someone,
    refuses_something,
    requests,
    resultative,
)
from dateline.events.states import state_of
from dateline.record import Document, Entity, Event, Participant, Quote, Segment, Timex

_PLACE_LABELS = {"GPE", "LOC", "FAC", "SITE"}
_SINGULAR_PERSONS = {"he", "him", "she", "her"}
_PLURALS = {"they", "them"}
_FIRST_PERSON = {"we", "us", "i", "me"}
_PERSON_REFERENT = {"PERSON"}
_GROUP_REFERENT = {"ARMED_GROUP", "ORG", "NORP"}
_BODY_REFERENT = {"ARMED_GROUP", "ORG"}
"""Who "it" stands for when it acts (as a subject): a named group or organisation ("the Ridge Brigade ... In
May it seized the port"), never a place or a nationality."""
_REFERENT_REACH = 400
"""How far back (characters) a pronoun's referent may be named: about the last two or three sentences."""
_BACKING = {"led", "backed", "allied", "controlled", "supported", "sponsored", "aligned", "trained", "funded",
            "loyal", "commanded", "run"}
"""Words that make a place the power behind forces ("Tehran-led militias", "Kremlin-backed troops")."""

_CONTROL = {"take control", "lose control"}
_MOVING_VERBS = TRAVEL_VERBS | SENDING_VERBS | {"deploy"}
_HELD = PLACE_NOUNS | SITE_NOUNS | {"positions"}
"""What is taken or lost when control changes hands (by lemma; "positions" by its plural form: "lost his
position as chairman" is no loss of ground)."""
"""Objects that make "took", "won" or "lost" a change of control: places, sites and military positions."""
_ACTS_ON_PLACES = _CONTROL | {"destroy", "damage", "FIGHT"}
"""Event types whose pronoun target ("retook it") stands for a place or site named earlier in the story."""
_STATE_PRONOUNS = {"this", "that"}
"""Demonstratives that stand for a state of affairs when they are a subject ("this sent prices up")."""
_PLACE_PRONOUNS = {"it"}
_NOT_PARTICIPANTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "EVENT", "LAW",
                     "WORK_OF_ART", "LANGUAGE"}
"""Named things that are never who or what an event acts on ("its harbour war", "the Kessa accords")."""
_DATED = re.compile(r"^\d{4}")
"""Time values that date an event (a year or finer), not centuries, decades or unanchored weekdays."""
_NOT_TRIGGERS = (PLANNING_HEADS - {"threaten", "promise", "pledge", "vow", "agree"}) | {
    "try", "attempt", "begin", "start", "continue", "be", "have", "do", "make", "get", "let", "keep", "help"}


_CONTROL_TAKING = {"take", "seize", "gain", "regain", "assume", "wrest", "retake", "recapture"}
_CONTROL_LOSING = {"lose", "cede", "relinquish"}
_CONTROL_PARTICLES = {"back", "over"}
"""Particles that keep a control verb's sense ("took back the town", "took over the base")."""
_DRIVING_OUT = {"drive", "push", "force", "chase", "kick", "oust", "flush"}


def _pobj(head: Token, words: set[str]) -> Token | None:
    return next((c for prep in head.children if prep.dep_ in ("prep", "prt") and prep.lower_ in words
                 for c in prep.children if c.dep_ == "pobj"), None)


def named_place(token: Token) -> bool:
    """Whether the recogniser labelled the token a place."""
    return token.ent_type_ in ("GPE", "LOC", "FAC")


def control_change(token: Token) -> tuple[str, Token | None, list[Token]] | None:
    """A change of control worded around the place rather than on a taking verb, as (type, actor head,
    target heads): "took control of X" / "lost control of X"; "X fell to Y" (Y takes X); "Y were driven out
    of X" (Y lose X), "Z drove Y out of X" (Z takes X); without "out", only from a place ("drove the rebels
    from Velk", "were ousted from Mosul")."""
    lemma = token.lemma_.lower()
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if dobj is not None and dobj.lemma_.lower() == "control" and lemma in _CONTROL_TAKING | _CONTROL_LOSING:
        place = _pobj(dobj, {"of", "over"})
        if place is not None:
            kind = "take control" if lemma in _CONTROL_TAKING else "lose control"
            return kind, subject(token), members(place)
    if lemma == "fall" and (taker := _pobj(token, {"to"})) is not None:
        held = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if held is not None and (named_place(held) or held.lemma_.lower() in _HELD
                                 or held.lower_ == "it" or held.pos_ == "PROPN" and not held.ent_type_):
            return "take control", taker, [held]
    out = next((c for c in token.children if c.lower_ == "out"), None)
    if lemma in _DRIVING_OUT and (out is not None or any(c.dep_ in ("dobj", "nsubjpass") for c in token.children)):
        place = (_pobj(out, {"of", "from"}) if out is not None else None) or _pobj(token, {"of", "from"})
        if out is None and place is not None and not (named_place(place) or place.lemma_.lower() in _HELD):
            place = None  # "drove the rebels from Velk", "were ousted from Mosul"; not "ousted from the board"
        if place is not None:
            driven = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
            if driven is not None:
                return "lose control", driven, members(place)
            return "take control", subject(token), members(place)
    return None


def misread_noun(token: Token) -> bool:
    """Whether the parser tagged a noun as a verb where English grammar has no verb: a verb that is the object
    of a preposition and no gerund or participle ("bans for Hawks pass rusher Ivo Brandt": "pass" as the object
    of "for"; "after killing" and "accused of shelling" are gerunds, and stay verbs), or a bare infinitive on a
    noun, with no "to" ("the brawl ... pass rusher": a clause on a noun is a participle, "the
    town captured", or an infinitive with "to", "a plan to leave")."""
    if token.dep_ == "acl" and token.tag_ == "VB":
        return not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return token.dep_ == "pobj" and token.tag_ not in ("VBG", "VBN")


_ADVERB_PARTICLES = {"up", "down", "out", "off", "back", "in", "over", "away", "on", "forth"}
"""The adverb particles of phrasal verbs, as the CAMEO dictionary lists them ("+PULL_BACK", "+CRACK_DOWN")."""


def particles(verb: Token) -> list[Token]:
    """The verb's particles: those the parser marks, and a particle right after the verb that the parser reads
    as a preposition or adverb because a preposition of its own follows it ("pulled out of the town", "pulled
    back from the border": a phrasal-prepositional verb, whose particle belongs to the verb)."""
    return [c for c in verb.children if c.dep_ == "prt" or (
        c.dep_ in ("prep", "advmod") and c.i == verb.i + 1 and c.lower_ in _ADVERB_PARTICLES
        and any(g.dep_ == "prep" for g in c.children))]


def trigger_type(token: Token, lex: Lexicon) -> str | None:
    """The event type `token` triggers, or None if it is not an event trigger."""
    if token.pos_ != "VERB" or token.dep_ in ("amod", "compound") or misread_noun(token):
        return None
    if (change := control_change(token)) is not None:
        return change[0]
    lemma = _lemma(token)
    if lemma == token.lower_ and lemma in EXTENSION:  # irregular past forms the lemmatiser leaves ("retook")
        return EXTENSION[lemma]
    dobj = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    for child in particles(token):
        if (lemma, child.lower_) in PHRASAL:
            kind = PHRASAL[(lemma, child.lower_)]
            # "took over the town" changes control; "took over as chief executive" does not
            return None if kind in _CONTROL and (dobj is None or dobj.pos_ == "PRON" and dobj.lower_ != "it") \
                else kind
    for child in particles(token):  # the CAMEO dictionary's own phrasal verbs ("cracked down", "pulled back")
        if (phrasal := f"{lemma} {child.lower_}") in lex.verbs:
            found = match(token, lex.verb_patterns(phrasal), lex)
            kind = found.type if found is not None else lex.verb_type(phrasal, object_words(dobj) if dobj else [])
            if kind is not None:
                return kind
    if lemma == "fire" and dobj is not None and dobj.pos_ in ("PRON", "PROPN") and dobj.lower_ != "it" and not any(
            c.dep_ == "prep" and c.lower_ in ("at", "on", "upon", "into") for c in token.children):
        return None  # "he was fired from the company", "fired its chief executive": a dismissal
    if (kind := object_event_type(token, dobj, lex)) is not None:
        return kind
    noun = event_noun(token)
    if noun is not None:
        kind = lex.cued_type(lemma, object_words(noun)) or lex.noun_type(noun.lemma_.lower())
        # A subject noun ("clashes erupted") is an event only when it is a conflict: "construction began"
        # is not news dateline codes.
        if kind and (noun.dep_ != "nsubj" or PLOVER_PARENT.get(kind, kind) in CONFLICTUAL):
            return kind
    if lemma in _NOT_TRIGGERS:
        return framing_noun_type(token, dobj, lex)
    if lemma in CONDITIONAL_CONTROL:
        if any(c.dep_ == "prt" and c.lower_ not in _CONTROL_PARTICLES for c in token.children):
            return None  # a phrasal verb of its own: "take on Netflix" challenges it, "won over the crowd"
        pronoun = dobj is not None and dobj.pos_ == "PRON"
        gives_up = pronoun and (any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)  # "lost it to"
                                or dobj.lower_ == "it" and lemma in ("lose", "cede", "regain"))  # "lost it on May 3"
        # "captured the port ... but lost it": a verb coordinated with a change of control shares its place
        follows = pronoun and token.dep_ == "conj" and trigger_type(token.head, lex) in _CONTROL
        if (dobj is not None
                and (named_place(dobj) or dobj.lemma_ in _HELD or dobj.lower_ in _HELD)
                or gives_up or follows):
            return CONDITIONAL_CONTROL[lemma]
        return None
    lemma = verb_lemma(token, lex)
    if EXTENSION.get(lemma) == "lose control" and dobj is not None and not _held(dobj):
        # "evacuated 3,000 residents", "abandoned the talks": no place lost; the CAMEO dictionary codes them
        # (evacuate people: provide aid; "ABANDON * PLAN" no event)
        found = match(token, lex.verb_patterns(lemma), lex)
        return found.type if found is not None else (lex.verbs.get(lemma) or {}).get("type")
    found = match(token, lex.verb_patterns(lemma), lex) if lemma not in REPORTING else None
    if found is not None and (found.type is None or lemma not in EXTENSION and lemma not in SIMPLE_TYPES):
        return found.type
    return lex.verb_type(lemma, object_words(dobj) if dobj is not None else [])


def framing_noun_type(token: Token, dobj: Token | None, lex: Lexicon) -> str | None:
    """The type of a framing verb ("set", "make", "seek": no event alone, `_NOT_TRIGGERS`) from a pattern the
    PETRARCH2 dictionary writes for this very verb and that names its object noun ("set fire to the tomb":
    `SET * FIRE [180]`; "sought refuge"), or None: the dictionary's own entry says what the verb means with that
    noun, as for the noun's own verb ("burned the tomb"); other nouns leave it a frame ("set a date")."""
    if dobj is None:
        return None
    lemma = token.lemma_.lower()
    own = [p for p in lex.verb_patterns(lemma) if lemma in p.get("for", ()) and names_object(p, dobj, lex)]
    found = match(token, own, lex) if own else None
    return found.type if found is not None else None


def _who_moves(noun: Token) -> set[str]:
    """The lemmas naming who moves: the noun and the words before it ("peacekeeping troops"), through a unit's
    "of" ("a battalion of peacekeeping troops"), not the rest of its phrase ("the head of the peacekeeping
    mission" is no peacekeeper)."""
    nouns = [noun] + [pobj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      and noun.lemma_.lower() in UNIT_NOUNS for pobj in prep.children if pobj.dep_ == "pobj"]
    return {w.lemma_.lower() for n in nouns for w in [*n.lefts, n] if w.dep_ in ("compound", "amod", "nmod")
            or w.i == n.i}


def object_event_type(token: Token, dobj: Token | None, lex: Lexicon) -> str | None:
    """The type a verb takes from what it acts on, PLOVER coding the act by its object or purpose:
    easing a restriction is CONCEDE ("shortened the curfew"), ending an event reverses it ("ended
    mediation efforts" SANCTION, "halted the offensive" RETREAT), withdrawing inspectors or diplomats is
    SANCTION, peacekeepers arriving or sent are AID, and a trip is coded for what it is for ("returned to
    Geneva for talks" CONSULT)."""
    lemma = token.lemma_.lower()
    words = object_words(dobj) if dobj is not None else []
    if lemma in EASING_VERBS and RESTRICTION_NOUNS & set(words):
        return "CONCEDE"
    if lemma in ENDING_VERBS and dobj is not None:
        ended = next((kind for word in words if (kind := lex.noun_type(word))), None)
        if ended is not None and PLOVER_PARENT.get(ended, ended) in ENDED_TYPES:
            return ENDED_TYPES[PLOVER_PARENT.get(ended, ended)]
    if lemma in WITHDRAWING_VERBS and dobj is not None and dobj.lemma_.lower() in MISSION_NOUNS:
        return "SANCTION"
    if lemma in _MOVING_VERBS:
        moved = {w for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for w in _who_moves(c)}
        if PEACEKEEPING_WORDS & moved:
            return "AID"
    if lemma in TRAVEL_VERBS:
        purposes = [c for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "for"
                    for c in prep.children if c.dep_ == "pobj"]
        return next((kind for noun in purposes if (kind := lex.noun_type(noun.lemma_.lower()))), None)
    return None


def event_noun(token: Token) -> Token | None:
    """The noun that names the event of a light verb: its object ("staged demonstrations") or, without
    one, its subject ("clashes between X and Y erupted", "riots are continuing")."""
    if token.lemma_.lower() not in LIGHT_VERBS:
        return None
    dobj = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    noun = dobj or next((c for c in token.children if c.dep_ == "nsubj"), None)
    return noun if noun is not None and noun.pos_ == "NOUN" else None


def _lemma(token: Token) -> str:
    """The token's lemma, lower-cased; "wound" with a particle ("wound up", "wound down") is the past of wind,
    which the lemmatiser can leave as the verb to wound."""
    if token.lower_ == "wound" and any(c.dep_ == "prt" for c in token.children):
        return "wind"
    return token.lemma_.lower()


def verb_lemma(token: Token, lex: Lexicon) -> str:
    """The token's lemma, or, when the lexicon does not know it, the regular base form the lexicon knows
    (the small model lemmatises some past forms wrongly: "staged" -> "stag")."""
    lemma = _lemma(token)
    if lemma in lex.verbs or lemma in SIMPLE_TYPES or lemma in EXTENSION:
        return lemma
    word = token.lower_
    for base in (word[:-1], word[:-2], word[:-3] + "e", word[:-3]) if word.endswith(("ed", "es", "ing")) else ():
        if base in lex.verbs:
            return base
    return lemma


def object_words(head: Token) -> list[str]:
    """The object's hyphenated word whole ("sit-in", "cease-fire": the tokenizer splits them), its noun
    modifiers, its head, then its adjectives, nearest first, each as lemma and form: a noun modifier names the
    kind ("hunger strike", "peacekeeping force"), an adjective rarely does."""
    def words(dep: str) -> list[str]:
        return [w for c in reversed(list(head.lefts)) if c.dep_ == dep for w in (c.lemma_.lower(), c.lower_)]
    whole = hyphenated(head)
    return ([whole] if whole else []) + words("compound") + [head.lemma_.lower(), head.lower_] + words("amod")


_ANTECEDENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"}


def _governing_verb(token: Token) -> Token:
    """The verb whose clause `token` is in (the sentence root when none)."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def _held(token: Token) -> bool:
    """A place, site or position, what is held and lost ("evacuated the town", "abandoned their positions")."""
    return named_place(token) or token.lemma_.lower() in _HELD or token.lower_ in _HELD or (
        token.pos_ in ("PROPN", "PRON") and not token.ent_type_)


def _bare_count(token: Token) -> bool:
    """A number standing alone for what it counts ("killing three", "wounding at least 40")."""
    return token.like_num and not any(c.dep_ == "prep" for c in token.children)


_OTHERS = {"others", "another"}


def elided_object(token: Token) -> Token | None:
    """The noun an elliptical object stands for: a count alone or "others" as the direct object of a verb joined
    to another verb stands for that verb's direct object ("killed one soldier and wounded two others", "killing
    one person and arresting 12": the soldiers wounded, the people arrested). None otherwise."""
    if token.dep_ != "dobj" or not (_bare_count(token) or token.lower_ in _OTHERS) or token.head.dep_ != "conj":
        return None
    return next((c for c in token.head.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)


def _speaker_for(pronoun: Token, trigger: Token) -> Token | None:
    """"Government forces said they had retaken...": a pronoun subject under a speech verb is its speaker."""
    if pronoun.lower_ not in ("they", "it", "he", "she", "we"):
        return None
    for ancestor in trigger.ancestors:
        if ancestor.lemma_ in REPORTING:
            return next((c for c in ancestor.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    return None


def _reported_by_speech(trigger: Token) -> bool:
    for ancestor in trigger.ancestors:
        if ancestor.lemma_ in REPORTING and ancestor.pos_ == "VERB":
            return True
    sentence = trigger.sent
    return any(t.lower_ == "according" and t.nbor(1).lower_ == "to" for t in sentence[:-1])


class Builder:
    """Builds the events of one document from its parse and its earlier annotations."""

    def __init__(self, doc: Document, parsed: SpacyDoc, lex: Lexicon):
        self.doc, self.parsed, self.lex = doc, parsed, lex
        self.mentions = sorted(((m.start, m.end, e) for e in doc.entities for m in e.mentions),
                               key=lambda item: item[0])
        self.discarded_story = discarded_story(doc.text)
        self.places: list[Participant] = []
        """The places of the events built so far, in text order: what "it" most likely stands for."""

    def entity_at(self, start: int, end: int) -> Entity | None:
        for m_start, m_end, entity in self.mentions:
            if m_start < end and start < m_end:
                return entity
        return None

    def participant(self, token: Token, actor: bool = False) -> Participant:
        """The participant headed by `token`; an actor's name takes the place or organisation after it
        ("Rebels in the Kessa Valley"), a target's does not (its place is the event's place); an actor that
        is a weapon is its operator ("Norlandic army bulldozers" -> Norlandic army)."""
        start, end = phrase(token)
        if not self.is_thing(token):
            start, end = actor_span(token, *without_count(token, start, end), with_tail=actor)
        if actor and token.lemma_.lower() in WEAPON_NOUNS:  # "Norlandic tanks fired": Norlandic fired
            cut = operator_end(token, self.is_armed)
            start, end = (start, cut) if cut is not None and start < cut < end else (start, end)
        return self._at(token, start, end)

    def participants(self, token: Token, actor: bool = False) -> list[Participant]:
        """The participants headed by `token`: one, or two when two named sides share the noun ("US and
        British forces" -> US, British forces; "Hungarian and Romanian officials"), as event coders code
        each side as an actor."""
        whole = self.participant(token, actor)
        cut = shared_head(token)
        if cut is None or not whole.mention.start < cut[0] < cut[1] < whole.mention.end:
            return [whole]
        return [self._at(token, whole.mention.start, cut[0]), self._at(token, cut[1], whole.mention.end)]

    def state_forces(self, token: Token, start: int) -> Participant | None:
        """Forces named after a state's capital, seat or name ("Damascus-led forces", "Kremlin-backed troops",
        "Kyiv's forces") are that state's forces: the participant is named after the state, not the place."""
        if not (self.is_armed(token) or token.lemma_.lower() in UNIT_NOUNS or self.lex.sector(token.lemma_.lower())):
            return None
        doc = token.doc
        span = doc.char_span(start, token.idx + len(token), alignment_mode="expand")
        for word in doc[span.start:token.i] if span is not None else ():
            after = doc[word.i + 1] if word.i + 1 < token.i else None
            linked = after is not None and (after.lower_ in ("'s", "’s") or after.text == "-" and word.i + 2 < token.i
                                            and doc[word.i + 2].lower_ in _BACKING)
            entity = self.entity_at(word.idx, word.idx + len(word)) if linked else None
            state = state_of(entity, self.lex) if entity is not None else None
            if state is not None:
                named = next((e for e in self.doc.entities if e.name == state and e.label in ("GPE", "NORP")), None)
                return Participant(mention=self.doc.span(start, token.idx + len(token)),
                                   entity=named.id if named else None, name=state)
        return None

    def referent(self, pronoun: Token) -> Entity | None:
        """Who a personal pronoun stands for: "he"/"she" the person, "they" the group (armed group,
        organisation, nationality) named last before it in the last few sentences, never a place nor
        another participant of its own clause; "we"/"I" in a quote its speaker. None when the text names
        none."""
        word = pronoun.lower_
        if word in _FIRST_PERSON:
            quote = self.quote_of(pronoun.idx, pronoun.idx + len(pronoun))
            entity = quote.speaker.entity if quote is not None else None
            return next((e for e in self.doc.entities if e.id == entity), None)
        labels = _PERSON_REFERENT if word in _SINGULAR_PERSONS else _GROUP_REFERENT if word in _PLURALS else (
            _BODY_REFERENT if word == "it" and pronoun.dep_ == "nsubj" else None)
        if labels is None:
            return None
        clause = _governing_verb(pronoun)
        earlier = [e for m_start, m_end, e in self.mentions
                   if m_end <= pronoun.idx and pronoun.idx - m_start <= _REFERENT_REACH and e.label in labels
                   and not self.in_clause(m_start, m_end, clause) and not self.modifies(m_start, m_end)]
        return earlier[-1] if earlier else None

    def modifies(self, start: int, end: int) -> bool:
        """Whether the name at start:end only qualifies another noun ("the Nicolas Maduro government", "the
        Velmar parliament"): a pronoun stands for who is spoken of, not for a qualifier."""
        span = self.parsed.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        token = span.root
        while token.dep_ in ("compound", "nmod", "amod") and token.head.i != token.i:
            token = token.head
        return token.i != span.root.i and token.pos_ == "NOUN"

    def in_clause(self, start: int, end: int, clause: Token) -> bool:
        """Whether the words at start:end are a participant of the clause of verb `clause` itself: a pronoun
        never stands for another participant of its own clause ("police arrested them" are not the police)."""
        span = self.parsed.char_span(start, end, alignment_mode="expand")
        return span is not None and _governing_verb(span.root).i == clause.i

    def group_antecedent(self, pronoun: Token, named: Entity | None) -> Token | None:
        """The role noun a pronoun stands for when it is named after the group `named`, if any: for
        "they"/"them" the last plural noun for people, a force or a group in the last few sentences ("Rebel
        fighters entered Tobrin. They burned the market"), for an acting "it" the last force or unit ("The
        Calderan army crossed the border. On Tuesday it captured ..."); not one of the pronoun's own clause
        ("police arrested them" are not the police)."""
        plural = pronoun.lower_ in _PLURALS
        if not plural and (pronoun.lower_ != "it" or pronoun.dep_ != "nsubj"):
            return None
        last_named = max((m_start for m_start, m_end, e in self.mentions if e is named and m_end <= pronoun.idx),
                         default=-1)
        clause = _governing_verb(pronoun)
        for token in reversed(pronoun.doc[:pronoun.i]):
            if pronoun.idx - token.idx > _REFERENT_REACH or token.idx < last_named:
                return None
            lemma = token.lemma_.lower()
            if token.dep_ not in _ANTECEDENT_DEPS or _governing_verb(token).i == clause.i:
                continue
            if plural and token.tag_ == "NNS" and (
                    self.is_armed(token) or self.lex.sector(lemma) is not None or lemma in self.lex.people):
                return token
            if not plural and token.tag_ == "NN" and (self.is_armed(token) or lemma in UNIT_NOUNS):
                return token  # "The Calderan army crossed the border. On Tuesday it captured ..."
        return None

    def standing_for(self, start: int, end: int, noun: Token) -> Participant:
        """A pronoun (or an elliptical object) at start:end that stands for `noun`: it keeps its mention and takes
        the entity named in the noun's phrase ("AQIM fighters": AQIM), else the phrase as its name."""
        named = self.entity_at(*phrase(noun))
        return Participant(mention=self.doc.span(start, end), entity=named.id if named else None,
                           name=named.name if named else self.doc.span(*phrase(noun)).text)

    def _at(self, token: Token, start: int, end: int) -> Participant:
        # "Velk, which rebels had captured"; "killed one soldier and wounded two others"
        if (noun := relative_antecedent(token) or elided_object(token)) is not None:
            return self.standing_for(start, end, noun)
        if token.pos_ == "PRON":
            entity = self.referent(token)
            if (noun := self.group_antecedent(token, entity)) is not None:
                return self.standing_for(start, end, noun)
        elif (forces := self.state_forces(token, start)) is not None:
            return forces
        else:
            entity = self.entity_at(start, end)
            for prep in token.children:  # "Rebels of the Northern Coast Front": linked to the group named
                if entity is None and prep.dep_ == "prep" and prep.lower_ == "of":
                    named = [c for c in prep.children if c.dep_ == "pobj"]
                    entity = self.entity_at(*phrase(named[0])) if named else None
        return Participant(mention=self.doc.span(start, end), entity=entity.id if entity else None,
                           name=entity.name if entity else None)

    def takes_part(self, token: Token) -> bool:
        """Whether a noun can be an event's target: a named actor or place, a pronoun, a role noun
        ("refugees", "troops", "forces") or people a CAMEO set names ("prisoners"), a place, building or
        other physical thing; not a date or an abstraction. An elliptical object takes part as what it stands for
        ("arresting 12" after "killing one person")."""
        if (noun := elided_object(token)) is not None:
            token = noun
        if token.ent_type_ in _NOT_PARTICIPANTS:
            return False
        if token.ent_type_ or token.pos_ in ("PROPN", "PRON"):
            return True
        return self.is_thing(token) or self.is_armed(token) or self.lex.sector(token.lemma_.lower()) is not None \
            or self.lex.sector(token.lower_) is not None or token.lemma_.lower() in self.lex.people

    def actor_of(self, token: Token) -> Token | None:
        """The actor a noun names: itself (a person, group, organisation or named place), the named actor
        in its modifiers ("the Ridge Brigade faction" -> Ridge Brigade), or None (a thing, an abstraction)."""
        return None if self.is_thing(token) else actor_in(token, self.takes_part)

    def is_armed(self, token: Token) -> bool:
        return token.lower_ in ARMED_WORDS or self.lex.sector(token.lemma_.lower()) in ARMED_SECTORS

    def affected(self, trigger: Token, target_heads: list[Token], kind: str) -> list[Participant]:
        """The actors the event affects, the way event coders (PLOVER) name a target: a person, group or
        named place acted on is itself; a thing acted on stands for its owner or the place it lies in
        (`owners`); the actor's own forces ("withdrew its troops", "mobilized navy reservists") are
        not affected. With none of those, the actor the action is directed to ("opened its borders to
        refugees") or, for a threat, the subject of its condition."""
        heads: list[Token] = []
        for head in target_heads:
            if (own_side(head) or PLOVER_PARENT.get(kind, kind) == "MOBILIZE") and self.is_armed(head):
                continue
            if self.is_thing(head):
                heads.extend(owners(head, self.actor_of))
            elif (actor := self.actor_of(head)) is not None:
                heads.append(named_in_apposition(actor) or actor)
        if not heads:
            heads = recipients(trigger, self.actor_of)
        if not heads and PLOVER_PARENT.get(kind, kind) == "THREATEN":
            heads = condition_subjects(trigger, self.actor_of)
        result: list[Participant] = []
        for participant in (p for head in heads for p in self.participants(head)):
            if not any(p.mention == participant.mention or p.entity and p.entity == participant.entity
                       for p in result):
                result.append(participant)
        return result

    @staticmethod
    def is_thing(token: Token) -> bool:
        """A place, building or other physical thing (not a person or group)."""
        lemma = token.lemma_.lower()
        return lemma in SITE_NOUNS or lemma in PLACE_NOUNS or lemma in PROPERTY_NOUNS

    def place(self, trigger: Token, target_heads: list[Token], targets: list[Participant],
              kind: str) -> Participant | None:
        """A place entity after a place preposition on the trigger or on a target ("shelled the market
        in Homs"), or the place taken or lost."""
        candidates = [self.participant(t) for head in [trigger, *target_heads] for t in place_objects(head)]
        if kind in ("take control", "lose control"):
            candidates = targets + candidates
        for candidate in candidates:
            entity = next((e for e in self.doc.entities if e.id == candidate.entity), None)
            if entity is not None and entity.label in _PLACE_LABELS:
                return candidate
        return None

    def time(self, trigger: Token, sentence: Segment) -> Timex | None:
        """The dated time expression in the event's sentence nearest the trigger (a date, or a duration the
        time stage placed in time: "in the six weeks that followed"), else the last dated one before the
        sentence in the same paragraph (narrative time)."""
        dated = [t for t in self.doc.timexes if t.value and t.type in ("DATE", "TIME") and _DATED.match(t.value)]
        placed = [t for t in self.doc.timexes if t.type == "DURATION" and t.period]
        inside = [t for t in dated + placed if sentence.start <= t.start and t.end <= sentence.end]
        if inside:
            return min(inside, key=lambda t: abs(t.start - trigger.idx))
        paragraph = next((p for p in self.doc.paragraphs if p.start <= sentence.start < p.end), None)
        if paragraph is None:
            return None
        before = [t for t in dated if paragraph.start <= t.start and t.end <= sentence.start]
        return before[-1] if before else None

    def antecedent(self, pronoun: Participant) -> Participant:
        """A pronoun standing for a place ("retook it") named after its antecedent: the place of the last
        event before it that had one (the town taken, not the country it lies in), else the last place or
        site mentioned before it. The mention stays the pronoun; unchanged when no place precedes it."""
        if pronoun.entity is not None or pronoun.mention.text.lower() not in _PLACE_PRONOUNS:
            return pronoun
        start = pronoun.mention.start
        found = [(p.entity, p.name) for p in self.places if p.mention.end <= start] or [
            (e.id, e.name) for _, end, e in self.mentions if end <= start and e.label in _PLACE_LABELS]
        return pronoun.model_copy(update={"entity": found[-1][0], "name": found[-1][1]}) if found else pronoun

    def quote_of(self, start: int, end: int) -> Quote | None:
        for quote in self.doc.quotes:
            if quote.content.start <= start and end <= quote.content.end:
                return quote
        return None

    def events(self) -> list[Event]:
        result: list[Event] = []
        triggers = {t.i: kind for t in self.parsed if (kind := trigger_type(t, self.lex))}
        triggers.update(idiom_triggers(self.parsed))
        triggers = dict(sorted(triggers.items()))
        absorbed: set[int] = set()
        for index, kind in triggers.items():
            token = self.parsed[index]
            if (index in absorbed
                    or token.dep_ in ("xcomp", "ccomp") and token.head.i in triggers and token.head.i != index):
                continue
            purpose = next((c for c in token.children if c.i in triggers and infinitive(c)), None)
            if purpose is not None and (kind == "CONSULT" or token.lemma_.lower() in SENDING_VERBS):
                kind = triggers[purpose.i]  # PLOVER: a meeting called to complain is coded for its content,
                absorbed.add(purpose.i)     # people sent to investigate for what they are sent to do
            if (event := self.event(token, kind, len(result) + 1)) is not None:
                result.append(event)
        return result

    def named_label(self, token: Token) -> str | None:
        entity = self.entity_at(token.idx, token.idx + len(token))
        return entity.label if entity is not None else None

    def supported(self, token: Token, kind: str, actor: Token | None, target_heads: list[Token]) -> bool:
        """Whether the text supports a conflict-type event (events/plausible.py); other types always."""
        if not is_conflict(kind):
            return True
        if self.discarded_story or discarded_sentence(token.sent.text):
            return False
        if actor is not None and actor.dep_ != "nsubjpass" and not self.can_act(actor):
            return False
        if actor is not None and actor.lower_ == "it" and actor.head.i != token.i and not (
                token.dep_ in ("xcomp", "conj") and actor.head.i == token.head.i):
            return False  # "it" acts in its own clause ("it seized", "it began to shell"), not "it went up ... to take"
        candidates = target_heads + [c for c in token.children if c.dep_ == "nsubjpass"]
        if any(self.acted_on(t) for t in candidates):
            return True
        dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
        if dobj is not None and _bare_count(dobj) and self.lex.verb_type(verb_lemma(token, self.lex)) == "ASSAULT":
            return actor is not None  # "opened fire on demonstrators, killing three": a count of people
        if dobj is not None and elided_object(dobj) is not None and self.acted_on(dobj):
            return actor is not None  # "killing one person and arresting 12": twelve people
        if dobj is not None and not any(self.acted_on(t) for t in dobj.subtree if t.pos_ in ("NOUN", "PROPN")) \
                and not self.lex.cued_type(verb_lemma(token, self.lex), object_words(dobj)):
            return False  # "fought cancer", "entered a recession"; not "burned the customs post on the road"
        return actor is not None

    def abstract_doer(self, actor: Token | None) -> bool:
        """Whether the active subject is no one who could act: a common noun that names an act or a state (a verb
        of the CAMEO dictionary or a noun made from one) and no person, group, force, state or thing, nor heads one
        of the agents dictionary's phrases ("the crash sent", "the deal does not affect", "the agreement allows";
        not "the board", "the union", "officials"; nor when its "of" names a body or a thing, "the head of the
        mission"), or "this" / "that" standing for a state of affairs ("this threatens the recovery")."""
        if actor is None or actor.dep_ != "nsubj" or self.named_label(actor) or actor.ent_type_ or any(
                c.pos_ == "PROPN" or c.ent_type_ for c in actor.lefts):
            return False  # a name, or a noun a name heads ("the Umma party", "the al-Qaeda network")
        if actor.pos_ == "PRON" or actor.tag_ == "DT":
            return actor.lower_ in _STATE_PRONOUNS
        return actor.pos_ == "NOUN" and self.lex.names_an_act(actor.lemma_.lower()) and not (
            self.body(actor) or self.is_thing(actor) or any(  # "the head of the mission": a role in what follows
                self.body(o) or not self.lex.names_an_act(o.lemma_.lower())
                for c in actor.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children))

    def body(self, token: Token) -> bool:
        """A person, group, force or state, or a noun heading one of the agents dictionary's phrases ("the
        board", "the union", "officials")."""
        return self.party(token) or token.lemma_.lower() in self.lex.actor_heads

    def can_act(self, token: Token) -> bool:
        """A person, group, force or state (an "it" standing for an armed group or a force too), a weapon, or
        an act of force ("air strikes killed ...")."""
        lemma = token.lemma_.lower()
        if token.lower_ == "it":  # a named armed group or a force: a company "it" does not fight
            named = self.referent(token)
            return named is not None and named.label == "ARMED_GROUP" or self.group_antecedent(token, None) is not None
        return (can_act(token, self.lex, self.named_label(token)) or self.is_armed(token) or lemma in UNIT_NOUNS
                or lemma in self.lex.weapons or self.lex.noun_type(lemma) is not None
                or lemma in self.lex.synsets.get("&fight", ()))

    def in_sense(self, token: Token, kind: str) -> bool:
        """Whether a verb the tables type alone is read in the sense its type was written for (a request asks
        for something, aid goes to someone, a refusal refuses something, a command orders someone:
        events/senses.py); a verb a CAMEO pattern types in its sentence always is ("provided assistance")."""
        lemma = verb_lemma(token, self.lex)
        if lemma in SENDING_VERBS and resultative(token):
            return False  # "sent the market tumbling": a change caused, no sending
        if kind == "DEMAND" and lemma in REQUEST_VERBS:
            return requests(token)
        by_block = kind == (self.lex.verbs.get(lemma) or {}).get("type") and lemma not in SIMPLE_TYPES
        if by_block and kind == "DEMAND" and not commands(
                token, self.party, lambda t: self.lex.noun_type(t.lemma_.lower()) is not None):
            return self.by_pattern(token, lemma)
        if by_block and kind == "REJECT" and not refuses_something(token):
            return self.by_pattern(token, lemma)
        if kind != "AID" or not set((self.lex.verbs.get(lemma) or {}).get("blocks", ())) & GIVING_BLOCKS:
            return True
        return self.by_pattern(token, lemma) or gives_to_someone(token, self.party)

    def by_pattern(self, token: Token, lemma: str) -> bool:
        """Whether a CAMEO pattern or object cue of the verb types it in its sentence ("provided assistance")."""
        found = match(token, self.lex.verb_patterns(lemma), self.lex)
        dobj = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
        return found is not None and found.type is not None or bool(
            dobj is not None and self.lex.cued_type(lemma, object_words(dobj)))

    def party(self, token: Token) -> bool:
        """A person, group, force or state: who can receive aid ("me" and "you" too)."""
        if token.tag_ == "PRP":
            return token.lower_ != "it"
        return (can_act(token, self.lex, self.named_label(token)) or self.is_armed(token)
                or token.lemma_.lower() in UNIT_NOUNS or token.lemma_.lower() in self.lex.people)

    def acted_on(self, token: Token) -> bool:
        if (noun := elided_object(token)) is not None:  # "wounded two others": two other soldiers
            token = noun
        return self.is_armed(token) or can_be_acted_on(token, self.lex, self.named_label(token), self.is_thing(token))

    def event(self, token: Token, kind: str, number: int) -> Event | None:
        if not self.in_sense(token, kind):
            return None
        sent = token.sent
        text = sent.text  # the sentence as the language stage records it: without the spaces around it
        sentence = Segment(start=sent.start_char + len(text) - len(text.lstrip()),
                           end=sent.end_char - (len(text) - len(text.rstrip())))
        mood = modality(token)
        framed = framed_type(token, kind, mood)
        if framed == "REJECT" != kind and mood == "negated":
            mood = "reported"  # "we will not withdraw": a refusal made, not a rejection that did not happen
        kind = framed
        speaker = demanded_of(token)
        if speaker is not None:  # "X said Y must V": X demands, of Y
            demanded = subject(token)  # none when the demand is passive ("the ferry must be repaired")
            actor, target_heads = subject(speaker), members(demanded) if demanded is not None else []
        elif (noun := event_noun(token)) is not None and noun.dep_ == "nsubj":  # "clashes between X and Y erupted"
            actor, target_heads = nominal_participants(noun, self.takes_part)
        elif (change := control_change(token)) is not None and change[0] == kind:
            _, actor, target_heads = change
        else:
            actor, target_heads = subject(token), objects(token, self.takes_part)
        if actor is not None and actor.pos_ == "PRON":
            actor = _speaker_for(actor, token) or actor
        kind = force_type(kind, actor, target_heads, self.lex.sector, self.lex.noun_type, self.lex.unarmed_people)
        if not self.supported(token, kind, actor, target_heads) or not is_conflict(kind) and self.abstract_doer(actor):
            return None
        targets = [p for t in acted_on(token, target_heads) for p in self.participants(t)]
        target_actors = self.affected(token, target_heads, kind)
        if PLOVER_PARENT.get(kind, kind) in _ACTS_ON_PLACES or kind in _ACTS_ON_PLACES:
            targets, target_actors = [self.antecedent(p) for p in targets], [self.antecedent(p) for p in target_actors]
            if token.lemma_.lower() in CONDITIONAL_CONTROL and targets and all(
                    p.entity is None and p.mention.text.lower() in _PLACE_PRONOUNS for p in targets):
                return None  # "lost it" with no place before it is no change of control ("captured it" is)
        entry = self.lex.verbs.get(verb_lemma(token, self.lex)) or {}
        timex = self.time(token, sentence)
        trigger = self.doc.span(token.idx, token.idx + len(token))
        quote = self.quote_of(trigger.start, trigger.end)
        attributed = quote is not None or _reported_by_speech(token)
        place = self.place(token, target_heads, targets, kind)
        if place is not None:
            self.places.append(place)
        return Event(
            id=f"ev{number}", type=kind, mode=entry.get("mode") if kind == entry.get("type") else None,
            trigger=trigger, sentence=sentence,
            actors=[p for t in members(actor) for p in self.participants(t, actor=True)] if actor is not None else [],
            targets=targets, target_actors=target_actors,
            place=place,
            time=timex.id if timex else None, date=(timex.period or timex.value) if timex else None,
            status="attributed" if attributed else "asserted", claimed_by=quote.id if quote else None,
            modality=mood,
        )
