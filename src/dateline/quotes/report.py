"""Quotes as a reader sees them: a plain-text table, JSONL rows, or grouped by speaker (the `quotes` command)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from dateline.quotes.index import Said, speaker_index, speaker_key
from dateline.record import Document, Quote

_WIDTH = 90


def _short(text: str, width: int = _WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def quote_row(doc: Document, quote: Quote) -> dict:
    """One quote as a flat JSON-ready row, with the document it belongs to."""
    return {"document": doc.id, "url": doc.source.url, "path": doc.source.path, **quote.model_dump(mode="json")}


def _line(quote: Quote) -> str:
    who = quote.speaker.name or f"? ({quote.speaker.reason})"
    said_as = f" as '{quote.speaker.mention.text}'" if quote.speaker.mention and quote.speaker.name else ""
    cue = quote.cue.text if quote.cue else "(continues)"
    extras = "".join(f" [{label} {m.text}]" for label, m in (("venue", quote.venue), ("time", quote.time)) if m)
    return f"  {quote.id:<4} {quote.kind:<8} {who}{said_as} {cue}{extras}: {_short(quote.content.text)}"


def table(docs: Iterable[Document]) -> Iterator[str]:
    """Readable lines: a header per document, one line per quote."""
    for doc in docs:
        yield f"{doc.source.path or doc.source.url or doc.id} ({len(doc.quotes)} quotes)"
        for quote in doc.quotes:
            yield _line(quote)


def jsonl(docs: Iterable[Document]) -> Iterator[str]:
    for doc in docs:
        for quote in doc.quotes:
            yield json.dumps(quote_row(doc, quote), ensure_ascii=False)


def by_speaker(docs: Iterable[Document], as_json: bool = False) -> Iterator[str]:
    """The speaker index: each person with every quote attributed to them across the documents."""
    index = speaker_index(docs)
    for name, said in index.items():
        if as_json:
            yield json.dumps({"speaker": name, "quotes": [_said(s) for s in said]}, ensure_ascii=False)
            continue
        yield f"{name} ({len(said)})"
        for s in said:
            yield f"  {s.document} {s.quote.id} {s.quote.kind}: {_short(s.quote.content.text)}"


def _said(said: Said) -> dict:
    return {"document": said.document, "url": said.url, **said.quote.model_dump(mode="json"),
            "speaker_key": speaker_key(said.quote)}
