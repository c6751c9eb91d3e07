"""The field rules every input record follows (JSONL line or JSON object): content fields and declared metadata."""

from __future__ import annotations

import json

import pytest

from dateline.ingest import read_inputs
from dateline.ingest.records import author_names, declared_metadata
from dateline.record import InputKind

BODY = "Volunteers planted four hundred oaks along the Mere Brook on Saturday."


def pages(*paths, **kwargs):
    return list(read_inputs([str(p) for p in paths], **kwargs))


def test_article_body_headline_and_author_list_are_read(tmp_path):
    path = tmp_path / "article.json"
    path.write_text(json.dumps({
        "@type": "NewsArticle", "headline": "Oaks planted along the brook", "articleBody": BODY,
        "author": [{"@type": "Person", "name": "Ines Marlow"}, "Tomas Reed"], "datePublished": "2030-09-14T08:30:00Z",
    }, indent=2))
    [page] = pages(path)
    assert (page.kind, page.content) == (InputKind.article_text, BODY)
    declared = page.declared
    assert declared.title == "Oaks planted along the brook"
    assert declared.authors == ["Ines Marlow", "Tomas Reed"]
    assert declared.published.value == "2030-09-14T08:30:00Z"
    assert {name: e.source for name, e in declared.evidence.items()} == \
        {"title": "record:headline", "authors": "record:author"}
    assert [e.source for e in declared.published.evidence] == ["record:datePublished"]


def test_jsonl_line_with_article_body_is_an_article_record(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"url": "https://news.invalid/oaks", "articleBody": BODY}) + "\n")
    [page] = pages(path)
    assert (page.error, page.kind, page.source.line, page.content) == (None, InputKind.article_text, 1, BODY)


def test_html_field_comes_before_article_body(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"articleBody": BODY, "html": f"<html><body><p>{BODY}</p></body></html>"}) + "\n")
    [page] = pages(path)
    assert page.kind is InputKind.html


@pytest.mark.parametrize(("value", "names"), [
    ("Ines Marlow", ["Ines Marlow"]),
    ({"name": "Ines  Marlow"}, ["Ines Marlow"]),
    (["Ines Marlow", {"name": "Tomas Reed"}, {"url": "x"}, 7, "Ines Marlow"], ["Ines Marlow", "Tomas Reed"]),
    (None, []),
    ("  ", []),
])
def test_author_names_read_string_object_or_list(value, names):
    assert author_names(value) == names


def test_record_declaring_nothing_has_no_declared_metadata():
    assert declared_metadata({"url": "https://news.invalid/oaks", "text": BODY, "title": " "}) is None


def test_title_field_comes_before_headline_and_blank_values_are_skipped():
    declared = declared_metadata({"title": "", "headline": "Oaks planted", "authors": [{"name": "Tomas Reed"}]})
    assert declared.title == "Oaks planted" and declared.evidence["title"].source == "record:headline"
    assert declared.authors == ["Tomas Reed"] and declared.evidence["authors"].source == "record:authors"
    assert declared.published.value is None
