"""Inputs named by http(s) URL are streamed like local files; a URL that fails becomes an error record."""

from __future__ import annotations

import gzip

from bench.make_warc import write_warc
from file_server import serving

from dateline.config import Settings
from dateline.ingest import read_inputs
from dateline.pipeline import process
from dateline.record import InputKind

PAGE = ("<html><head><title>The quay</title></head><body><article>"
        + "<p>The ferry to the island sailed again on Friday after weeks of storm repairs at the quay.</p>" * 8
        + "</article></body></html>")


def test_a_warc_read_by_url_gives_the_same_pages_as_the_file(tmp_path):
    path = write_warc(tmp_path / "crawl.warc.gz", 6)
    local = list(read_inputs([str(path)]))
    with serving(tmp_path) as base:
        remote = list(read_inputs([f"{base}/crawl.warc.gz"]))
    assert len(remote) == len(local) == 6
    assert [(p.digest, p.source.url, p.source.warc_record_id) for p in remote] == \
        [(p.digest, p.source.url, p.source.warc_record_id) for p in local]
    assert remote[0].source.path.endswith("/crawl.warc.gz") and remote[0].source.path.startswith("http://")


def test_an_html_page_by_url_is_gunzipped_and_keeps_its_url(tmp_path):
    (tmp_path / "story.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    with serving(tmp_path) as base:
        [page] = read_inputs([f"{base}/story.html.gz?utm_source=feed"])
    doc = process(page, Settings(stages=("clean",)))
    assert page.kind is InputKind.html and not doc.errors
    assert doc.source.url == f"{base}/story.html.gz?utm_source=feed"
    assert "ferry to the island" in doc.text


def test_a_url_that_cannot_be_fetched_is_an_unreadable_record_and_the_rest_are_read(tmp_path):
    (tmp_path / "story.html").write_text(PAGE)
    with serving(tmp_path) as base:
        pages = list(read_inputs([f"{base}/missing.html", f"{base}/story.html"]))
    assert [p.error.code if p.error else None for p in pages] == ["unreadable", None]
    assert "404" in pages[0].error.message
