"""Datelines: the place, and often the date and agency, that open a news paragraph before a dash ("WASHINGTON
—", "KESSA, May 3 (Harbour Wire) -"). They say where a story was filed, so what they name never acts or speaks;
the parser, though, often makes the place the subject of the first verb."""

from __future__ import annotations

from spacy.tokens import Token

DASHES = frozenset({"—", "–", "--", "-", "―"})
REACH = 12
"""Tokens from the start of a paragraph within which a dateline's dash must come."""


def in_dateline(token: Token) -> bool:
    """Whether `token` lies in a dateline: its paragraph opens with a word in capitals or a place name, and a
    dash follows within REACH tokens of the opening, after `token`, with no verb before it."""
    doc = token.doc
    start = token.i
    while start > 0 and token.i - start < REACH and not _breaks_line(doc[start - 1]):
        start -= 1
    if start > 0 and not _breaks_line(doc[start - 1]):
        return False
    opening = doc[start]
    if not (opening.is_upper and len(opening.text) > 1 or opening.ent_type_ in ("GPE", "LOC")):
        return False
    dash = next((t.i for t in doc[start:start + REACH] if t.text in DASHES and t.whitespace_), None)
    if dash is None or token.i >= dash:
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in doc[start:dash])  # "NATO forces shelled ... - " is a clause


def _breaks_line(token: Token) -> bool:
    return "\n" in token.text or "\n" in token.whitespace_
