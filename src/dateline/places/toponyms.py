"""Toponym recognition that does not hang on one recogniser label: names the gazetteer knows, read as places
when the text says so.

spaCy's small model labels many place names PERSON, ORG, FAC, EVENT or NORP ("Mali", "Giza", "Guinea-Bissau",
"Tamil Nadu") or misses them ("Bamako", a dateline's "NIAMEY"). Every run of capitalised words the gazetteer
knows is a candidate; it is taken as a place on the evidence around it, the recogniser's label being one signal
among several:
- what the gazetteer says the name is: a country, first-level division, region or continent (strong), or a town
  and how many live there;
- the words before and after: a place preposition ("in", "near", "outside"), "the town/city/province of",
  "the capital", a "-based" or "-led" compound, a following ", Mali" or "province", a following "man",
  "women" or "voters" (where people are from: "a Wheeling man");
- a dateline: a name in capitals opening a line and followed by a colon, comma, dash or bracket ("BISSAU:");
- a list with other places ("Mali, Niger and Chad");
- against it: a title before it ("President", "Mr"), the name being only part of a longer capitalised run
  ("Paris Hilton") or of a longer organisation, person or work the recogniser found ("Bank of Mali").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from dateline.places.gazetteer import Candidate, candidates, key
from dateline.places.geocode import SIDES

_STRONG = ("A.PCLI", "A.ADM1", "L.RGN", "L.CONT")
_TOWNS = ("P.PPL", "P.PPLC")
_PLACE_LABELS = ("GPE", "LOC")

_BEFORE = {"in", "near", "at", "from", "outside", "into", "across", "around", "toward", "towards", "to",
           "throughout", "inside", "via", "between", "through"}
"""Prepositions after which a name the gazetteer knows is read as a place."""
_OF_PLACE = {"town", "city", "village", "province", "region", "district", "state", "county", "capital",
             "governorate", "municipality", "township", "borough", "parish", "island", "islands", "republic",
             "kingdom", "area", "port", "oblast", "prefecture", "department", "neighbourhood", "neighborhood",
             "suburb", "outskirts", "north", "south", "east", "west", "centre", "center", "heart", "streets",
             "people", "residents", "citizens", "government", "president", "governor", "mayor", "parts", "rest",
             "border", "coast"}
"""Nouns of "the X of NAME" that make NAME a place ("the town of Konna", "the outskirts of Gao")."""
_AFTER = {"province", "region", "district", "state", "city", "town", "village", "county", "governorate",
          "oblast", "prefecture", "valley", "border", "airport", "area", "police", "residents", "authorities",
          "officials", "man", "woman", "men", "women", "boy", "girl", "teen", "teenager", "couple", "native",
          "voters"}
"""Lowercase nouns that follow a place name ("Faryab province", "Kohistan district"), or that name its
people and its public bodies ("Danbury police", "Gao residents"), a person from it ("a Wheeling man", "two Kanab
women": news says where people are from this way) or its voters."""
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "president", "minister", "colonel", "col", "general",
           "gen", "sen", "senator", "rep", "gov", "governor", "mayor", "judge", "officer", "captain", "lt", "king",
           "queen", "prince", "princess", "sheikh", "imam", "pope", "saint", "st", "lord", "lady", "coach",
           "spokesman", "spokeswoman", "chief", "commander", "leader"}
"""Words before a name that make it a person's ("President Chad ..."), or a saint's."""
_CALENDAR = {w.lower() for w in [*calendar.month_name, *calendar.day_name] if w}
"""Month and day names, which are also towns ("March", "Sunday") and follow "in" and "on"; the words of
the people the recogniser found are surnames of theirs, not places, when they stand alone ("Pereira")."""
_PERSON_PART_LABELS = {"PERSON", "ORG", "FAC", "EVENT"}
_UNKEPT_LABELS = {"WORK_OF_ART", "LAW", "PRODUCT"}
"""Recogniser labels of names the record does not keep (titles, laws, products): the small model also gives them
to a place and the words after it ("Kanawha County Assessor", "the Trade Charter for Europe", "the Danish Law
on ..."), so the words inside are read as if it had found no name there."""
KNOWN_TOWN = 100_000
"""A town this large is a place wherever the text names it outright, unless a title says person."""
_PERSON_TOWN = 300_000
"""A name the recogniser called a person is a place without a cue only when a town this large bears it."""

_PARTIES = r"(?:R|D|I|DFL)-"
"""A US legislator's party, written before the place they represent (`_PARTY`)."""
_WORD = (rf"(?:{_PARTIES}(?=[A-Z]))?(?:[A-Z]\.(?:[A-Z]\.)+|"
         r"[A-Z][a-z]{0,3}\."
         r"|(?:ST|STE|MT|FT)\.(?=[ ][A-Z])|[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*)")
"""A capitalised word, or an abbreviation with its full stop ("U.S.", "St.", "Va.", "N.D.", a dateline's "ST."
before the rest of the name: the abbreviated first words the gazetteer spells out), after a legislator's party
("D-N.D.", see _PARTY); the full stop that ends a sentence is not part of the word, so a run never joins two
sentences ("... from Roswell. Police said")."""
_LINKS = "of|de|du|al|el|la|le|da|do|dos|des"
_RUN = re.compile(rf"(?:(?<=\s)|(?<=^)|(?<=[(\"“‘'])){_WORD}(?:[ ](?:(?:{_LINKS})[ -])?{_WORD})*")
"""A run of capitalised words, with the small words that link the words of a place name ("Rio de Janeiro",
"Gulf of Aden"): the longest stretch a place name can be. Only whole runs are read, so "Mali" in "Bank of
Mali" or "Paris Hilton" is not."""
_COMPOUND = re.compile(r"-(?:based|led|backed|born|controlled|held|bound|owned|run)\b")
"""A place name's "-based", "-led" compound ("Herat-based"), cut off the name and read as a cue."""
_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z'’.-]+(?:[ ][A-Z][A-Z'’.-]+){0,3})(?=\s*(?:,|:|\(|—|–|-|/))", re.MULTILINE)
"""A name in capitals opening a line before a comma, colon, bracket or dash: a dateline ("NIAMEY, March 14")."""
_INLINE_DATELINE = re.compile(
    r"(?<=[.!?] )([A-Z][A-Z'’.]{2,}(?:[ ][A-Z][A-Z'’.]+){0,3})(?=[ ]+(?:—|–|--|-)[ ]|:[ ])")
"""A dateline after a headline on the same line, before a dash or a colon ("... struck by car. ROSWELL - A man
...", "... destroys crops . BEIRUT: Israel ...")."""
_PARTY = re.compile(rf"{_PARTIES}(?=[A-Z][a-z]|[A-Z]\.)")
"""A US legislator's party before the place they represent ("Rep. Torrey Westrom, R-Elbow Lake", "Sen. Byron
Dorgan, D-N.D.")."""


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str
    """The recogniser's label ('' for a name it did not find)."""


def _readings(name: str) -> list[Candidate]:
    """The gazetteer entries whose own name or listed name is `name` (the towns by their own name first)."""
    found = candidates(name)
    own = [c for c in found if c.feature not in _TOWNS or key(c.name) == key(name)]
    return own or found


def _words_before(text: str, start: int, n: int = 3) -> list[str]:
    return [w.lower().strip(".,") for w in re.findall(r"[\w'’.-]+", text[max(0, start - 60):start])][-n:]


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?\n:;"


def cued(text: str, start: int, end: int, person_ends: set[int]) -> bool:
    """Whether the words around [start, end) say place (see module docstring); `person_ends` are where the
    recogniser's person names end."""
    before = _words_before(text, start)
    if before and before[-1] in _BEFORE:
        return True
    if before[-2:-1] and before[-1] == "of" and before[-2] in _OF_PLACE:
        return True
    if before and before[-1] in ("capital", "capitals"):
        return True
    of = re.search(r"(,?)\s+of\s+$", text[max(0, start - 8):start])
    if of and (of.group(1) or max(0, start - 8) + of.start() in person_ends):
        return True  # "Jodi Mahler, of Bellmore", "James Tauber of Nelson": where a person is from
    if re.search(r"(?:^|[\s(])(?:R|D|I|DFL)-$", text[max(0, start - 5):start]):
        return True  # "Rep. Torrey Westrom, R-Elbow Lake": the place a legislator represents
    after = text[end:end + 40]
    if _COMPOUND.match(after):
        return True
    follow = re.match(r"\s*(\w+)", after)
    return bool(follow and follow.group(1) in _AFTER)


def _titled(text: str, start: int) -> bool:
    before = _words_before(text, start, 1)
    return bool(before) and before[-1].rstrip(".") in _TITLES


def _datelines(text: str) -> list[tuple[int, int]]:
    found = [*_DATELINE.finditer(text), *_INLINE_DATELINE.finditer(text)]
    return [(m.start(1), m.end(1)) for m in found if _readings(m.group(1))]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """The run less a legislator's party, a final full stop (not an abbreviation's: "U.S.", "Pa."), a
    possessive, and leading words that are capitalised only because they open a sentence ("In Timbuktu", "The
    Sahel")."""
    party = _PARTY.match(text[start:end])
    if party:
        start += party.end()
    name = text[start:end]
    if name.endswith(".") and "." not in name[:-1] and len(name) > 3:
        end -= 1
    compound = _COMPOUND.search(text[start:end])
    if compound and compound.end() == end - start:
        end -= len(compound.group(0))
    possessive = re.search(r"['’]s?$", text[start:end])
    if possessive:
        end -= len(possessive.group(0))
    while True:
        first = re.match(r"(\w+) ", text[start:end])
        if not first or first.group(1).lower() not in STOP_WORDS:
            return start, end
        start += len(first.group(0))


def toponym_spans(text: str, found: Iterable[Span]) -> list[tuple[int, int]]:
    """Spans of `text` that name places, given the recogniser's spans `found`: its GPE and LOC spans the
    gazetteer knows, and every other run of capitalised words the gazetteer knows that the evidence around it
    reads as a place (module docstring). Spans inside a longer non-place name the recogniser found are not
    read."""
    found = [s for s in found if s.label not in _UNKEPT_LABELS]
    result: dict[tuple[int, int], None] = {}
    places: list[tuple[int, int]] = []
    people = {w.lower() for s in found if s.label == "PERSON" for w in text[s.start:s.end].split()[1:]}
    person_ends = {s.end for s in found if s.label == "PERSON"}
    runs = [_strip(text, *run) for m in _RUN.finditer(text) for run in _after_person(m, person_ends)]
    dated = set(_datelines(text))
    pending = []
    unread = []
    for start, end in [*runs, *dated]:
        name = text[start:end]
        if name.lower() in _CALENDAR | SIDES or name.lower() in people and not (start, end) in dated:
            continue  # "in March"; "the West"; "Pereira" after "Domingos Simoes Pereira"
        readings = _readings(name)
        if not readings:
            inner = _inner_places(text, start, end, found)
            result.update(dict.fromkeys(inner))
            places += inner
            if not inner and all(s.label == "PERSON" for s in found if s.start < end and start < s.end):
                unread.append((start, end))
            continue
        covering = [s for s in found if s.start <= start and end <= s.end and (s.start, s.end) != (start, end)]
        if any(s.label in _PERSON_PART_LABELS for s in covering):
            continue  # "the Bank of Mali", "Paris Hilton"
        same = {s.label for s in found if (s.start, s.end) == (start, end)}
        strong = any(c.feature in _STRONG for c in readings)
        town = max((c.population for c in readings if c.feature in _TOWNS), default=0)
        if _titled(text, start) and not (same & set(_PLACE_LABELS)):
            continue
        if (same & set(_PLACE_LABELS) or cued(text, start, end, person_ends) or (start, end) in dated
                or _KIND_NAMED.search(name)):
            taken = True
        elif "PERSON" in same:
            taken = strong or town >= _PERSON_TOWN
        else:
            taken = strong or town >= KNOWN_TOWN and (not _sentence_start(text, start) or bool(same))
        if taken:
            result[(start, end)] = None
            places.append((start, end))
        else:
            pending.append((start, end))
    near = _divisions(text, places)
    nearby = [span for span in pending if any(c.division in near for c in _readings(text[span[0]:span[1]])
                                              if c.feature in _TOWNS)]
    result.update(dict.fromkeys(nearby))
    places += nearby
    pending = [span for span in pending if span not in nearby]
    grown = True
    while grown:  # a town named in a list with places ("Konna, Mali"; "Gao, Kidal and Timbuktu")
        listed = [span for span in pending if any(_listed_with(text, span, place) for place in places)]
        result.update(dict.fromkeys(listed))
        places += listed
        pending = [span for span in pending if span not in listed]
        grown = bool(listed)
    named = {key(text[a:b]) for a, b in places} | {key(text[s.start:s.end]) for s in found if s.label in _PLACE_LABELS}
    result.update(dict.fromkeys(_named_first(text, unread, named)))
    return [span for span in sorted(result) if not any(a <= span[0] and span[1] <= b and (a, b) != span
                                                       for a, b in result)]


def _named_first(text: str, runs: list[tuple[int, int]], named: set[str]) -> list[tuple[int, int]]:
    """The place that opens a longer capitalised name the recogniser did not find, when the document names that
    place elsewhere ("Dublin Mayor Marilee Chinn", "The Dublin Singers", "Cookville Volunteer Fire Department"
    beside "Dublin" or "Cookville" read as places), or when its own name says it is a county or province the
    gazetteer knows ("Kanawha County Commissioner"): a local body or person is named after its place, and a
    document uses one name in one sense."""
    result = []
    for start, end in runs:
        spaces = [start + m.start() for m in re.finditer(" ", text[start:end])][::-1]
        for last in spaces:
            first = text[start:last]
            if key(first) in named or _KIND_NAMED.search(first) and _readings(first):
                result.append((start, last))
                break
    return result


def _after_person(run: re.Match, person_ends: set[int]) -> list[tuple[int, int]]:
    """The run, or the place in it: when it is a person's name and "of" a place ("James Tauber of Nelson"), or
    a kind of place and "of" ("City of Lansing")."""
    for of in re.finditer(r" of ", run.group(0)):
        if run.start() + of.start() in person_ends:
            return [(run.start() + of.end(), run.end())]
    kind = _KIND_OF.match(run.group(0))
    return [(run.start() + kind.end() if kind else run.start(), run.end())]


_KIND_NAMED = re.compile(r"[ ](?:County|Parish|Township|Province|Governorate|Oblast|Prefecture)$")
"""The last word of a name that says it is a county or province ("Walker County", "Faryab Province"): a place
wherever the gazetteer knows the whole name."""
_KIND_OF = re.compile(r"(?:City|Town|Village|Township|Borough|County|Parish|Province|District|Municipality) of "
                      r"(?=[A-Z])")
"""A kind of place and "of" opening a run: the rest is the place ("the City of Lansing"), read with the cue."""


def _inner_places(text: str, start: int, end: int, found: list[Span]) -> list[tuple[int, int]]:
    """Places inside a run of capitalised words that is not itself a place, in words the recogniser did not
    take as part of a name (a person it found beside them stays): the longest run of its words that the gazetteer
    knows as a country, state, region or continent ("the Investment Plan for Europe", "SME Mauritius Limited",
    "the Workers Party of Mali Amadou Toure"): a town inside an unknown name may be anything ("Harrow Boys"). A
    hyphenated pair of places is read by `paired_places`."""
    name = text[start:end]
    if " " not in name and "-" in name:
        return []
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", name)]
    for size in range(len(words) - 1, 0, -1):
        for first in range(len(words) - size + 1):
            a, b = words[first][0], words[first + size - 1][1]
            run = text[a:b]
            if any(s.start < b and a < s.end for s in found):
                continue  # a name the recogniser found beside it ("... of Mali Amadou Diallo") is not read into
            if run[:1].isupper() and run.lower() not in STOP_WORDS and any(
                    c.feature in _STRONG for c in _readings(run)):
                return [(a, b)]
    return []


_REACH = 24
"""How far back `not_inside_word` looks for the capital a word started with."""


def not_inside_word(chars: str, gap: str = "", before: str = "") -> str:
    """Lookbehinds that fail where a capitalised word of `chars` (its capital at most _REACH characters back,
    after `before`), followed by `gap`, stands right before: a name pattern that would match from there matches
    from that capital too, so it need not be tried again at every later capital of a long run ("A.A.A...", "The
    The ...") the way a backtracking matcher otherwise does, which takes time growing with the square of the run."""
    return "".join(rf"(?<!{before}[A-Z]{chars}{{{n}}}{gap})" for n in range(_REACH))


_PAIR_AFTER = r"[^\w–-]"
"""What the capital a pair is not tried again after follows: no letter, digit, hyphen or dash (a pair's second part
may end inside a word, "Paris–Nice.Lyon Marseille-Nice", and the next match be tried from there)."""
_PAIR = re.compile(
    r"(?<![\w-])(?=[A-Z])((?:" + not_inside_word(r"[\w'’.]", before=_PAIR_AFTER) + r"(?:[A-Z][\w'’.]*+[ ]){1,2}|"
    + not_inside_word(r"[\w'’]", before=_PAIR_AFTER) + r")[A-Z][\w'’]*+)[-–]([A-Z][\w'’]*(?:[ ][A-Z][\w'’.]*){0,2})")
"""Capitalised words joined to capitalised words by a hyphen or dash ("Logan-Rogersville", "Paris-Henry County
Arts Council", "Huntsville–Walker County"): up to three words on each side, not tried again inside a word
already tried (`not_inside_word`)."""


def paired_places(text: str, found: Iterable[Span]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The parts of every pair of places joined by a hyphen or dash, also inside a longer name the recogniser
    found ("the Amsterdam-London leg", "the Lebanon-Syria Treaty", "Russian-American art"): the longest words
    next to the hyphen on each side that the gazetteer knows, when every part is a country, state, region or
    continent or a town of KNOWN_TOWN+ people. Not inside a person's name ("Jean-Pierre")."""
    people = [s for s in found if s.label == "PERSON"]
    result = []
    for match in _PAIR.finditer(text):
        left = _known_end(text, match.start(1), match.end(1))
        right = _known_start(text, match.start(2), match.end(2))
        if left is None or right is None or any(p.start <= left[0] and right[1] <= p.end for p in people):
            continue
        if all(any(c.feature in _STRONG or c.population >= KNOWN_TOWN for c in _readings(text[a:b]))
               for a, b in (left, right)):
            result.append((left, right))
    return result


def _known_end(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The longest run of the words in [start, end) that ends at `end` and that the gazetteer knows."""
    for first in [start, *(start + m.end() for m in re.finditer(" ", text[start:end]))]:
        if text[first:end].split()[0].lower() not in STOP_WORDS and _readings(text[first:end]):
            return first, end
    return None


def _known_start(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The longest run of the words in [start, end) that starts at `start` and that the gazetteer knows."""
    ends = [start + m.start() for m in re.finditer(" ", text[start:end])][::-1]
    for last in [end, *ends]:
        name = text[start:last].rstrip(".")
        if _readings(name):
            return start, start + len(name)
    return None


def _divisions(text: str, places: list[tuple[int, int]]) -> set[str]:
    """The first-level divisions ('US.GA') of the best-known reading of each place taken so far (the state
    itself for a state): a town of the same state or province is likely a place of the story too ("Roswell"
    beside Atlanta and Marietta)."""
    found = set()
    for start, end in places:
        readings = [c for c in _readings(text[start:end]) if c.division]
        if readings:
            found.add(max(readings, key=lambda c: (c.feature == "A.ADM1", c.population)).division)
    return found


def _listed_with(text: str, span: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two spans stand side by side in a list or as town and country ("Gao, Kidal and Timbuktu")."""
    first, second = sorted((span, other))
    between = text[first[1]:second[0]]
    return bool(re.fullmatch(r"\s*(?:,|and|or|,\s*and|/)\s*", between))
