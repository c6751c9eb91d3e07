"""Page metadata of an HTML page, each value with the evidence it was read from.

Sources, most trusted first: schema.org JSON-LD (`NewsArticle`, `Article`, ...), OpenGraph / Twitter / Dublin
Core / Parse.ly `<meta>` tags, then the page itself (`<title>`, `<html lang>`, the "By" line under the headline,
byline elements, related-link blocks). Authors are the people the bylines name (`bylines`): organisations, desks and
"Staff" are dropped; a writer the page declares by one name only ("Susan") is kept when it is not the site's name.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from dateline.clean.bylines import NOT_PERSON_WORDS, people_named
from dateline.clean.html_boilerplate import NEVER_TEXT, classify
from dateline.clean.lines import DATE
from dateline.record import Evidence, Metadata, Related

ARTICLE_TYPES = frozenset({"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
                           "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
                           "socialmediaposting", "liveblogposting", "report", "techarticle", "scholarlyarticle",
                           "webpage", "creativework", "review", "posting"})
"""schema.org types whose fields describe the page's article (WebPage last: it is the least specific)."""

MAX_RELATED = 30

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_MAX_HEADINGS = 5
"""`<h1>` elements read when looking for the visible headline (a page has one, a few when a logo is one)."""
_SAME_HEADLINE = 0.5
"""Share of the longer one's words a heading and a declared title must share to be the same headline."""


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = _SPACE.sub(" ", value).strip()
    return text or None


def _plain(value: str) -> str:
    """A `<meta>` value as text: some sites put markup in it (`content="<a href=...>Tove Lind</a>, Desk"`),
    which would otherwise hide the name beside it; the markup goes, its text stays."""
    if "<" not in value or ">" not in value:
        return value
    parsed = LexborHTMLParser(value).body
    return _SPACE.sub(" ", parsed.text(separator=" ")).replace(" ,", ",").strip() if parsed else value


@dataclass
class PageFacts:
    """What the page declares about itself: JSON-LD article objects, `<meta>` values, `<title>`, language."""

    tree: LexborHTMLParser
    url: str | None
    jsonld: list[dict] = field(default_factory=list)
    meta: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def read(cls, tree: LexborHTMLParser, url: str | None) -> PageFacts:
        facts = cls(tree=tree, url=url)
        for node in tree.css("meta"):
            attrs = node.attributes
            key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv")
            content = _clean(_plain(attrs.get("content") or ""))
            if key and content:
                facts.meta.setdefault(key.strip().lower(), []).append(content)
        for node in tree.css('script[type="application/ld+json"]'):
            try:
                data = json.loads(node.text(deep=True) or "")
            except (ValueError, RecursionError):
                continue
            facts.jsonld.extend(_article_objects(data))
        facts.jsonld.sort(key=lambda obj: _types(obj) & {"webpage", "creativework"} != set())
        return facts

    def first_meta(self, *keys: str) -> tuple[str, str] | None:
        """(key, value) of the first of `keys` the page has a `<meta>` for."""
        for key in keys:
            if key in self.meta:
                return key, self.meta[key][0]
        return None

    def first_jsonld(self, key: str) -> object | None:
        for obj in self.jsonld:
            if obj.get(key):
                return obj[key]
        return None


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _article_objects(data: object, depth: int = 0) -> Iterator[dict]:
    """Every JSON-LD object of an article-like type, through lists, `@graph` and `mainEntity`."""
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _article_objects(item, depth + 1)
    elif isinstance(data, dict):
        if _types(data) & ARTICLE_TYPES:
            yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), (list, dict)):
                yield from _article_objects(data[key], depth + 1)


def _names(value: object) -> Iterator[str]:
    """Person names from a JSON-LD `author` value (string, object or list); organisations are skipped."""
    if isinstance(value, list):
        for item in value:
            yield from _names(item)
    elif isinstance(value, dict):
        if _types(value) & {"organization", "newsmediaorganization", "corporation"}:
            return
        name = _clean(value.get("name"))
        if name:
            yield name
    elif isinstance(value, str):
        yield value


def _title(facts: PageFacts, site: str | None) -> tuple[str | None, Evidence | None]:
    """The article's headline as the page shows it: the `<h1>` that agrees with a title the page declares
    (JSON-LD headline, OpenGraph, `<title>`) or with its part before a bar, since declared titles are often
    rewritten for search engines or carry the site's name; else the first declared title without the site's
    name and without what follows a bar; else the first `<h1>`. The site's and sections' names are cut off
    headings and titles alike (`_strip_site`)."""
    declared = list(_declared_titles(facts))
    headings = [(raw, _strip_site(raw, site, facts.url)) for node in facts.tree.css("h1")[:_MAX_HEADINGS]
                if (text := _clean(node.text())) for raw in [html.unescape(text)]]
    for source, text in declared:
        stripped = _strip_site(text, site, facts.url)
        for raw, heading in headings:
            if _same_headline(heading, stripped) or _same_headline(heading, _head(stripped)):
                return heading, Evidence(source="html:h1", text=raw)
    if declared:
        source, text = declared[0]
        return _head(_strip_site(text, site, facts.url)), Evidence(source=source, text=text)
    return (headings[0][1], Evidence(source="html:h1", text=headings[0][0])) if headings else (None, None)


def _head(title: str) -> str:
    """A title's part before its first ' | ' ('How Much is Pet Insurance | 2025 Cost Guide for Dogs & Cats'): a
    declared title often adds a second headline for search engines after a bar."""
    return title.split(" | ", 1)[0]


def _declared_titles(facts: PageFacts) -> Iterator[tuple[str, str]]:
    """(source, title) of every title the page declares, most trusted first, entities decoded."""
    headline = _clean(facts.first_jsonld("headline"))
    if headline:
        yield "json-ld:headline", html.unescape(headline)
    for key in ("og:title", "twitter:title", "dc.title", "title"):
        for value in facts.meta.get(key, [])[:1]:
            yield f"meta:{key}", html.unescape(value)
    node = facts.tree.css_first("title")
    text = _clean(node.text()) if node else None
    if text:
        yield "html:title", text


def _same_headline(heading: str, title: str) -> bool:
    """Whether a heading and a declared title are the same headline: they share at least half the words of
    the longer one."""
    heading_words, title_words = set(_WORD.findall(heading.lower())), set(_WORD.findall(title.lower()))
    longer = max(len(heading_words), len(title_words))
    return longer > 0 and len(heading_words & title_words) / longer >= _SAME_HEADLINE


def _strip_site(title: str, site: str | None, url: str | None) -> str:
    """'Story headline | Site Name' -> 'Story headline' (and 'Site Name: Story headline' -> 'Story headline')
    when that part is the site's name or names its host ('Help Net Security' on helpnetsecurity.com, 'Rust
    Blog' on blog.rust-lang.org, 'UC Davis Children's Hospital' on health.ucdavis.edu), or is the section the
    URL's path names ('... | District' under /district/); repeated, as titles can carry both."""
    for _ in range(_MAX_SUFFIXES):
        stripped = _strip_one(title, _SiteNames.of(site, url))
        if stripped == title:
            return title
        title = stripped
    return title


_MAX_SUFFIXES = 3
"""Site, section and brand parts stripped from one title at most."""
_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " ~ ")


@dataclass(frozen=True)
class _SiteNames:
    """What names the site in a title: its declared name, its host's labels and words, and its URL's path."""

    names: frozenset[str]
    """Squashed names: the declared site name and each host label ('helpnetsecurity')."""
    domain: str
    """The host's registered name squashed ('ucdavis' for health.ucdavis.edu), '' when unknown."""
    host_words: frozenset[str]
    path_words: frozenset[str]
    """Squashed URL path segments but the last ('district', 'patienteducation'): the site's sections (the last
    is the story's own slug)."""

    @classmethod
    def of(cls, site: str | None, url: str | None) -> _SiteNames:
        parts = urlsplit(url) if url else None
        host = (parts.hostname or "").removeprefix("www.") if parts else ""
        labels = host.split(".")[:-1]
        names = {_squashed(site)} if site else set()
        names |= {_squashed(label) for label in labels}
        names.discard("")
        segments = [_squashed(segment) for segment in (parts.path.split("/") if parts else [])]
        segments = {segment for segment in segments[:-1] if segment} if segments[-1:] != [""] else \
            {segment for segment in segments if segment} - {next((x for x in reversed(segments) if x), "")}
        registered = [label for label in labels if label not in _SECOND_LEVEL] or labels
        return cls(names=frozenset(names), domain=_squashed(registered[-1]) if registered else "",
                   host_words=frozenset(_WORD.findall(host.lower())), path_words=frozenset(segments))

    def name(self, part: str, tail: bool) -> bool:
        """Whether a part cut off a title names the site, or (at its end) one of the site's sections."""
        squashed = _squashed(part)
        words = set(_WORD.findall(part.lower()))
        return bool(squashed) and (
            squashed in self.names or tail and squashed in self.path_words or (words and words <= self.host_words)
            or len(self.domain) >= _MIN_DOMAIN and squashed.startswith(self.domain))


_MIN_DOMAIN = 5
"""Length of a host's registered name from which a title part opening with it names the site."""
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go", "gob", "nic"})
"""Labels under a country's domain that are not the site's name ('co' in bbc.co.uk, 'com' in abc.com.au)."""


def _strip_one(title: str, site: _SiteNames) -> str:
    for sep in _SEPARATORS:
        head, _, tail = title.rpartition(sep)
        if head and site.name(tail, tail=True):
            return head.strip()
        lead, _, rest = title.partition(sep)
        if rest and site.name(lead, tail=False):
            return rest.strip()
    return title


def _squashed(name: str) -> str:
    """A name lower-cased without spaces or punctuation, to compare 'Help Net Security' with 'helpnetsecurity'."""
    return re.sub(r"\W+", "", name.lower())


def _site(facts: PageFacts) -> tuple[str | None, Evidence | None]:
    found = facts.first_meta("og:site_name", "application-name", "twitter:site")
    if found:
        return found[1].lstrip("@"), Evidence(source=f"meta:{found[0]}", text=found[1])
    publisher = facts.first_jsonld("publisher")
    name = _clean(publisher.get("name")) if isinstance(publisher, dict) else None
    if name:
        return name, Evidence(source="json-ld:publisher", text=name)
    host = urlsplit(facts.url).hostname if facts.url else None
    if host:
        host = host.removeprefix("www.")
        return host, Evidence(source="url:host", text=host)
    return None, None


def _section(facts: PageFacts) -> tuple[str | None, Evidence | None]:
    found = facts.first_meta("article:section", "section", "parsely-section", "sailthru.section")
    if found:
        return found[1], Evidence(source=f"meta:{found[0]}", text=found[1])
    value = facts.first_jsonld("articleSection")
    value = value[0] if isinstance(value, list) and value else value
    value = _clean(value)
    return (value, Evidence(source="json-ld:articleSection", text=value)) if value else (None, None)


def _authors(facts: PageFacts, site: str | None) -> tuple[list[str], Evidence | None]:
    """The people the page names as its article's writers: JSON-LD `author`, then the "By" line under the headline
    (a visible byline over an author `<meta>` that names someone else: the site's account, an editor), then author
    `<meta>` tags, then elements the markup names author or byline; last, a writer declared by one name only."""
    names = [n for raw in _names(facts.first_jsonld("author")) for n in people_named(raw)]
    if names:
        return names, Evidence(source="json-ld:author", text="; ".join(names))
    found = _header_byline(facts)
    if found:
        return found
    for key, raw in _author_meta(facts):
        names = people_named(raw)
        if names:
            return names, Evidence(source=f"meta:{key}", text=raw)
    return _byline_element(facts) or _single_name(facts, site)


_BYLINE_SELECTORS = ('[rel="author"]', '[itemprop="author"]', '[class*="byline" i]', '[class*="author" i]')
"""Elements the markup names as the byline, most explicit first; class words in any case ("ArticleAuthor_Name")."""


def _byline_element(facts: PageFacts) -> tuple[list[str], Evidence] | None:
    """The people the first elements named author or byline (`_BYLINE_SELECTORS`, five of each) name, outside comment
    threads and forms. The first such element with text is also read piece by piece (`_pieces`), as the page's own
    byline; later ones are often other stories' cards, whose names sit beside their dates the same way."""
    for selector in _BYLINE_SELECTORS:
        first = True
        for node in [node for node in facts.tree.css(selector) if not _elsewhere(node)][:5]:
            raw = _clean(node.text(deep=True))
            names = people_named(raw) if raw and len(raw) < _MAX_BYLINE else []
            if not names and raw and first:
                raw = _pieces(node)
                names = people_named(raw) if len(raw) < _MAX_BYLINE else []
            if names:
                return names, Evidence(source=f"html:{selector}", text=raw)
            first = first and not raw
    return None


_MAX_BYLINE = 120
"""Characters of an element's text beyond which it is an author box or a block, not a byline."""


def _single_name(facts: PageFacts, site: str | None) -> tuple[list[str], Evidence | None]:
    """A writer the page declares by one name only (JSON-LD `author`, an author `<meta>`): "Susan" as a schema.org
    Person's name is the page's word for who wrote it. A capitalised word of letters, not a role or organisation
    word (`bylines.NOT_PERSON_WORDS`) and not the site's name ("Soliant" on soliant.com)."""
    declared = [("json-ld:author", raw) for raw in _names(facts.first_jsonld("author"))]
    declared += [(f"meta:{key}", raw) for key, raw in _author_meta(facts)]
    for source, raw in declared:
        word = raw.strip()
        if (_ONE_NAME.fullmatch(word) and word.lower() not in NOT_PERSON_WORDS
                and not _SiteNames.of(site, facts.url).name(word, tail=False)):
            return [word], Evidence(source=source, text=raw)
    return [], None


_ONE_NAME = re.compile(r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:[-'’][A-Z]?[a-z\u00df-\u00ff]+)?")
"""One capitalised name ("Susan", "Anne-Marie"): not a handle ("aawoods"), an initialism or a brand in capitals."""


def _pieces(node: LexborNode) -> str:
    """An element's text with its pieces (text nodes) kept apart by " | ", so a name is not glued to the date or
    role the markup sets beside it ("Dec 17, 2025" and "Ana Ruiz", "Ana Ruiz" and "Tech Reporter"); a piece ending
    in "by" stays with the next, so a credit ("Reviewed by", "Photo by") keeps its name."""
    pieces = [text for piece in node.traverse(include_text=True)
              if piece.tag == "-text" and (text := _clean(piece.text_content))]
    out = ""
    for piece in pieces:
        glued = _ENDS_BY.search(out) and not _BY_OPENER.fullmatch(out.rsplit(" | ", 1)[-1])
        out += (" " if glued else " | ") + piece if out else piece
    return out


_ENDS_BY = re.compile(r"\bby:?$", re.IGNORECASE)


def _elsewhere(node: LexborNode) -> bool:
    """Whether an element sits in a comment thread (`html_boilerplate`'s words: "comment-author", "CommentUserName")
    or a form ("Your Name"), where the names are commenters', not the article's writers'."""
    while node is not None and node.tag not in ("body", "html"):
        kind = classify(node.tag, node.attributes)
        if node.tag == "form" or kind and kind[0] == "comments":
            return True
        node = node.parent
    return False


_AUTHOR_KEYS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl",
                "twitter:creator")
"""`<meta>` tags that name the article's writer, most trusted first."""


def _author_meta(facts: PageFacts) -> Iterator[tuple[str, str]]:
    """(key, value) of the `<meta>` tags that name the article's writer, most trusted first; then the Twitter card's
    labelled data whose label says who wrote it (`twitter:label1` "Written by", `twitter:data1` the name)."""
    for key in _AUTHOR_KEYS:
        for raw in facts.meta.get(key, []):
            yield key, raw
    for key, labels in facts.meta.items():
        if key.startswith("twitter:label") and _WRITTEN_BY.match(labels[0]):
            for raw in facts.meta.get(key.replace("label", "data", 1), [])[:1]:
                yield key.replace("label", "data", 1), raw


_WRITTEN_BY = re.compile(r"^\s*(?:written\s+by|author|by)\s*:?\s*$", re.IGNORECASE)
"""A Twitter card label that says its data is the writer ("Written by", Yoast's and others' label)."""


def _header_byline(facts: PageFacts) -> tuple[list[str], Evidence] | None:
    """The people a "By" line right under a headline names: among the first pieces of text after an `<h1>`, one
    opening with "By", "Written by" or "Author:" names them, or names none and the next piece does ("By" and the
    name in two elements). A page prints its byline between headline and text; there is no byline after prose."""
    for heading in facts.tree.css("h1")[:_MAX_HEADINGS]:
        pieces = _texts_after(facts.tree, heading)
        for k, piece in enumerate(pieces):
            opener = _BY_OPENER.match(piece)
            if not opener:
                continue
            line = piece if piece[opener.end():] or k + 1 == len(pieces) else f"{piece} {pieces[k + 1]}"
            names = people_named(_before_separator(line[opener.end():]))
            if names:
                return names, Evidence(source="html:byline-under-h1", text=line)
    return None


_BY_OPENER = re.compile(
    r"^(?:(?:written|posted|words|text|reported|reporting|story)\s+)?by\b\s*:?\s*|^authors?\s*:\s*", re.IGNORECASE)
"""What opens a byline: "By", "Written by", "Text by", "Author:" (a credit, "Reviewed by", opens none)."""
_PIECES_AFTER_HEADING = 12
"""Pieces of text after a headline searched for its byline: headline, standfirst, date, byline, share buttons."""
_PROSE_WORDS = 30
"""A piece of text this long is the article's prose: the byline, if any, came before it."""
_SEPARATOR = re.compile(r"\s[^\w\s,&.'’()-]\s|\s[–—-]\s|\|")
"""A mark between spaces ("⋅", "●", "·", " – ") or a bar: what a byline puts between the names and a role or date."""


def _before_separator(text: str) -> str:
    """A byline's names without what a separator or a date adds after them ("Ana Ruiz ⋅ Review Editor", "Ana
    Ruiz May 3, 2024")."""
    text = _SEPARATOR.split(text, maxsplit=1)[0]
    date = DATE.search(text)
    return text[:date.start()] if date else text


def _texts_after(tree: LexborHTMLParser, heading: LexborNode) -> list[str]:
    """The first pieces of visible text (text nodes, outside scripts and styles) after `heading`, up to the first
    piece of prose."""
    pieces: list[str] = []
    inside = False
    after = False
    for node in tree.body.traverse(include_text=True) if tree.body else []:
        if node.mem_id == heading.mem_id:
            inside = True
            continue
        if inside and not after:
            if _within(node, heading):
                continue
            after = True
        if not after or node.tag != "-text" or (node.parent and node.parent.tag in NEVER_TEXT):
            continue
        text = _clean(node.text_content)
        if not text:
            continue
        pieces.append(text)
        if len(text.split()) >= _PROSE_WORDS or len(pieces) >= _PIECES_AFTER_HEADING:
            break
    return pieces


def _within(node: LexborNode, ancestor: LexborNode) -> bool:
    """Whether `node` is inside `ancestor`."""
    parent = node.parent
    while parent is not None:
        if parent.mem_id == ancestor.mem_id:
            return True
        parent = parent.parent
    return False


def _tags(facts: PageFacts) -> tuple[list[str], Evidence | None]:
    if "article:tag" in facts.meta:
        return _unique(facts.meta["article:tag"]), Evidence(source="meta:article:tag",
                                                            text=", ".join(facts.meta["article:tag"]))
    keywords = facts.first_jsonld("keywords")
    if isinstance(keywords, str):
        keywords = keywords.split(",")
    if isinstance(keywords, list):
        tags = _unique(k for k in keywords if isinstance(k, str))
        if tags:
            return tags, Evidence(source="json-ld:keywords", text=", ".join(tags))
    found = facts.first_meta("news_keywords", "keywords", "parsely-tags")
    if found:
        return _unique(found[1].split(",")), Evidence(source=f"meta:{found[0]}", text=found[1])
    return [], None


def _unique(values) -> list[str]:
    out: list[str] = []
    for value in values:
        value = _clean(value)
        if value and value not in out:
            out.append(value)
    return out


def _language(facts: PageFacts) -> tuple[str | None, Evidence | None]:
    html = facts.tree.css_first("html")
    raw = _clean(html.attributes.get("lang")) if html else None
    source = "html:lang"
    if not raw:
        found = facts.first_meta("og:locale", "content-language", "language", "dc.language")
        raw, source = (found[1], f"meta:{found[0]}") if found else (_clean(facts.first_jsonld("inLanguage")),
                                                                    "json-ld:inLanguage")
    if not raw:
        return None, None
    code = re.split(r"[-_]", raw)[0].lower()
    return (code, Evidence(source=source, text=raw)) if code.isalpha() and 2 <= len(code) <= 3 else (None, None)


def _related(facts: PageFacts) -> list[Related]:
    """Headline links inside blocks named related / recommended / more ... (title, absolute url)."""
    related: list[Related] = []
    seen = set()
    for node in facts.tree.css("aside, section, div, ul, nav"):
        found = classify(node.tag, node.attributes)
        if not found or found[0] != "related":
            continue
        for link in node.css("a[href]"):
            title = _clean(link.text(deep=True))
            href = link.attributes.get("href") or ""
            if not title or len(title) < 25 or len(title.split()) < 4 or href.startswith(("#", "javascript:")):
                continue
            url = urljoin(facts.url, href) if facts.url else href
            if url not in seen:
                seen.add(url)
                related.append(Related(title=title, url=url))
            if len(related) >= MAX_RELATED:
                return related
    return related


def read_metadata(tree: LexborHTMLParser, url: str | None) -> tuple[Metadata, PageFacts]:
    """Title, site, section, authors, tags, related links and language of a page, with evidence."""
    facts = PageFacts.read(tree, url)
    site = _site(facts)
    found = {"site": site, "title": _title(facts, site[0]), "section": _section(facts),
             "authors": _authors(facts, site[0]), "tags": _tags(facts), "language": _language(facts)}
    values = {name: value for name, (value, _) in found.items() if value}
    evidence = {name: ev for name, (value, ev) in found.items() if value and ev}
    reasons = {} if values.get("title") else {"title": "the page declares no title and shows no <h1>"}
    return Metadata(**values, related=_related(facts), evidence=evidence, reasons=reasons), facts
