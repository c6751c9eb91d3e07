"""Who and what takes part in an event: actors, targets and place, read from the dependency parse.

The actor is the trigger's subject (or the `by` agent of a passive), inherited from the governing verb
when the trigger has none ("promised to withdraw"); targets are the direct objects (the subject of a
passive) with every conjunct, so "shelled the school, the clinic and two bridges" has three targets.
A participant's span is its noun phrase without determiner, relative clause or prepositional tail,
widened to the named entity it belongs to.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dateline.events.lexicon import TRAVEL_VERBS, UNIT_NOUNS
from dateline.language import entity_of, text_of
from dateline.language.datelines import in_dateline

_KEEP_LEFT = {"compound", "amod", "nummod", "poss", "nmod", "quantmod", "advmod", "case", "npadvmod"}
_PLACE_PREPS = {"in", "at", "near", "outside", "around", "inside", "across", "into", "from", "on", "over"}
_TARGET_PREPS = {"to", "with", "against", "on", "of", "for", "from", "in", "into", "at"}
_RELATIVE = {"which", "who", "that", "whom"}
_NP_POS = {"DET", "ADJ", "NUM", "NOUN", "PROPN"}
_NP_DEPS = {"amod", "compound", "nummod", "det", "poss", "case"}
_COUNT_WORDS = {"more", "than", "at", "least", "up", "to", "some", "about", "nearly", "almost", "over", "most",
                "many", "several", "all"}
ARTICLES = {"the", "a", "an", "this", "that", "these", "those"}
"""Determiners a participant's name leaves out."""
_ACTOR_LABELS = {"GPE", "NORP", "ORG", "PERSON", "ARMED_GROUP"}
_NAMING_PREPS = {"in", "of", "from", "throughout"}
_NAMED_PLACES = {"GPE", "LOC", "ORG", "NORP", "FAC"}
_OWNER_PREPS = {"of", "for"}
_TIMES = {"DATE", "TIME"}
_WITHIN_PREPS = {"in", "into", "inside"}
_RECIPIENT_PREPS = {"to", "against", "from", "with", "on", "between"}
_OWN_SIDE = {"its", "their", "our"}
_PATH_PREPS = {"to", "from", "into", "in", "at", "for", "toward", "towards", "via", "through"}
_CONDITIONS = {"if", "unless"}
_CIRCUMSTANCES = {"despite", "after", "before", "during", "since", "until", "following", "amid", "because", "as",
                  "like", "than", "without", "instead"}
"""Prepositions of circumstance: "despite Norland's wish" says nothing of whom an event affects."""


def phrase(token: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by `token` (no determiner, clause or prepositional tail)."""
    start = token.idx
    for child in sorted(token.lefts, key=lambda t: -t.i):
        if child.dep_ not in _KEEP_LEFT and not (child.dep_ == "det" and child.lower_ not in ARTICLES):
            break
        start = min(t.idx for t in child.subtree)
    end = token.idx + len(token)
    if (ent := entity_of(token)) is not None:
        start, end = min(start, ent.start_char), max(end, ent.end_char)
    text = text_of(token.doc)
    while start < end and text[start] in "\"'“‘(":
        start += 1
    if text[start:start + 4].lower() == "the " and start + 4 < end:
        start += 4
    return start, end


def without_count(token: Token, start: int, end: int) -> tuple[int, int]:
    """The span of a group of people without its count: "more than 1,000 Calderan refugees" names
    "Calderan refugees" (the count of things, "two bridges", is kept by not calling this). A number or sum
    keeps its own count ("$40 million")."""
    if token.like_num:
        return start, end
    text = text_of(token.doc)
    for word in token.doc[token.doc.char_span(start, end, alignment_mode="expand").start:token.i]:
        if word.dep_ in ("nummod", "quantmod") or word.like_num or word.lower_ in _COUNT_WORDS:
            start = word.idx + len(word)
        else:
            break
    while start < end and text[start].isspace():
        start += 1
    return start, end


def actor_span(token: Token, start: int, end: int, with_tail: bool) -> tuple[int, int]:
    """The span of an actor, read the way event coders name actors:

    - a person's or country's name keeps no lowercase description before it ("former president Tomas
      Brel" -> Tomas Brel, "war-torn Caldera"); a group's does ("ethnic Albanians");
    - members of a named organisation are the organisation ("Harbour League officials", "Ridge Brigade fighters");
    - a describing adjective before a named part is dropped ("Radical Calderan farmers", "top Norland official");
    - with `with_tail`, a named place or organisation after the noun is part of the name ("Rebels in the
      Kessa Valley", "the government of Velmar province", "students throughout Norland").
    """
    doc = token.doc
    if token.ent_type_ in ("PERSON", "GPE"):  # "former president Tomas Brel", "war-torn Caldera"
        words = [t for t in doc[doc.char_span(start, end, alignment_mode="expand").start:token.i] if t.idx >= start]
        for word in words:
            if word.ent_type_ or not (word.text[:1].islower() or word.text == "-"):
                break
            start = doc[word.i + 1].idx
        return start, end
    if token.ent_type_:
        return start, end
    if token.pos_ != "NOUN":
        return start, end
    words = [t for t in doc[doc.char_span(start, end, alignment_mode="expand").start:token.i] if t.idx >= start]
    organisation = next((t for t in reversed(words) if t.ent_type_ == "ORG" and t.pos_ == "PROPN"
                         and t.dep_ in ("compound", "nmod")
                         and all(w.pos_ == "NOUN" and not w.ent_type_ for w in doc[t.i + 1:token.i])), None)
    if organisation is not None:
        ent = entity_of(organisation)
        return max(start, ent.start_char), ent.end_char
    for word in words:
        if word.pos_ != "ADJ" or word.ent_type_ or not any(w.ent_type_ for w in doc[word.i + 1:token.i]):
            break
        start = doc[word.i + 1].idx
    for prep in token.rights if with_tail else ():
        if prep.dep_ == "prep" and prep.lower_ in _NAMING_PREPS:
            named = [c for c in prep.children
                     if c.dep_ == "pobj" and (c.ent_type_ in _NAMED_PLACES or c.pos_ == "PROPN"
                                              and c.ent_type_ not in _TIMES)]  # not "rebels in May"
            if named:
                end = max(end, max(t.idx + len(t) for t in named[0].subtree))
            break
    return start, end


def shared_head(token: Token) -> tuple[int, int] | None:
    """Where to cut a noun shared by two named sides ("US and British forces", "Hungarian and Romanian
    officials"): the end of the first side's name and the start of the second's, or None."""
    for first in token.lefts:
        if first.dep_ in ("amod", "nmod", "compound") and first.ent_type_ in ("NORP", "GPE"):
            second = next((c for c in first.children if c.dep_ == "conj" and c.i < token.i
                           and c.ent_type_ in ("NORP", "GPE")), None)
            if second is not None and any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in first.children):
                ent = entity_of(first)
                return (ent.end_char if ent is not None else first.idx + len(first)), second.idx
    return None


def members(token: Token) -> list[Token]:
    """`token` and the noun phrases listed after it ("the school, the clinic and two bridges").

    Read from the tokens rather than the parse's conjunctions, which the small model often attaches
    elsewhere in long lists; a relative pronoun ends the list ("X and Y whose ties ..."). A comma-only
    sequence ("Qaryat, a port town") is an apposition, not a list.
    """
    doc = token.doc
    result, separators = [token], []
    position = max([token.i] + [t.i for t in token.subtree if t.ent_iob_ == "I" and t.i > token.i
                                and all(doc[k].ent_iob_ == "I" for k in range(token.i + 1, t.i + 1))])
    while True:
        j = position + 1
        seps = []
        while j < len(doc) and doc[j].lower_ in (",", "and", "or") and doc[j].sent == token.sent:
            seps.append(doc[j].lower_)
            j += 1
        head = None
        while j < len(doc) and doc[j].sent == token.sent and doc[j].tag_ not in ("WP", "WP$", "WDT") and (
                doc[j].pos_ in _NP_POS or doc[j].dep_ in _NP_DEPS or doc[j].text in ("-", "'s", "’s")):
            if doc[j].pos_ in ("NOUN", "PROPN") or doc[j].dep_ in ("appos", "conj"):
                head = doc[j]
            j += 1
        if not seps or head is None:
            break
        result.append(head)
        separators.extend(seps)
        position = head.i
    if not {"and", "or"} & set(separators):
        return [token]
    return result


def subject(trigger: Token) -> Token | None:
    """The token that does the action, following governing verbs and relative clauses; a quantity names
    what it counts ("a group of refugees" -> refugees)."""
    found = _subject(trigger)
    return _through_of(found) if found is not None else None


def _subject(trigger: Token) -> Token | None:
    token = trigger
    for _ in range(6):
        for child in token.children:
            if child.dep_ in ("nsubj", "csubj") and not in_dateline(child):
                if child.lower_ in _RELATIVE and token.dep_ == "relcl":
                    return token.head
                return child
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if token.dep_ in ("xcomp", "conj", "advcl", "acomp") and token.head.i != token.i:  # "is willing to"
            if _passive(token) and not _passive(token.head):
                return None  # "if its chairman is indicted", "attacked and were repelled": not the head's subject
            token = token.head
            continue
        if token.dep_ == "pcomp":  # "at risk of injuring", "no choice but to retreat"
            clause = _clause_of(token)
            if clause is None:
                return None
            passive = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
            if passive is not None:  # "was accused of killing": the one accused is the one who killed
                return passive
            token = clause
            continue
        if token.dep_ == "relcl":
            return token.head
        if (owner := _possessor_infinitive(token)) is not None:  # "the rebels' bid to retake": the rebels retake
            return owner
        if (verb := _object_infinitive(token)) is not None:  # "signed a contract to buy": whoever signed buys
            token = verb
            continue
        return _shared_agent(token)
    return None


def _noun_infinitive(verb: Token) -> bool:
    """Whether `verb` is a to-infinitive on a noun ("a contract to purchase", "the rebels' bid to retake")."""
    return verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _possessor_infinitive(verb: Token) -> Token | None:
    """Who owns the noun an infinitive hangs on does the infinitive ("the government's refusal to accept",
    "the rebels' bid to retake the town", "their attempt to cross"): the possessor controls the noun's
    infinitive, as a subject controls a verb's. None when the noun has no possessor."""
    if not _noun_infinitive(verb):
        return None
    return next((c for c in verb.head.children if c.dep_ == "poss"), None)


def _object_infinitive(verb: Token) -> Token | None:
    """The verb on whose direct object an infinitive hangs: its subject does the infinitive ("signed a contract
    to purchase jets", "rejected an invitation to attend", "made the decision to ban"). None otherwise."""
    noun = verb.head
    if not _noun_infinitive(verb) or noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    return noun.head


def relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun stands for, the one its clause is on ("Velk, which rebels had captured":
    Velk), or None."""
    clause = pronoun.head
    return clause.head if pronoun.lower_ in _RELATIVE and clause.dep_ == "relcl" and clause.head.i != clause.i \
        else None


def _modified(trigger: Token) -> list[Token]:
    """What a passive participle on a noun acts on: the noun ("the town captured by rebels": the town)."""
    return [trigger.head] if trigger.dep_ == "acl" and trigger.tag_ == "VBN" else []


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children)


def _shared_agent(verb: Token) -> Token | None:
    """The agent of a passive verb's passive conjunct: conjoined passives share their agent ("were arrested
    and beaten by police": police arrested them too)."""
    if not _passive(verb):
        return None
    return next((pobj for conj in verb.children if conj.dep_ == "conj" and conj.pos_ == "VERB"
                 for agent in conj.children if agent.dep_ == "agent"
                 for pobj in agent.children if pobj.dep_ == "pobj"), None)


def _shared_patient(verb: Token) -> list[Token]:
    """The passive subject of the verb a passive conjunct is joined to: conjoined passives share it ("the town
    was captured by rebels and later retaken by the army": the army retook the town)."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or not _passive(verb) and verb.tag_ != "VBN":
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubjpass"]


def _clause_of(verb: Token) -> Token | None:
    """The verb whose prepositional phrase a gerund or infinitive completes, through the nouns between
    ("airbags are at risk of injuring": are; "we had no choice but to retreat": had)."""
    head = verb.head
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def objects(trigger: Token, takes_part: Callable[[Token], bool]) -> list[Token]:
    """Heads of the trigger's targets, each with the noun phrases listed after it.

    Targets are who or what the action is done to, the first of:
    1. the direct object (the subject of a passive) when `takes_part` says it can be (an actor, a place,
       a building) or it is a group named by a nationality ("kidnapped up to 12 Calderan engineers");
    2. the subject of a clause the trigger governs ("demanded that the Ridge Brigade disarm ...");
    3. an actor in a prepositional object or dative of the trigger ("offered aid to Norland");
    4. an actor named inside an abstract object or prepositional object: its owner or nationality
       ("rejected a Calderan proposal", "praised Velmar's efforts"), or the object of its preposition
       ("demanded a truce with Ridge Brigade forces", "rejected calls by Norland's rulers", "went back on his
       promise to the Calderan people");
    5. the targets of an infinitive the trigger governs ("threatened to cut ties with Norland",
       "held rallies to demand reforms by the council").
    An abstract object ("a grant", "a resolution") is the content of the event, not its target. A group
    named by its nationality ("Calderan opposition candidates") is the whole phrase.
    """
    direct = _done_to(trigger, ("dobj", "nsubjpass", "dative"))
    heads = [c for c in direct if takes_part(c) or getattr(actor_in(c, takes_part), "i", None) == c.i]
    if not heads:
        heads = [a for clause in trigger.children if clause.dep_ == "ccomp" for c in clause.children
                 if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" and (a := actor_in(c, takes_part))][:1]
    if not heads:
        heads = _prepositional(trigger, takes_part, _TARGET_PREPS)
    abstract = direct + [c for prep in trigger.children if prep.dep_ == "prep" and prep.lower_ in _TARGET_PREPS
                         for c in prep.children if c.dep_ == "pobj"]
    for thing in _with_of_chain(abstract):
        if not heads:
            actor = actor_in(thing, takes_part)
            heads = [actor] if actor is not None else _prepositional(thing, takes_part, _TARGET_PREPS | {"by"})
    for clause in _infinitives(trigger) if not heads else ():
        if found := objects(clause, takes_part):
            return found
    result: list[Token] = []
    for head in heads:
        for member in members(head):
            if member not in result:
                result.append(_through_of(member))
    return result


_AMOUNTS = {"CARDINAL", "MONEY", "QUANTITY"}
_NOT_THINGS = {"DATE", "TIME", "PERCENT", "ORDINAL", "EVENT", "LAW", "WORK_OF_ART", "LANGUAGE"}


def counted(token: Token) -> bool:
    """Whether a noun phrase is counted or measured ("twenty new jets", "the final 717", "$12 million", "a
    score of jets"): countable things or a sum, not an abstraction ("sanctions", "a proposal")."""
    if token.ent_type_ in _NOT_THINGS or _starts_name(token):
        return False
    if token.like_num or token.ent_type_ in _AMOUNTS or _through_of(token).i != token.i:
        return True
    return any(t.like_num or t.ent_type_ in _AMOUNTS for c in token.lefts if c.dep_ in _KEEP_LEFT for t in c.subtree)


def _starts_name(token: Token) -> bool:
    """Whether a number begins a title-case name ("asked 7 On Your Side not to film"): running text capitalises
    no preposition, article or possessive after a count, a name does; the number is no count then."""
    if not token.like_num or token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    return after.text[:1].isupper() and (after.pos_ in ("ADP", "DET") or after.tag_ == "PRP$")


def acted_on(verb: Token, heads: list[Token]) -> list[Token]:
    """What an event acts on (its `targets`): `heads` (`objects`), unless the verb's direct object (else its
    passive subject, one shared by conjoined passives, the noun a passive participle is on) is counted or
    measured and not among them: then that object with the phrases listed after it ("delivered the final 717
    to AirTran", "will contribute $12 million to the search", "the first jets will be delivered"). A count
    says the object is things or a sum, which the verb acts on whatever they are; who receives them or is
    affected is still read from `heads` (`target_actors`). Where a verb of going goes is not acted on (`_path`)."""
    heads = [head for head in heads if not _path(verb, head)]
    found: list[Token] = []
    for head in _done_to(verb, ("dobj", "nsubjpass")):
        if not counted(head) or head in heads:
            continue
        for member in members(head):
            thing = _through_of(member)
            if thing not in found and thing not in heads:
                found.append(thing)
    return found or heads


def _path(verb: Token, head: Token) -> bool:
    """Whether `head` lies on the path of a verb of going with no object: where it goes, leaves or arrives ("can fly
    from Velmar to Tobrin", "arrived in Caldera"). The trip acts on no place; whom it is a visit to stays among the
    actors affected (`target_actors`)."""
    return verb.lemma_.lower() in TRAVEL_VERBS and not any(c.dep_ == "dobj" for c in verb.children) and any(
        head in prep.subtree for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in _PATH_PREPS)


def _done_to(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    """The nouns the parse says the verb is done to: its children of `deps` and a counted object it hangs on "up";
    else the patient it shares with a conjoined passive, or the noun it is a passive participle on."""
    return [c for c in verb.children if c.dep_ in deps] + _up_to(verb) or _shared_patient(verb) or _modified(verb)


def _up_to(verb: Token) -> list[Token]:
    """A counted object the parse hangs on "up" ("kidnapped up to 12 engineers": up/prt -> to -> engineers)."""
    return [pobj for prt in verb.children if prt.dep_ == "prt" and prt.lower_ == "up" for prep in prt.children
            if prep.lower_ == "to" for pobj in prep.children if pobj.dep_ == "pobj"
            and any(c.dep_ == "nummod" for c in pobj.children)]


def _infinitives(verb: Token) -> list[Token]:
    """The infinitives and purpose clauses `verb` governs ("threatened to break", "agreed to re-open")."""
    return [clause for clause in verb.children if clause.pos_ == "VERB" and (clause.dep_ == "xcomp" or (
        clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)))]


def nominal_participants(noun: Token, takes_part: Callable[[Token], bool]) -> tuple[Token | None, list[Token]]:
    """Actor and target heads of an event named by a noun: the sides of "clashes between X and Y" (the
    actor with its listed members), the owner or maker of "the rebel attack" or "Calderan riots", and
    the object of "on/against/with/of" ("the attack on the garrison", "riots against Norland's policies")."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            sides = [c for c in prep.children if c.dep_ == "pobj"]
            if sides:
                return sides[0], []
    actor = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
        (c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and takes_part(c)), None)
    targets = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against", "with", "of") and not targets:
            targets = [found for c in prep.children if c.dep_ == "pobj" and (found := actor_in(c, takes_part))]
    return actor, [member for head in targets for member in members(head)]


def actor_in(noun: Token, takes_part: Callable[[Token], bool]) -> Token | None:
    """`noun` if it can take part, else the actor named in its modifiers ("an Indian proposal" -> Indian,
    "Haiti's efforts" -> Haiti); a plural noun with such a modifier is a group of people itself."""
    if takes_part(noun):
        return noun
    named = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")
             and c.ent_type_ in _ACTOR_LABELS and takes_part(c)]
    if not named:
        return None
    return noun if noun.tag_ == "NNS" and named[0].dep_ != "poss" else named[0]


def _with_of_chain(nouns: list[Token]) -> list[Token]:
    """The nouns and the nouns their `of` phrases lead to ("part of a harbour aid programme")."""
    result = []
    for noun in nouns:
        while noun is not None and noun not in result:
            result.append(noun)
            noun = next((c for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                         for c in prep.children if c.dep_ == "pobj"), None)
    return result


def _prepositional(head: Token, takes_part: Callable[[Token], bool], preps: set[str]) -> list[Token]:
    """The first object of one of `preps` on `head` that can take part in an event."""
    for prep in head.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in preps:
            found = [c for c in prep.children if c.dep_ == "pobj" and takes_part(c)]
            if found:
                return found[:1]
    return []


def _through_of(token: Token) -> Token:
    """"thousands of refugees", "the first deployment of NATO troops" name the refugees and the troops: follow
    a quantity's or a unit's `of` to its noun."""
    if token.pos_ == "NUM" or token.lemma_ in ("dozen", "hundred", "thousand", "million", "number", "scores",
                                                "score", "handful") or token.lemma_ in UNIT_NOUNS:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return token


def place_objects(trigger: Token) -> list[Token]:
    """Objects of place prepositions attached to the trigger ("in Velmar", "near the town")."""
    result = []
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS:
            result.extend(c for c in prep.children if c.dep_ == "pobj")
    return result


def operator_end(weapon: Token, is_actor: Callable[[Token], bool]) -> int | None:
    """Where the name of a weapon's operator ends ("Norlandic army bulldozers" -> after "army", "Norland's
    tanks" -> after "Norland"), when a named or armed actor is among its modifiers; else None."""
    left = [c for c in weapon.lefts if c.dep_ in ("amod", "compound", "nmod", "poss")]
    actors = [c for c in left if c.ent_type_ in _ACTOR_LABELS or is_actor(c)]
    if not actors:
        return None
    last = max((t for c in actors for t in c.subtree if t.dep_ != "case"), key=lambda t: t.i)
    return last.idx + len(last)


def owners(thing: Token, actor_of: Callable[[Token], Token | None]) -> list[Token]:
    """Who a physical target belongs to or stands for, the actor its damage or seizure affects:

    - its possessor ("the rebels' convoy") or a named actor before it ("Calderan homes", "the Norland
      embassy", "Calderan rebel-held territory");
    - the actor after `of` or `for` ("positions of the security forces", "a camp for refugees"; "the village
      of Dovrenko" names the place itself);
    - the named place it lies in or leads into ("farms in the Kessa Valley", "pipelines leading into
      Velmar").

    None when the text does not say ("blocked roads"): the thing stays a target, no actor is guessed.
    `actor_of` gives the actor a noun names, if any.
    """
    for child in thing.children:
        if child.dep_ == "poss" and child.pos_ != "PRON" and (actor := actor_of(child)) is not None:
            return [actor]
    for child in sorted(thing.lefts, key=lambda t: -t.i):
        if child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in _ACTOR_LABELS and actor_of(child):
            return [child]
    for prep in thing.children:
        if prep.dep_ == "prep" and prep.lower_ in _OWNER_PREPS:
            found = [a for c in prep.children if c.dep_ == "pobj" and (a := actor_of(c)) is not None]
            if found:
                return members(found[0])
    for head in [thing, *(c for c in thing.children if c.dep_ == "acl")]:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in _WITHIN_PREPS:
                found = [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC")]
                if found:
                    return found
    return []


def named_in_apposition(noun: Token) -> Token | None:
    """The name a common noun is followed by ("the opposition newspaper Kessa Voice" -> Kessa Voice)."""
    if noun.pos_ != "NOUN":
        return None
    return next((c for c in noun.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in _ACTOR_LABELS
                 and entity_of(c) is not None and entity_of(c).start == noun.i + 1), None)


def own_side(token: Token) -> bool:
    """Whether a noun is possessed by the actor's pronoun ("its troops", "their forces"): armed forces so
    possessed are what the actor acts with ("withdraw its troops from Caldera"), not whom it acts on."""
    return any(c.dep_ == "poss" and c.lower_ in _OWN_SIDE for c in token.children)


def recipients(trigger: Token, actor_of: Callable[[Token], Token | None]) -> list[Token]:
    """The actor the action is directed to when its object is not one: the object of to/against/from/with/
    on/between on the trigger, on an infinitive it governs or along their object's phrases ("opened its
    borders to Calderan refugees", "withdraw its troops from Caldera", "imposed sanctions on the Ridge
    Brigade", "a mediation effort between X and Y", "to press demands for subsidies from the council");
    else who did what the object is about ("an investigation into killings committed by Ridge Brigade forces"), else
    whose the object's phrases name ("a week-long hunger strike in protest of Velmar's refusal")."""
    for verb in [trigger, *_infinitives(trigger)]:
        for head in [verb, *_object_chain(verb)]:
            for prep in head.children:
                if prep.dep_ in ("prep", "dative") and prep.lower_ in _RECIPIENT_PREPS:
                    found = [a for c in prep.children if c.dep_ == "pobj" and (a := actor_of(c)) is not None]
                    if found:
                        return members(found[0])
    for verb in [trigger, *_infinitives(trigger)]:
        for noun in _object_chain(verb):
            for clause in noun.children:
                if clause.dep_ == "acl" and clause.tag_ == "VBN":
                    found = [a for agent in clause.children if agent.dep_ == "agent" for c in agent.children
                             if c.dep_ == "pobj" and (a := actor_of(c)) is not None]
                    if found:
                        return members(found[0])
    for verb in [trigger, *_infinitives(trigger)]:
        for noun in _object_chain(verb):
            found = [a for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" and (a := actor_of(c))]
            if found:
                return found[:1]
    return []


def _object_chain(verb: Token, depth: int = 3) -> list[Token]:
    """The verb's direct and prepositional objects and the nouns their prepositional phrases lead to,
    nearest first ("press demands for freedom from the government": demands, freedom, government)."""
    result: list[Token] = []
    level = [c for c in verb.children if c.dep_ == "dobj"] + [
        pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ not in _CIRCUMSTANCES
        for pobj in prep.children if pobj.dep_ == "pobj"]
    for _ in range(depth):
        result.extend(level)
        level = [pobj for noun in level for prep in noun.children if prep.dep_ == "prep"
                 and prep.lower_ not in _CIRCUMSTANCES for pobj in prep.children if pobj.dep_ == "pobj"]
    return result


def condition_subjects(trigger: Token, actor_of: Callable[[Token], Token | None]) -> list[Token]:
    """Who a threat is made to: the subject of its condition ("threatened to stop talks if Norland goes
    ahead", "will strike unless the rebels withdraw")."""
    for verb in [trigger, *_infinitives(trigger)]:
        for clause in verb.children:
            if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in clause.children):
                found = [a for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
                         and (a := actor_of(c)) is not None]
                if found:
                    return members(found[0])
    return []
