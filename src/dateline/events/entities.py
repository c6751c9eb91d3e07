"""Refine the language stage's entities for events: sites, armed groups, merged aliases, geocoded places.

- Sites: a capitalised name ending in a building or monument noun ("the Great Mosque", "Al-Nouri Mosque")
  becomes a SITE entity, found by rule since the small spaCy model misses most of them.
- Armed groups: an organisation whose name says so ("... Front", "... Brigades") or that the PETRARCH2
  actor dictionary codes as rebels, insurgents or military becomes ARMED_GROUP.
- Armed groups the recogniser missed: names the PETRARCH2 actor dictionaries give non-state armed groups
  ("Daesh", "ISIL", "Nusra Front") become ARMED_GROUP mentions.
- Aliases: names the text itself defines ("Islamic State (ISIS)"), initialisms of another name ("UN"),
  and names the actor dictionary lists as aliases of one actor are merged into one entity, as are uses of
  one name the recogniser labelled differently ("Qaryat" as a place and as a person) and a person's
  surname or name without rank ("al-Farih", "General al-Farih" after "Maj. Gen. Fahd al-Farih"); role-noun actors
  the text equates by apposition ("government troops, the army's 5th Brigade") are one entity.
- Missed places: a proper name after "in/at/near/..." or taken by a town-taking verb that the gazetteer
  knows as a country, state or town of 50,000+ people becomes a GPE entity ("retook Aleppo").
- Places: the entities get their places offline (`places.entities`): place names geocoded, unknown ones
  with a reason; nationalities their country; organisations and sites named after a place located there.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span, Token

from dateline.events.lexicon import (
    ARMED_SECTORS,
    ARMED_WORDS,
    CONDITIONAL_CONTROL,
    EXTENSION,
    PLACE_NOUNS,
    SITE_NOUNS,
    Lexicon,
)
from dateline.events.participants import ARTICLES
from dateline.language import text_of
from dateline.places.entities import place_entities
from dateline.places.gazetteer import candidates
from dateline.quotes.cues import SPEECH_VERBS
from dateline.quotes.turns import speaker_labels
from dateline.record import Document, Entity, EntityMention

_CONTROL_VERBS = {v for v, kind in {**EXTENSION, **CONDITIONAL_CONTROL}.items() if kind.endswith("control")}
_DEFINED_ALIAS = re.compile(r"\(([A-Z][A-Za-z.-]{1,9})\)")


def _site_spans(parsed: SpacyDoc) -> list[tuple[int, int]]:
    """Capitalised runs ending in a site noun: "Great Mosque", "Wadi Sabt Bridge", "Al-Nouri Mosque"."""
    spans = []
    for token in parsed:
        if token.lower_ not in SITE_NOUNS or not token.text[:1].isupper() or token.is_sent_start:
            continue
        if token.i + 1 < len(parsed) and parsed[token.i + 1].text[:1].isupper() and parsed[token.i + 1].pos_ == "PROPN":
            continue  # "Mosque Street": the site noun is not the head
        first = token
        while first.i > 0:
            previous = parsed[first.i - 1]
            if previous.text[:1].isupper() and not previous.is_sent_start and previous.pos_ in ("PROPN", "ADJ", "NOUN"):
                first = previous
            elif previous.text == "-" and first.i > 1 and parsed[first.i - 2].text[:1].isupper():
                first = parsed[first.i - 2]
            else:
                break
        if first.i < token.i or token.i + 1 < len(parsed) and parsed[token.i + 1].lower_ == "of":
            end = token.idx + len(token)
            if (token.i + 2 < len(parsed) and parsed[token.i + 1].lower_ == "of"
                    and parsed[token.i + 2].text[:1].isupper()):
                last = parsed[token.i + 2]
                while (last.i + 1 < len(parsed) and parsed[last.i + 1].text[:1].isupper()
                       and parsed[last.i + 1].pos_ == "PROPN"):
                    last = parsed[last.i + 1]
                end = last.idx + len(last)
            spans.append((first.idx, end))
    return spans


def _described_places(parsed: SpacyDoc) -> list[tuple[int, int]]:
    """Proper names the text describes as places by apposition ("Qal'at Noor, a small market town")."""
    spans = []
    for token in parsed:
        head = token.head
        if token.dep_ == "appos" and token.lemma_ in PLACE_NOUNS and head.pos_ == "PROPN":
            first = min((t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"),
                        key=lambda t: t.i, default=head)
            spans.append((first.idx, head.idx + len(head)))
    return spans


_PLACE_PREPS = {"in", "at", "near", "from", "into", "outside", "around", "across", "toward", "towards"}
_KNOWN_PLACE_POPULATION = 50_000


def _gazetteer_places(parsed: SpacyDoc) -> list[tuple[int, int]]:
    """Proper names the recogniser missed that the gazetteer knows as a country, state or sizeable town,
    where the grammar says place: after a place preposition ("in Aleppo") or as what a town-taking verb
    takes ("retook Aleppo")."""
    spans = []
    for token in parsed:
        if token.pos_ != "PROPN" or token.ent_iob_ != "O" or token.dep_ == "compound":
            continue
        first = min((t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"), key=lambda t: t.i,
                    default=token)
        head = token.head
        at_place = (token.dep_ == "pobj" and head.lower_ in _PLACE_PREPS) or (
            token.dep_ == "dobj" and head.lemma_.lower() in _CONTROL_VERBS)
        if not at_place:
            continue
        name = text_of(parsed)[first.idx:token.idx + len(token)]
        if any(c.feature != "P.PPL" or c.population >= _KNOWN_PLACE_POPULATION for c in candidates(name)):
            spans.append((first.idx, token.idx + len(token)))
    return spans


def _add_found(doc: Document, parsed: SpacyDoc) -> list[Entity]:
    """Entities with the sites and described places the recogniser missed added (or relabelled)."""
    entities = [e.model_copy(deep=True) for e in doc.entities]
    by_key: dict[str, Entity] = {e.name.lower(): e for e in entities if e.label in ("SITE", "GPE")}
    found = [(s, e, "SITE") for s, e in _site_spans(parsed)] + [
        (s, e, "GPE") for s, e in _described_places(parsed) + _gazetteer_places(parsed)]
    for start, end, label in found:
        text = doc.text[start:end]
        owner = next((e for e in entities for m in e.mentions if m.start < end and start < m.end), None)
        if owner is not None:
            if owner.label in ("FAC", "ORG", "GPE", "LOC", "PERSON", "OTHER"):
                owner.label = label
            continue
        mention = EntityMention(start=start, end=end, text=text, label=label)
        if text.lower() in by_key:
            by_key[text.lower()].mentions.append(mention)
            continue
        entity = Entity(id="", label=label, name=text, mentions=[mention])
        by_key[text.lower()] = entity
        entities.append(entity)
    return entities


def _dictionary_groups(entities: list[Entity], text: str, lex: Lexicon) -> list[Entity]:
    """Armed groups the recogniser missed, by the names the actor dictionaries give them ("Daesh", "ISIL",
    "Nusra Front"): each use not already some entity's mention, capitalised as a name, becomes a mention of
    an ARMED_GROUP entity (merged with the group's other names by `_merge`)."""
    by_name: dict[str, Entity] = {}
    for found in lex.group_names.finditer(text):
        start, end = found.span()
        if not text[start].isupper() or any(m.start < end and start < m.end for e in entities for m in e.mentions):
            continue
        mention = EntityMention(start=start, end=end, text=found.group(0), label="ARMED_GROUP")
        entity = by_name.get(found.group(0).lower())
        if entity is None:
            entity = by_name[found.group(0).lower()] = Entity(id="", label="ARMED_GROUP", name=found.group(0),
                                                              mentions=[])
            entities.append(entity)
        entity.mentions.append(mention)
    return entities


def _role_phrase(noun: Token) -> tuple[int, int]:
    """The words of a role-noun phrase up to its noun ("the army's 5th Brigade", "government troops"), without
    what follows it ("loyal to the president") or a leading article."""
    first = noun.left_edge
    while first.i < noun.i and first.dep_ == "det" and first.lower_ in ARTICLES:
        first = noun.doc[first.i + 1]
    return first.idx, noun.idx + len(noun.text)


def _equated_actors(entities: list[Entity], parsed: SpacyDoc, doc: Document, lex: Lexicon) -> list[Entity]:
    """Actors the text itself equates by apposition: "The army, government troops loyal to the governor,
    ..." makes one entity, named by the first phrase (an armed group when either noun is one), the other its
    alias, with every later use of a phrase of two or more words as a mention ("government troops" again; a
    lone "soldier" later may be anyone). A role noun in apposition to a named entity ("Ana Ruiz, a
    soldier") is a mention of it there, and a later "the soldier" is too when the text equates no one else
    with that role ("Colonel Ivo Marrek, the commander of the garrison, ... the commander said")."""
    roles: dict[str, list[tuple[Entity, int]]] = {}
    for noun in parsed:
        head = noun.head
        if noun.dep_ != "appos" or head.pos_ not in ("NOUN", "PROPN") or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        sectors = [lex.sector(t.lemma_) for t in (head, noun)]
        if not any(sectors):
            continue
        spans = [_role_phrase(head), _role_phrase(noun)]
        owners = [next((e for e in entities for m in e.mentions if m.start < end and start < m.end), None)
                  for start, end in spans]
        if owners[0] is not None and owners[1] is not None:
            continue
        named = owners[0] or owners[1]
        if named is not None:
            start, end = spans[1] if owners[0] is not None else spans[0]
            named.mentions.append(EntityMention(start=start, end=end, text=doc.text[start:end], label=named.label))
            named.mentions.sort(key=lambda m: m.start)
            role = noun if owners[0] is not None else head
            if role.pos_ == "NOUN" and role.tag_ == "NN":
                roles.setdefault(role.lower_, []).append((named, end))
            continue
        if head.pos_ != "NOUN" or noun.pos_ != "NOUN":  # a name the recogniser missed is not a group
            continue
        label = "ARMED_GROUP" if any(s in ARMED_SECTORS for s in sectors if s) else "ORG"
        group = Entity(id="", label=label, name=doc.text[spans[0][0]:spans[0][1]], mentions=[])
        entities.append(group)
        for start, end in spans:
            phrase = doc.text[start:end]
            if phrase.lower() != group.name.lower():
                group.aliases.append(phrase)
            if " " in phrase:
                _add_uses(group, phrase, doc.text, entities, ignore_case=True)
            elif not any(m.start < end and start < m.end for m in group.mentions):
                group.mentions.append(EntityMention(start=start, end=end, text=phrase, label=label))
        group.mentions.sort(key=lambda m: m.start)
    for word, equated in roles.items():
        if len({e.id or id(e) for e, _ in equated}) != 1:
            continue  # two people called "the commander": which one is not said
        named, after = equated[0]
        for use in re.finditer(rf"(?<![\w-])the {re.escape(word)}(?![\w-])", doc.text, re.IGNORECASE):
            if use.start() >= after and not any(m.start < use.end() and use.start() < m.end
                                                for e in entities for m in e.mentions):
                named.mentions.append(EntityMention(start=use.start(), end=use.end(), text=use.group(0),
                                                    label=named.label))
        named.mentions.sort(key=lambda m: m.start)
    return entities


def _add_uses(entity: Entity, phrase: str, text: str, entities: list[Entity], ignore_case: bool = False) -> None:
    """Every use of `phrase` in `text` (as a whole word) not already some entity's mention becomes a mention of
    `entity`."""
    flags = re.IGNORECASE if ignore_case else 0
    for use in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text, flags):
        if not any(m.start < use.end() and use.start() < m.end for e in entities for m in e.mentions):
            label = entity.mentions[0].label if entity.mentions else entity.label
            entity.mentions.append(EntityMention(start=use.start(), end=use.end(), text=use.group(0), label=label))


def _described_as_place(entity: Entity, parsed: SpacyDoc) -> bool:
    """"the town of X" says the name is a place (an apposition is handled by `_described_places`)."""
    for mention in entity.mentions:
        span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in PLACE_NOUNS:
            return True
    return False


def _taken_as_place(entity: Entity, parsed: SpacyDoc) -> bool:
    """A one-word name a town-taking verb takes ("captured Dovrenko", "overran Tobrin") is a place, however
    the recogniser labelled it (a person's full name stays a person: "captured Ivo Marrek")."""
    if " " in entity.name.strip():
        return False
    for mention in entity.mentions:
        span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.dep_ == "dobj" and span.root.head.lemma_.lower() in _CONTROL_VERBS:
            return True
    return False


def _named_with_article(entity: Entity, parsed: SpacyDoc) -> str | None:
    """The label of a name the recogniser took for a person's but the text writes with the definite article
    ("the Harbormen were", "the new Corvex" is not: the article must come right before the name): a person's
    name takes no article, a team's, band's, product's or ship's does. ORG when the name is plural (a word
    tagged NNPS: a team, a band), OTHER when not (a thing); None when no mention has the article."""
    spans = [parsed.char_span(m.start, m.end, alignment_mode="expand") for m in entity.mentions]
    spans = [span for span in spans if span is not None]
    if not any(_with_article(span) for span in spans):
        return None
    return "ORG" if any(t.tag_ == "NNPS" for span in spans for t in span) else "OTHER"


def _with_article(span: Span) -> bool:
    """Whether "the" is the determiner of a name (a proper noun's phrase, not a role noun added as a mention:
    "the president"), as its first word or the word right before it."""
    if span.root.pos_ != "PROPN":
        return False
    article = span[0] if span[0].lower_ == "the" else span.doc[span.start - 1] if span.start > 0 else None
    return article is not None and article.lower_ == "the" and article.dep_ == "det" and (
        span.start <= article.head.i < span.end)


def _speaks(entity: Entity, parsed: SpacyDoc) -> bool:
    """Whether a mention of the entity is the subject of a verb of speech ("Netflix said", "Lucasfilm and Netflix
    announced"): what speaks is a person or a body, not the place a building stands in."""
    for mention in entity.mentions:
        span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
        root = span.root if span is not None else None
        while root is not None and root.dep_ == "conj" and root.head.dep_ in ("nsubj", "conj"):
            root = root.head
        if root is not None and root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS:
            return True
    return False


def _armed(entity: Entity, lex: Lexicon) -> bool:
    words = {w.lower() for name in [entity.name, *entity.aliases] for w in re.findall(r"[\w-]+", name)}
    canonical = lex.aliases.get(entity.name.lower())
    code = lex.codes.get(canonical or "", "")
    return bool(words & ARMED_WORDS) or any(code[3:].startswith(s) or code.startswith(s) for s in ARMED_SECTORS)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", name) if w[0].isupper())


def _plain(name: str) -> str:
    return re.sub(r"^the\s+", "", re.sub(r"[’']s$", "", name.strip().lower()))


def person_words(name: str, lex: Lexicon) -> list[str]:
    """A person's name without the rank or title before it ("Maj. Gen. Fahd al-Farih" -> fahd, al-farih):
    leading words the CAMEO agents dictionary knows as roles ("general", "commander", "president") or
    abbreviations ("Maj.", "Lt.")."""
    words = [w.strip(",").lower() for w in name.split()]
    while len(words) > 1 and (words[0].endswith(".") or lex.sector(words[0]) is not None):
        words = words[1:]
    return words


def _surname_of(short: Entity, long: Entity, lex: Lexicon) -> bool:
    """`short` is `long` named by surname alone or without its rank ("al-Farih", "General al-Farih" for
    "Fahd Jassem al-Farih"), also when the recogniser took the full name for an organisation's and the surname
    for a person's ("quarterback Mason Rudolph" labelled ORG, "Rudolph" PERSON: `_named_like_a_person`)."""
    if short.label in ("GPE", "LOC", "FAC", "SITE") or long.label != "PERSON" and not (
            short.label == "PERSON" and long.label == "ORG" and _named_like_a_person(long.name)):
        return False
    full, brief = person_words(long.name, lex), person_words(short.name, lex)
    return len(full) > 1 and (brief == full or len(brief) == 1 and brief[0] == full[-1])


def _named_like_a_person(name: str) -> bool:
    """Whether a name is written the way a person's is: two or three capitalised words and nothing else ("Mason
    Rudolph", not "the Rudolph Group's" or "NFL")."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*", w) for w in words)


def _same(a: Entity, b: Entity, lex: Lexicon) -> bool:
    """Whether two entities name the same thing: the same name however the recogniser labelled each use, a
    person's surname or name without rank, a defined alias, an initialism, the actor dictionary. A person
    is never merged with a group the dictionary lists them under (a leader is not the group)."""
    if _plain(a.name) == _plain(b.name):
        return True
    if "PERSON" in (a.label, b.label):
        return _surname_of(a, b, lex) or _surname_of(b, a, lex)
    if a.label in ("GPE", "LOC") or b.label in ("GPE", "LOC"):
        return False
    names_a = [a.name, *a.aliases]
    names_b = [b.name, *b.aliases]
    for long, short in ((names_a, names_b), (names_b, names_a)):
        for name in short:
            if name.isupper() and 2 <= len(name.replace(".", "")) <= 6 and any(
                    _initials(full) == name.replace(".", "") for full in long if " " in full):
                return True
    canon_a = {lex.aliases.get(n.lower()) for n in names_a} - {None}
    canon_b = {lex.aliases.get(n.lower()) for n in names_b} - {None}
    return bool(canon_a & canon_b)


_LABEL_RANK = ("GPE", "LOC", "FAC", "SITE", "ARMED_GROUP", "PERSON", "ORG", "NORP")
"""Which label a merged entity keeps: a place's over a recogniser's guess of a person ("Qaryat"), a person's
over an organisation's ("al-Farih" read as ORG)."""


def _merge(entities: list[Entity], lex: Lexicon) -> tuple[list[Entity], dict[str, str]]:
    merged: list[Entity] = []
    moved: dict[str, str] = {}
    for entity in sorted(entities, key=lambda e: min((m.start for m in e.mentions), default=0)):
        matches = [m for m in merged if _same(m, entity, lex)]
        if len({m.label for m in matches if m.label == "PERSON"}) and len(matches) > 1:
            matches = []  # "Castro" after Fidel Castro and Raul Castro: which one is not said
        target = matches[0] if matches else None
        if target is None:
            merged.append(entity)
            continue
        _absorb(target, entity, lex)
        if entity.id:
            moved[entity.id] = target.id
    return merged, moved


def _absorb(target: Entity, entity: Entity, lex: Lexicon) -> None:
    """`target` with `entity`'s mentions and names added: named by the dictionary's name for the actor when it
    is one of them, else by the longest (a name in capitals last); labelled by `_LABEL_RANK`."""
    target.mentions = sorted(target.mentions + entity.mentions, key=lambda m: m.start)
    names = sorted(dict.fromkeys([target.name, *target.aliases, entity.name, *entity.aliases]),
                   key=lambda n: (n.isupper(), -len(n)))  # ties keep the order written, not a set's
    canonical = next((lex.aliases[n.lower()] for n in names if n.lower() in lex.aliases), None)
    target.name = canonical if canonical in names else names[0]
    target.aliases = [n for n in names if n != target.name]
    labels = [label for label in (target.label, entity.label) if label in _LABEL_RANK]
    if labels:
        target.label = min(labels, key=_LABEL_RANK.index)


def _join_people(entities: list[Entity], lex: Lexicon) -> tuple[list[Entity], dict[str, str]]:
    """The entities with the people merged again once the place step has found a place name a person's ("Mayer's
    career" beside "Kevin Mayer"): the person and the names written as theirs (`_merge`); other entities stay
    as they were merged."""
    names = {_plain(e.name) for e in entities if e.label == "PERSON"}
    people, moved = _merge([e for e in entities if _plain(e.name) in names], lex)
    kept = {id(e) for e in people}
    return [e for e in entities if _plain(e.name) not in names or id(e) in kept], moved


def _join_leading_words(entities: list[Entity], lex: Lexicon) -> tuple[list[Entity], dict[str, str]]:
    """The entities with an organisation named by the leading words of its full name ("Quillmark" for "Quillmark
    Motor Company") joined to it when exactly one longer organisation's name in the text begins with them: a
    company's or agency's name puts its own word first and the kind of body it is last ("Motor Company",
    "Corporation", "Airways"), which the text drops once the name is known. Run once the place step has placed the
    entities, and only between organisations it gave no place: a longer name that holds a place ("Quillmark
    Norway", "the Quillmark Society of Ohio") names a branch located there, whose point the short name's uses
    would take, and a name the place step read as a place stays one."""
    unplaced = [e for e in entities if e.label == "ORG" and e.place is None]
    gone: set[int] = set()
    moved: dict[str, str] = {}
    for short in sorted(unplaced, key=lambda e: -len(_plain(e.name).split())):
        words = _plain(short.name).split()
        owners = [e for e in unplaced if e is not short and id(e) not in gone and any(
            len(_plain(n).split()) > len(words) and _plain(n).split()[:len(words)] == words and _a_body_s(n)
            for n in [e.name, *e.aliases])]
        if len(owners) != 1:
            continue
        _absorb(owners[0], short, lex)
        gone.add(id(short))
        moved[short.id] = owners[0].id
    return [e for e in entities if id(e) not in gone], moved


_OWNED_OR_NUMBERED = re.compile(r"[’']s\b|\d")


def _a_body_s(name: str) -> bool:
    """Whether a name can be a body's full name: not a thing it owns ("Quillmark's Vela OS": a possessive inside
    the name) nor a numbered model ("Quillmark 440"), which the recogniser also labels organisations'."""
    return _OWNED_OR_NUMBERED.search(_plain(name)) is None


def _then(first: dict[str, str], then: dict[str, str]) -> dict[str, str]:
    """Where each entity id ends up after the merges of `first` and then those of `then`."""
    return {old: then.get(new, new) for old, new in first.items()} | then


def refine(doc: Document, parsed: SpacyDoc, lex: Lexicon) -> Document:
    """The document with its entities refined (see module docstring); quotes follow merged entity ids."""
    entities = _dictionary_groups(_equated_actors(_add_found(doc, parsed), parsed, doc, lex), doc.text, lex)
    for entity in entities:
        if entity.label == "ORG" and _armed(entity, lex):
            entity.label = "ARMED_GROUP"
        elif entity.label in ("PERSON", "ORG", "OTHER") and (_described_as_place(entity, parsed)
                                                            or _taken_as_place(entity, parsed)):
            entity.label = "GPE"
    for entity in entities:
        for match in _DEFINED_ALIAS.finditer(doc.text):
            before = doc.text[:match.start()].rstrip()
            alias = match.group(1)
            if not any(m.end == len(before) for m in entity.mentions) or alias in entity.aliases:
                continue
            entity.aliases.append(alias)
            _add_uses(entity, alias, doc.text, entities)
        entity.mentions.sort(key=lambda m: m.start)
    entities, moved = _merge(entities, lex)
    for entity in entities:
        if entity.label == "PERSON":
            entity.label = _named_with_article(entity, parsed) or entity.label
    used = {e.id for e in entities if e.id}
    number = max((int(i[1:]) for i in used if i[1:].isdigit()), default=0)
    for entity in entities:
        if not entity.id:
            number += 1
            entity.id = f"e{number}"
    paragraphs = [(p.start, p.end) for p in doc.paragraphs if p.end > p.start]
    place_entities(entities, doc.text, url=doc.source.url, labels=speaker_labels(doc.text, paragraphs, entities),
                   speakers={e.name for e in entities if _speaks(e, parsed)})
    entities, moved_after = _join_people(entities, lex)
    entities, moved_joined = _join_leading_words(entities, lex)
    moved = _then(_then(moved, moved_after), moved_joined)
    quotes = [q.model_copy(update={"speaker": q.speaker.model_copy(update={"entity": moved[q.speaker.entity]})})
              if q.speaker.entity in moved else q for q in doc.quotes]
    entities.sort(key=lambda e: min((m.start for m in e.mentions), default=0))
    return doc.model_copy(update={"entities": entities, "quotes": quotes})
