"""Which HTML elements are page furniture rather than article, and what kind of furniture they are.

The rules look at an element's tag, ARIA role and the words of its `class` / `id` (split on `-`, `_`, spaces
and camelCase), never at a particular site. An element is furniture when one of those words names a kind of
furniture (`nav`, `related`, `comments`, `share`, ...) and the element is not itself the article container
(`article-body`, `story-content`, ... win over a furniture word).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from dateline.record import FurnitureKind

NEVER_TEXT = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
                        "button", "select", "input", "textarea", "option", "head", "link", "meta", "video",
                        "audio", "picture", "img", "map", "dialog"})
"""Tags whose content is never article prose."""

FURNITURE_TAGS: dict[str, FurnitureKind] = {"nav": "nav", "aside": "related", "footer": "footer",
                                            "header": "title", "figcaption": "caption", "menu": "nav"}
"""Tags that are furniture wherever they appear, with their kind."""

FURNITURE_ROLES: dict[str, FurnitureKind] = {"navigation": "nav", "banner": "title", "contentinfo": "footer",
                                             "complementary": "related", "menu": "nav", "menubar": "nav",
                                             "search": "widget", "dialog": "widget", "alert": "widget"}

_WORDS: dict[FurnitureKind, tuple[str, ...]] = {
    "nav": ("nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "pagination", "pager",
            "skip", "masthead", "topbar", "toolbar"),
    "related": ("related", "recommended", "recommendations", "recirc", "recirculation", "more", "popular",
                "trending", "mostread", "most", "readmore", "also", "outbrain", "taboola", "sidebar",
                "rail", "teaser", "teasers", "next", "prev", "previous", "upnext", "playlist"),
    "comments": ("comment", "comments", "disqus", "discussion", "replies", "respond", "reply"),
    "footer": ("footer", "copyright", "colophon", "disclaimer", "legal"),
    "byline": ("byline", "author", "authors", "bio", "contributor", "dateline", "timestamp", "date",
               "published", "meta", "posted", "info"),
    "caption": ("caption", "credit", "credits", "figcaption", "photo", "gallery", "slideshow", "media",
                "image", "img", "video", "embed", "lightbox"),
    "tags": ("tags", "tag", "topics", "keywords", "categories", "category", "labels"),
    "promo": ("promo", "newsletter", "subscribe", "subscription", "signup", "paywall", "ad", "ads", "advert",
              "advertisement", "sponsor", "sponsored", "banner", "dfp", "gpt", "cta", "donate", "membership",
              "register", "login", "offer", "marketing", "affiliate"),
    "widget": ("share", "sharing", "social", "sociallinks", "print", "email", "toolbar", "tools", "follow",
               "cookie", "cookies", "consent", "gdpr", "modal", "popup", "overlay", "hidden", "hide",
               "visually", "sr", "screenreader", "widget", "rating", "poll", "bookmark", "save", "search",
               "audio", "listen", "tts", "notification", "alert", "toast"),
}
_KIND_OF_WORD: dict[str, FurnitureKind] = {w: kind for kind, words in _WORDS.items() for w in words}

WEAK_WORDS = frozenset({"widget", "media", "image", "img", "photo", "video", "embed", "more", "meta",
                        "info", "date", "published", "posted", "timestamp", "hidden", "hide", "next", "prev",
                        "previous", "tag", "tags", "category", "categories", "author", "authors", "rail",
                        "teaser", "banner", "tools", "toolbar", "gallery", "labels", "visually", "paywall"})
"""Furniture words that page builders also put on article wrappers: they count only for elements without
prose (long, link-poor paragraphs)."""

_CONTENT_WORDS = frozenset({"article", "story", "post", "entry", "content", "body", "text", "main",
                            "articlebody", "storybody", "richtext", "prose", "paragraph", "blog"})
"""Words that mark the article container itself: an element named with them is never removed."""

_SPLIT = re.compile(r"[\s_\-:/.]+|(?<=[a-z])(?=[A-Z])")


def words(node: LexborNode) -> list[str]:
    """The lower-cased words of an element's `class` and `id` attributes."""
    attrs = node.attributes
    raw = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    return [w.lower() for w in _SPLIT.split(raw) if w]


def is_hidden(node: LexborNode) -> bool:
    """An element the browser does not show (`hidden`, `aria-hidden`, inline `display:none`)."""
    attrs = node.attributes
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    style = (attrs.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def structural_kind(node: LexborNode) -> FurnitureKind | None:
    """Furniture by tag or ARIA role (strong evidence: the page author said so)."""
    kind = FURNITURE_TAGS.get(node.tag)
    if kind is None:
        kind = FURNITURE_ROLES.get((node.attributes.get("role") or "").lower())
    return kind


def furniture_kind(node: LexborNode) -> tuple[FurnitureKind, bool] | None:
    """Furniture by the words of `class` / `id`: (kind, whether only by a weak word), or None."""
    tag = node.tag
    if tag == "form":  # search boxes and sign-up forms, but also whole pages wrapped in one <form>
        return "widget", True
    found = words(node)
    if not found or tag in ("html", "body", "main", "article", "p"):
        return None
    if any(w in _CONTENT_WORDS for w in found):
        return None
    weak = None
    for word in found:
        kind = _KIND_OF_WORD.get(word)
        if kind is not None:
            if word not in WEAK_WORDS:
                return kind, False
            weak = weak or (kind, True)
    return weak
