"""Who wrote a story: the people a byline names, with organisations, desks and roles left out.

Bylines arrive from JSON-LD, `<meta>` tags, byline elements and flattened byline lines, in every shape: "By
Ana Ruiz and Tom Bell", "ByNina Okoro" (a scraper dropped the space), "Meg AlvesStaff Writer" (a role glued
on), "Liz Kenny Former McKinsey Consultant", "Ana Ruiz; Tom Bell", "Author Isaiah Shelton", "Dr. Ana Ruiz
(Harbour Lab)". A name is kept, without its honorific, when it reads as a person's: two to five capitalised
words (or name particles such as "al" and "van"), no digits, and nothing before the first role or
organisation word ("Staff", "Desk", "Founder", "Reuters"). A single word ("Susan", "aawoods") or a brand
("EcoFlow") names nobody for sure, so it is left out.
"""

from __future__ import annotations

import re

from dateline.clean.lines import BRACKETED, GLUE_POINT

NOT_PERSON_WORDS = frozenset("""
    staff desk team editor editors editorial news newsroom press agency agencies associated reuters afp ap
    bloomberg media ltd inc llc online group correspondent correspondents reporter reporters wire wires service
    services admin administrator webmaster contributor contributors contributing columnist producer guest
    bureau magazine times post daily weekly journal tribune herald network radio tv television today company
    corporation foundation institute university department ministry office sponsored partner content unknown
    anonymous writer writers senior chief national international political special opinion digital updated
    published photo photos video graphics illustration illustrations the of for at in on from via by and
    about author authors sign insights policy privacy conditions terms says said founder cofounder co-founder
    ceo cto director head manager marketing development expert consultant certified licensed attorney
    specialist officer president former official research researcher journalism mt tips books ai reviewed
    reviewer lead follow one phd dvm rn usa
""".split())
"""Words that make a byline (or what follows them in it) an organisation, a role or a label, not a person."""
_MIN_GLUED_HEAD = 4
"""Letters before a glue point from which it joins two words, not a surname's prefix ("Mc", "Mac", "San", "De")."""

_PREFIX = re.compile(r"^\W*(?:(?:written|posted|reported|reporting|words)\s+)?by(?::?\s+|(?-i:(?=[A-Z])))|"
                     r"^\W*(?:von|par|por|di|door|av|af)\s+|^\W*author:?\s+", re.IGNORECASE)
_HONORIFIC = re.compile(r"^(?:dr|prof|mr|mrs|ms|mx|sir|dame)\.?\s+", re.IGNORECASE)
_SPLIT = re.compile(r"[,&|·•;/]|\b(?:and|with|und|et|y|e)\b", re.IGNORECASE)  # parts are stripped after
_NAME_WORD = re.compile(r"^(?:[A-Z\u00c0-\u00de][\w'’.-]*|(?:al|el|de|da|di|du|van|von|der|den|bin|ibn|la|le|"
                        r"dos|das|del|y)(?:-[A-Z][\w'’-]*)?)$")
_COMMENT = re.compile(r"\b(?:says|said|wrote)\s*:?\s*$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def people_named(byline: str) -> list[str]:
    """The people a byline names, in order, each once: "By Ana Ruiz and Tom Bell, Staff Writers" ->
    ["Ana Ruiz", "Tom Bell"]; [] for an organisation, a role, a date or a reader's comment header."""
    if len(byline) > 200 or _COMMENT.search(byline):
        return []
    people: list[str] = []
    for part in _SPLIT.split(_PREFIX.sub("", BRACKETED.sub(" ", byline).strip())):
        person = _person_in(_HONORIFIC.sub("", _PREFIX.sub("", part.strip(" .:-–—|"))))
        if person and person not in people:
            people.append(person)
    return people


def looks_like_person(name: str) -> bool:
    """Two to five capitalised words (or name particles), no digits, no role or organisation word."""
    tokens = name.split()
    return (2 <= len(tokens) <= 5 and not _DIGIT.search(name) and tokens[0][0].isupper()
            and all(_NAME_WORD.match(token) and token.lower().strip(".,") not in NOT_PERSON_WORDS
                    for token in tokens))


def _person_in(part: str) -> str | None:
    """The words of one byline part before its first role or organisation word, if they name a person; a
    role glued to the name is cut off too ("Meg AlvesStaff Writer", "Ana RuizTech Reporter": a capital after a full
    word starts another element), a glued surname is not ("MacDonald"). A part with digits keeps its glue: a name
    glued to a date ("Ana RuizMay 3, 2024") is often a teaser card's, left to the readers that know dates."""
    words = part.split()
    glue_ends_name = not _DIGIT.search(part)
    kept: list[str] = []
    for word in words:
        pieces = GLUE_POINT.split(word)
        cut = next((k for k, piece in enumerate(pieces) if piece.lower().strip(".,") in NOT_PERSON_WORDS
                    or (glue_ends_name and k > 0 and len(pieces[k - 1]) >= _MIN_GLUED_HEAD)), None)
        if cut is None:
            kept.append(word)
            continue
        if cut > 0:
            kept.append("".join(pieces[:cut]))
        break
    name = " ".join(kept).strip(" .,:-–—")
    return name if looks_like_person(name) else None
