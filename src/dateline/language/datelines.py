"""Datelines: the place, and often the date and agency, that open a news paragraph before a dash ("WASHINGTON
—", "KESSA, May 3 (Harbour Wire) -"). They say where a story was filed, so what they name never acts or speaks;
the parser, though, often makes the place the subject of the first verb."""

from __future__ import annotations

from spacy.tokens import Token

DASHES = frozenset({"—", "–", "--", "―"})
"""Dashes that end a dateline wherever they stand; a hyphen does only with a space after it ("KESSA -")."""
REACH = 12
"""Tokens from the start of a paragraph within which a dateline's dash must come."""
_DATELINE_POS = frozenset({"PROPN", "NUM", "PUNCT", "SYM", "X", "SPACE"})


def in_dateline(token: Token) -> bool:
    """Whether `token` lies in a dateline: on its line, before a dash within REACH tokens of the line's start,
    after an opening that is a place name or a word in capitals, with nothing but names, numbers and
    punctuation in between ("NATO troops - backed by helicopters -" is no dateline)."""
    doc = token.doc
    start = token.i
    while start > 0 and token.i - start < REACH and not _breaks_line(doc[start - 1]):
        start -= 1
    if start > 0 and not _breaks_line(doc[start - 1]):
        return False
    opening = doc[start]
    if not (opening.ent_type_ in ("GPE", "LOC") or opening.is_upper and len(opening.text) > 1):
        return False
    dash = None
    for candidate in doc[start:start + REACH]:
        if candidate.text in DASHES or candidate.text == "-" and candidate.whitespace_:
            dash = candidate.i
            break
        if _breaks_line(candidate):
            return False
    if dash is None or token.i >= dash:
        return False
    return all(t.pos_ in _DATELINE_POS for t in doc[start + 1:dash])


def _breaks_line(token: Token) -> bool:
    return "\n" in token.text or "\n" in token.whitespace_
