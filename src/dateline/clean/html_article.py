"""The article of an HTML page: text blocks, the container that holds the article, and the furniture around it.

One walk over the Lexbor DOM (selectolax) turns the page into text blocks (paragraphs, headings, list items,
...), each knowing its element ancestry, how much of it is link text and whether it sits inside furniture
(`html_boilerplate`). The article container is the element that most of the long, link-poor paragraphs hang
from (a readability-style vote of parents and grandparents), widened to the lowest ancestor holding most of
the page's prose (articles split into sections). Furniture-looking elements that wrap the container are
wrappers, not furniture. The article is the container's blocks minus furniture, link lists and the `<h1>`
headline; every other block is kept as labelled furniture.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from selectolax.lexbor import LexborHTMLParser, LexborNode

from dateline.clean.html_boilerplate import (
    NEVER_TEXT,
    STRUCTURAL,
    WEAK_WORD,
    WORD,
    classify,
    is_hidden,
)
from dateline.record import Furniture, FurnitureKind

BLOCK_TAGS = frozenset({"p", "div", "section", "article", "main", "body", "pre", "blockquote", "li", "ul", "ol",
                        "dl", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th",
                        "tbody", "thead", "tfoot", "figure", "header", "footer", "nav", "aside", "form",
                        "address", "hr", "center", "details", "summary", "fieldset", "caption", "figcaption",
                        "menu", "hgroup", "br"})
"""Elements that start a new text block (everything else is inline and joins its block's text)."""

PARAGRAPH_TAGS = frozenset({"p", "pre", "blockquote", "div", "section", "article", "td", "dd", "li", "span"})
"""Block owners whose text votes for the article container."""

MAX_DEPTH = 400
"""Deeper elements are read as flat text, not walked (protection against pathological nesting)."""

MIN_VOTE_CHARS = 60
"""A block needs this much non-link text to vote for the container."""

ARTICLE_SHARE = 0.75
"""The article container holds at least this share of the page's prose (outside furniture)."""

VOTE_FROM = {WEAK_WORD: 1.0, WORD: 0.3, STRUCTURAL: 0.05}
"""Weight of a vote by the strongest furniture evidence around the voting block."""



@dataclass
class Block:
    """One text block: its text, the ids of its ancestor elements (outermost first) and its furniture kind."""

    tag: str
    ancestors: tuple[int, ...]
    marks: tuple[tuple[int, FurnitureKind, int], ...]
    """Furniture-looking elements around the block, outermost first: (element id, kind, strength), where
    strength is STRUCTURAL (tag or ARIA role), WORD (a class/id word) or WEAK_WORD (a word wrappers share)."""
    furniture: FurnitureKind | None = None
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0

    @cached_property
    def text(self) -> str:
        return " ".join("".join(self.parts).split())


class _Walker:
    """Turns a DOM into blocks in document order (one pass, explicit depth guard)."""

    def __init__(self, skip_hidden: bool = True) -> None:
        self.blocks: list[Block] = []
        self.skip_hidden = skip_hidden

    def walk(self, root: LexborNode) -> list[Block]:
        self._element(root, (), (), 0, in_link=False, block=None)
        return [b for b in self.blocks if b.text]

    def _element(self, node: LexborNode, ancestors: tuple[int, ...], marks: tuple, depth: int,
                 in_link: bool, block: Block | None) -> Block | None:
        """Walk the children of `node`; returns the block still open after them (inline continuation)."""
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                text = child.text_content or ""
                if block is None:
                    if not text.strip():
                        continue
                    block = self._open(node.tag, ancestors, marks)
                block.parts.append(text)
                if in_link:
                    block.link_chars += len(text.strip())
                continue
            if not tag or tag in NEVER_TEXT or tag.startswith("-"):
                continue
            if depth > MAX_DEPTH:  # too deep to walk: its text joins the open block as it stands
                if block is None:
                    block = self._open(node.tag, ancestors, marks)
                block.parts.append(" " + child.text(deep=True, separator=" "))
                continue
            attrs = child.attributes
            if self.skip_hidden and is_hidden(attrs):
                continue
            found = classify(tag, attrs)
            inner_marks = marks + ((child.mem_id, *found),) if found else marks
            link = in_link or tag == "a"
            if tag in BLOCK_TAGS:
                self._element(child, ancestors + (child.mem_id,), inner_marks, depth + 1, link, None)
                block = None
            elif found:  # an inline element that looks like furniture (e.g. <span class="byline">)
                self._element(child, ancestors, inner_marks, depth + 1, link, None)
                block = None
            else:
                if block is None:
                    block = self._open(node.tag, ancestors, marks)
                block = self._element(child, ancestors, marks, depth + 1, link, block)
        return block

    def _open(self, tag: str, ancestors: tuple[int, ...], marks: tuple) -> Block:
        block = Block(tag=tag, ancestors=ancestors, marks=marks)
        self.blocks.append(block)
        return block


@dataclass
class Article:
    """The article blocks' texts and the furniture of the page, in document order."""

    paragraphs: list[str]
    furniture: list[Furniture]


def _weight(block: Block) -> float:
    """How strongly a block looks like article prose: its non-link length (0 for short or link-heavy text)."""
    text = block.text
    own = len(text) - block.link_chars
    if own < MIN_VOTE_CHARS or block.link_chars > 0.3 * len(text) or block.tag not in PARAGRAPH_TAGS:
        return 0.0
    return own + 40 * text.count(",")


def _container(blocks: list[Block], weights: list[float]) -> int | None:
    """The element most prose blocks hang from (readability-style vote of parent, grandparent, ...).

    Blocks inside furniture vote weakly (`VOTE_FROM`) rather than not at all, because page builders name
    article wrappers `widget` or `more`, and a page may have prose nowhere else.
    """
    votes: dict[int, float] = {}
    for block, weight in zip(blocks, weights):
        if not weight:
            continue
        strength = max((s for _, _, s in block.marks), default=WEAK_WORD)
        weight *= VOTE_FROM[strength]
        for level, ident in enumerate(reversed(block.ancestors[-3:])):
            votes[ident] = votes.get(ident, 0.0) + weight / (level + 1)
    return max(votes, key=votes.__getitem__) if votes else None


def _resolve_furniture(blocks: list[Block], weights: list[float], container: int) -> None:
    """Each block's furniture kind: its innermost furniture-looking element that does not wrap the container
    (and, for a weak word, holds no prose)."""
    wrappers = set()
    for block, weight in zip(blocks, weights):
        if container in block.ancestors:
            wrappers.update(block.ancestors[: block.ancestors.index(container) + 1])
        if weight:
            wrappers.update(ident for ident, _, strength in block.marks if strength == WEAK_WORD)
    for block in blocks:
        for ident, kind, _ in reversed(block.marks):
            if ident not in wrappers:
                block.furniture = kind
                break


def _widen(container: int, blocks: list[Block], weights: list[float]) -> int:
    """Climb from the best-voted element to the lowest ancestor holding most of the page's prose.

    Articles split into sections (one element each) vote for one section; the article is their parent.
    """
    held: dict[int, float] = {}
    parent: dict[int, int] = {}
    for block, weight in zip(blocks, weights):
        if block.furniture:
            continue
        for outer, inner in zip(block.ancestors, block.ancestors[1:]):
            parent[inner] = outer
        for ident in block.ancestors:
            held[ident] = held.get(ident, 0.0) + weight
    total = sum(w for b, w in zip(blocks, weights) if not b.furniture)
    while held.get(container, 0.0) < ARTICLE_SHARE * total and container in parent:
        container = parent[container]
    return container


def _keep(block: Block) -> bool:
    """Whether a block inside the container is article text (not a link list or a stray label)."""
    text = block.text
    return block.link_chars <= 0.6 * len(text)


def extract_article(tree: LexborHTMLParser) -> Article:
    """Split one parsed page into article paragraphs and labelled furniture."""
    root = tree.body or tree.root
    if root is None:
        return Article([], [])
    blocks = _Walker().walk(root)
    weights = [_weight(b) for b in blocks]
    best = _container(blocks, weights)
    if best is None:  # script-rendered pages may ship the whole article in a hidden element
        blocks = _Walker(skip_hidden=False).walk(root)
        weights = [_weight(b) for b in blocks]
        best = _container(blocks, weights)
    if best is None:
        return Article([], [Furniture(kind=b.marks[-1][1] if b.marks else "other", text=b.text) for b in blocks])
    _resolve_furniture(blocks, weights, best)
    container = _widen(best, blocks, weights)
    paragraphs, furniture = [], []
    for block in blocks:
        if block.tag == "h1" and not block.furniture:
            block.furniture = "title"
        if container in block.ancestors and not block.furniture and _keep(block):
            paragraphs.append(block.text)
        else:
            furniture.append(Furniture(kind=block.furniture or "other", text=block.text))
    return Article(paragraphs, furniture)
