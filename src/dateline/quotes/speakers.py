"""Who a speaker phrase refers to: a named entity, an earlier person for pronouns and role nouns, or a reason.

Rules, in order: a phrase that contains a recognised name is that entity (surnames are already merged with full
names by the language stage), or names it in apposition; "he"/"she" is the nearest earlier person who was a subject
or a speaker (skipping people whose pronoun is known to differ); "the minister" is the nearest earlier person
described as a minister (apposition or title before the name); a statement or report speaks for its named author, or
for the issuer of the statement the text spoke of before ("the army said in a statement" ... "said the statement");
an unnamed spokesman for a named organisation is that organisation; anything else is left unresolved with the
reason.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span, Token

from dateline.language import text_of
from dateline.quotes.cues import partitive_of, speaker_phrase
from dateline.record import Entity, Mention, Speaker

_PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
_GROUP_PRONOUNS = {"it", "they", "them"}
_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"}
_FIRST_SECOND = {"i", "we", "you", "me", "us"}
_DEFINITE = {"the", "this", "that", "its", "his", "her", "their"}
_HONORIFICS = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f"}
_LOOKBACK_SENTENCES = 3
DOCUMENT_NOUNS = frozenset({
    "statement", "report", "speech", "letter", "memo", "memorandum", "release", "brief", "filing", "editorial",
    "article", "column", "ad", "advertisement", "tweet", "post", "email", "e-mail", "study", "survey", "poll",
    "document", "message", "remark", "testimony", "transcript", "video", "op-ed", "blog", "website"
})
"""Things that speak for their author ("the league's report stated", "a statement calling")."""
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"})
"""People who speak for an organisation: unnamed, they resolve to it ("a spokesman for the league")."""


@dataclass
class Person:
    """What the document says about one named entity that speakers can refer back to."""

    entity: Entity
    roles: set[str] = field(default_factory=set)
    title: str | None = None
    gender: str | None = None


class Resolver:
    """Resolves speaker phrases of one document, remembering earlier speakers as it goes (text order)."""

    def __init__(self, parsed: SpacyDoc, entities: list[Entity], quoted: list[tuple[int, int]]):
        self.parsed = parsed
        self.text = text_of(parsed)
        self.people = {e.id: Person(e) for e in entities}
        same = _surnames_read_as_organisations(entities)
        self.mentions = sorted((m.start, m.end, same.get(e.id, e.id)) for e in entities for m in e.mentions)
        self.starts = [m[0] for m in self.mentions]
        self.quoted = quoted
        self.speakers: list[tuple[int, str]] = []  # (offset, entity id) of resolved speakers so far
        self._collect_roles()

    # --- what the text says about each person ---------------------------------------------------

    def _collect_roles(self) -> None:
        for ent in self.parsed.ents:
            entity_id = self.entity_at(ent.start_char, ent.end_char)
            if entity_id is None or ent.label_ != "PERSON":
                continue
            person = self.people[entity_id]
            before_name = self.parsed[ent.start - 1].lower_ if ent.start else ""
            person.gender = person.gender or _HONORIFICS.get(before_name) or _HONORIFICS.get(ent[0].lower_)
            root = ent.root
            phrases = [list(c.subtree) for c in root.children if c.dep_ == "appos"]
            if root.dep_ == "appos":  # "the health minister, Ada Okafor"
                phrases.append([t for t in root.head.subtree if t.i < root.head.i + 1 and t not in ent])
            before = [t for t in root.children if t.i < ent.start and t.dep_ in ("compound", "amod", "nmod")]
            if before:
                phrases.append([t for c in before for t in c.subtree])
            for tokens in phrases:
                heads = [t for t in tokens if t.head not in tokens or t.head.i == t.i]
                nouns = {t.lemma_.lower() for t in heads if t.pos_ in ("NOUN", "PROPN") and not t.ent_type_}
                nouns |= {t.lemma_.lower() for t in tokens if t.pos_ == "NOUN" and t.dep_ == "compound"
                          and t.head in heads}
                person.roles |= nouns
                words = [t for t in tokens if not t.is_punct]
                if words and person.title is None and nouns:
                    person.title = self.text[words[0].idx: words[-1].idx + len(words[-1].text)]

    def entity_at(self, start: int, end: int) -> str | None:
        """Id of the entity with a mention inside [start, end)."""
        i = bisect_right(self.starts, end) - 1
        while i >= 0 and self.mentions[i][1] > start - 200:
            m_start, m_end, entity_id = self.mentions[i]
            if m_start >= start and m_end <= end or m_start <= start < m_end:
                return entity_id
            i -= 1
        return None

    def in_quote(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.quoted)

    # --- resolution ----------------------------------------------------------------------------

    def resolve(self, phrase: Span, title: str | None = None) -> Speaker:
        """The `Speaker` for `phrase` (its head decides which rule applies)."""
        head = phrase.root
        mention = Mention(start=phrase.start_char, end=phrase.end_char, text=phrase.text)
        entity_id = self._named(head) or self._named_in_apposition(head)
        reason = None
        if entity_id is None:
            lower = head.lower_
            if head.pos_ == "PRON" and lower in _PERSON_PRONOUNS:
                entity_id = self._antecedent(head, _PERSON_PRONOUNS[lower])
                reason = None if entity_id else f"no earlier named person for '{head.text}'"
            elif head.pos_ == "PRON" and lower in _GROUP_PRONOUNS:
                entity_id = self._organisation(head) if lower == "it" else None
                reason = None if entity_id else self._group_reason(phrase, head)
            elif (part := partitive_of(head)) is not None:
                group = next(o for o in part.children if o.dep_ == "pobj")
                reason = self._group_reason(phrase, group) if group.lower_ in _GROUP_PRONOUNS \
                    else f"unnamed source '{phrase.text}'"
            elif lower in _FIRST_SECOND:
                reason = f"first or second person '{head.text}' outside a quotation"
            elif head.pos_ == "PROPN" or head.is_title and head.i != head.sent.start:
                return Speaker(mention=mention, name=_name_words(head), title=title,
                               reason="a name the entity recogniser did not recognise")
            elif head.pos_ == "NOUN" and head.lemma_.lower() in DOCUMENT_NOUNS:
                entity_id = self._author(head)
                issuer = self._earlier_author(phrase, head) if entity_id is None else None
                if issuer is not None:  # "said the statement": whoever issued the statement spoken of before
                    entity_id = self._named(issuer) or self._named_in_apposition(issuer)
                    if entity_id is None:
                        issued_by = speaker_phrase(issuer)[0].text
                        return Speaker(mention=mention, name=issued_by, title=title,
                                       reason=f"issued by '{issued_by}', not a recognised name")
                reason = None if entity_id else f"no named author for '{phrase.text}'"
            elif head.pos_ == "NOUN" and head.lower_ in SPOKESPEOPLE:
                entity_id, reason = self._role(phrase, head)
                entity_id = entity_id or self._author(head)
                reason = None if entity_id else reason
            elif head.pos_ == "NOUN":
                entity_id, reason = self._role(phrase, head)
            else:
                reason = f"'{phrase.text}' is not a person or organisation"
        if entity_id is None:
            return Speaker(mention=mention, title=title, reason=reason)
        return self.speaker_for(entity_id, mention, title, head)

    def resolve_head(self, head: Token) -> Speaker:
        """The `Speaker` for the phrase a word heads ("A soldier at the gate" for "soldier")."""
        phrase, title = speaker_phrase(head)
        return self.resolve(phrase, self.text[title[0]: title[1]] if title else None)

    def speaker_for(self, entity_id: str, mention: Mention | None, title: str | None,
                    head: Token | None = None) -> Speaker:
        """A resolved `Speaker`, remembered as the latest speaker."""
        person = self.people[entity_id]
        if head is not None and head.lower_ in _PERSON_PRONOUNS and person.gender is None:
            person.gender = _PERSON_PRONOUNS[head.lower_]
        offset = mention.start if mention else (self.speakers[-1][0] if self.speakers else 0)
        self.speakers.append((offset, entity_id))
        return Speaker(mention=mention, entity=entity_id, name=person.entity.name,
                       title=title or person.title)

    def _named(self, head: Token) -> str | None:
        if head.ent_type_ or head.pos_ == "PROPN":
            return self.entity_at(head.idx, head.idx + len(head.text))
        return None

    def _named_in_apposition(self, head: Token) -> str | None:
        """'A senior adviser, Dara Voss, said': the name in apposition is the speaker; so is a name said to be
        of a place ('Ada Okafor of Palm village said', which the parser reads as a kind of village)."""
        for child in head.children:
            if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                return self._named(child)
            if child.dep_ == "nmod" and child.ent_type_ == "PERSON" and child.i < head.i \
                    and any(c.dep_ == "prep" and c.lower_ == "of" for c in child.children):
                return self._named(child)
        return None

    def _window_start(self, token: Token) -> int:
        sent = token.sent
        for _ in range(_LOOKBACK_SENTENCES):
            if sent.start == 0:
                break
            sent = self.parsed[sent.start - 1].sent
        return sent.start_char

    def _antecedent(self, pronoun: Token, gender: str) -> str | None:
        """Nearest earlier person who was a subject or speaker, else the nearest earlier person."""
        floor = self._window_start(pronoun)
        spoke = {entity_id for offset, entity_id in self.speakers if offset >= floor}
        nearest = None
        for start, _end, entity_id in reversed(self.mentions[: bisect_right(self.starts, pronoun.idx - 1)]):
            if start < floor:
                break
            person = self.people[entity_id]
            if person.entity.label != "PERSON" or self.in_quote(start):
                continue
            if person.gender not in (None, gender):
                continue
            token = self.parsed.char_span(start, _end, alignment_mode="expand")
            if entity_id in spoke or (token is not None and token.root.dep_ in ("nsubj", "nsubjpass")):
                return entity_id
            nearest = nearest or entity_id
        if nearest is None and self.speakers and self.speakers[-1][0] >= floor:
            return self.speakers[-1][1]
        return nearest

    def _group_reason(self, phrase: Span, pronoun: Token) -> str:
        """Why a speaker that is a group is left unnamed, naming the group "they" or "them" refers back to: in the
        nearest earlier sentence that has one (within the look-back window, outside quotations), a plural noun
        that is its subject, else one that is its object ("Analysts expect ... They say" names "Analysts";
        "talked to six others. All of them claimed ..." names "six others")."""
        floor = self._window_start(pronoun)
        sentence = pronoun.sent
        while sentence.start_char >= floor:
            plural = [t for t in sentence if t.i < phrase.start and t.tag_ in ("NNS", "NNPS")
                      and t.dep_ in _ARGUMENTS and not self.in_quote(t.idx)]
            group = next((t for t in plural if t.dep_ in ("nsubj", "nsubjpass")), plural[-1] if plural else None)
            if group is not None:
                return f"'{phrase.text}' refers to a group named before ('{speaker_phrase(group)[0].text}'), " \
                       "not a named speaker"
            if sentence.start == 0:
                break
            sentence = self.parsed[sentence.start - 1].sent
        return f"'{phrase.text}' refers to a group, not a named speaker"

    def _organisation(self, pronoun: Token) -> str | None:
        floor = self._window_start(pronoun)
        for start, _end, entity_id in reversed(self.mentions[: bisect_right(self.starts, pronoun.idx - 1)]):
            if start < floor:
                break
            if self.people[entity_id].entity.label == "ORG" and not self.in_quote(start):
                return entity_id
        return None

    def _author(self, document: Token) -> str | None:
        """Who speaks through a statement, report or speech: a name that owns or qualifies it ("the league
        report", "Okafor's letter", "a spokesman for the league"), the named subject of a clause about it ("a
        speech Okafor delivered"), or of the verb it is the object or the medium of ("the authority issued a
        statement calling ...", "the league said in a statement")."""
        for owner in _owners(document):
            entity_id = self._named(owner)
            if entity_id is not None and self.people[entity_id].entity.label in ("PERSON", "ORG"):
                return entity_id
        return None

    def _earlier_author(self, phrase: Span, document: Token) -> Token | None:
        """'said the statement', 'the report added' (a definite statement, report, ... with no author of its
        own): the subject of the latest earlier verb that issued or spoke through a statement (report, ...)
        outside quotations ("the army said in a statement")."""
        determiner = [t.lower_ for t in phrase if t.i < document.i and t.dep_ == "det"]
        if determiner[:1] not in (["the"], ["this"], ["that"]) or any(
                o.pos_ in ("NOUN", "PROPN") for o in _owners(document)):
            return None
        lemma = document.lemma_.lower()
        for token in reversed(self.parsed[: document.i]):
            if token.pos_ == "NOUN" and token.lemma_.lower() == lemma and not self.in_quote(token.idx):
                issuer = next((o for o in _owners(token) if o.dep_ == "nsubj" and o.pos_ in ("NOUN", "PROPN")), None)
                if issuer is not None:
                    return issuer
        return None

    def _role(self, phrase: Span, head: Token) -> tuple[str | None, str | None]:
        determiner = [t.lower_ for t in phrase if t.i < head.i and t.dep_ in ("det", "poss")]
        if not determiner or determiner[0] not in _DEFINITE or head.tag_ in ("NNS", "NNPS"):
            return None, f"unnamed source '{phrase.text}'"
        role = head.lemma_.lower()
        # the nouns that narrow the role must describe the person too: "the former vice president" is not the
        # president named earlier
        narrowing = {t.lemma_.lower() for t in head.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"}
        for start, _end, entity_id in reversed(self.mentions[: bisect_right(self.starts, head.idx - 1)]):
            roles = self.people[entity_id].roles
            if role in roles and narrowing <= roles:
                return entity_id, None
        introduced = self._introduced(head)
        if introduced is not None:
            return None, f"unnamed source '{phrase.text}', introduced as '{introduced}' and never named"
        described = " ".join([*sorted(narrowing), role])
        return None, f"no earlier named person is described as '{described}'"

    def _introduced(self, head: Token) -> str | None:
        """The indefinite phrase a definite role noun refers back to ("a new source familiar with ..." for "the
        source"), when the text brought that person in without a name: the earlier phrase, outside quotations,
        with the same noun and "a", "an" or "another"."""
        lemma = head.lemma_.lower()
        for token in reversed(self.parsed[: head.i]):
            if token.lemma_.lower() == lemma and token.pos_ == "NOUN" and not self.in_quote(token.idx) \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children):
                return speaker_phrase(token)[0].text
        return None


def _owners(document: Token) -> list[Token]:
    """Words that may name the author of a statement, report or speech, or the body a spokesman speaks for."""
    owners = [c for c in document.children if c.dep_ in ("poss", "compound", "nmod")]
    owners += [o for c in document.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "from")
               for o in c.children if o.dep_ == "pobj"]
    owners += [s for c in document.children if c.dep_ == "relcl" for s in c.children if s.dep_ == "nsubj"]
    if document.dep_ == "dobj":
        owners += [s for s in document.head.children if s.dep_ == "nsubj"]
    if document.dep_ == "pobj" and document.head.lower_ in ("in", "through", "via"):
        owners += [s for s in document.head.head.children if s.dep_ == "nsubj"]
    return owners


def _surnames_read_as_organisations(entities: list[Entity]) -> dict[str, str]:
    """Organisation entities that are only the surname of exactly one person in the document ("Trump",
    which the recogniser labels ORG in some sentences): {organisation id: person id}. Such a mention names the
    person, both as a speaker and as the antecedent of "he"."""
    people: dict[str, list[str]] = {}
    for entity in entities:
        words = entity.name.split()
        if entity.label == "PERSON" and len(words) > 1:
            people.setdefault(words[-1].lower(), []).append(entity.id)
    return {entity.id: people[entity.name.lower()][0] for entity in entities
            if entity.label == "ORG" and len(people.get(entity.name.lower(), [])) == 1}


def _name_words(head: Token) -> str:
    """A name as written: the head and the capitalised words compounded before it ("Shaheda Begum")."""
    words = [t for t in head.lefts if t.dep_ == "compound" and t.is_title] + [head]
    doc = head.doc
    return doc[words[0].i: head.i + 1].text
