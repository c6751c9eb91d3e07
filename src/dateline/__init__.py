"""dateline: captured news pages in, citable facts out.

    >>> import dateline
    >>> doc = dateline.extract_text(open("page.txt").read(), url="https://example.org/story")
    >>> doc.text[doc.paragraphs[0].start:doc.paragraphs[0].end]

Every annotation in a `Document` is a character offset into `doc.text`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dateline.config import Settings
from dateline.ingest import read_inputs, read_text
from dateline.pipeline import process
from dateline.record import Document, InputKind

__version__ = "0.1.0"
__all__ = ["Document", "InputKind", "Settings", "__version__", "extract", "extract_text", "process"]


def extract(paths: Iterable[str], kind: InputKind | None = None, url: str | None = None,
            published: str | None = None, settings: Settings | None = None) -> Iterator[Document]:
    """Records for every page found in `paths` (files, directories, WARCs, JSONL; '-' for stdin)."""
    settings = settings or Settings.from_env()
    for page in read_inputs(paths, kind=kind, url=url, published=published, max_bytes=settings.max_input_bytes):
        yield process(page, settings)


def extract_text(content: str, kind: InputKind | str = InputKind.page_text, url: str | None = None,
                 published: str | None = None, settings: Settings | None = None) -> Document:
    """The record of one page held in memory (HTML, flattened page text or clean article text)."""
    return process(read_text(content, InputKind(kind), url=url, published=published), settings)
