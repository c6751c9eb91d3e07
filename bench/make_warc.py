"""Generate a WARC of N news pages from dateline's own fictional example pages (for bench/scale and tests).

    .venv/bin/python bench/make_warc.py build/bench/pages.warc.gz --pages 2000

Each page is one of the bundled examples (`examples/*.html`, the HTML of `examples/*.jsonl`, and each
`examples/*.txt` flattened page wrapped as HTML paragraphs), made distinct by a page number in its title
and URL and a sentence added to its article (so no two article texts are the same), written as a
request + response pair like a crawler writes them, with an image response every
50 pages (skipped by the reader). Records are gzipped one by one, as in Common Crawl.
"""

from __future__ import annotations

import argparse
import html
import io
import json
from collections.abc import Iterator
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def templates(examples: Path = EXAMPLES) -> list[tuple[str, str]]:
    """(url, html) of every example page."""
    pages = [(f"https://example.invalid/{p.stem}", p.read_text("utf-8")) for p in sorted(examples.glob("*.html"))]
    for path in sorted(examples.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            item = json.loads(line)
            if "html" in item:
                pages.append((item.get("url") or f"https://example.invalid/{path.stem}", item["html"]))
    for path in sorted(examples.glob("*.txt")):
        lines = [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]
        body = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines[1:])
        pages.append((f"https://example.invalid/{path.stem}",
                      f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(lines[0])}</title>"
                      f"</head><body><article>{body}</article></body></html>"))
    return pages


def pages(count: int, examples: Path = EXAMPLES) -> Iterator[tuple[str, bytes]]:
    """`count` distinct (url, html bytes) pages cycling through the examples."""
    base = templates(examples)
    for number in range(count):
        url, page = base[number % len(base)]
        page = page.replace("</title>", f" [{number}]</title>", 1)
        # A distinct article text per page: identical texts would be served from the parse cache.
        page = page.replace("<p>", f"<p>Report {number} from the wire desk. ", 1)
        yield f"{url}?page={number}", page.encode("utf-8")


def write_warc(path: str | Path, count: int, poison: dict[int, bytes] | None = None,
               examples: Path = EXAMPLES) -> Path:
    """Write `count` pages to a WARC (gzipped per record if the name ends in .gz); returns the path.

    `poison` replaces the HTML of the given page numbers (tests use it for pages that must fail).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.name.endswith(".gz"))
        for number, (url, body) in enumerate(pages(count, examples)):
            body = (poison or {}).get(number, body)
            writer.write_record(writer.create_warc_record(
                url, "request", payload=io.BytesIO(f"GET {url} HTTP/1.1\r\nHost: example.invalid\r\n\r\n".encode())))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                  ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
            if number % 50 == 49:
                image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(
                    f"{url}&image", "response", payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(64)),
                    http_headers=image))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", help="WARC file to write (.warc or .warc.gz)")
    parser.add_argument("--pages", type=int, default=1000, help="number of HTML pages (default 1000)")
    args = parser.parse_args()
    print(write_warc(args.output, args.pages))


if __name__ == "__main__":
    main()
