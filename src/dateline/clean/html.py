"""Article vs furniture, metadata and publication date of one HTML page (see bench/extraction.py).

The page is parsed once with Lexbor (selectolax); `html_article` finds the article and labels the furniture,
`html_metadata` reads what the page declares about itself, and `html_dates` the date it was published.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from dateline.clean.extracted import Extracted
from dateline.clean.html_article import extract_article
from dateline.clean.html_dates import html_published
from dateline.clean.html_metadata import read_metadata
from dateline.record import Problem


def extract_html(html: str, url: str | None = None, captured: str | None = None) -> Extracted:
    """The article paragraphs, labelled furniture and metadata (with evidence) of one HTML page.

    `captured` is the capture time (e.g. the WARC date), an upper bound for the publication date.
    """
    tree = LexborHTMLParser(html)
    article = extract_article(tree)
    metadata, facts = read_metadata(tree, url)
    metadata.published = html_published(facts, html, captured)
    warnings = []
    if not article.paragraphs:
        warnings.append(Problem(code="no-article-container", stage="clean",
                                message="no element of the page holds article-like paragraphs"))
    return Extracted(paragraphs=article.paragraphs, furniture=article.furniture, metadata=metadata,
                     warnings=warnings)
