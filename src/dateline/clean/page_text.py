"""Article vs furniture for flattened page text: a line classifier (baseline; see bench/flattened)."""

from __future__ import annotations

import re

from dateline.clean.extracted import Extracted
from dateline.record import Furniture

_SENTENCE_END = re.compile(r"[.!?\"”’)]\s*$")


def _is_prose(line: str) -> bool:
    return len(line.split()) >= 12 and bool(_SENTENCE_END.search(line))


def extract_page_text(page: str) -> Extracted:
    """Keep the article lines of a flattened page; label every other line as furniture."""
    lines = page.splitlines()
    prose = [i for i, line in enumerate(lines) if _is_prose(line.strip())]
    first, last = (prose[0], prose[-1]) if prose else (0, -1)
    paragraphs: list[str] = []
    furniture: list[Furniture] = []
    for number, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if first <= number <= last and (_is_prose(stripped) or len(stripped.split()) >= 6):
            paragraphs.append(stripped)
        else:
            furniture.append(Furniture(kind="other", text=stripped, line=number))
    return Extracted(paragraphs=paragraphs, furniture=furniture)


def extract_article_text(text: str) -> Extracted:
    """Already clean prose: every non-blank line (or blank-line separated block) is a paragraph."""
    blocks = re.split(r"\n\s*\n", text) if "\n\n" in text else text.splitlines()
    return Extracted(paragraphs=[" ".join(b.split()) for b in blocks if b.strip()])
