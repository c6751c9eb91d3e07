"""A short human-readable summary of a record, for `dateline show` and `make demo`."""

from __future__ import annotations

import textwrap
from collections import Counter

from dateline.record import Document


def summarize(doc: Document, width: int = 100) -> str:
    meta = doc.metadata
    where = doc.source.url or doc.source.path or "-"
    lines = [f"■ {meta.title or '(no title)'}", f"  {where}  [{doc.source.kind.value}, id {doc.id}]"]
    if doc.errors:
        lines += [f"  ERROR {p.code}: {p.message}" for p in doc.errors]
    published = meta.published
    if published.value:
        lines.append(f"  published: {published.value} (confidence {published.confidence:.2f})")
    else:
        lines.append(f"  published: unknown ({published.reason})")
    if meta.authors:
        lines.append(f"  by: {', '.join(meta.authors)}")
    if meta.section:
        lines.append(f"  section: {meta.section}")
    words = len(doc.text.split())
    kinds = Counter(f.kind for f in doc.furniture)
    lines.append(f"  article: {len(doc.paragraphs)} paragraphs, {words} words; furniture: "
                 + (", ".join(f"{k} {n}" for k, n in kinds.most_common()) or "none"))
    counts = [f"{name} {len(getattr(doc, name))}" for name in ("entities", "quotes", "timexes", "events")
              if getattr(doc, name)]
    if counts:
        lines.append("  found: " + ", ".join(counts))
    if doc.paragraphs:
        first = doc.paragraphs[0]
        lines += textwrap.wrap(doc.text[first.start:first.end], width, initial_indent="  │ ",
                               subsequent_indent="  │ ", max_lines=3, placeholder=" …")
    lines += [f"  warning {p.code}: {p.message}" for p in doc.warnings]
    return "\n".join(lines)
