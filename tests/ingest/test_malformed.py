"""Malformed inputs give a record with a clear code, never a crash or a hang (issue 2's hostile list)."""

from __future__ import annotations

import gzip
import os
import time

import pytest

from dateline.config import Settings
from dateline.ingest import read_inputs
from dateline.pipeline import process

SETTINGS = Settings(stages=("clean",))
PAGE = ("<html><head><title>The quay</title></head><body><article>"
        + "<p>The ferry to the island sailed again on Friday after weeks of storm repairs at the quay.</p>" * 20
        + "</article></body></html>")


def records(path, settings=SETTINGS, **kwargs):
    return [process(page, settings) for page in read_inputs([str(path)], **kwargs)]


def test_binary_junk_is_binary_content(tmp_path):
    path = tmp_path / "junk.html"
    path.write_bytes(bytes(range(256)) * 40)
    [doc] = records(path)
    assert [e.code for e in doc.errors] == ["binary-content"]


def test_empty_file_is_empty_input(tmp_path):
    path = tmp_path / "empty.html"
    path.write_bytes(b"")
    [doc] = records(path)
    assert [e.code for e in doc.errors] == ["empty-input"]


def test_truncated_gzip_page_is_gzip_truncated(tmp_path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(PAGE.encode())[:-20])
    [doc] = records(path)
    assert [e.code for e in doc.errors] == ["gzip-truncated"]


def test_gzip_bomb_is_refused_as_too_large(tmp_path):
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b"a" * 30_000_000))
    [doc] = records(path, max_bytes=SETTINGS.max_input_bytes)
    assert [e.code for e in doc.errors] == ["input-too-large"]


def test_fifty_megabyte_page_is_refused_quickly(tmp_path):
    path = tmp_path / "huge.html"
    with path.open("wb") as out:
        out.write(b"<html><body><p>")
        out.write(b"word " * 10_000_000)
        out.write(b"</p></body></html>")
    assert path.stat().st_size > 50_000_000
    began = time.perf_counter()
    [doc] = records(path, max_bytes=SETTINGS.max_input_bytes)
    assert [e.code for e in doc.errors] == ["input-too-large"]
    assert time.perf_counter() - began < 10


def test_page_nested_ten_thousand_levels_is_flattened_and_extracted(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 10_000 + PAGE + "</div>" * 10_000 + "</body></html>")
    began = time.perf_counter()
    [doc] = records(path, max_nesting=SETTINGS.max_nesting)
    assert time.perf_counter() - began < 30
    assert "too-deep" in [w.code for w in doc.warnings]
    assert not doc.errors
    assert "The ferry to the island sailed again" in doc.text


def test_mislabelled_charset_is_decoded_by_its_bytes_with_a_warning(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes('<html><head><meta charset="iso-8859-1"></head><body><p>Żółć — naïve café</p></body></html>'
                     .encode())
    [page] = read_inputs([str(path)])
    assert "Żółć — naïve café" in page.content
    assert [w.code for w in page.warnings] == ["charset-mislabelled"]


def test_unreadable_path_is_an_error_record(tmp_path):
    [doc] = records(tmp_path / "missing.html")
    assert [e.code for e in doc.errors] == ["unreadable"]


@pytest.mark.parametrize("seed", range(3))
def test_random_bytes_in_every_container_never_raise(tmp_path, seed):
    data = os.urandom(20_000)
    for name in ("x.html", "x.html.gz", "x.warc", "x.warc.gz", "x.jsonl", "x.json", "x.json.gz", "x.txt"):
        path = tmp_path / name
        path.write_bytes(gzip.compress(data)[:-7] if name.endswith(".gz") and seed else data)
        for doc in records(path):
            assert doc.errors or doc.text is not None


def test_giant_gzipped_jsonl_line_is_refused_without_being_held_and_the_next_line_is_read(tmp_path):
    import json
    import tracemalloc

    path = tmp_path / "pages.jsonl.gz"
    with gzip.open(path, "wb") as out:
        out.write(b'{"url": "https://example.org/a", "html": "' + b"a" * 100_000_000 + b'"}\n')
        out.write(json.dumps({"url": "https://example.org/b", "html": PAGE}).encode() + b"\n")
    tracemalloc.start()
    try:
        pages = list(read_inputs([str(path)], max_bytes=1_000_000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [p.error.code if p.error else None for p in pages] == ["input-too-large", None]
    assert pages[0].source.bytes > 100_000_000
    assert pages[1].source.url == "https://example.org/b"
    assert peak < 30_000_000
