"""Speech cues in spaCy's dependency parse: the verb or phrase that attributes words to someone.

A cue is a reporting verb ("said", "told", "went on to praise", "further said") with a subject and a
reported clause or object, or the phrase "according to X". For each cue we read, from the parse: the
speaker phrase, the reported content, the audience or medium ("told reporters on state television") and
the time of the statement ("said Sunday").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span, Token

from dateline.language import entity_of
from dateline.language.datelines import in_dateline

SPEECH_VERBS = frozenset({
    "say", "tell", "add", "state", "announce", "declare", "claim", "insist", "argue", "assert", "contend",
    "maintain", "explain", "note", "observe", "remark", "comment", "reply", "respond", "answer", "ask",
    "warn", "caution", "predict", "promise", "pledge", "vow", "threaten", "deny", "admit", "acknowledge",
    "concede", "confirm", "report", "write", "tweet", "post", "testify", "recall", "reveal", "disclose",
    "suggest", "propose", "recommend", "urge", "demand", "call", "allege", "accuse", "charge", "blame",
    "criticize", "criticise", "condemn", "praise", "hail", "welcome", "applaud", "thank", "complain",
    "lament", "stress", "emphasize", "emphasise", "reiterate", "repeat", "mention", "describe", "estimate",
    "conclude", "agree", "disagree", "dispute", "counter", "retort", "quip", "joke", "boast", "brag",
    "believe", "think", "fear", "hope", "show", "find", "indicate"
})
"""Verbs that report speech, a stated position or a finding ("the survey found that ...") (lemmas)."""

QUOTE_ONLY_VERBS = frozenset({"continue", "go", "laugh", "shout", "scream", "exclaim", "sigh"})
"""Cues only next to a quotation ("he continued", "she went"): they never introduce reported speech."""

OBJECT_CONTENT_VERBS = frozenset({
    "praise", "hail", "criticize", "criticise", "condemn", "accuse", "blame", "deny", "announce", "confirm",
    "welcome", "applaud", "thank", "promise", "pledge", "vow", "demand", "propose", "recommend", "urge",
    "dispute", "reveal", "disclose", "predict", "allege", "call", "describe"
})
"""Reporting verbs whose content may be their object ("went on to praise the rescue teams")."""

AUDIENCE_NOUNS = frozenset({
    "reporter", "journalist", "press", "media", "lawmaker", "parliament", "supporter", "crowd", "audience",
    "radio", "television", "tv", "newspaper", "paper", "channel", "station", "agency", "broadcaster",
    "network", "outlet", "committee", "senate", "congress", "court"
})
VENUE_NOUNS = frozenset({
    "television", "tv", "radio", "interview", "statement", "conference", "briefing", "show", "broadcast",
    "tweet", "post", "twitter", "facebook", "instagram", "x", "podcast", "speech", "rally", "hearing",
    "letter", "email", "e-mail", "message", "video", "address", "session", "programme", "program", "debate",
    "meeting", "channel", "station", "network", "newspaper", "op-ed", "column", "blog", "summit", "forum",
    "appearance"
})

_GOING_ON = {"go", "continue", "proceed", "move", "begin", "start", "rush", "hasten", "take"}
"""Verbs that lead into a reporting verb and belong to its cue ("went on to praise")."""
_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_SPEAKER_TRIM = {"appos", "relcl", "acl", "punct", "cc", "prep", "advcl", "conj"}
_TIME_LABELS = {"DATE", "TIME"}


@dataclass(frozen=True)
class Frame:
    """One attribution read off the parse; all values are character offsets into the text."""

    cue: tuple[int, int]
    speaker: Span | None
    content: tuple[int, int] | None
    venue: tuple[int, int] | None
    time: tuple[int, int] | None
    title: tuple[int, int] | None
    verb: Token | None


def _span(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _trimmed(tokens: list[Token]) -> tuple[int, int] | None:
    """Offsets of `tokens` without leading/trailing punctuation and conjunctions."""
    while tokens and (tokens[0].is_punct and not tokens[0].is_quote or tokens[0].is_space or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct and not tokens[-1].is_quote or tokens[-1].is_space
                      or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    return _span(tokens) if tokens else None


def speaker_of(verb: Token) -> Token | None:
    """The subject of a reporting verb, following xcomp/conj chains ("went on to praise", "and added")."""
    token = verb
    for _ in range(4):
        subjects = [c for c in token.children if c.dep_ in _SUBJECTS and not c.is_punct]
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        if agent is not None and subjects and all(s.dep_ == "nsubjpass" for s in subjects):
            # "Trump was warned by his campaign manager that ...": the one warned listens, the agent speaks
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if subjects:
            child = _likeliest(subjects, token)
            if child.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
                return token.head  # "Okafor, who said ..." speaks as Okafor
            return _outside_dateline(child)
        if token.dep_ == "acl" and token.head.pos_ in ("PROPN", "NOUN"):
            return token.head  # "Okafor, the head of the harbour board, wrote on Friday"
        if token.dep_ == "agent":
            return next((c for c in token.children if c.dep_ == "pobj"), None)
        if token.dep_ == "conj" and token.lemma_ in SPEECH_VERBS:
            # "He said A and said B", where the parser hangs the second cue inside A: its subject is the
            # first cue's, found on the nearest reporting verb above it
            token = next((a for a in token.ancestors if a.lemma_ in SPEECH_VERBS), token.head)
            continue
        if token.dep_ == "pcomp" and token.head.dep_ == "prep":
            token = token.head.head  # "responded by saying", "despite admitting"
            continue
        if token.dep_ in ("xcomp", "conj", "advcl") and token.head.i != token.i:
            token = token.head
            continue
        break
    for child in verb.children:  # passive "was quoted by X"
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return fallback_subject(verb)


def fallback_subject(verb: Token) -> Token | None:
    """The speaker of a cue whose parsed subject is missing (or, for the caller to decide, is a word inside a
    quotation): a free participle's sentence subject, a coordinated cue's first subject, or the person
    named just before a finite cue."""
    return _participle_subject(verb) or _coordinated_subject(verb) or _name_before(verb)


_FINITE = {"VBD", "VBZ", "VBP"}


def _coordinated_subject(verb: Token) -> Token | None:
    """ "Ana Ruiz said that ... but said ...", where the parser hangs the second cue, without a subject, under
    the first: the first cue's subject."""
    before = verb.doc[verb.i - 1] if verb.i else None
    if verb.tag_ not in _FINITE or before is None or before.pos_ != "CCONJ":
        return None
    earlier = next((a for a in verb.ancestors if a.lemma_ in SPEECH_VERBS and a.i < verb.i), None)
    return speaker_of(earlier) if earlier is not None else None


def _name_before(verb: Token) -> Token | None:
    """A finite cue the parser left without a subject ("In Welmouth, Ana Ruiz, the head of the league, told
    ...", read as "Welmouth and Ana Ruiz"): the last person named before it in its sentence, when no other
    verb stands between them."""
    if verb.tag_ not in _FINITE:
        return None
    sent = verb.sent
    people = [e for e in sent.ents if e.label_ == "PERSON" and e.end <= verb.i]
    if not people:
        return None
    name = people[-1]
    if any(t.pos_ in ("VERB", "AUX") for t in verb.doc[name.end: verb.i]):
        return None
    return name.root


def _likeliest(subjects: list[Token], verb: Token) -> Token:
    """One subject of a verb the parser gave several ('"... council," Rep. Ana Ruiz (D-Ore.) said', where the
    quotation's "One" is a subject too; 'Welmouth, OR, ... Gov. Tomas Brel (R-OR) said'): a named person, else
    the one nearest the verb."""
    people = [s for s in subjects if s.ent_type_ == "PERSON"] or subjects
    return min(people, key=lambda s: abs(verb.i - s.i))


def _outside_dateline(subject: Token) -> Token | None:
    """No speaker is a dateline ("KESSA -- President Ana Ruiz, opening ..., said"): it gives way to a
    person in apposition to it, else to no one."""
    if not in_dateline(subject):
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)


def _participle_subject(verb: Token) -> Token | None:
    """The speaker of a free participle cue the parser left without a subject ("Ana Ruiz shared the news,
    writing ...", often parsed into the quotation that follows): the subject of its sentence's main verb."""
    before = verb.doc[verb.i - 1] if verb.i else None
    if verb.tag_ != "VBG" or before is None or not (before.text == "," or before.dep_ == "prep"):
        return None
    root = verb.sent.root
    if root.i >= verb.i:
        return None
    return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)


def speaker_phrase(head: Token) -> tuple[Span, tuple[int, int] | None]:
    """The speaker as written (head and its modifiers, without appositions or clauses) and its apposition."""
    kept = [head]
    for child in head.children:
        if child.dep_ not in _SPEAKER_TRIM or child == partitive_of(head):
            kept.extend(child.subtree)
    kept.sort(key=lambda t: t.i)
    doc = head.doc
    start, end = kept[0].i, kept[-1].i + 1
    # A quotation mark bounds the speaker: the parser may hang the quote itself under the speaker's noun
    # ("“The harbour lost money,” a report stated").
    start = max([t.i + 1 for t in doc[start:head.i] if t.is_quote], default=start)
    end = min([t.i for t in doc[head.i + 1:end] if t.is_quote], default=end)
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    title = None
    for child in head.children:
        if child.dep_ == "appos":
            title = _trimmed(list(child.subtree))
            break
    return doc[start:end], title


def partitive_of(head: Token) -> Token | None:
    """The "of" of a quantity word that picks out members of a group ("All of them", "some of the protesters",
    "two of the officials"): the phrase names its speakers only with the group, so the "of" phrase stays in
    the speaker; a noun's "of" phrase ("the head of the league") does not."""
    if head.pos_ not in ("PRON", "DET", "NUM", "ADJ"):
        return None
    return next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                 and any(o.dep_ == "pobj" for o in c.children)), None)


def _reported(clause: Token) -> list[Token]:
    """The words of a reported clause, without a further cue coordinated into it ("... and said that ...")."""
    other = [t for t in clause.subtree if t is not clause and t.dep_ == "conj" and t.lemma_ in SPEECH_VERBS]
    cut = {u for t in other for u in t.subtree}
    return [t for t in clause.subtree if t not in cut and (not cut or t.i < min(u.i for u in cut))]


def _content_of(verb: Token) -> tuple[int, int] | None:
    for child in verb.children:
        if child.dep_ in ("ccomp", "parataxis") or (child.dep_ == "xcomp" and child.lemma_ not in SPEECH_VERBS):
            return _trimmed(_reported(child))
    if verb.lemma_ in OBJECT_CONTENT_VERBS:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "prep", "oprd") and c.i > verb.i]
        if objects:
            tokens = sorted({t for c in objects for t in c.subtree}, key=lambda t: t.i)
            return _trimmed(tokens)
    return None


def _told_to(verb: Token, child: Token) -> bool:
    """'told BSS', 'told Reuters', 'told Ada Okafor': the object of 'tell' that a name fills is who was told,
    the audience, never what was said."""
    return verb.lemma_ == "tell" and (child.ent_type_ in ("ORG", "PERSON", "NORP") or child.pos_ == "PROPN")


def _venue_and_time(verb: Token, subject: Token | None) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    venue_parts: list[Token] = []
    time = None
    candidates = list(verb.children)
    around = list(verb.children) + (list(subject.children) if subject is not None else [])
    for child in around:  # "..., speaking to reporters on state television"
        if child.dep_ in ("advcl", "acl") and child.lemma_ in ("speak", "talk", "write", "appear"):
            candidates.extend(child.children)
    for child in candidates:
        if child.ent_type_ in _TIME_LABELS and child.dep_ in ("npadvmod", "nmod", "obl", "tmod", "advmod"):
            ent = entity_of(child)
            time = (ent.start_char, ent.end_char)
            continue
        if child.dep_ in ("dative", "dobj") and (child.lemma_.lower() in AUDIENCE_NOUNS or _told_to(verb, child)):
            venue_parts.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in ("on", "in", "at", "during", "to", "via", "through"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if not objects:
                continue
            obj = objects[0]
            if obj.ent_type_ in _TIME_LABELS:
                ent = entity_of(obj)
                time = time or (ent.start_char, ent.end_char)
            elif obj.lemma_.lower() in VENUE_NOUNS | AUDIENCE_NOUNS or obj.ent_type_ in ("ORG", "WORK_OF_ART"):
                venue_parts.extend(child.subtree)
    venue = _trimmed(sorted(set(venue_parts), key=lambda t: t.i)) if venue_parts else None
    return venue, time


def frames(parsed: SpacyDoc) -> list[Frame]:
    """Every reporting-verb and "according to" attribution in the parse, in text order."""
    found: list[Frame] = []
    for token in parsed:
        if token.lower_ == "according" and token.i + 1 < len(parsed) and parsed[token.i + 1].lower_ == "to":
            frame = _according(token)
        elif token.lemma_.lower() in SPEECH_VERBS and token.pos_ in ("VERB", "AUX"):
            frame = _verb_frame(token)
        elif token.lemma_.lower() in QUOTE_ONLY_VERBS and token.pos_ == "VERB":
            frame = replace(_verb_frame(token), content=None)
        else:
            continue
        if frame is not None:
            found.append(frame)
    return found


def _time_lead(verb: Token, content: tuple[int, int]) -> tuple[tuple[int, int], int] | None:
    """A time phrase parsed into the reported clause right after the cue ("said on Thursday they had ...").

    Returns the time expression and where the phrase ends.
    """
    doc = verb.doc
    first = doc.char_span(content[0], content[1], alignment_mode="expand")
    if first is None or first[0].i != verb.i + 1 or first[0].dep_ != "prep":
        return None
    prep = first[0]
    objects = [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in _TIME_LABELS]
    if not objects:
        return None
    ent = entity_of(objects[0])
    return (ent.start_char, ent.end_char), max(t.idx + len(t.text) for t in prep.subtree)


def _trailing_subject(verb: Token) -> Token | None:
    """The speaker of "<content>, a monitoring group said.": the noun phrase between the last comma and the cue.

    The small parser often takes a noun of the content as the subject of such sentences; this fast rule
    wins when the cue closes its sentence.
    """
    sent = verb.sent
    after = [t for t in sent if t.i > verb.i and not t.is_punct]
    if any(t.head.i <= verb.i for t in after) or len(after) > 6:  # the cue must close its sentence
        return None
    commas = [t.i for t in sent if t.i < verb.i and t.text == ","]
    if not commas or commas[-1] < verb.i - 9:
        return None
    phrase = [t for t in sent if commas[-1] < t.i < verb.i and t.dep_ not in ("aux", "neg", "advmod")]
    if not phrase or any(t.pos_ in ("VERB",) or t.is_quote for t in phrase):
        return None
    heads = [t for t in phrase if t.head not in phrase]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return heads[0]


def _verb_frame(verb: Token) -> Frame | None:
    subject = speaker_of(verb)
    if subject is not None and subject.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "X"):
        subject = None  # a clause or a stray word parsed as subject is no speaker
    content = _content_of(verb)
    trailing = _trailing_subject(verb)
    if trailing is not None and trailing is not subject:
        subject = trailing
        content = _trimmed([t for t in verb.sent if t.i < trailing.i and t.i < min(x.i for x in trailing.subtree)])
    speaker, title = speaker_phrase(subject) if subject is not None else (None, None)
    venue, time = _venue_and_time(verb, subject)
    lead = _time_lead(verb, content) if content else None
    if lead is not None:
        time = time or lead[0]
        if verb.doc.text[lead[1]:content[1]].strip():  # the words after the time phrase are the content
            rest = verb.doc.char_span(lead[1], content[1], alignment_mode="expand")
            content = _trimmed(list(rest)) if rest is not None else content
        else:  # the time phrase is all there is: nothing reported
            content = None
    cue_tokens = [verb] + [c for c in verb.children if c.dep_ in ("aux", "neg", "prt", "auxpass") and c.i > verb.i - 3]
    cue_tokens.sort(key=lambda t: t.i)
    if verb.dep_ in ("xcomp", "advcl") and verb.head.i < verb.i and verb.head.lemma_ in _GOING_ON:
        # "went on to praise": the whole phrase is the cue
        cue_tokens = list(verb.doc[verb.head.i: verb.i + 1])
    return Frame(cue=_span(cue_tokens), speaker=speaker, content=content, venue=venue, time=time,
                 title=title, verb=verb)


def _according(token: Token) -> Frame | None:
    """ "According to X, ..." / "..., according to X": the rest of the sentence is the content."""
    to = token.doc[token.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"] or [c for c in token.children if c.dep_ == "pobj"]
    if not objects:
        return None
    speaker, title = speaker_phrase(objects[0])
    phrase = [t for t in token.sent if t.i >= token.i and (t.i <= speaker.end - 1 or t in objects[0].subtree)]
    phrase_end = max(t.i for t in phrase) + 1
    sent = token.sent
    if token.i - sent.start <= 1:
        content = _trimmed(list(token.doc[phrase_end: sent.end]))
    else:
        content = _trimmed(list(token.doc[sent.start: token.i]))
    return Frame(cue=_span([token, to]), speaker=speaker, content=content, venue=None, time=None,
                 title=title, verb=None)
