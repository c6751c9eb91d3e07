"""Article vs furniture, metadata and publication date of one HTML page (see bench/extraction.py).

The page is parsed once with Lexbor (selectolax); `html_article` finds the article and labels the furniture,
`html_metadata` reads what the page declares about itself, and `html_dates` the date it was published.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from dateline.clean.extracted import Extracted
from dateline.clean.html_article import extract_article
from dateline.clean.html_dates import html_published, page_clock
from dateline.clean.html_metadata import read_metadata
from dateline.clean.lines import date_of, hint_of, words
from dateline.record import Furniture, Problem


def extract_html(html: str, url: str | None = None, captured: str | None = None) -> Extracted:
    """The article paragraphs, labelled furniture and metadata (with evidence) of one HTML page.

    `captured` is the capture time (e.g. the WARC date), an upper bound for the publication date.
    """
    tree = LexborHTMLParser(html)
    article = extract_article(tree)
    metadata, facts = read_metadata(tree, url)
    metadata.published = html_published(facts, html, captured)
    metadata.page_date = page_clock(tree)
    warnings = []
    if not article.paragraphs:
        warnings.append(Problem(code="no-article-container", stage="clean",
                                message="no element of the page holds article-like paragraphs"))
    paragraphs, bylines = leading_bylines_apart(article.paragraphs)
    return Extracted(paragraphs=paragraphs, furniture=bylines + article.furniture, metadata=metadata,
                     warnings=warnings)


def leading_bylines_apart(paragraphs: list[str]) -> tuple[list[str], list[Furniture]]:
    """Bylines and bare date lines the page put at the top of the article container ("By Priya
    Castellan", "14 March 2025") are furniture, not article text."""
    furniture = []
    for text in paragraphs:
        if hint_of(text, words(text)) == "byline":
            furniture.append(Furniture(kind="byline", text=text))
        elif words(text) <= 8 and date_of(text) is not None:
            furniture.append(Furniture(kind="dateline", text=text))
        else:
            break
    return paragraphs[len(furniture):], furniture
