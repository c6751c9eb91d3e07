"""Each reader, kind detection, and the caller-given evidence (--kind, --url, --published)."""

from __future__ import annotations

import gzip
import io
import json
import sys

import pytest

from dateline.ingest import read_inputs, read_text
from dateline.ingest.detect import detect_kind
from dateline.record import InputKind

ARTICLE = "<html><head><title>Quay news</title></head><body><article><p>{}</p></article></body></html>"


def pages(*paths, **kwargs):
    return list(read_inputs([str(p) for p in paths], **kwargs))


def test_html_declared_charset_is_used(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes('<html><head><meta charset="windows-1251"></head><body><p>Привет, мир</p></body></html>'
                     .encode("windows-1251"))
    [page] = pages(path)
    assert page.kind is InputKind.html
    assert "Привет, мир" in page.content
    assert page.source.encoding == "cp1251"


def test_html_without_declaration_is_sniffed(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(ARTICLE.format("Café au lait at the café near the quay, crème brûlée and a naïve garçon. " * 5)
                     .encode("windows-1252"))
    [page] = pages(path)
    assert "crème brûlée" in page.content
    assert not page.warnings


def test_gzipped_html_is_decompressed(tmp_path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(ARTICLE.format("The harbour reopened.").encode()))
    [page] = pages(path)
    assert page.kind is InputKind.html and "The harbour reopened." in page.content


def test_directory_is_read_recursively_in_sorted_order_skipping_hidden_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.html").write_text(ARTICLE.format("two"))
    (tmp_path / "a.html").write_text(ARTICLE.format("one"))
    (tmp_path / ".hidden.html").write_text(ARTICLE.format("hidden"))
    assert [p.source.path.rsplit("/", 1)[-1] for p in pages(tmp_path)] == ["a.html", "2.html"]


def test_jsonl_reads_url_published_and_content_fields(tmp_path):
    path = tmp_path / "pages.jsonl"
    lines = [{"url": "https://a.invalid/1", "html": ARTICLE.format("one"), "published": "2025-01-02"},
             {"url": "https://a.invalid/2", "text": "Clean prose only."},
             {"page_text": "Menu\nA flattened page."}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n")
    first, second, third = pages(path)
    assert (first.kind, first.source.url, first.declared.published.value, first.source.line) == \
        (InputKind.html, "https://a.invalid/1", "2025-01-02", 1)
    assert first.declared.published.evidence[0].source == "record:published"
    assert second.kind is InputKind.article_text and second.content == "Clean prose only."
    assert third.kind is InputKind.page_text and third.source.kind is InputKind.jsonl


def test_jsonl_bad_lines_become_error_pages_and_the_rest_is_read(tmp_path):
    path = tmp_path / "pages.jsonl"
    path.write_text('{"html": "<p>x</p>"}\nnot json\n[1, 2]\n{"url": "https://a.invalid"}\n')
    codes = [p.error.code if p.error else None for p in pages(path)]
    assert codes == [None, "jsonl-invalid", "jsonl-invalid", "jsonl-no-content"]


def test_page_text_file_keeps_its_lines(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("Menu\nSign in\nA story about the ferry.\n")
    [page] = pages(path)
    assert page.kind is InputKind.page_text and page.content.startswith("Menu\n")


def test_stdin_is_read_with_dash(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(b"Menu\nThe ferry sailed.\n"))))
    [page] = list(read_inputs(["-"], url="https://a.invalid/story", published="2025-03-01"))
    assert page.source.path == "-" and page.kind is InputKind.page_text
    assert (page.source.url, page.published) == ("https://a.invalid/story", "2025-03-01")


def test_declared_kind_overrides_detection(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("<p>Looks like HTML but is prose.</p>")
    [page] = pages(path, kind=InputKind.article_text)
    assert page.kind is InputKind.article_text


@pytest.mark.parametrize(("name", "head", "kind"), [
    ("a.warc.gz", b"", InputKind.warc),
    ("a.jsonl", b"", InputKind.jsonl),
    ("a.htm", b"", InputKind.html),
    ("noext", b"WARC/1.1\r\n", InputKind.warc),
    ("noext", b"<!DOCTYPE html><html>", InputKind.html),
    ("noext", b'{"url": "u", "html": "<p>"}\n', InputKind.jsonl),
    ("noext", b"Skip to content\nMenu\n", InputKind.page_text),
    ("noext", gzip.compress(b"WARC/1.0\r\n"), InputKind.warc),
])
def test_kind_is_detected_from_name_then_content(name, head, kind):
    assert detect_kind(name, head) is kind


def test_read_text_flattens_deep_html_in_memory_too():
    page = read_text("<div>" * 3000 + "text" + "</div>" * 3000, InputKind.html)
    assert [w.code for w in page.warnings] == ["too-deep"]


def test_text_garbled_before_it_was_stored_is_repaired_in_jsonl_and_in_memory(tmp_path):
    garbled = "The mayor\u2019s office \u2013 closed".encode().decode("cp1252")
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"text": garbled}) + "\n")
    for page in (pages(path)[0], read_text(garbled)):
        assert page.content == "The mayor\u2019s office \u2013 closed"
        assert [w.code for w in page.warnings] == ["mojibake-repaired"]
