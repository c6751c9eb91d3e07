"""Quotation marks: where quoted stretches of the text start and end.

A fast character scan, paragraph by paragraph, that pairs opening and closing marks of the same family
(straight and curly double quotes, two apostrophes used as a double quote, guillemets, low-9 quotes, and
curly single quotes used as outer marks). Marks of another family inside a quotation are nested quotes and
stay part of it. A quotation whose paragraph ends before its closing mark continues into the next paragraph
when that paragraph opens with the same mark (the news convention for long quotes) or, without reopening,
closes it before any other mark of its family opens (“ ... ” and the like only); an opening curly mark
typed in place of the closer after the quotation's last comma or stop closes it; otherwise it is
unbalanced: it is cut at the paragraph end and reported, so one stray mark never swallows the rest of the
document.
"""

from __future__ import annotations

from dataclasses import dataclass

TWO_APOSTROPHES = "''"
"""A double quote typed as two apostrophes, as in some newspaper archives."""

# opening mark -> closing marks it accepts
_PAIRS: dict[str, tuple[str, ...]] = {
    "“": ("”", "“"),  # some outlets close with the opening glyph by mistake
    '"': ('"',),
    TWO_APOSTROPHES: (TWO_APOSTROPHES,),
    "«": ("»",),
    "»": ("«",),  # Danish/German order
    "„": ("“", "”"),
    "‹": ("›",),
    "「": ("」",),
    "‘": ("’",),
}
_MIXED: dict[str, tuple[str, ...]] = {"“": ('"',), '"': ("”",)}
"""Closers of the other double-quote style, tried only when the proper closer never comes and no quotation of
that style opens in between: a quotation opened curly and closed straight (or the reverse) after an edit,
'“Immunity deals are wrong," Okafor said'."""
_AMBIGUOUS = {'"', TWO_APOSTROPHES, "‘", "»"}
"""Marks that are also closers or apostrophes: they open only at the start of a word."""
_OPEN_BEFORE = set(" \t\n([{—–-/:;,") | {"\u00a0"}
_CLOSE_AFTER = set(" \t\n)]}—–-/:;,.!?…'’\"”") | {"\u00a0"}


@dataclass(frozen=True)
class Quoted:
    """One quotation: `text[start:end]` includes its marks; `inner` excludes them."""

    start: int
    end: int
    closed: bool
    paragraphs: int = 1
    mark: int = 1
    """Length of the opening and closing marks (2 for two apostrophes)."""

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + self.mark, self.end - self.mark if self.closed else self.end


def _opens(text: str, i: int) -> str | None:
    """The opening mark at text[i], if one opens a quotation there."""
    mark = TWO_APOSTROPHES if text.startswith(TWO_APOSTROPHES, i) else text[i]
    if mark not in _PAIRS:
        return None
    if mark in _AMBIGUOUS and i > 0 and text[i - 1] not in _OPEN_BEFORE:
        return None
    after = i + len(mark)
    return mark if after < len(text) and not text[after].isspace() else None


def _closes(text: str, i: int, opener: str, closers: tuple[str, ...]) -> bool:
    closer = next((c for c in closers if text.startswith(c, i)), None)
    if closer is None:
        return False
    after = i + len(closer)
    if opener == TWO_APOSTROPHES and text.startswith("'", after):
        return False  # three apostrophes: a nested single quote closes first, the double one after it
    if opener in _AMBIGUOUS or closer in ('"', "’", "“"):  # a closing “ is followed by a space or punctuation
        return after >= len(text) or text[after] in _CLOSE_AFTER
    return True


def _close_in(text: str, start: int, end: int, opener: str, closers: tuple[str, ...] | None = None) -> int | None:
    """Index of the mark closing `opener` (with one of `closers`, by default its own) within text[start:end]."""
    for i in range(start, end):
        if _closes(text, i, opener, closers or _PAIRS[opener]) and (opener != "‘" or i > start):
            return i
    return None


_DISTINCT_CLOSERS = {"“": "”", "«": "»", "„": "“”", "‹": "›", "「": "」"}
"""Families whose closing mark never opens a quotation: a paragraph whose first mark of the family is the
closer ends a quotation left open at the end of the paragraph before."""


def _closed_first(text: str, paragraph: tuple[int, int], opener: str) -> int | None:
    """Where `paragraph` closes a quotation opened in the paragraph before, when its first mark of the family
    is the closing one ('“We will rebuild.\n\nIt will take two years,” she said.'), else None."""
    closers = _DISTINCT_CLOSERS.get(opener, "")
    for i in range(paragraph[0], paragraph[1]):
        if text[i] in closers and not (opener == "„" and text[i] == "“" and _opens(text, i)):
            return i if _closes(text, i, opener, tuple(closers)) else None
        if text[i] == opener:
            return None
    return None


def _mistyped_closer(text: str, start: int, end: int) -> int | None:
    """An opening curly mark typed where the closing one belongs, right after the quotation's last punctuation
    ('“We won, “Ana Ruiz said.'), in a paragraph where no proper closing mark comes."""
    i = text.find("“", start, end)
    return i if i >= 0 and text[start:i].rstrip(" ").endswith((",", ".", "!", "?")) else None


def quotations(text: str, paragraphs: list[tuple[int, int]]) -> tuple[list[Quoted], list[int]]:
    """The outermost quotations of `text` and the offsets of unbalanced opening marks.

    `paragraphs` are (start, end) offsets; a quotation never crosses a paragraph unless the next one
    reopens it.
    """
    found: list[Quoted] = []
    unbalanced: list[int] = []
    index, i = 0, paragraphs[0][0] if paragraphs else 0
    while index < len(paragraphs):
        p_end = paragraphs[index][1]
        if i >= p_end:
            index += 1
            i = paragraphs[index][0] if index < len(paragraphs) else 0
            continue
        opener = _opens(text, i)
        if opener is None:
            i += 1
            continue
        start, size = i, len(opener)
        close = _close_in(text, i + size, p_end, opener)
        if close is None and opener == "“":
            close = _mistyped_closer(text, start + size, p_end)
        para = index
        while close is None and opener != "‘":
            # a long quote: each new paragraph reopens it, only the last one closes it
            following = paragraphs[para + 1] if para + 1 < len(paragraphs) else None
            if following is None:
                break
            if not text.startswith(opener, following[0]):
                close = _closed_first(text, following, opener)  # '“A.\n\nB,” she said.': no reopening mark
                para += close is not None
                break
            para += 1
            close = _close_in(text, following[0] + size, following[1], opener)
        if close is None and opener in _MIXED:
            para = index
            close = _close_in(text, start + size, p_end, opener, _MIXED[opener])
            if close is not None and any(_opens(text, j) for j in range(start + size, close)):
                close = None  # the closer belongs to a nested quotation of the other style
        if close is not None:
            found.append(Quoted(start, close + size, True, para - index + 1, size))
            index, i = para, close + size
        elif opener == "‘":
            i += 1  # an apostrophe ('90s), not a quotation
        else:
            found.append(Quoted(start, paragraphs[para][1], False, para - index + 1, size))
            unbalanced.append(start)
            index, i = para, paragraphs[para][1]
    return found, unbalanced
