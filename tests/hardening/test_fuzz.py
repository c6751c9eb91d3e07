"""Generated hostile input for every reader and stage: each input must become a sound record, never a crash.

`make test` runs a small seeded sample; `make fuzz` runs the `fuzz` profile (25,000 inputs per target by
default, over 100,000 in all; set DATELINE_FUZZ_EXAMPLES to change it).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dateline.config import Settings
from dateline.ingest import read_inputs
from dateline.pipeline import process
from dateline.record import span_problems

CLEAN_ONLY = Settings(stages=("clean",), time_limit=10)
EVERY_STAGE = Settings(time_limit=20)
SUFFIXES = [".html", ".html.gz", ".warc", ".warc.gz", ".jsonl", ".json", ".json.gz", ".txt", ""]

TAGS = ["html", "head", "body", "div", "p", "span", "article", "main", "nav", "header", "footer", "aside",
        "script", "style", "a", "h1", "h2", "ul", "li", "table", "tr", "td", "meta", "title", "time", "figure",
        "figcaption", "svg", "iframe", "br", "!--"]
WORDS = st.sampled_from(["the", "army", "said", "on", "Sunday", "“", "”", "\"", "'", "«", "»", "2019", "May",
                         "Okafor", "\u202e", "\x00", "&amp;", "&#0;", "<", ">", "said:", "—", "\n", "…",
                         "09:12 GMT3 May 2024", "Share", "By", "Terms of use", "ağır", "中文", "🙂",
                         "the next 99 centuries", "past", "following", "2,000 years", "that followed", "ago",
                         "later", "fiscal", "quarter", "9999", "weeks", "war games", "captured", "lost it",
                         "retook", "KESSA, May 3 (Wire) -", "was committed to", "human shields", "positions of"])
TEXT = st.lists(WORDS | st.text(max_size=12), max_size=60).map(" ".join)


OPEN_TAG = st.builds(
    lambda tag, attrs: f"<{tag}" + "".join(f' {name}="{value}"' for name, value in attrs) + ">",
    st.sampled_from(TAGS),
    st.lists(st.tuples(st.sampled_from(["class", "id", "content", "property", "href", "onerror", "datetime",
                                        "charset", "name"]), TEXT), max_size=3))
CLOSE_TAG = st.sampled_from(TAGS).map(lambda tag: f"</{tag}>")
MARKUP = st.lists(st.one_of(OPEN_TAG, CLOSE_TAG, TEXT), max_size=120).map("".join)
"""Random, mostly broken, HTML: a run of open tags with attributes, end tags and text; nesting, unclosed and
stray end tags come from the order alone (a flat strategy: cheap enough for the 100,000-input job)."""


def write_scratch(tmp_path_factory, name: str, data: bytes) -> Path:
    """One reused scratch file per name (a fresh directory per example would cost more than the example)."""
    path = tmp_path_factory.getbasetemp() / "fuzz-scratch" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


def assert_sound(doc):
    assert doc.id
    assert span_problems(doc) == []
    assert not [p for p in doc.errors if p.code == "stage-failed"], doc.errors


@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_under_any_name_become_records(tmp_path_factory, data, suffix):
    path = write_scratch(tmp_path_factory, f"input{suffix}",
                         gzip.compress(data) if suffix.endswith(".gz") and data[:1] == b"<" else data)
    for page in read_inputs([str(path)], max_bytes=1_000_000):
        assert_sound(process(page, CLEAN_ONLY))


@given(html=MARKUP)
def test_broken_html_becomes_a_sound_record(tmp_path_factory, html):
    path = write_scratch(tmp_path_factory, "page.html", html.encode("utf-8", errors="replace"))
    for page in read_inputs([str(path)]):
        assert_sound(process(page, CLEAN_ONLY))


@given(lines=st.lists(TEXT, max_size=80))
def test_flattened_page_text_becomes_a_sound_record(tmp_path_factory, lines):
    path = write_scratch(tmp_path_factory, "page.txt", "\n".join(lines).encode("utf-8", errors="replace"))
    for page in read_inputs([str(path)]):
        assert_sound(process(page, CLEAN_ONLY))


@given(items=st.lists(st.one_of(st.dictionaries(st.sampled_from(["url", "html", "text", "published", "x"]),
                                                 st.one_of(TEXT, st.integers(), st.none())),
                                 st.just([1, 2]), TEXT), max_size=6))
def test_jsonl_lines_of_any_shape_become_records(tmp_path_factory, items):
    lines = [json.dumps(item) if not isinstance(item, str) else item.replace("\n", " ") for item in items]
    path = write_scratch(tmp_path_factory, "pages.jsonl", "\n".join(lines).encode("utf-8", errors="replace"))
    for page in read_inputs([str(path)]):
        assert_sound(process(page, CLEAN_ONLY))


RECORD_VALUES = st.recursive(st.one_of(TEXT, st.integers(), st.none()),
                             lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.just("name"), inner),
                             max_leaves=6)
RECORD = st.dictionaries(st.sampled_from(["url", "articleBody", "text", "title", "headline", "author", "authors",
                                          "datePublished", "x"]), RECORD_VALUES)


@given(value=st.one_of(RECORD, st.lists(st.one_of(RECORD, TEXT, st.integers()), max_size=5), TEXT),
       indent=st.sampled_from([None, 2]))
def test_json_files_of_any_shape_become_records(tmp_path_factory, value, indent):
    path = write_scratch(tmp_path_factory, "pages.json", json.dumps(value, indent=indent).encode())
    for page in read_inputs([str(path)]):
        assert_sound(process(page, CLEAN_ONLY))


@given(paragraphs=st.lists(TEXT, min_size=1, max_size=8))
def test_every_stage_survives_hostile_article_text(paragraphs):
    from dateline.ingest import read_text
    from dateline.record import InputKind

    doc = process(read_text("\n\n".join(paragraphs), InputKind.article_text), EVERY_STAGE)
    assert_sound(doc)


def test_a_participant_that_is_only_the_word_the_keeps_a_real_span():
    """Found by the fuzz job: stripping a leading 'the ' from the phrase 'the' left an inverted span."""
    from dateline import extract_text

    assert_sound(extract_text("the said “ Share the", kind="article-text"))
