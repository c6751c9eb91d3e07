"""The publication date, combined from every piece of evidence the page offers.

The caller's date (CLI `--published`, a JSONL field) comes first; otherwise the page's own evidence, which
each extractor gathers into `Extracted.metadata.published` (HTML: `html_dates`; flattened text: its
metadata reader). Later stages may refine the result from the content (`not_before`).
"""

from __future__ import annotations

from dateline.clean.extracted import Extracted
from dateline.ingest.page import RawPage
from dateline.record import Evidence, Published


def publication_date(page: RawPage, extracted: Extracted) -> Published:
    """Caller-given date first, then page evidence; null with a reason when nothing is trustworthy."""
    found = extracted.metadata.published
    if page.published:
        caller = Evidence(source="caller", text=page.published)
        if found.value and found.value[:10] != page.published[:10]:
            return Published(value=page.published, confidence=1.0, evidence=[caller, *found.evidence],
                             reason=f"the caller's date overrides the page's {found.value}")
        return Published(value=page.published, confidence=1.0, evidence=[caller, *found.evidence])
    if found.value or found.reason:
        return found
    return Published(value=None, confidence=0.0, reason="no publication date found on the page")
