"""Quotes of one document: quotation marks and speech cues combined into direct, mixed and indirect quotes.

1. Quotation marks are paired by a fast scan (`marks`); unbalanced ones become warnings.
2. Each speech cue in the parse (`cues`) with reported content is a quote: direct when its content is all
   inside quotation marks, mixed when a quoted fragment sits inside reported speech, indirect otherwise.
3. A quotation no cue claimed takes the nearest cue of its sentence (or of the sentence before it that ends
   with a colon, or of an attribution sentence the parser split off after the closing mark), else a clause
   with a named subject that introduces it with a colon or comma; failing that, the speaker of the main
   speech cue of the sentence just before it; failing that it continues the previous quote's speaker when
   nothing else intervenes (same or next paragraph, no other person named in between); failing that a person
   who is the subject of the sentence just before it; failing that a sentence-length quotation (or a short
   full sentence of its own) is kept with an unresolved speaker and a reason, and short fragments (scare
   quotes, titles) are not quotes.
4. Speakers are resolved in text order (`speakers`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from dateline.language import text_of
from dateline.quotes.cues import Frame, fallback_subject, frames, speaker_phrase
from dateline.quotes.marks import Quoted, quotations
from dateline.quotes.speakers import DOCUMENT_NOUNS, Resolver
from dateline.quotes.turns import Turn, speaker_turns
from dateline.record import Document, Problem, Quote, Speaker

MIN_CONTINUED_WORDS = 4
"""A quotation without a cue continues the previous speaker only if it has at least this many words."""
CONTINUED_PARAGRAPHS = 2
"""...and only if it starts at most this many paragraphs after the previous quote ended."""
MIN_UNATTRIBUTED_WORDS = 8
"""A quotation with no cue and no previous speaker is kept (unresolved) only if it is this long..."""
MIN_SENTENCE_WORDS = 2
"""...or if it is a full sentence of at least this many words ("“We are ready.”"): scare quotes and titles are
not."""
_FILLER = {"that", "whether", "if", "to"}


@dataclass
class _Draft:
    kind: str
    content: tuple[int, int]
    frame: Frame | None
    quoted: list[Quoted]
    neighbour: Neighbour | None = None
    """For a quotation without a cue: who the sentence just before it is about."""
    sentence: bool = False
    """A quotation without a cue that is a full sentence of its own, however short."""


@dataclass(frozen=True)
class Neighbour:
    """The subject of the sentence right before a quotation that has no cue, and whether that sentence reports
    speech ("A soldier at the gate described the attack.") or only has a person as its subject."""

    subject: Token
    speaks: bool


def _paragraphs(doc: Document) -> list[tuple[int, int]]:
    if doc.paragraphs:
        return [(p.start, p.end) for p in doc.paragraphs if p.end > p.start]
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", doc.text)]


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _inside(quoted: list[Quoted], start: int, end: int) -> list[Quoted]:
    return [q for q in quoted if q.start < end and start < q.end]


def _classify(parsed: SpacyDoc, frame: Frame, quoted: list[Quoted]) -> _Draft:
    start, end = frame.content
    overlapping = _inside(quoted, start, end)
    if not overlapping:
        return _Draft("indirect", (start, end), frame, [])
    outside = [t for t in parsed.char_span(start, end, alignment_mode="expand") or []
               if not t.is_punct and not t.is_space and t.lower_ not in _FILLER
               and not any(q.start <= t.idx < q.end for q in overlapping)]
    if not outside:
        lead = _words_before(parsed, frame, overlapping[0])
        if lead is None:
            return _Draft("direct", (overlapping[0].start, overlapping[-1].end), frame, overlapping)
        start = lead  # 'called the damage "the worst in memory"': the object belongs to the content
    return _Draft("mixed", (min(start, overlapping[0].start), max(end, overlapping[-1].end)), frame, overlapping)


def _words_before(parsed: SpacyDoc, frame: Frame, quote: Quoted) -> int | None:
    """Where the reported words start when a quotation follows its cue with other words in between.

    None when only the speaker, title, venue, time and punctuation stand between cue and quotation
    ("Okafor told reporters on Sunday: ..."), which makes the quotation a direct quote.
    """
    if frame.cue[1] > quote.start or any(mark in text_of(parsed)[frame.cue[1]: quote.start] for mark in ":\n"):
        return None  # a colon or a paragraph break introduces the quotation itself
    allowed = [frame.cue] + [s for s in (frame.title, frame.venue, frame.time) if s]
    if frame.speaker is not None:
        allowed.append((frame.speaker.start_char, frame.speaker.end_char))
    between = parsed.char_span(frame.cue[1], quote.start, alignment_mode="contract") or []
    for token in between:
        if token.is_punct or token.is_space or token.pos_ in ("AUX", "ADV", "PART", "SCONJ", "ADP"):
            continue
        if not any(a <= token.idx < b for a, b in allowed):
            return token.idx
    return None


def _content(text: str, draft: _Draft) -> tuple[int, int]:
    """Direct quotes without their outer marks; other content as it stands."""
    start, end = draft.content
    if draft.kind == "direct":
        start = draft.quoted[0].inner[0]
        end = draft.quoted[-1].inner[1]
    while end > start and text[end - 1] in " ,\n":
        end -= 1
    return start, end


def _sentence_of(parsed: SpacyDoc, offset: int):
    span = parsed.char_span(offset, offset + 1, alignment_mode="expand")
    return span.sent if span is not None else None


def _cue_for(parsed: SpacyDoc, quote: Quoted, spare: list[Frame], quoted: list[Quoted],
             paragraphs: list[tuple[int, int]]) -> Frame | None:
    """The nearest cue with a speaker in the sentences (and paragraphs) a quotation touches, the cue of a
    sentence ending with a colon just before it ("Okafor said:"), or a name label ("Okafor: ...")."""
    first, last = _sentence_of(parsed, quote.start), _sentence_of(parsed, quote.end - 1)
    if first is None or last is None:
        return None
    opening = paragraphs[_paragraph_index(paragraphs, quote.start)]
    closing = paragraphs[min(_paragraph_index(paragraphs, quote.end - 1), len(paragraphs) - 1)]
    low, high = max(first.start_char, opening[0]), min(_attribution_after(parsed, quote, last), closing[1])
    before = text_of(parsed)[:quote.start].rstrip()
    if before.endswith(":"):
        colon = _sentence_of(parsed, len(before) - 1)
        low = colon.start_char if colon is not None else low
    signed = _dash_label(parsed, quote, closing[1])
    if signed is not None:
        return signed
    near = [f for f in spare if f.speaker is not None and low <= f.cue[0] < high
            and not _inside(quoted, f.cue[0], f.cue[1])]
    if not near:
        label = _colon_label(parsed, quote, max(opening[0], first.start_char))
        return label if label is not None or not before.endswith((":", ",")) else _introducer(parsed, len(before) - 1)
    return min(near, key=lambda f: min(abs(f.cue[0] - quote.end), abs(f.cue[1] - quote.start)))


def _attribution_after(parsed: SpacyDoc, quote: Quoted, last) -> int:
    """End of the quotation's last sentence, or of the next one when the parser split the attribution that
    follows the closing mark into a sentence of its own ('"... missing." Okafor said.')."""
    if last.end_char > quote.end or last.end == len(parsed):
        return last.end_char
    following = parsed[last.end].sent
    if text_of(parsed)[quote.end: following.start_char].strip():
        return last.end_char
    return following.end_char


_LABEL = re.compile(r"(?:^|[-–—]\s)\s*([A-Z][\w.’'-]*(?:\s[\w.’'-]+){0,5}):\s*$")
"""A name and a colon before a quotation, alone or after a dash: 'Harbour Desk: "..."', 'Dara Voss: "..."'."""


def _colon_label(parsed: SpacyDoc, quote: Quoted, low: int) -> Frame | None:
    """A cue made of a capitalised name and a colon right before the quotation."""
    match = _LABEL.search(text_of(parsed)[low: quote.start])
    if match is None:
        return None
    start, end = low + match.start(1), low + match.end(1)
    speaker = parsed.char_span(start, end, alignment_mode="contract")
    if speaker is None or not any(t.pos_ == "PROPN" for t in speaker):
        return None
    colon = low + match.end(1) + text_of(parsed)[end: quote.start].index(":")
    return Frame(cue=(colon, colon + 1), speaker=speaker, content=None, venue=None, time=None, title=None,
                 verb=None)


_SIGNATURE = re.compile(r"[\s.,]{0,4}(?:[―—–]{1,2}|--?(?=\s))[\s\u00a0]{0,4}"
                        r"([A-Z][\w.’'-]{0,40}(?:[ \u00a0]{1,2}[A-Z][\w.’'-]{0,40}){0,4})(?:,[^\n]*)?[.\s]{0,8}$")
"""A dash and a name closing the paragraph right after a quotation: '“...” ― Ana Ruiz', '“...” — Ana Ruiz, nurse'."""


def _dash_label(parsed: SpacyDoc, quote: Quoted, paragraph_end: int) -> Frame | None:
    """A cue made of the dash that signs a quotation with a name (the pull-quote and reader-comment style)."""
    match = _SIGNATURE.match(text_of(parsed), quote.end, paragraph_end)
    if match is None:
        return None
    end = match.start(1) + len(match.group(1).rstrip("."))
    speaker = parsed.char_span(match.start(1), end, alignment_mode="contract")
    if speaker is None or not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in speaker):
        return None
    dash = re.search(r"[―—–-]+", text_of(parsed)[quote.end: match.start(1)])
    cue = (quote.end + dash.start(), quote.end + dash.end())
    return Frame(cue=cue, speaker=speaker, content=None, venue=None, time=None, title=None, verb=None)


def _introducer(parsed: SpacyDoc, mark: int) -> Frame | None:
    """A clause without a speech verb that introduces the quotation with a colon or comma, whose subject is a
    recognised person or organisation ('Okafor released the following statement: "..."', 'as Okafor put
    it, "..."'): the verb the clause ends on, or for a colon the sentence's main verb."""
    span = parsed.char_span(mark, mark + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    last = parsed[span.start - 1]
    verbs = [v for v in (last, last.head) if v.pos_ in ("VERB", "AUX")][:1]
    if text_of(parsed)[mark] == ":":
        verbs.append(span.sent.root)
    for verb in verbs:
        subjects = [t for t in verb.children if t.dep_ == "nsubj" and t.ent_type_ in ("PERSON", "ORG")]
        subjects += [t for c in verb.children if c.lower_ == "as" for t in c.children  # "as Okafor put it"
                     if t.dep_ == "pobj" and t.ent_type_ in ("PERSON", "ORG")]
        if subjects:
            tokens = list(subjects[0].subtree)
            return Frame(cue=(mark, mark + 1), speaker=parsed[tokens[0].i: tokens[-1].i + 1], content=None,
                         venue=None, time=None, title=None, verb=None)
    return None


def _drafts(parsed: SpacyDoc, quoted: list[Quoted], paragraphs: list[tuple[int, int]]) -> list[_Draft]:
    found = [_speaker_outside(parsed, f, quoted) for f in frames(parsed) if not _inside(quoted, f.cue[0], f.cue[1])]
    drafts: list[_Draft] = []
    used: set[Quoted] = set()
    spare: list[Frame] = []
    for frame in found:
        frame = _within_paragraph(frame, paragraphs)
        if frame.content is None or frame.content[1] - frame.content[0] < 2:
            spare.append(frame)
            continue
        draft = _classify(parsed, frame, quoted)
        if draft.kind == "indirect" and frame.speaker is None:
            continue
        if draft.kind != "indirect" and any(q in used for q in draft.quoted):
            continue
        used.update(draft.quoted)
        drafts.append(draft)
    for quote in quoted:
        if quote in used:
            continue
        # a claimed cue may serve again: '"A," Okafor continued, "B."' has one cue for both parts
        frame = _cue_for(parsed, quote, spare + found, quoted, paragraphs)
        if frame is not None:
            used.add(quote)
            lead = _words_before(parsed, frame, quote)
            if lead is None:
                drafts.append(_Draft("direct", (quote.start, quote.end), frame, [quote]))
                continue
            same = [d for d in drafts if d.frame is frame and d.kind == "mixed"]
            if same:  # 'called it "A," "B" and "C"': one mixed quote grows over the list
                same[-1].content = (same[-1].content[0], max(same[-1].content[1], quote.end))
                same[-1].quoted.append(quote)
            else:
                drafts.append(_Draft("mixed", (lead, quote.end), frame, [quote]))
            continue
        said = text_of(parsed)[quote.start: quote.end]
        alone = _full_sentence(said) and _opens_sentence(
            text_of(parsed), quote, paragraphs[min(_paragraph_index(paragraphs, quote.start), len(paragraphs) - 1)][0])
        if _words(said) >= MIN_CONTINUED_WORDS or alone:  # may continue a speaker
            drafts.append(_Draft("direct", (quote.start, quote.end), None, [quote],
                                 _neighbour(parsed, quote, found, quoted, paragraphs), alone))
    drafts.sort(key=lambda d: d.content[0])
    return _drop_nested(drafts)


def _full_sentence(quoted: str) -> bool:
    """A quotation that is a whole sentence: a capital first letter and its own closing stop, question or
    exclamation mark ("“We are ready.”"), not a scare-quoted phrase ("“iron bridge”") nor a title, whose
    longer words are all capitalised ("‘Honesty Is In Question.’", "“Make America Great Again.”")."""
    inner = quoted.strip(" \n\"“”«»„'‘’")
    longer = [w for w in re.findall(r"[^\W\d_][\w’'-]*", inner) if len(w) > 3]
    return (inner[:1].isupper() and inner.endswith((".", "!", "?")) and not inner.endswith("...")
            and _words(inner) >= MIN_SENTENCE_WORDS and not (longer and all(w[0].isupper() for w in longer)))


def _opens_sentence(text: str, quote: Quoted, paragraph_start: int) -> bool:
    """Whether a quotation stands as a sentence of its own: first in its paragraph, or after a sentence's end
    (not 'a shirt that read “...”', 'Some chanted “...”')."""
    before = text[paragraph_start: quote.start].rstrip().rstrip("\"”’»")
    return not before or before.endswith((".", "!", "?", ":"))


_PERSON_PRONOUNS = frozenset({"he", "she"})


def _neighbour(parsed: SpacyDoc, quote: Quoted, found: list[Frame], quoted: list[Quoted],
               paragraphs: list[tuple[int, int]]) -> Neighbour | None:
    """Who the sentence just before a cue-less quotation is about, when the quotation opens a sentence and that
    sentence (in its paragraph, or closing the paragraph before) holds no quotation: the speaker of its main
    speech cue, else a person (a recognised name, "he" or "she", "the envoy, Ana Ruiz,") who is its main
    subject."""
    text = text_of(parsed)
    number = _paragraph_index(paragraphs, quote.start)
    if number >= len(paragraphs):
        return None
    before = text[paragraphs[number][0]: quote.start].rstrip()
    if before and not before.endswith((".", "!", "?", ":")):
        return None
    end = len(before) + paragraphs[number][0] if before else (
        paragraphs[number - 1][1] if number > 0 else 0)
    sentence = _sentence_of(parsed, max(end - 1, 0))
    if not end or sentence is None or _inside(quoted, sentence.start_char, end):
        return None
    cues = [f for f in found if sentence.start_char <= f.cue[0] < end and f.speaker is not None
            and f.verb is not None and f.verb.dep_ in ("ROOT", "conj")
            and f.speaker.root.lemma_.lower() not in DOCUMENT_NOUNS
            and f.speaker.root.lower_ != "it"]
    if cues:
        return Neighbour(cues[-1].speaker.root, True)
    subject = next((t for t in sentence.root.children if t.dep_ == "nsubj"), None)
    if subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in _PERSON_PRONOUNS or any(
            c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.children)):
        return Neighbour(subject, False)
    return None


_SENTENCE_END = re.compile(r"(?:^|(?<=\s))([\w.-]*)[.!?]\s+[A-Z]|\n")
_NOT_AN_END = frozenset({"mr", "ms", "mrs", "dr", "st", "rep", "sen", "gov", "lt", "gen", "col", "capt", "sgt",
                         "adm", "maj", "prof", "rev", "jr", "sr", "del", "atty", "sec", "supt", "insp", "hon"})
"""Words whose stop is a title or an abbreviation, not the end of a sentence ("Rep.", "Jr.")."""


def _sentence_ends(text: str) -> bool:
    """Whether `text` holds a sentence or paragraph boundary (not the stop after a title such as "Rep.", an
    initial such as "E." or an abbreviation with inner stops such as "D-Md.")."""
    for match in _SENTENCE_END.finditer(text):
        word = match.group(1)
        if word is None or not (word.lower() in _NOT_AN_END or len(word) == 1 and word.isupper()
                                or "." in word or "-" in word):
            return True
    return False


def _speaker_outside(parsed: SpacyDoc, frame: Frame, quoted: list[Quoted]) -> Frame:
    """Words inside a quotation never speak it. When the parser takes such a word as the cue's subject, or
    finds no subject, a name between the quotation and the cue speaks ('"We were late," Voss, 58, told
    the Wire', which the parser reads as "We told"), or one right after a cue that follows the quotation
    ('"...," recalled Mr. Brel'); otherwise the cue has no speaker."""
    speaker = frame.speaker
    if speaker is not None and not _inside(quoted, speaker.root.idx, speaker.root.idx + 1):
        return frame
    closing = max((q.end for q in quoted if q.end <= frame.cue[0]), default=None)
    names = []
    if closing is not None and not _sentence_ends(text_of(parsed)[closing: frame.cue[0]]):
        names = [e for e in parsed.ents if e.label_ in ("PERSON", "ORG")
                 and closing <= e.start_char and e.end_char <= frame.cue[0]]
        if not names and not text_of(parsed)[closing: frame.cue[0]].strip(" ,\n"):
            names = [e for e in parsed.ents if e.label_ in ("PERSON", "ORG") and e.start_char >= frame.cue[1]
                     and not text_of(parsed)[frame.cue[1]: e.start_char].strip()]
    if not names and frame.verb is not None:  # '..., telling the crowd, "Some crews ..."' (read as "crews tell")
        fallback = fallback_subject(frame.verb)
        if fallback is not None and not _inside(quoted, fallback.idx, fallback.idx + 1):
            phrase, title = speaker_phrase(fallback)
            return replace(frame, speaker=phrase, title=title)
    if speaker is None and not names:
        return frame
    return replace(frame, speaker=names[0] if names else None, title=None)


def _within_paragraph(frame: Frame, paragraphs: list[tuple[int, int]]) -> Frame:
    """Reported content stays in the cue's paragraph (the parser's sentences may run across a line break)."""
    if frame.content is None:
        return frame
    number = _paragraph_index(paragraphs, frame.cue[0])
    if number >= len(paragraphs):
        return frame
    low, high = paragraphs[number]
    start, end = max(frame.content[0], low), min(frame.content[1], high)
    return replace(frame, content=(start, end) if end > start else None)


def _drop_nested(drafts: list[_Draft]) -> list[_Draft]:
    """An indirect quote inside another quote's content is speech within speech: keep the outer one."""
    kept: list[_Draft] = []
    for draft in drafts:
        inside = [k for k in kept if k.content[0] <= draft.content[0] and draft.content[1] <= k.content[1]
                  and k.kind in ("direct", "mixed")]
        if not inside:
            kept.append(draft)
    return kept


def _paragraph_index(paragraphs: list[tuple[int, int]], offset: int) -> int:
    for number, (start, end) in enumerate(paragraphs):
        if offset < end:
            return number
    return len(paragraphs)


def extract_quotes(doc: Document, parsed: SpacyDoc) -> tuple[list[Quote], list[Problem]]:
    """The quotes of `doc` (whose `entities` are filled) and warnings about unbalanced quotation marks."""
    paragraphs = _paragraphs(doc)
    quoted, unbalanced = quotations(doc.text, paragraphs)
    problems = [Problem(code="unbalanced-quote", stage="quotes",
                        message=f"quotation mark at offset {offset} is never closed; "
                                "the quotation is cut at the end of its paragraph")
                for offset in unbalanced]
    resolver = Resolver(parsed, doc.entities, [(q.start, q.end) for q in quoted])
    turns = speaker_turns(doc.text, paragraphs, doc.entities)
    quotes: list[Quote] = []
    previous: tuple[Quote, int] | None = None
    for draft in _drafts(parsed, quoted, paragraphs):
        start, end = _content(doc.text, draft)
        if end <= start:
            continue
        paragraph = _paragraph_index(paragraphs, start)
        frame = draft.frame
        if frame is not None:
            title = doc.text[frame.title[0]: frame.title[1]] if frame.title else None
            speaker = (resolver.resolve(frame.speaker, title) if frame.speaker is not None
                       else Speaker(reason="the cue names no speaker (passive or impersonal)"))
        elif draft.neighbour is not None and draft.neighbour.speaks:  # 'A guard described the raid. "..."'
            speaker = resolver.resolve_head(draft.neighbour.subject)
        elif previous is not None and _continues(resolver, previous, paragraph, start):
            prior = previous[0].speaker
            speaker = (resolver.speaker_for(prior.entity, None, prior.title) if prior.entity
                       else prior.model_copy(update={"mention": None}))
        elif draft.neighbour is not None:  # 'Ana Ruiz came back to find her house gone. "..."'
            speaker = resolver.resolve_head(draft.neighbour.subject)
        elif _words(doc.text[start:end]) < MIN_UNATTRIBUTED_WORDS and not draft.sentence:
            continue
        else:
            speaker = Speaker(reason="no speech cue or earlier speaker near the quotation")
        turn = next((turn for turn in turns if turn.content[0] <= start < turn.content[1]), None)
        if turn is not None and speaker.mention is not None and speaker.mention.text.lower() == "i":
            speaker = _turn_speaker(doc, turn).model_copy(update={"mention": speaker.mention})  # "I" in a turn
        quote = Quote(
            id=f"q{len(quotes) + 1}", kind=draft.kind, content=doc.span(start, end),
            cue=doc.span(*frame.cue) if frame else None, speaker=speaker,
            venue=doc.span(*frame.venue) if frame and frame.venue else None,
            time=doc.span(*frame.time) if frame and frame.time else None,
        )
        quotes.append(quote)
        if draft.kind in ("direct", "mixed"):
            previous = (quote, _paragraph_index(paragraphs, end - 1))
    quotes += [_turn_quote(doc, turn) for turn in turns]
    quotes.sort(key=lambda quote: quote.content.start)
    return [quote.model_copy(update={"id": f"q{n}"}) for n, quote in enumerate(quotes, 1)], problems


def _turn_quote(doc: Document, turn: Turn) -> Quote:
    """A transcript's turn as its speaker's direct quote, the colon after the label as its cue."""
    return Quote(id="", kind="direct", content=doc.span(*turn.content), cue=doc.span(*turn.cue),
                 speaker=_turn_speaker(doc, turn))


def _turn_speaker(doc: Document, turn: Turn) -> Speaker:
    return Speaker(mention=doc.span(*turn.label), entity=turn.entity, name=turn.name,
                   reason=None if turn.entity else "a name the entity recogniser did not recognise")


def _continues(resolver: Resolver, previous: tuple[Quote, int], paragraph: int, start: int) -> bool:
    """The text says the previous speaker goes on: a paragraph or two later, and no other person named between."""
    quote, last_paragraph = previous
    if paragraph - last_paragraph > CONTINUED_PARAGRAPHS or quote.speaker.name is None:
        return False
    gap = [m for m in resolver.mentions if _attribution_end(resolver, quote) <= m[0] < start
           and resolver.people[m[2]].entity.label == "PERSON" and m[2] != quote.speaker.entity
           and not resolver.in_quote(m[0])]
    return not gap


def _attribution_end(resolver: Resolver, quote: Quote) -> int:
    """Where the previous quote's own attribution ends: people named in a cue sentence that follows the quote
    ('"A," said Ana Ruiz, who ran against Okafor. "B."') describe its speaker and do not interrupt her."""
    cue = quote.cue
    if cue is None or cue.start < quote.content.end:
        return quote.content.end
    span = resolver.parsed.char_span(cue.start, cue.end, alignment_mode="expand")
    return span.sent.end_char if span is not None else quote.content.end
