"""Which HTML elements are page furniture rather than article, and what kind of furniture they are.

The rules look at an element's tag, ARIA role and the words of its `class` / `id` (split on `-`, `_`, spaces
and camelCase), never at a particular site. An element is furniture when one of those words names a kind of
furniture (`nav`, `related`, `comments`, `share`, ...) and the element is not itself the article container
(`article-body`, `story-content`, ... win over a furniture word).
"""

from __future__ import annotations

import re
from functools import lru_cache

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


STRUCTURAL, WORD, WEAK_WORD = 2, 1, 0
"""Strengths of the evidence that an element is furniture: its tag or ARIA role (the page author said so),
a furniture word in its class/id, or a furniture word that page builders also put on article wrappers."""

Evidence = tuple[FurnitureKind, int]
"""(furniture kind, strength of the evidence)."""


def words(class_and_id: str) -> list[str]:
    """The lower-cased words of an element's `class` and `id` values."""
    return [w.lower() for w in _SPLIT.split(class_and_id) if w]


def is_hidden(attrs: dict) -> bool:
    """An element the browser does not show (`hidden`, `aria-hidden`, inline `display:none`)."""
    if not attrs:
        return False
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    style = attrs.get("style")
    if not style:
        return False
    style = style.replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def classify(tag: str, attrs: dict) -> Evidence | None:
    """Whether an element is furniture, of what kind and on what evidence (None: it may hold article text)."""
    kind = FURNITURE_TAGS.get(tag) or FURNITURE_ROLES.get((attrs.get("role") or "").lower())
    if kind is not None:
        return kind, STRUCTURAL
    if tag == "form":  # search boxes and sign-up forms, but also whole pages wrapped in one <form>
        return "widget", WEAK_WORD
    if tag in _NEVER_BY_WORD:
        return None
    return _by_words(f"{attrs.get('class') or ''} {attrs.get('id') or ''}")


_NEVER_BY_WORD = frozenset({"html", "body", "main", "article", "p"})


@lru_cache(maxsize=8192)
def _by_words(class_and_id: str) -> Evidence | None:
    found = words(class_and_id)
    if not found or any(w in _CONTENT_WORDS for w in found):
        return None
    weak = None
    for word in found:
        kind = _KIND_OF_WORD.get(word)
        if kind is not None:
            if word not in WEAK_WORDS:
                return kind, WORD
            weak = weak or (kind, WEAK_WORD)
    return weak
