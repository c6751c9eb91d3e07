"""Article vs furniture for HTML pages (baseline: trafilatura; see bench/extraction for the choice)."""

from __future__ import annotations

import trafilatura
from trafilatura.settings import use_config

from dateline.clean.extracted import Extracted
from dateline.record import Evidence, Metadata

_CONFIG = use_config()
_CONFIG.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")


def extract_html(html: str, url: str | None = None) -> Extracted:
    """The article paragraphs and the page metadata of one HTML page."""
    text = trafilatura.extract(html, url=url, config=_CONFIG, include_comments=False, favor_precision=False,
                               with_metadata=False, deduplicate=False)
    meta = trafilatura.extract_metadata(html, default_url=url)
    paragraphs = [p.strip() for p in (text or "").split("\n") if p.strip()]
    metadata = Metadata()
    if meta is not None:
        evidence = {}
        if meta.title:
            evidence["title"] = Evidence(source="html:metadata", text=meta.title)
        if meta.author:
            evidence["authors"] = Evidence(source="html:metadata", text=meta.author)
        metadata = Metadata(
            title=meta.title,
            site=meta.sitename,
            section=(meta.categories or [None])[0],
            authors=[a.strip() for a in (meta.author or "").split(";") if a.strip()],
            tags=list(meta.tags or []),
            language=meta.language,
            evidence=evidence,
        )
    return Extracted(paragraphs=paragraphs, metadata=metadata)
