from __future__ import annotations

import pytest

from dateline import time as time_stage
from dateline.config import Settings
from dateline.record import Document, Evidence, Metadata, PageDate, Published, Source


@pytest.fixture
def annotate():
    """Run the time stage on a fictional article text, with optional caller date, page date or clock."""

    def run(text: str, *, published: str | None = None, page_published: str | None = None,
            clock: str | None = None) -> Document:
        if published:
            record = Published(value=published, confidence=1.0, evidence=[Evidence(source="caller", text=published)])
        elif page_published:
            record = Published(value=page_published, confidence=0.8,
                               evidence=[Evidence(source="html:metadata", text=page_published)])
        else:
            record = Published()
        metadata = Metadata(published=record,
                            page_date=PageDate(value=clock, text=clock, line=0) if clock else None)
        doc = Document(id="test", source=Source(kind="article-text"), text=text, metadata=metadata)
        return time_stage.run(doc, Settings())

    return run


def by_text(doc: Document) -> dict:
    return {t.text: t for t in doc.timexes}
