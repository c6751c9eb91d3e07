"""Deep-nesting protection: HTML nested deeper than a limit is flattened before any parser sees it.

Parsers and extractors walk the element tree recursively; a page of 10,000 nested `<div>`s can exhaust the
stack or take minutes. `flatten_deep` drops the tags below `limit` levels (their text is kept), in one linear
pass, so the page is still extracted, with a `too-deep` warning.
"""

from __future__ import annotations

import re

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]{0,40})\b[^<>]{0,4000}(?:(?<=(/))|)>")
"""A start or end tag: its "/", name, and "/" when it closes itself (the character before its ">"). Its
attributes are matched greedily: a lazy match tries the end at every character and took most of the time."""
_UNCOUNTED = frozenset(
    # void elements, which never hold children
    "area base br col embed hr img input link meta param source track wbr "
    # elements whose end tag may be omitted, so pages often leave them open
    "p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rtc rp".split()
)


def flatten_deep(html: str, limit: int) -> tuple[str, int]:
    """`html` with the tags nested deeper than `limit` removed, and the deepest nesting seen.

    Depth counts open minus close tags (void, self-closed and optional-end-tag elements excluded), close
    to the tree depth a parser builds. A page with fewer than `limit` tags is returned as is without scanning;
    the others are measured first, and only one nested too deep is rewritten.
    """
    if html.count("<") <= limit:
        return html, 0
    deepest = _deepest(html)
    if deepest <= limit:
        return html, deepest
    return _flattened(html, limit), deepest


def _deepest(html: str) -> int:
    depth = deepest = 0
    for closing, name, self_closed in _TAG.findall(html):
        if self_closed or name.lower() in _UNCOUNTED:
            continue
        if not closing:
            depth += 1
            deepest = max(deepest, depth)
        elif depth:
            depth -= 1
    return deepest


def _flattened(html: str, limit: int) -> str:
    depth = 0
    kept: list[str] = []
    position = 0
    for match in _TAG.finditer(html):
        closing, name, self_closed = match.groups()
        if self_closed or name.lower() in _UNCOUNTED:
            continue
        if closing:
            drop = depth > limit
            depth = max(depth - 1, 0)
        else:
            depth += 1
            drop = depth > limit
        if drop:
            kept.append(html[position:match.start()])
            position = match.end()
    kept.append(html[position:])
    return "".join(kept)
