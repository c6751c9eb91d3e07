"""JSON files of records: one object or an array, named `.json`/`.json.gz` or sniffed, and the errors they give."""

from __future__ import annotations

import gzip
import json

import pytest

from dateline.ingest import read_inputs
from dateline.ingest.detect import detect_kind
from dateline.record import InputKind

STORY = ("The ferry to Carrow Island ran again on Tuesday after the storm.\n\n"
         "Harbour staff said the new pier would open in spring.")
RECORD = {"url": "https://news.invalid/2031/04/02/ferry", "title": "Ferry runs again", "datePublished": "2031-04-02",
          "articleBody": STORY}


def pages(*paths, **kwargs):
    return list(read_inputs([str(p) for p in paths], **kwargs))


def test_pretty_printed_object_is_one_article_record(tmp_path):
    path = tmp_path / "story.json"
    path.write_text(json.dumps(RECORD, indent=1))
    [page] = pages(path)
    assert page.error is None
    assert (page.kind, page.source.kind, page.source.url) == (InputKind.article_text, InputKind.json, RECORD["url"])
    assert page.content == STORY
    assert page.declared.title == "Ferry runs again"
    assert page.declared.evidence["title"].source == "record:title"


def test_pretty_printed_object_without_json_name_is_sniffed_as_json(tmp_path):
    path = tmp_path / "story"
    path.write_text(json.dumps(RECORD, indent=2))
    [page] = pages(path)
    assert (page.kind, page.source.kind, page.content) == (InputKind.article_text, InputKind.json, STORY)


def test_array_gives_one_record_per_element_with_its_index(tmp_path):
    path = tmp_path / "stories.json"
    second = {"url": "https://news.invalid/b", "html": "<html><body><p>Second story.</p></body></html>"}
    path.write_text(json.dumps([RECORD, second, "not an object"], indent=2))
    first, html, bad = pages(path)
    assert [p.source.index for p in (first, html, bad)] == [0, 1, 2]
    assert (first.kind, html.kind, html.source.url) == (InputKind.article_text, InputKind.html, second["url"])
    assert bad.error.code == "json-invalid" and "element 2 is not a JSON object" in bad.error.message


def test_gzipped_json_file_is_read_as_json(tmp_path):
    path = tmp_path / "story.json.gz"
    path.write_bytes(gzip.compress(json.dumps(RECORD, indent=2).encode()))
    [page] = pages(path)
    assert (page.kind, page.source.kind, page.content) == (InputKind.article_text, InputKind.json, STORY)


def test_invalid_json_file_is_an_error_record_not_page_text(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{\n "title": "Ferry runs again",\n "articleBody": "The ferry ran\n')
    [page] = pages(path)
    assert page.content == "" and page.error.code == "json-invalid"
    assert page.error.message.startswith("the file is not valid JSON")


def test_json_file_without_a_content_field_is_an_error_record(tmp_path):
    path = tmp_path / "meta.json"
    path.write_text(json.dumps({"url": "https://news.invalid/x", "title": "Only a title"}, indent=2))
    [page] = pages(path)
    assert page.error.code == "json-no-content"
    assert "articleBody" in page.error.message and page.source.url == "https://news.invalid/x"


def test_empty_json_array_is_an_error_record(tmp_path):
    path = tmp_path / "none.json"
    path.write_text("[]\n")
    [page] = pages(path)
    assert page.error.code == "json-no-content"


def test_page_text_starting_with_a_brace_is_still_page_text(tmp_path):
    path = tmp_path / "page"
    text = '{"Breaking"} Ferry news\nMenu\nThe ferry to Carrow Island ran again on Tuesday.\n'
    path.write_text(text)
    [page] = pages(path)
    assert (page.kind, page.error, page.content) == (InputKind.page_text, None, text)


def test_json_file_over_the_byte_limit_is_refused_unread(tmp_path):
    path = tmp_path / "big.json"
    path.write_text(json.dumps([RECORD] * 20))
    [page] = pages(path, max_bytes=1000)
    assert page.error.code == "input-too-large" and "JSONL" in page.error.message


@pytest.mark.parametrize(("name", "head", "kind"), [
    ("a.json", b"", InputKind.json),
    ("a.json.gz", b"", InputKind.json),
    ("noext", b'{\n  "url": "u",\n  "articleBody": "x"\n}\n', InputKind.json),
    ("noext", b'{"url": "u",\n "html": "<p>"}\n', InputKind.json),
    ("noext", b'[\n  {"url": "u", "text": "x"}\n]\n', InputKind.json),
    ("noext", b'{"url": "u", "articleBody": "x"}\n{"url": "v", "articleBody": "y"}\n', InputKind.jsonl),
    ("noext", b"{Breaking} Ferry news\nMenu\n", InputKind.page_text),
    ("noext", b"[Photo] The new pier\nMenu\n", InputKind.page_text),
])
def test_json_kind_is_detected_from_name_then_content(name, head, kind):
    assert detect_kind(name, head) is kind
