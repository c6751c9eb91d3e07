"""The publication date, combined from every piece of evidence the page offers."""

from __future__ import annotations

from dateline.clean.extracted import Extracted
from dateline.ingest.page import RawPage
from dateline.record import Evidence, Published


def publication_date(page: RawPage, extracted: Extracted) -> Published:
    """Caller-given date first, then page metadata; null with a reason when nothing is trustworthy."""
    if page.published:
        return Published(value=page.published, confidence=1.0,
                         evidence=[Evidence(source="caller", text=page.published)])
    meta = extracted.metadata.published
    if meta.value:
        return meta
    return Published(value=None, confidence=0.0, reason="no publication date found on the page")
