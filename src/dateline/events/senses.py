"""Whether a verb typed by its table alone is read in the sense that type was written for.

A verb table types a verb by one of its senses: dateline's own table makes "ask" and "call" a demand, "give"
and "provide" aid; a CAMEO block gives its verbs one type. News uses the other senses too,
which are no event. When no CAMEO pattern of the verb types it in its sentence (a pattern's own words say
the sense), the verb must have what its sense needs:

- a request asks for something: "asked for", "called on X to", "asked them to leave", "asked not to be
  named", "asked that a decision be made", "asked permission". CAMEO files "ask" with question, query and
  interview (its ASK block) and "call" with phone and notify (NOTIFY): a question ("asked the reporter"
  after a quoted question, "asked whether", "asked you why", "when asked"), a phone call ("calling us") and
  a name ("a boat called the Gull", "called the plan a mistake") request nothing.
- aid is given to someone: the verbs of CAMEO's GRANT block (give, provide, supply, contribute, grant, ...)
  give aid to a recipient, named as the first of two objects, after to or for, as the subject of a passive
  or as the object of "provide ... with"; "providing fresh fish", "giving the wagon a lower centre" and
  "contributing to the change" give nothing to anyone.
- a refusal refuses something: a verb the CAMEO dictionary types REJECT by its block alone (decline, fail) takes
  what is refused, as its object, an infinitive or a clause, or the subject of its passive ("declined to comment",
  "declined the offer", "the plan was declined"); used alone it is a fall or a breakdown ("unemployment
  declining", "the backup system failed").
- a command orders someone or something done: a verb the CAMEO dictionary types DEMAND by its block alone (order,
  decree, insist) takes a person or group, an act ("ordered an inquiry"), an infinitive, a clause or "on"
  ("insisted on a vote"); "Air Canada has ordered new airliners", "155 planes ordered" are purchases.

Whatever its table says, a verb of sending with a present participle after its object is causative, a change
brought about, not a sending: "the news sent the market tumbling", "sent prices soaring" (a resultative complement;
events/extract.py checks it first).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

REQUEST_VERBS = {"ask", "call"}
"""Verbs dateline's table makes DEMAND that CAMEO files with questions (ASK) and phone calls (NOTIFY)."""
ASKS_FOR_OBJECT = {"ask"}
"""Request verbs whose object can be what is asked for ("asked permission"); "called the hotline" is a call."""
GIVING_BLOCKS = {"grant"}
_REQUEST_PREPS = {"for", "on", "upon"}
_QUESTION_WORDS = {"whether", "if", "who", "whom", "whose", "what", "which", "when", "where", "why", "how"}
_QUESTION_NOUNS = {"question"}
"""What is asked when a question is: "asked a question" requests nothing."""
_RECIPIENT_PREPS = {"to", "for"}
_REFUSED = {"dobj", "nsubjpass", "xcomp", "ccomp"}


def resultative(verb: Token) -> bool:
    """Whether a verb's direct object is followed by a present participle said of it ("sent the market tumbling"),
    which the parser hangs on the verb or on the object (module docstring)."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if any(c.tag_ == "VBG" and c.i == obj.i + 1 for c in obj.children):
            return True  # "sent prices soaring", the participle on the object's noun
        if any(c.tag_ == "VBG" and c.left_edge.i == obj.right_edge.i + 1 for c in verb.children):
            return True  # "sent the market tumbling", the participle on the verb
    return False


def _infinitive(child: Token) -> bool:
    return child.dep_ == "xcomp" or child.dep_ in ("advcl", "ccomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in child.children)


def _question(clause: Token) -> bool:
    """A clause that asks: one opened by a question word or whether/if ("asked whether the deal was done", "ask
    you why ..."), or a quotation before the verb ("'Are you leaving?' asked the reporter")."""
    first = min(clause.subtree, key=lambda t: t.i)
    return first.lower_ in _QUESTION_WORDS or clause.i < clause.head.i


def requests(verb: Token) -> bool:
    """Whether a request verb ("ask", "call") asks for something (module docstring)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _REQUEST_PREPS or _infinitive(child):
            return True
        if child.dep_ == "ccomp" and not _question(child):
            return True  # "asked that a decision be made"
        if child.dep_ == "dobj" and verb.lemma_.lower() in ASKS_FOR_OBJECT and child.pos_ == "NOUN" \
                and child.lemma_.lower() not in _QUESTION_NOUNS and not any(c.dep_ == "dobj" for c in child.children):
            return True  # "asked permission"
    return False


def gives_to_someone(verb: Token, party: Callable[[Token], bool]) -> bool:
    """Whether a verb of giving gives to a recipient who can receive aid (module docstring)."""
    for child in verb.children:
        if child.dep_ in ("dative", "nsubjpass") and party(child):
            return True
        if child.dep_ in ("prep", "dative") and child.lower_ in _RECIPIENT_PREPS and any(
                c.dep_ == "pobj" and party(c) for c in child.children):
            return True
    given = [c for c in verb.children if c.dep_ == "dobj"]
    with_what = any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    return with_what and any(party(c) for c in given)  # "provided the villagers with food"


def refuses_something(verb: Token) -> bool:
    """Whether a verb of refusal says what is refused (module docstring)."""
    return any(child.dep_ in _REFUSED or _infinitive(child) for child in verb.children)


def commands(verb: Token, party: Callable[[Token], bool], act: Callable[[Token], bool]) -> bool:
    """Whether a verb of command orders someone or something done (module docstring)."""
    for child in verb.children:
        if child.dep_ == "ccomp" or _infinitive(child) or child.dep_ == "prep" and child.lower_ == "on":
            return True
        if child.dep_ in ("dobj", "nsubjpass", "dative") and (party(child) or act(child)):
            return True
    return False
