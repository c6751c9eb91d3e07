"""Article vs furniture for flattened page text: a line classifier (measured by bench/flattened).

A naive scraper's flattened page is a column of lines: menus, a clock, the section label, the title, the
byline and its date, share buttons, the article's paragraphs (interrupted by captions and ads), then tags,
related headlines, newsletter offers and the footer. The classifier works in three passes:

1. The article region is the densest run of prose lines: each line scores its word count when it reads as
   prose and a small penalty otherwise, and the region is the maximum-sum run (Kadane), so short lines
   inside the article (subheads, one-line quotes, transcript cues, captions) do not split it, while the
   menus and related lists around it cannot join it. Dated lists (teasers with their dates, readers'
   comments with "2 days ago") weigh against joining, and a comment thread is searched last. A story
   header the region swallowed at its top (a headline, then its byline or date) is cut off it.
2. Inside the region every line is article except furniture its wording gives away (ads, share buttons,
   a call to follow the site's channel or newsletter, captions and their credits, a related-story box, a
   repeated title, a tag line under the last paragraph).
3. Outside the region every line is furniture, labelled by wording and position: the title is the
   headline-like line above the article that reads most like one (words shared with the URL, a full phrase
   in title case right over the byline or date, words the text's opening lines go on with; never a breadcrumb
   trail nor an entry of the article's table of contents), the section label sits above it,
   a date higher above the story's header is the page clock and one below its top (or right over it, or
   saying it is the publication date) the byline date, the lines of a related box under a "Related" heading
   (its teasers' headlines, blurbs, dates, authors and "Read more" links, up to two menu items in a row, a
   sign-up sentence or a comment form) are `related`, lines under "Topics" tags, a line of short
   comma-separated phrases is the tag line, and the rest menus (`nav`) or `other`. With a URL that names
   the story, a line that shares none of its words and has no byline or date under it is not taken for the
   title: a page without a headline has none.

A learned line model then decides, line by line, what is article text; last, among the lines it left as
furniture, runs of other stories' headlines after the article become `related`, a column of the story's
topics at its end (phrases its prose keeps saying) `tags`, the pitch and the form
fields under a promo line `promo`, a line without letters takes the kind of the box above it, a menu
item or unknown line between two lines of a promo box or a comment thread joins it, the site's imprint is
`footer` and discounts, quote buttons and calls to join a crowd `promo`, so those passes never move a line in
or out of the text. The two passes that do come last: a link back to a place of the site ("Back to Gallery") the
model kept as text is `nav`, and above the title and the article only prose may stay text (a menu's featured
stories over the headline take back the rules' label). Last, a line of short phrases between commas, bars or
bullets by the title, left as furniture, is the post's categories: `tags`.

No site is special-cased: every rule is about how news pages in general are laid out.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import islice, pairwise
from urllib.parse import urlsplit

from dateline.clean.bylines import people_named
from dateline.clean.extracted import Extracted
from dateline.clean.line_model import LineModel, features, glued_headline, load_model, relative_stamp
from dateline.clean.lines import (
    BACK_LINK,
    BRACKETED,
    BYLINE,
    CLOCK,
    COMMENT_BY,
    PUBLISHED_CUE,
    PUBLISHED_WORD,
    RELATED_HEADER,
    TAGS_HEADER,
    Line,
    comment_form,
    form_field,
    offer_wording,
    printed_dates,
    read_line,
    sentence_case,
    share_worded,
    tag_list,
)
from dateline.clean.published import URL_DATE_CONFIDENCE, url_date
from dateline.clean.text_metadata import byline_authors, page_metadata, site_of
from dateline.record import Evidence, Furniture, FurnitureKind, Metadata, Published

Label = FurnitureKind | None
"""What a line is: None for article text, else the kind of furniture."""

_SLUG_WORD = re.compile(r"[a-z]{3,}")
_LETTER = re.compile(r"[^\W\d_]")
_TIME_ONLY = re.compile(rf"^{CLOCK.pattern}$", re.IGNORECASE)
_TRUNCATED = re.compile(r"\[(?:…|\.\.\.)\]\s*$")
"""A blurb cut short with a bracketed ellipsis ("... this or that location become […]")."""
_ADDRESS = re.compile(r"://|www\.|@|\.(?:com|org|net)\b|%[0-9A-F]{2}")
_PHOTO_CREDIT = re.compile(r"\b(?:photo|image|picture|credit)s?\s*:\s*[^:]{1,40}$", re.IGNORECASE)
"""A caption's closing credit ("... across Rajshahi's Barind tract region. Photo : BSS")."""
_BREADCRUMB = re.compile(r"^(?:home|homepage|startseite|accueil|inicio|início)\s*[»›>|/\\·•–-]|"
                         r"(?:\s[»›>]\s.*){2}", re.IGNORECASE)
"""A breadcrumb trail ("Home » Blog » Top Mental Health Tips", "Main > Blog > Packing Tips"): it ends with the
title, but is not the title."""
_LIST_ITEM = re.compile(r"^\d{1,3}[.)]\s+(?=[^\W\d_])|^\d{1,3}\.\d{1,3}(?=[^\W\d_])")
"""An item of a numbered list or table of contents ("3. Things You Should Never Do", "11.1How long does it take"):
a headline may open with a number ("10 Best Moving Companies") but not with a list's ordinal marker."""
_PROMOTABLE = (None, "other", "nav", "related")
"""Rule labels the line model may turn into article; the others (a byline, a caption, a footer) stand."""
_TITLE_WINDOW = 40
"""Lines above the article searched for its title, byline and dates."""
_STANDFIRST_LINES = 3
"""Article lines searched for a repeat of the title."""
_TEASER_CASE = 0.75
"""Share of capitalised words before a glued word above which a line is a headline glued to its blurb."""
_MIN_PROSE = 20
"""Region score (about a paragraph of prose) that an article above a comment thread must reach."""
_LIST_SPACING = (3, 10)
"""Distance in lines between two dates that makes them items of a list (not a published/updated pair)."""
_OVER_ARTICLE = 5
"""Lines over the article's first line where, on a page with no title found, a date line is the story's."""
_BYLINE_REACH, _NAME_WORDS = 3, 5
"""A line of only a person's name (up to five words) this close under the title is a byline without "By"."""
_ROLE_WORDS = 4
"""Words of a writer's role line at most ("Tech Writer", "Senior Content Contributor")."""
_LABELLED_NAME_WORDS = 12
"""Words of a line under a byline's label at most (a name and its role: "Ann Lee, Senior Editor, Example News")."""
_NAMING_SLUG = 2
"""Words of a URL's slug from which it names the story, so that a title must share one of them (or show its
byline or date under it)."""
_HEADER_LINES = 8
"""Lines at the top of the article region searched for a story header it swallowed (`_below_header`)."""
_DATED_ITEM = -50
"""Region score of a date line in a list of dated items."""
_RUN_WORDS, _RUN_GAP, _MIN_RUN = (4, 16), 3, 3
"""Other stories' headlines after the article: words in each, lines from one to the next, headlines in a run."""
_INDEX_LINES = 4
"""Lines in alphabetical order from which a run of headline-like lines is an index (`_alphabetical`)."""
_RUN_GAP_LABELS = ("nav", "other", "widget", "related", "byline", "caption")
"""Labels of the lines that may sit between two headlines of a run (dates, blurbs, "Read more", credits)."""
_FULL_STOP_END = re.compile(r"[.。]\s*$")
"""A line ending with a full stop: a sentence, not a headline."""
_TEASER_LINK = re.compile(r"^(?:read (?:more|the (?:full )?(?:story|article))|continue reading|"
                          r"\d+\s*min(?:ute)?s? read|\.\.\.|…)\W*$", re.IGNORECASE)
"""A teaser's own link or reading time ("Read more", "5 min read"): part of the related item it follows."""
_BARE_ADDRESS = re.compile(r"^(?:https?:)?//[^\s/]+\S*$", re.IGNORECASE)
"""A line that is only a web address ("https://www.example.com/news/story-123")."""
_REQUIRED_FIELD = re.compile(r"^[^\W\d_][^.!?*]{0,40}\*$")
"""A form field marked required ("Country*", "Job title *")."""
_FORM_CONTROL = re.compile(
    r"^(?:submit|send|sign me up|no,? thanks?|thanks?(?: you)?|(?:form )?loading|this field is required|"
    r"the form has been submitted|Δ)\W*$", re.IGNORECASE)
"""A form's button, its "No thanks" and the messages it shows ("Submit", "Thanks!", "Form loading…", "This field is
required", and the "Δ" a spam filter's hidden field leaves): part of whichever form it is in."""
_CONSENT = re.compile(
    r"^(?:yes, )?i (?:have read|agree|accept|consent)\b.{0,160}?\b(?:privacy|terms|personal data|my (?:e-?mail|data)|"
    r"newsletters?)\b|^your (?:personal )?(?:data|information) will be (?:processed|used|handled)\b.{0,80}?\bprivacy",
    re.IGNORECASE)
"""A form's consent box ("I have read and understood the privacy policy.", "I agree to the processing of my email
as per the Privacy Notice", "Your data will be processed in accordance with our Privacy Policy")."""
_NEW_POSTS_BY_EMAIL = re.compile(
    r"^(?:notify me of new posts (?:by|via) e-?mail|beri ?tahu saya pos-pos baru|"
    r"benachrichtige mich über neue beiträge|avise-me sobre novas publicações|"
    r"prévenez-moi de tous les nouveaux articles|recibir nuevas entradas por email|"
    r"avvisami via e-mail della pubblicazione)", re.IGNORECASE)
"""The comment form's box that subscribes the reader to the blog's new posts (WordPress's "Notify me of new posts by
email", in the languages it is translated to): an offer to subscribe, unlike its box for follow-up comments."""
_ROLE = (r"(?:(?:managing|executive|chief|deputy|acting|senior|news|founding)\s+)*"
         r"(?:editor(?:-in-chief| in chief)?|publisher|director|chairman|chairperson|founder|owner|printer)")
_IMPRINT = re.compile(
    rf"^{_ROLE}(?:\s*(?:and|&|,)\s*{_ROLE}){{0,2}}\s*:\s*\S|"
    r"^(?:(?:registered|head|main|postal)\s+)?(?:address|office|phone|telephone|tel|fax|e-?mail|mobile|hotline)"
    r"\s*:\s*\S", re.IGNORECASE)
"""A line of the site's imprint: a role or a contact field, a colon and its value ("Managing Director and Chief
Editor : Ann Lee", "Address : 12 Main Road, Dhaka 1000", "Phone: +41 41 544 78 00", "E-mail: desk@example.com")."""
_IMPRINT_WORDS = 14
"""Words of an imprint line at most: longer, a line with a colon is prose ("Editor: in this issue we ...")."""
_OFFER = re.compile(
    r"\bsav(?:e|ings?)\b[^.!?]{0,20}?(?<!\d)\d++\s?%|(?<!\d)\d++\s?%\s*+off\b|"
    r"^(?:request|get|book)\s+a\s+(?:free\s+)?(?:quote|demo)\b", re.IGNORECASE)
"""An offer's discount or a request for a quote ("Save 15%", "Savings start at 25%!", "25% off", "Request a quote",
"Book a demo"): a pricing box's or a sales pitch's line, not another story's headline."""
_JOIN_CROWD = re.compile(
    r"(?:^|[.!?]\s+)join (?:the |our |over |more than |nearly |almost )*"
    r"(?:\d[\d,.]*\s*[km]?\+?|hundreds|thousands|millions)(?!\w)", re.IGNORECASE)
"""A call to join a crowd, in a line or one of its sentences ("Join 2,500+ businesses using ...", "Join our thousands
of weekly readers.", "Join over 11,200 professionals in receiving our daily newsletter"): a sign-up pitch, however
long."""
_COMMENT_REACH = 3
"""Lines around a consent box within which a comment line makes it the comment form's."""
_BOXES = ("related", "tags", "promo", "comments", "widget")
"""Kinds of furniture that come as a box of lines (a related list, a tag list, a form, a thread, share buttons)."""
_SUBSCRIPTION_NOUN = re.compile(r"\b(?:subscriptions?|free trials?)\b", re.IGNORECASE)
_BUTTON_REACH = 2
"""How far from a button the comment lines around it may be (a comment's "Reply" and "Share" stand together)."""
_GAP_BOXES, _GAP_FILL, _BOX_GAP = ("promo", "comments"), ("nav", "other", "widget"), 4
"""Boxes whose gaps are filled (`_box_gaps`), the labels a gap may hold, and the lines a gap may span."""
_PITCH_LINES, _PITCH_WORDS = 2, 25
"""Lines under a promo line outside the article that may be its pitch, and the words of each at most."""
_TAG_WORDS, _TAG_REACH, _MIN_TOPICS, _TOPIC_MENTIONS = 4, 8, 3, 2
"""A column of the story's topics (`_topic_tags`): words of a tag at most, lines from the region's last line
where it may start, tags in it at least, and times each is said in the article's prose at least."""
_CATEGORY_SEPARATOR = re.compile(r"(?:(?<!\s)\s++)?,\s*+|(?<!\s)\s++[|•·]\s++")
"""What stands between two categories of a post's category line: a comma, a bar or a bullet."""
_CATEGORY = re.compile(r"^[^\W\d_](?:[^\W_]|[ &'’….-])*+$")
"""One category: words of letters (and digits after the first letter), with the "&", apostrophes, dots and hyphens
names are written with ("Best Of", "Food & Drink", "A guide to…"); no brackets, slashes or colons."""
_CATEGORY_REACH = 3
"""Lines above or under the title within which a post's category line sits (`_title_categories`)."""
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|our)\b")
_BYLINE_ROLE = re.compile(r"\b(?:writer|editor|correspondent|reporter|columnist|contributor)s?\b", re.IGNORECASE)
"""A journalist's role, which makes a line of names and phrases between commas a byline ("Ann Lee, AP Auto Writer")."""
_SUBHEAD_WORDS = 4
"""Words from which a share or tool label over a paragraph may be the article's subhead (`_subhead`)."""
_DEICTIC = re.compile(r"\b(?:this|these|us|our|here|me|my|you|your)\b", re.IGNORECASE)
"""Words by which a button speaks of the page or to the reader ("Share this post", "Follow us")."""
_AUTHOR_HEADING = re.compile(r"^(?:about|meet) the (?:author|writer)s?\b", re.IGNORECASE)
"""The heading of an author box ("About the Author", "Meet the writer"), alone or glued to the box's text."""
_BYLINE_LABEL = re.compile(r"(?:(?:written|posted|article|words|text)\s+)?by:?", re.IGNORECASE)
"""A byline's label alone on its line over the names ("By", "Written by", "Posted by:"); never "Reviewed by", "Edited
by" or "Fact checked by", which name someone else, nor "Author" or "Published by", which on a review or a recipe name
the book's author or the publisher."""
_AUTHOR_BOX_LINES = 3
"""Lines under an author box's heading that may hold the writer's name, role and note."""


def _score(line: Line) -> int:
    """A line's weight in the article region search: prose adds its length, anything else costs a little."""
    if line.prose:
        if glued_headline(line) >= _TEASER_CASE or _TRUNCATED.search(line.text):
            return -6  # "Title Case HeadlineA blurb ..." or "A blurb cut short […]": a teaser of another story
        return min(line.words, 60)
    if line.hint == "comments":
        return -1000  # readers' comments follow the article: the region never runs into them
    if line.hint == "byline" or line.date is not None:
        return -20  # the byline and its date mark where an article starts, not a pause inside it
    if line.hint == "related":
        return -40  # a "Related" heading costs about a paragraph: the teasers under it rarely join the article
    if line.hint == "caption":
        return -4  # photos and their credits sit between paragraphs
    if line.hint is not None:
        return -12
    return -2 if line.sentence else -6


def _scores(lines: Sequence[Line]) -> list[int]:
    """Every line's weight in the region search: `_score`, and a date line (or a relative stamp, "2 days ago")
    in a list of dated items (another date a few lines away, as in a list of teasers or of readers' comments
    with their dates) costs as much as a paragraph."""
    dated = [i for i, line in enumerate(lines) if line.date is not None or relative_stamp(line)]
    scores = [_score(line) for line in lines]
    near, far = _LIST_SPACING
    for i in dated:  # another date line in [i - far, i - near] or [i + near, i + far] (dated is sorted)
        if (bisect_left(dated, i - far) < bisect_right(dated, i - near)
                or bisect_left(dated, i + near) < bisect_right(dated, i + far)):
            scores[i] = _DATED_ITEM
    return scores


def _densest_run(scores: Sequence[int], stop: int) -> tuple[int, tuple[int, int]]:
    """The maximum-sum run of line scores among scores[:stop]: its sum and its indexes [first, last]."""
    best, best_span = 0, (0, -1)
    total, start = 0, 0
    for index, score in enumerate(scores[:stop]):
        if total <= 0:
            total, start = 0, index
        total += score
        if total > best:
            best, best_span = total, (start, index)
    return best, best_span


def article_region(lines: Sequence[Line]) -> tuple[int, int]:
    """Indexes [first, last] of the article region; (0, -1) when there is no prose at all.

    The region is the maximum-sum run of line scores, except on a page with a thread of readers' comments
    (two or more comment headers such as "Ann says:" or relative stamps such as "2 days ago"): a long comment
    can outweigh a short article, so the region is searched above the thread first, and the whole page only
    when nothing above it reads as prose.
    """
    scores = _scores(lines)
    stop = len(lines)
    thread = [i for i, line in enumerate(lines)
              if COMMENT_BY.match(line.text) and line.hint == "comments" or relative_stamp(line)]
    if len(thread) >= 2 and _densest_run(scores, thread[0])[0] >= _MIN_PROSE:
        stop = thread[0]
    return _densest_run(scores, stop)[1]


def _slug_words(url: str | None) -> set[str]:
    if not url:
        return set()
    path = re.sub(r"^\w+://[^/]+", "", url).lower()
    return set(_SLUG_WORD.findall(path)) - {"www", "html", "htm", "php", "aspx", "story", "article", "news"}


def _spelled_slug(url: str | None) -> str | None:
    """The URL's slug as the URL writes it ('browns-player-on-mason-rudolphs-role'), when it joins three words
    or more."""
    segment = next((part for part in reversed(urlsplit(url).path.split("/")) if part), "") if url else ""
    return segment.lower() if segment.count("-") >= 2 else None


def _in_slug(line: Line, slug: set[str]) -> int:
    """How many of the URL slug's words the line has."""
    return len(slug & set(_SLUG_WORD.findall(line.text.lower())))


_POST_NOMINALS = re.compile(r"(?:,\s*(?:(?:[A-Z]\.?){2,5}|Ph\.?\s?D\.?)){2,}\s*$")
"""Two or more comma-separated abbreviations closing a line: post-nominal letters after a name in an author box
("Jane Roe, MS, RD, FAND", "Written by Jane Roe, PhD, CSCS") or a list of state codes ("PA, WV, DE"), never a
headline."""


def _headline_like(line: Line) -> bool:
    """Whether a line reads as a headline: a few words with no full stop, no list marker (`_LIST_ITEM`), no
    credentials closing it (`_POST_NOMINALS`), and no address or full date in it ("Publish Date: Sat, 28 Nov 2020
    ..." and "8. Januar 2020 · by Aureliana" date the story; a date in brackets may be part of a title: "Almost
    Timely News (2025-09-21)")."""
    return (line.hint is None and line.date is None and 3 <= line.words <= 30 and line.glued < 2
            and not line.text.endswith(".") and _ADDRESS.search(line.text) is None
            and _BREADCRUMB.search(line.text) is None and _PHOTO_CREDIT.search(line.text) is None
            and _CREDIT.match(line.text) is None and _LIST_ITEM.match(line.text) is None
            and _POST_NOMINALS.search(line.text) is None
            and not printed_dates(BRACKETED.sub(" ", line.text)))


def find_title(lines: Sequence[Line], first: int, last: int, url: str | None) -> int | None:
    """Index of the title line: the headline-like line above the article region that reads most like a title
    (`_window_title`), unless the article region opens with a headline naming more of the URL's words
    (`_opens_with_headline`), a headline over a byline or date stands above a choice that stands over none
    (`_bylined_headline`, then `_far_header` beyond the window), or a breadcrumb trail ends with another
    headline-like line above the article (`_crumb_end`). None when there is none."""
    slug, spelled = _slug_words(url), _spelled_slug(url)
    chosen, candidates = _window_title(lines, (first, last), slug, spelled)
    opening = len(slug) >= _NAMING_SLUG and _opens_with_headline(lines, first, slug, spelled)
    if opening and not _holds_nearby_headline(lines, first, candidates) and (
            chosen is None or _in_slug(lines[first], slug) > _in_slug(lines[chosen], slug)):
        chosen = first
    for header in (_bylined_headline(lines, first, spelled), _far_header(lines, first, spelled)):
        if header is not None and (chosen is None or not _over_byline(lines, chosen, first)
                                   and _in_slug(lines[header], slug) >= _in_slug(lines[chosen], slug)):
            chosen = header
    crumb = _crumb_end(lines, first)
    if crumb is not None and (chosen is None or lines[chosen].text.casefold() != lines[crumb].text.casefold()
                              and _in_slug(lines[crumb], slug) >= _in_slug(lines[chosen], slug)):
        return crumb
    if chosen is not None and _subtitled(lines, chosen, first, slug, spelled):
        return chosen - 1
    if not slug and chosen is not None and _heads_the_text(lines, chosen, first):
        return first - 1
    return chosen


_TEXT_WORD = re.compile(r"[^\W\d_]{4,}")
"""A word that may carry a line's topic (four letters or more: no article, preposition or pronoun of two or three)."""
_OPENING_LINES = 2
"""Lines at the top of the article that a headline's words recur in."""


def _heads_the_text(lines: Sequence[Line], chosen: int, first: int) -> bool:
    """Without the URL's words, whether the headline-like line right over the article is its headline rather than
    the line chosen further up: a headline's topic recurs in the opening lines under it (half its words at least),
    while a site's name, a menu's item or a promo over the page shares none of them ("Talking Home Renovations with
    the House Maven" over "Home Networks and Cyber Security"), and stands over no byline or date."""
    above = first - 1
    if chosen == above or above < 0 or not _headline_like(lines[above]) or _over_byline(lines, chosen, first):
        return False
    opening = _opening_words(lines, first)
    return _recurring(lines[above], opening) >= 0.5 and _recurring(lines[chosen], opening) == 0


def _opening_words(lines: Sequence[Line], first: int) -> set[str]:
    """The words (`_TEXT_WORD`, casefolded) of the article's opening lines, which its headline's topic recurs in."""
    return {word.casefold() for line in lines[first:first + _OPENING_LINES] for word in _TEXT_WORD.findall(line.text)}


def _recurring(line: Line, opening: set[str]) -> float:
    """Share of the line's words (`_TEXT_WORD`) that recur in the article's opening lines."""
    words = {word.casefold() for word in _TEXT_WORD.findall(line.text)}
    return len(words & opening) / len(words) if words else 0.0


_SUBTITLED_WORDS = 4
"""Words from which a line right over a subtitle reads as its headline: a section or kicker label over a headline
has fewer ("Return on Investment", "Health & Wellness")."""


def _subtitled(lines: Sequence[Line], i: int, first: int, slug: set[str], spelled: str | None) -> bool:
    """Whether line `i`, right over the byline or date, is the subtitle of the headline-like line right over it: a
    story's header stacks headline, subtitle (its dek, written in sentence case) and byline, so the line over a
    sentence-case line over the byline is the headline ("My coding workflow going into 2026" / "Best practices for
    staying in control while coding" / "Jane Roe" / "Dec 18, 2025"), unless it is a short label or names fewer of
    the URL's words. A title-case line over the byline is itself the headline, whatever stands over it (a
    breadcrumb, a category line, a menu's last item)."""
    above = lines[i - 1] if i > 0 else None
    return (above is not None and _headline_like(above) and above.words >= _SUBTITLED_WORDS
            and 2 * _capitalised(lines[i]) < _TITLE_CASE and not _spells(above, spelled)
            and _over_byline(lines, i, first) and _in_slug(above, slug) >= _in_slug(lines[i], slug))


def _window_title(lines: Sequence[Line], region: tuple[int, int], slug: set[str],
                  spelled: str | None) -> tuple[int | None, list[int]]:
    """The headline-like line above the article region (`region`, its first and last line) that reads most like a
    title (`_title_score`), or None, and the candidates it was chosen from; an entry of the article's table of
    contents (`_contents_entry`) is none. When the URL names the story (a slug of two words or more), a line
    that shares none of its words, sits over no byline or date and is not repeated at the top of the text is
    not the story's headline but another label (a radio player's, a widget's, a menu's): a page without a
    headline has no title rather than one of those. A line further up that shares at least half the slug's
    words, and more of them than the line the window offers (or with no line in the window), is the headline
    (`_named_by_slug`): a long list under the headline pushes the article text far below it."""
    named = len(slug) >= _NAMING_SLUG
    first, last = region
    subheads = {line.text.casefold() for line in lines[first:last + 1]}
    candidates = [i for i in range(max(0, first - _TITLE_WINDOW), first)
                  if (_headline_like(lines[i]) or _slug_itself(lines[i], slug)) and not _spells(lines[i], spelled)
                  and not _contents_entry(lines, i, first, subheads)]
    article = " ".join(line.text.casefold() for line in lines[first:first + _STANDFIRST_LINES])
    if named:
        candidates = [i for i in candidates if _in_slug(lines[i], slug) or _over_byline(lines, i, first)
                      or _repeated(lines[i], article)]
    candidates = [i for i in candidates if not _holds_nearby_headline(lines, i, candidates)]
    if not candidates and named:
        return _named_by_slug(lines, first, slug, spelled), candidates
    opening = _opening_words(lines, first)
    scores = {i: _title_score(lines, i, first, rank, article, slug, opening)
              for rank, i in enumerate(reversed(candidates))}
    chosen = max(reversed(candidates), key=scores.__getitem__, default=None)
    if chosen is not None and chosen - 1 in scores and _standfirst(lines[chosen - 1], lines[chosen], slug):
        chosen -= 1
    if chosen is not None and named:
        above = _named_by_slug(lines, max(0, first - _TITLE_WINDOW), slug, spelled)
        if above is not None and _in_slug(lines[above], slug) > _in_slug(lines[chosen], slug):
            chosen = above
    return chosen, candidates


def _contents_entry(lines: Sequence[Line], i: int, first: int, subheads: set[str]) -> bool:
    """Whether line `i`, above the article, is an entry of the article's table of contents: the line comes back word
    for word as a line of the article region (`subheads`, its lines casefolded), and so does another line right over
    or under it (the entry before or after). The window then offers the subheads' list, and its last entry, nearest
    the text, outscores the headline ("Types of online courses" / "The benefits of online courses" over "What is an
    online course?"). A headline the text repeats (a standfirst opening with it, a FAQ asking it again) has its
    dek, byline, date or menu next to it, which the text does not repeat; a headline shown twice is one entry."""
    text = lines[i].text.casefold()
    return text in subheads and any(0 <= k < first and lines[k].words >= 2
                                    and lines[k].text.casefold() != text and lines[k].text.casefold() in subheads
                                    for k in (i - 1, i + 1))


def _opens_with_headline(lines: Sequence[Line], first: int, slug: set[str], spelled: str | None) -> bool:
    """Whether the article region opens with the story's headline, which it swallowed as the line over the
    first paragraph: a headline-like line naming at least half the URL slug's words."""
    return (first < len(lines) and _headline_like(lines[first]) and not _spells(lines[first], spelled)
            and 2 * _in_slug(lines[first], slug) >= len(slug))


_CREDIT = re.compile(r"^(?:(?:medically|expert|fact)[- ]?)?(?:reviewed|checked|edited|verified)(?: and \w+)? by\b",
                     re.IGNORECASE)
"""A credit line under a headline naming who reviewed, checked or edited the story ("Reviewed By: Mike Rebold, PhD",
"Fact-checked by ...", "Medically reviewed by ..."): a byline's kin, never a headline."""


def _credit(line: Line) -> bool:
    """Whether the line is a byline or a credit line (`_CREDIT`)."""
    return line.hint == "byline" or _CREDIT.match(line.text) is not None


def _bylined_headline(lines: Sequence[Line], first: int, spelled: str | None) -> int | None:
    """The story's header above the article: the nearest headline-like line with a "By" line in the three lines
    under it. A story's headline stands over its byline; a subhead, a table of contents' item or a standfirst
    nearer the article stands over none."""
    return next((i for i in range(first - 1, -1, -1)
                 if _headline_like(lines[i]) and not _spells(lines[i], spelled)
                 and any(_credit(lines[k]) for k in range(i + 1, min(first, i + 4)))), None)


def _far_header(lines: Sequence[Line], first: int, spelled: str | None) -> int | None:
    """The story's header further up than the title window: the nearest headline-like line with a byline or a date
    under it (`_over_byline`) more than `_TITLE_WINDOW` lines above the article. A long list or table under the
    header (a table of contents, a comparison chart, a roundup's product boxes) pushes the text far below its
    headline; the window then offers only the list's own lines, which stand over no byline or date."""
    return next((i for i in range(first - _TITLE_WINDOW - 1, -1, -1)
                 if _headline_like(lines[i]) and not _spells(lines[i], spelled) and _over_byline(lines, i, first)),
                None)


_CRUMB_SEPARATOR = re.compile(r"\s[»›>/❯]\s")
"""What separates the items of a breadcrumb trail ("Home » Recipes » Breads")."""


def _crumb_end(lines: Sequence[Line], first: int) -> int | None:
    """The headline a breadcrumb trail on the page ends with: a trail names the page it sits on last ("Home »
    Recipes » Beginners Sourdough Bread Recipe"), and the headline-like line above the article that says that
    alone is the headline."""
    ends = {parts[-1].strip().casefold() for parts in (_CRUMB_SEPARATOR.split(line.text) for line in lines)
            if len(parts) >= 3}
    return next((i for i in range(first - 1, -1, -1)
                 if _headline_like(lines[i]) and lines[i].text.casefold() in ends), None)


def _slug_itself(line: Line, slug: set[str]) -> bool:
    """A headline of one or two words that the URL spells out ("Coffee" at /coffee, "Backup Strategy" at
    /backup-strategy): every word of it in the slug, and at least half the slug's words."""
    words = set(_SLUG_WORD.findall(line.text.lower()))
    return (line.hint is None and line.date is None and 1 <= line.words <= 2 and bool(words)
            and words <= slug and 2 * len(words) >= len(slug))


_TITLE_CASE = 0.6
"""Share of capitalised words from which a line is in title case."""


def _standfirst(above: Line, line: Line, slug: set[str]) -> bool:
    """Whether `line` is the standfirst under the headline `above`: the headline in title case, the standfirst
    in sentence case ("The Best GPS Watches of 2026" over "We purchased and tested the 18 best GPS watches"),
    naming no more of the URL's words. A title-case line of fewer than `_SUBTITLED_WORDS` words is a section or
    kicker label over a sentence-case headline ("Return on Investment" over "The best tutoring franchises of
    2024"), not a headline over its standfirst."""
    return (above.words >= _SUBTITLED_WORDS and _in_slug(above, slug) >= _in_slug(line, slug)
            and _capitalised(above) >= _TITLE_CASE > 2 * _capitalised(line))


def _capitalised(line: Line) -> float:
    """Share of the line's words that start with a capital."""
    tokens = line.text.split()
    return sum(token[:1].isupper() for token in tokens) / len(tokens)


def _named_by_slug(lines: Sequence[Line], first: int, slug: set[str], spelled: str | None) -> int | None:
    """The headline further up than the title window, for a page whose article text starts far below it (a
    long list under the headline): the headline-like line above the article sharing the most words with the
    URL's slug, at least half of them."""
    shared = [(_in_slug(lines[i], slug), -i) for i in range(first)
              if _headline_like(lines[i]) and not _spells(lines[i], spelled)]
    best = max(shared, default=None)
    return -best[1] if best is not None and 2 * best[0] >= len(slug) else None


def _spells(line: Line, spelled: str | None) -> bool:
    """Whether the line writes the URL's slug out as the URL does: page data ("site: media | slug:
    browns-player-on-mason-rudolphs-role | sport: football", an ad server's keys), not a headline, which
    spells the words out."""
    return spelled is not None and spelled in line.text.lower()


_NEARBY = 6
"""Lines either side of a title candidate where the bare headline it repeats may stand."""


def _holds_nearby_headline(lines: Sequence[Line], i: int, candidates: Sequence[int]) -> bool:
    """Whether line `i` is another headline-like line near it with words added before it, or after it behind a
    separator: a breadcrumb trail ending in the headline ("Home Guides Your Guide to Choosing an EV") or the
    headline with the site's name ("How to help babies sleep | Patient Care"). The bare headline is the title."""
    text = lines[i].text.casefold()
    for k in candidates:
        other = lines[k].text.casefold()
        if k != i and abs(k - i) <= _NEARBY and lines[k].words >= 2 and len(other) < len(text) \
                and (text.endswith(" " + other) or _SITE_AFTER.match(text, len(other)) and text.startswith(other)):
            return True
    return False


_SITE_AFTER = re.compile(r"(?<!\s)\s*+[|–—:·/-]\s")
"""What sets a site's or section's name off after a headline ("How to help babies sleep | Patient Care"); a
headline that goes on without one ("Digital Photo Frame App Makes Old Hardware Useful Again") is longer, not
labelled."""


def _over_byline(lines: Sequence[Line], i: int, first: int) -> bool:
    """Whether a byline or a date sits in the three lines under line `i` (above the article), not counting the
    share and tool buttons a header may put between them ("Email this article", "Share")."""
    under = (k for k in range(i + 1, first) if lines[k].hint != "widget")
    return any(lines[k].hint == "byline" or lines[k].date is not None for k in islice(under, 3))


def _repeated(line: Line, article: str) -> bool:
    """Whether the line is repeated in the article's first lines (a standfirst opening with the headline)."""
    return len(line.text) > 15 and line.text.casefold() in article


def _title_score(lines: Sequence[Line], i: int, first: int, rank: int, article: str, slug: set[str],
                 opening: set[str]) -> float:
    """How much a headline-like line above the article reads as its title. A headline shares words with the
    URL's slug (each weighs most), is a full phrase (words, up to ten), in title case more often than menus
    are, sits right over the byline or date, is often repeated at the start of the text (a standfirst
    opening with it), and names the topic the text's opening lines (`opening`, their words) go on with, as a menu,
    a related list or a site's name seldom does (the share of its words that recur there weighs as much as a
    byline under it); the nearer the article, the likelier. Weighed on wcxb-dev-article pages (BENCHMARKS.md,
    Titles and authors)."""
    line = lines[i]
    return (5 * _in_slug(line, slug) + min(line.words, 10) + 2 * _capitalised(line) + 4 * _over_byline(lines, i, first)
            + 2 * _repeated(line, article) + 4 * _recurring(line, opening) - 0.5 * min(rank, 10))


def story_top(lines: Sequence[Line], first: int, url: str | None) -> int | None:
    """Where the story's header starts, to tell the page clock (above it) from the story's date: the
    headline-like line sharing most words (two or more) with the URL's slug, else the headline block right
    over the byline or date nearest the article. None when neither is found."""
    window = range(max(0, first - _TITLE_WINDOW), first)
    slug = _slug_words(url)
    overlaps = [(_in_slug(lines[i], slug), -i) for i in window if _headline_like(lines[i])]
    if overlaps and max(overlaps)[0] >= 2:
        return -max(overlaps)[1]
    anchor = next((i for i in reversed(window) if lines[i].hint == "byline" or lines[i].date is not None), first)
    block: list[int] = []
    for i in range(anchor - 1, max(-1, anchor - 15), -1):
        line = lines[i]
        if line.hint is not None or line.date is not None or line.words < 3:
            if block:
                break
            continue
        if _headline_like(line):
            block.append(i)
            if len(block) == 2:
                break
        elif block:
            break
    return block[-1] if block else None


def _section(lines: Sequence[Line], title: int) -> int | None:
    """The section label: a short plain line right above the title (share buttons skipped)."""
    for i in range(title - 1, max(-1, title - 4), -1):
        line = lines[i]
        if line.hint == "widget":
            continue
        if line.hint is None and line.date is None and 1 <= line.words <= 4 and line.glued == 0 and (
                not line.sentence):
            return i
        return None
    return None


def _under_byline_label(lines: Sequence[Line], i: int) -> bool:
    """Whether line `i` holds a byline's names under its label alone on the line above (`_BYLINE_LABEL`): any line
    under a lone "By", a short line naming a person (`people_named`) under "Written by", "Posted by" and the like."""
    above = lines[i - 1].text
    if _BYLINE_LABEL.fullmatch(above) is None:
        return False
    named = lines[i].words <= _LABELLED_NAME_WORDS and bool(people_named(lines[i].text))
    return above.lower().rstrip(": ") == "by" or named


def _bare_byline(lines: Sequence[Line], i: int, title: int | None, first: int) -> bool:
    """Whether line `i` is a byline without "By": only a person's name, at most `_BYLINE_REACH` lines under
    the title and next to a date line ("Headline / Layla Haddad / 2 May 2024"), or a person's name with a writer's
    role (`_with_role`). A short title-case label ("Use Case", "Key Takeaways") reads like a name too, so the place
    and the date or the role must say byline."""
    line = lines[i]
    if title is None or not title < i <= title + _BYLINE_REACH or i >= first or line.hint is not None:
        return False
    if _with_role(lines, i):
        return True
    next_to_date = lines[i - 1].date is not None or (i + 1 < len(lines) and lines[i + 1].date is not None)
    people = people_named(line.text) if next_to_date and line.words <= _NAME_WORDS else []
    return len(people) == 1 and len(people[0].split()) == line.words


def _with_role(lines: Sequence[Line], i: int) -> bool:
    """Whether line `i` is only one person's name with a writer's role alone on the line under it (`_BYLINE_ROLE`:
    "Ann Lee / Tech Writer"): a byline gives the writer's name and job, which no menu label or subhead that reads
    like a name has under it. Not under a credit's label ("Fact Checked By / Tom Bell / Editor"): that names the
    reviewer."""
    if i + 1 >= len(lines) or i > 0 and _CREDIT.match(lines[i - 1].text) is not None:
        return False
    people = people_named(lines[i].text) if lines[i].words <= _NAME_WORDS else []
    under = lines[i + 1]
    return (len(people) == 1 and people[0] == lines[i].text.strip() and under.words <= _ROLE_WORDS
            and under.date is None and not people_named(under.text) and _BYLINE_ROLE.search(under.text) is not None)


def _comma_tags(line: Line) -> bool:
    """A line of three or more short phrases between commas, outside a list in prose or a headline ("blockchain,
    Web3, and NFT platforms")."""
    items = [item.strip() for item in line.text.split(",")]
    return (len(items) >= 3 and all(0 < len(item.split()) <= 4 and not item[:1].isdigit() for item in items)
            and not line.sentence and "$" not in line.text and not _prose_list(items))


def _prose_list(items: Sequence[str]) -> bool:
    """Whether phrases split at commas are a list in prose or a headline: the last opens with "and" or "or" ("Soul,
    Funkiness, and Grit"), which no list of tags or categories does."""
    return items[-1].split()[:1] in (["and"], ["or"])


def _outside(lines: Sequence[Line], labels: list[Label], first: int, last: int, url: str | None) -> None:
    """Label every line outside the article region."""
    title = find_title(lines, first, last, url)
    header = story_top(lines, first, url)
    top = header if header is not None else first
    if title is not None:
        labels[title] = "title"
        section = _section(lines, title)
        if section is not None:
            labels[section] = "section"
    block: FurnitureKind | None = None
    for i, line in enumerate(lines):
        if first <= i <= last:
            block = None
            continue
        if labels[i] is not None:
            continue
        after_by = i > 0 and _under_byline_label(lines, i)
        if (line.date is not None or _TIME_ONLY.match(line.text)) and line.hint != "comments":
            labels[i] = _date_kind(lines, labels, i, header, first, last, block)
        elif block != "related" and (line.hint == "byline" or after_by or _bare_byline(lines, i, title, first)):
            labels[i] = "byline"
        elif line.hint == "related" and i > top:
            block = "related"
            labels[i] = "related"
        elif line.hint == "tags" or _comma_tags(line) and i > last or tag_list(line.text):
            block = "tags" if TAGS_HEADER.match(line.text) else block
            labels[i] = "tags"
        elif block == "related" and line.hint is None and line.words <= 14 and offer_wording(line.text):
            block, labels[i] = None, "promo"  # "Don't miss a brief. Sign up for our daily email." ends the box
        elif block == "related" and (line.hint in (None, "byline") or _TEASER_LINK.match(line.text)):
            joins = line.words >= 3 or line.hint is not None or _beside_headline(lines, i)
            labels[i] = "related" if joins else "nav"
            block = None if not joins and labels[i - 1] == "nav" else block  # two menu items: a menu
        elif line.hint is not None:
            form = comment_form(line.text)  # a comment form ends the box above, opens none
            if line.hint in ("footer", "promo") or form and block != "comments":
                block = None
            elif line.hint == "comments" and not form:
                block = "comments"
            labels[i] = line.hint
        elif block == "comments":
            labels[i] = "comments"
        elif block == "tags" and (line.words > 5 or line.glued >= 2 or not _LETTER.search(line.text)):
            block = None
            labels[i] = "nav" if line.words <= 5 or line.glued >= 2 else "other"
        elif block == "tags" and line.words <= 5 and line.glued < 2 or i > last and i - last <= 3 and line.glued >= 2:
            labels[i] = "tags"
        elif line.text == (lines[title].text if title is not None else None):
            labels[i] = "title"
        elif line.words <= 5 or line.glued >= 2:
            labels[i] = "nav"
        else:
            labels[i] = "other"


def _beside_headline(lines: Sequence[Line], i: int) -> bool:
    """Whether another story's headline (`_teaser_headline`) is at most two lines from line `i`: a short line
    there is its teaser's author, section or reading time, not a menu item."""
    return any(_teaser_headline(lines[k]) for k in range(max(0, i - 2), min(len(lines), i + 3)) if k != i)


def _teaser_headline(line: Line) -> bool:
    """A line that reads as another story's headline: four to sixteen words opening with a capital, no full
    stop at its end, nothing its wording marks as furniture, no date."""
    return (line.hint is None and line.date is None and _RUN_WORDS[0] <= line.words <= _RUN_WORDS[1]
            and line.glued < 2 and line.text[:1].isupper() and not _FULL_STOP_END.search(line.text)
            and not _OFFER.search(line.text) and not _JOIN_CROWD.search(line.text))


def _related_runs(lines: Sequence[Line], labels: list[Label], last: int) -> None:
    """Label as `related` the runs of other stories' headlines after the article: three or more headline-like
    lines, each at most `_RUN_GAP` lines from the next, with the dates, bylines and "Read more" links between
    them. Prose between two headlines or right after the last makes them an article's list or subheads
    instead (a list article the region did not reach), and so does a run that follows the article with no
    furniture between (a share button, a promo, a date, a heading: the rest of a list the region did not
    reach); a run stops at comments, tags, promos and the footer. A run in alphabetical order is an index, not
    stories (`_alphabetical`: a sign-up form's list of countries). Only lines the other rules and the line
    model left as menus or unknown (`nav`, `other`) are relabelled: a line the model kept as article stays
    article."""
    heads = [i for i in range(last + 1, len(lines)) if labels[i] in ("nav", "other") and _teaser_headline(lines[i])]
    run: list[int] = []
    for i in [*heads, None]:
        joined = i is not None and run and i - run[-1] <= _RUN_GAP and all(
            labels[k] in _RUN_GAP_LABELS and not lines[k].prose for k in range(run[-1] + 1, i))
        if joined or (i is not None and not run):
            run.append(i)
            continue
        if len(run) >= _MIN_RUN and not any(line.prose for line in lines[run[-1] + 1:run[-1] + 1 + _RUN_GAP]) and (
                any(line.hint is not None or line.date is not None for line in lines[last + 1:run[0]])) and (
                not _alphabetical(lines[run[0]:run[-1] + 1])):
            for k in range(run[0], run[-1] + 1):
                labels[k] = "related"
        run = [i] if i is not None else []


def _alphabetical(lines: Sequence[Line]) -> bool:
    """Whether `_INDEX_LINES` or more lines are in alphabetical order: an index (a drop-down's countries or departments,
    a directory, a list of courses), not other stories' headlines, which a page lists by date or rank (four headlines
    fall in alphabetical order by chance once in 24)."""
    keys = [line.text.casefold() for line in lines]
    return len(keys) >= _INDEX_LINES and all(a <= b for a, b in pairwise(keys))


def _topic_tags(lines: Sequence[Line], labels: list[Label], last: int) -> None:
    """Label as `tags` a column of the story's topics at the article's end: three or more short lines in a row
    (a phrase of at most `_TAG_WORDS` words each, no sentence) near the region's last line (`_TAG_REACH`),
    that the line model left as menus or unknown, and that name what the article is about: each is said at
    least `_TOPIC_MENTIONS` times in the article's prose ("meditation / anxiety / mindfulness / MBSR" under a
    story on meditation apps). A menu there names the site's sections, and the rest of a list the region did
    not reach names each item once or not at all. The column runs from its first to its last phrase found in
    the prose (the author's name or "Back to blog" after it is not a tag)."""
    prose = [line.text.casefold() for line, label in zip(lines, labels) if label is None and line.prose]
    k = max(0, last - _TAG_REACH)
    while k < min(len(lines), last + _TAG_REACH + 1):
        run = []
        while k + len(run) < len(lines) and labels[k + len(run)] in ("nav", "other") and _tag_like(lines[k + len(run)]):
            run.append(k + len(run))
        said = {j: _mentions(lines[j].text, prose) for j in run}
        found = [j for j in run if said[j]]
        column = range(found[0], found[-1] + 1) if found else range(0)
        if len(column) >= _MIN_TOPICS and all(said[j] >= _TOPIC_MENTIONS for j in column):
            for j in column:
                labels[j] = "tags"
        k += len(run) or 1


def _title_categories(lines: Sequence[Line], labels: list[Label]) -> None:
    """Label as `tags` the post's categories printed by its title: a line of two or more short phrases between
    commas, bars or bullets (`_category_line`: "Food, Nutrition, Diet", "Asia | First Time Visitor Guides | Japan")
    at most `_CATEGORY_REACH` lines above or under the title, that the line model and the passes after it left as a
    menu item, unknown or the section. A section is one name; a list of them by the headline is the post's
    categories or tags, which blogs print as links there. Last, so no line moves in or out of the text."""
    titles = [i for i, label in enumerate(labels) if label == "title"]
    for i in sorted({k for t in titles for k in range(max(0, t - _CATEGORY_REACH), t + _CATEGORY_REACH + 1)}):
        if i < len(lines) and labels[i] in ("nav", "other", "section") and _category_line(lines[i]):
            labels[i] = "tags"


def _category_line(line: Line) -> bool:
    """A line of two or more categories (`_CATEGORY`, at most `_TAG_WORDS` words each) between commas, bars or
    bullets, with no sentence, date or wording of another kind of furniture; not in capitals (a wire story's
    "BAAR, SWITZERLAND" opening is its place), not ending with a separator ("Reuters, Washington,"), not a list in
    prose ("Soul, Funkiness, and Grit"), not a byline with its role ("Ann Lee, Staff Writer") and nothing said in
    the first person ("Yes, I want better conversions": a button)."""
    items = _CATEGORY_SEPARATOR.split(line.text.strip("| "))
    return (line.hint is None and line.date is None and not line.sentence and len(items) >= 2
            and not line.text.isupper() and not _FIRST_PERSON.search(line.text)
            and all(0 < len(item.split()) <= _TAG_WORDS and _CATEGORY.match(item) for item in items)
            and not _prose_list(items) and not _BYLINE_ROLE.search(line.text))


def _tag_like(line: Line) -> bool:
    """A line that may be one tag: a phrase of at most `_TAG_WORDS` words, no sentence, nothing its wording
    marks as furniture, no date."""
    return (line.hint is None and line.date is None and 0 < line.words <= _TAG_WORDS and not line.sentence
            and line.glued < 2)


def _mentions(phrase: str, texts: Sequence[str]) -> int:
    """How many times a phrase is said in the given casefolded lines, as whole words."""
    pattern = re.compile(rf"(?<!\w){re.escape(phrase.casefold())}(?!\w)")
    return sum(len(pattern.findall(text)) for text in texts)


def _wordless_lines(lines: Sequence[Line], labels: list[Label]) -> None:
    """A line without letters (a comma between tags, a "+" or "×" button, a share count "0") is part of the
    box around it: it takes the kind of the furniture line above it."""
    for i in range(1, len(lines)):
        if labels[i] in ("widget", "nav") and labels[i - 1] in _BOXES and not _LETTER.search(lines[i].text):
            labels[i] = labels[i - 1]


def _own_address(lines: Sequence[Line], labels: list[Label], url: str | None) -> None:
    """The page's own address printed as a line next to a share button ("Copy this link /
    https://www.example.com/news/story-123 / Read more about sharing"): the copy-link box's field, `widget`. A
    page prints its own address only to be copied; other addresses on the page are sources and links."""
    if not url:
        return
    own = _address_key(url)
    for i, line in enumerate(lines):
        if (labels[i] in ("nav", "other") and _BARE_ADDRESS.match(line.text) and _address_key(line.text) == own
                and "widget" in (*labels[max(0, i - 1):i], *labels[i + 1:i + 2])):
            labels[i] = "widget"


def _address_key(address: str) -> tuple[str | None, str]:
    """An address's site (`site_of`: its host without "www.") and path (without the closing slash), for comparing
    two spellings of it."""
    return site_of(address), urlsplit(address if "//" in address else "//" + address).path.rstrip("/")


def _box_gaps(lines: Sequence[Line], labels: list[Label]) -> None:
    """A line left as a menu item or unknown (`nav`, `other`) between two lines of one promo box or comment
    thread at most `_BOX_GAP` lines apart belongs to that box: a sign-up form's pitch, its "No thanks" or the
    site's apps between "Subscribe" and "Newsletters", a comment's date between its author and its text. In a
    promo box a line read as a button (`widget`: the form's "Email", "Submit") belongs to it too; in a comment
    thread a share button stays a share button."""
    for i, label in enumerate(labels):
        if label not in _GAP_BOXES:
            continue
        j = next((j for j in range(i + 1, min(len(lines), i + _BOX_GAP + 2)) if labels[j] not in _GAP_FILL), None)
        if j is not None and j > i + 1 and labels[j] == label:
            for k in range(i + 1, j):
                if label == "promo" or lines[k].hint is None:
                    labels[k] = label


def _promo_blocks(lines: Sequence[Line], labels: list[Label], region: tuple[int, int]) -> None:
    """Label as `promo` the pitch that goes with a promo line outside the article ("Newsletter / Keep up to
    date with the Ledger / Sign up"): up to `_PITCH_LINES` lines right under it that no rule or the line model
    took for anything else and that read as a pitch (`_pitch`), and the sign-up form's field labels ("Email
    address *", "First name") among them, however many."""
    first, last = region
    for i, line in enumerate(lines):
        if line.hint != "promo" or first <= i <= last:
            continue
        pitches, j = 0, i + 1
        while j < len(lines) and not first <= j <= last and labels[j] in ("nav", "other"):
            if form_field(lines[j].text):
                labels[j] = "promo"
            elif pitches < _PITCH_LINES and _pitch(lines[j]):
                labels[j] = "promo"
                pitches += 1
            else:
                break
            j += 1


def _sign_up_forms(lines: Sequence[Line], labels: list[Label]) -> None:
    """The fields of a sign-up form right under a promo line, inside the article or out, are promo, and so are
    the fields under those: a bare "Email" there is the form's field, not the share-by-email button (unless
    share buttons follow it), and a field marked required ("Country*", "Job title *") is one too, and so are the
    form's button and messages ("Submit", "No thanks", "Thanks!", "Form loading…")."""
    for i in range(1, len(lines)):
        if labels[i - 1] != "promo" or labels[i] not in ("nav", "other", "widget"):
            continue
        text = lines[i].text
        share_row = i + 1 < len(lines) and lines[i + 1].hint == "widget"
        if form_field(text, in_form=not share_row) or _REQUIRED_FIELD.match(text) or _FORM_CONTROL.match(text):
            labels[i] = "promo"


def _form_emails(lines: Sequence[Line], labels: list[Label]) -> None:
    """A bare "Email" read as the share-by-email button is a form's field when another field's label stands right
    above or under it ("Name / Email / Website", a comment form's three fields), or when it stands right over a
    sign-up form's promo line ("Email / Subscribe", "Email / I accept the privacy policy") with no share button
    above it: it takes the kind of the form around it, a comment line's or a promo line's next to it (above
    first)."""
    for i, line in enumerate(lines):
        if labels[i] != "widget" or form_field(line.text) or not form_field(line.text, in_form=True):
            continue
        around = [j for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if not any(form_field(lines[j].text) for j in around) and not _over_sign_up(labels, i):
            continue
        kind = next((labels[j] for j in around if labels[j] in ("comments", "promo")), None)
        if kind is not None:
            labels[i] = kind


def _over_sign_up(labels: Sequence[Label], i: int) -> bool:
    """Whether line `i` stands right over a promo line and under no share button: a form's field over its
    subscribe button or consent line, not the last button of a share row."""
    return i + 1 < len(labels) and labels[i + 1] == "promo" and (i == 0 or labels[i - 1] != "widget")


def _comment_buttons(lines: Sequence[Line], labels: list[Label]) -> None:
    """A button read as a share or tool button (`widget`) inside a comment thread, printed again inside the thread,
    is each comment's own button ("Reply / Share / 3 replies", "Expand full comment" under every comment): part of
    the thread. The post's share bar is printed once there, and stays a share bar."""
    inside = [i for i in range(len(lines)) if labels[i] == "widget" and _in_thread(labels, i)]
    printed = Counter(lines[i].text for i in inside)
    for i in inside:
        if printed[lines[i].text] >= 2:
            labels[i] = "comments"


def _in_thread(labels: Sequence[Label], i: int) -> bool:
    """Whether the nearest lines above and under line `i` that are not buttons, within `_BUTTON_REACH`, are
    comment lines."""
    above = next((labels[j] for j in range(i - 1, max(-1, i - 1 - _BUTTON_REACH), -1) if labels[j] != "widget"), None)
    under = next((labels[j] for j in range(i + 1, min(len(labels), i + 1 + _BUTTON_REACH)) if labels[j] != "widget"),
                 None)
    return above == under == "comments"


def _share_bar_buttons(lines: Sequence[Line], labels: list[Label]) -> None:
    """A menu item or unknown line between two share buttons whose words are all a share bar's (`share_worded`:
    "More", "Send via email", "FacebookPost") is a button of that bar: its overflow button, a service glued to its
    verb. Lines without letters are the box's already (`_wordless_lines`)."""
    for i in range(1, len(lines) - 1):
        if (labels[i] in ("nav", "other") and labels[i - 1] == labels[i + 1] == "widget"
                and _LETTER.search(lines[i].text) and share_worded(lines[i].text)):
            labels[i] = "widget"


def _consent_boxes(lines: Sequence[Line], labels: list[Label]) -> None:
    """A consent box the line model left as furniture is the sign-up form's (`promo`): on news and company
    pages the forms that ask for it are newsletter and download forms. Next to a comment line it is the
    comment form's and is left alone."""
    for i, line in enumerate(lines):
        if labels[i] not in ("nav", "other", "related") or not _CONSENT.search(line.text):
            continue
        near = labels[max(0, i - _COMMENT_REACH):i + _COMMENT_REACH + 1]
        if "comments" not in near:
            labels[i] = "promo"


def _relabel(lines: Sequence[Line], labels: list[Label], among: tuple[Label, ...], kind: Label,
             matches: Callable[[Line], bool]) -> None:
    """Give `kind` to every line labelled one of `among` that `matches`: a pass after the line model that names
    a line by its own wording."""
    for i, line in enumerate(lines):
        if labels[i] in among and matches(line):
            labels[i] = kind


def _new_posts_box(line: Line) -> bool:
    """The comment form's "Notify me of new posts by email" box (`_NEW_POSTS_BY_EMAIL`): promo. Labelled after the
    comment thread around it is read whole."""
    return bool(_NEW_POSTS_BY_EMAIL.match(line.text))


def _imprint(line: Line) -> bool:
    """A line of the site's imprint (`_IMPRINT`: "Managing Director and Chief Editor : Ann Lee", "Address : 12 Main
    Road") that the line model left as furniture: the site's `footer`, not a related teaser or a menu item."""
    return line.words <= _IMPRINT_WORDS and bool(_IMPRINT.match(line.text))


def _offer(line: Line) -> bool:
    """A discount or a request for a quote (`_OFFER`: "Save 15%", "Savings start at 25%!", "Request a quote"), or a call
    to join a crowd (`_JOIN_CROWD`: "Join 2,500+ businesses using ..."), that the line model left as furniture:
    `promo`, a pricing box's line, a sales button or a sign-up pitch, never another story's headline
    (`_teaser_headline`). Labelled last, so that it opens no promo box (`_box_gaps`): in a list of products each item's
    discount sits between the items."""
    return bool(_OFFER.search(line.text) and not line.prose or _JOIN_CROWD.search(line.text))


def _back_link(line: Line) -> bool:
    """A link back to a place of the site (`BACK_LINK`: "Back to Gallery" over a story shown as a photo gallery's
    page): `nav` wherever it is, as the line model keeps such a short line inside the article region as text, but
    it is never a sentence of the story."""
    return bool(BACK_LINK.match(line.text))


def _above_title(lines: Sequence[Line], rules: Sequence[Label], labels: list[Label], region: tuple[int, int]) -> None:
    """A line above the story's title and the article region that the line model kept as text but that is no prose
    (a headline or a label: "Harbour police: after a chase, man threatened to sink the patrol boat" among a menu's
    featured stories) takes back the rules' label: a story's text runs under its headline, and what stands above it
    that is not a paragraph (a lead or a standfirst printed over the headline) is the page's, not the story's."""
    title = next((i for i, label in enumerate(labels) if label == "title"), None)
    if title is None:
        return
    for i in range(min(title, region[0])):
        if labels[i] is None and not lines[i].prose:
            labels[i] = rules[i]


def _author_boxes(lines: Sequence[Line], rules: Sequence[Label], labels: list[Label]) -> None:
    """An author box the line model kept as text is the writer's (`byline`): its heading ("About the Author", alone or
    glued to the note, or "About" and the name the byline gives) and the text lines among the `_AUTHOR_BOX_LINES`
    under it (the writer's name, role and note: "Ann Lee / Ann Lee is a senior writer ..."), when no text follows
    them: the box closes the story, and a story does not end by introducing its own writer. Last of all passes, so
    the metadata's authors do not move."""
    text_lines = [i for i, label in enumerate(labels) if label is None]
    if not text_lines:
        return
    names, _ = byline_authors(lines, rules)
    for i, line in enumerate(lines):
        if not (_AUTHOR_HEADING.match(line.text) or any(line.text == f"About {name}" for name in names)):
            continue
        box = range(i, min(len(lines), i + 1 + _AUTHOR_BOX_LINES))
        if text_lines[-1] < box.stop:
            for j in box:
                if labels[j] is None:
                    labels[j] = "byline"


def _pitch(line: Line) -> bool:
    """A line that reads as an offer's pitch: a phrase in sentence case ("Keep up to date with the Ledger"),
    not a menu item ("Home", "Digital edition") or a headline in title case, of 4 to `_PITCH_WORDS` words."""
    return (line.hint is None and line.date is None and 4 <= line.words <= _PITCH_WORDS and line.glued < 2
            and sentence_case(line.text))


def _date_kind(lines: Sequence[Line], labels: list[Label], i: int, header: int | None, first: int, last: int,
               block: FurnitureKind | None) -> FurnitureKind:
    """A date line is the byline date: below the top of the story's header (`story_top`), right over it
    (over the article's first lines when no header is found), right under a byline wherever that is, or
    saying it is the publication date; the page clock is higher up (a masthead clock, often the crawl time),
    and so is a date on the page's first line, even right over the header or on a page with no article text
    (where a capture tool prints its clock); a related item's date after the article."""
    if i == 0 and not PUBLISHED_CUE.match(lines[0].text):
        return "clock"
    if i > last:
        return "related" if block == "related" else "other"
    if _TIME_ONLY.match(lines[i].text):
        return labels[i - 1] if i > 0 and labels[i - 1] in ("clock", "dateline") else "widget"
    top = header if header is not None else first
    over_story = i == header - 1 if header is not None else first - _OVER_ARTICLE <= i < first
    by_byline = i > 0 and labels[i - 1] == "byline"
    says_published = PUBLISHED_CUE.match(lines[i].text) or PUBLISHED_WORD.search(lines[i].text)
    if says_published or over_story or by_byline or top < i < first:
        return "dateline"
    return "clock"


def _inside(lines: Sequence[Line], labels: list[Label], first: int, last: int, title: str | None) -> None:
    """Label furniture inside the article region; every other line there is article."""
    # a title or standfirst repeated above the text is `other`; a promo, comment or footer line repeated from the
    # menu ("Subscribe" in the header and under the story) keeps its kind (share buttons and "Read more" links,
    # repeated all over a page, stay `other` for the line model: taking their hint there lowered widget precision)
    before = {line.text for line in lines[:first]}
    for i in range(first, last + 1):
        line = lines[i]
        nxt = lines[i + 1] if i < last else None
        if line.text == title or (line.text in before and not line.prose and line.hint in (None, "widget")):
            labels[i] = "title" if line.text == title else "other"
        elif line.hint == "widget" and _subhead(line, nxt) or line.hint == "promo" and _names_subscriptions(line):
            pass
        elif line.hint is not None:
            labels[i] = line.hint
        elif line.date is not None:
            labels[i] = "dateline"
        elif nxt is not None and nxt.hint == "caption" and not line.sentence or (
                nxt is not None and nxt.hint == "caption" and nxt.text.startswith("(")):
            labels[i] = "caption"
        elif i > first and labels[i - 1] == "related" and RELATED_HEADER.match(lines[i - 1].text):
            labels[i] = "related"
        elif tag_list(line.text) and not any(after.prose for after in lines[i + 1:last + 1]):
            labels[i] = "tags"  # a line of comma-separated phrases under the last paragraph


def _subhead(line: Line, nxt: Line | None) -> bool:
    """Whether a line the share and tool wording marked (`widget`) is a subhead of the article instead: a
    phrase of `_SUBHEAD_WORDS` or more words, no sentence, right over a paragraph, that names a topic ("Facebook: the
    social commerce pioneer", "Search engines evolving") rather than the page or the reader ("Share this
    post", "Listen to this article", "Follow us on X")."""
    return (line.words >= _SUBHEAD_WORDS and nxt is not None and nxt.prose and not line.sentence
            and _DEICTIC.search(line.text) is None)


def _names_subscriptions(line: Line) -> bool:
    """Whether a line inside the article has a promo's wording only in the noun "subscription" or "free trial"
    ("Other Book Subscriptions We Tested", "No subscription needed", "Is there a free trial?"): a review names
    subscriptions and trials as its topic; the site's offer asks the reader to subscribe or sign up. Left to the line
    model, as any line of the region is."""
    rest = _SUBSCRIPTION_NOUN.sub(" ", line.text)
    return rest != line.text and not offer_wording(rest)


def _below_header(lines: Sequence[Line], first: int, last: int) -> int:
    """Where the article starts when the region swallowed its story header: a headline, then its byline or
    date, in the region's first lines. A ticker or teaser long enough to read as prose can join the region
    above the story ("News Flash: Chiefs of three services ... / District / 20 Dec 2025 / Headline / By
    ..."); the article is what follows the header's byline and date lines."""
    for h in range(first + 1, min(last, first + _HEADER_LINES)):
        marks_start = lines[h].hint == "byline" or lines[h].date is not None
        if marks_start and any(_headline_like(lines[k]) for k in range(max(first, h - 3), h)):
            start = h + 1
            while start <= last and (lines[start].hint == "byline" or lines[start].date is not None):
                start += 1
            if start <= last:
                return start
    return first


def rule_labels(lines: Sequence[Line], url: str | None = None) -> tuple[list[Label], tuple[int, int]]:
    """The rules' label of every line (None for article text) and the article region they found."""
    labels: list[Label] = [None] * len(lines)
    first, last = article_region(lines)
    first = _below_header(lines, first, last)
    _outside(lines, labels, first, last, url)
    title = next((lines[i].text for i, label in enumerate(labels) if label == "title"), None)
    _inside(lines, labels, first, last, title)
    return labels, (first, last)


def classify(lines: Sequence[Line], labels: Sequence[Label], region: tuple[int, int],
             model: LineModel | None = None) -> list[Label]:
    """Final labels: the learned line model (the shipped one unless given) decides article or not, the rules
    give the kind."""
    model = model or load_model()
    if model is None or not lines:
        return list(labels)
    candidates = [i for i, label in enumerate(labels) if label in _PROMOTABLE]
    final: list[Label] = list(labels)
    for i, p in zip(candidates, model.probabilities(features(lines, labels, region, candidates))):
        line = lines[i]
        final[i] = None if p >= model.threshold else labels[i] or line.hint or ("nav" if line.words <= 5 else "other")
    return final


def _paragraphs(lines: Sequence[Line], labels: Sequence[Label]) -> list[str]:
    """Article lines as paragraphs; a line broken mid-sentence is joined to the next article line."""
    paragraphs: list[str] = []
    open_sentence = False
    previous = -2
    for index, (line, label) in enumerate(zip(lines, labels)):
        if label is not None:
            continue
        if open_sentence and index == previous + 1:
            paragraphs[-1] += " " + line.text
        else:
            paragraphs.append(line.text)
        open_sentence = line.words >= 8 and not line.sentence and BYLINE.match(line.text) is None
        previous = index
    return paragraphs


def page_lines(page: str) -> list[Line]:
    """The non-blank lines of a flattened page, each read on its own."""
    return [read_line(number, text.strip()) for number, text in enumerate(page.splitlines()) if text.strip()]


def furniture_labels(lines: Sequence[Line], url: str | None = None
                     ) -> tuple[list[Label], list[Label], tuple[int, int]]:
    """The rules' labels, the final labels (after the line model and the passes that follow it) and the article
    region."""
    rules, region = rule_labels(lines, url)
    labels = classify(lines, rules, region)
    _related_runs(lines, labels, region[1])  # after the model, which weighs the rules' labels without them
    _topic_tags(lines, labels, region[1])
    _promo_blocks(lines, labels, region)
    _sign_up_forms(lines, labels)
    _consent_boxes(lines, labels)
    _wordless_lines(lines, labels)
    _own_address(lines, labels, url)
    _box_gaps(lines, labels)
    _form_emails(lines, labels)
    _comment_buttons(lines, labels)
    _share_bar_buttons(lines, labels)
    _relabel(lines, labels, ("comments", "nav", "other"), "promo", _new_posts_box)
    _relabel(lines, labels, ("nav", "other", "related", "widget"), "footer", _imprint)
    _relabel(lines, labels, ("nav", "other", "widget"), "promo", _offer)
    _relabel(lines, labels, (None,), "nav", _back_link)
    _above_title(lines, rules, labels, region)
    _title_categories(lines, labels)
    _author_boxes(lines, rules, labels)
    return rules, labels, region


def extract_page_text(page: str, url: str | None = None) -> Extracted:
    """Keep the article lines of a flattened page; label every other line as furniture; read its metadata."""
    lines = page_lines(page)
    rules, labels, region = furniture_labels(lines, url)
    described = [_described(rule, label) for rule, label in zip(rules, labels)]
    furniture = [Furniture(kind=label, text=line.text, line=line.number)
                 for line, label in zip(lines, labels) if label is not None]
    return Extracted(paragraphs=_paragraphs(lines, labels), furniture=furniture,
                     metadata=page_metadata(lines, described, region, url))


def _described(rule: Label, label: Label) -> Label:
    """The label a line's metadata is read with: the rules' label (the line model weighs only article or not), but
    the final one where the rules after the model said `related` or `tags`, or moved a line the rules had put in a
    related box or a tag list into another kind of furniture (an imprint line under the box is the site's footer, a
    discount its promo): such a line is no related headline or tag."""
    if label in ("related", "tags") or rule in ("related", "tags") and label is not None:
        return label
    return rule


ARTICLE_TEXT_NO_TITLE = ("clean article text carries no headline: give it as the input record's title (or "
                         "headline) field, or pass the page itself")


def extract_article_text(text: str, url: str | None = None) -> Extracted:
    """Already clean prose: every non-blank line (or blank-line separated block) is a paragraph. Clean text
    prints no date of its own, so the date in its URL, if any, is the page evidence for when it appeared; nor a
    headline, so the title is null with `ARTICLE_TEXT_NO_TITLE` unless the input record declares one."""
    blocks = re.split(r"\n\s*\n", text) if "\n\n" in text else text.splitlines()
    metadata = Metadata(reasons={"title": ARTICLE_TEXT_NO_TITLE})
    if from_url := url_date(url):
        metadata.published = Published(value=from_url, confidence=URL_DATE_CONFIDENCE,
                                       evidence=[Evidence(source="url", text=url)])
    return Extracted(paragraphs=[" ".join(b.split()) for b in blocks if b.strip()], metadata=metadata)
