"""Generated hostile input for every reader and stage: each input must become a sound record, never a crash.

`make test` runs a small seeded sample; `make fuzz` runs the `fuzz` profile (25,000 inputs per target by
default, over 100,000 in all; set DATELINE_FUZZ_EXAMPLES to change it).
"""

from __future__ import annotations

import gzip
import json

from hypothesis import given
from hypothesis import strategies as st

from dateline.config import Settings
from dateline.ingest import read_inputs
from dateline.pipeline import process
from dateline.record import span_problems

CLEAN_ONLY = Settings(stages=("clean",), time_limit=10)
EVERY_STAGE = Settings(time_limit=20)
SUFFIXES = [".html", ".html.gz", ".warc", ".warc.gz", ".jsonl", ".txt", ""]

TAGS = ["html", "head", "body", "div", "p", "span", "article", "main", "nav", "header", "footer", "aside",
        "script", "style", "a", "h1", "h2", "ul", "li", "table", "tr", "td", "meta", "title", "time", "figure",
        "figcaption", "svg", "iframe", "br", "!--"]
WORDS = st.sampled_from(["the", "army", "said", "on", "Sunday", "“", "”", "\"", "'", "«", "»", "2019", "May",
                         "Okafor", "\u202e", "\x00", "&amp;", "&#0;", "<", ">", "said:", "—", "\n", "…",
                         "09:12 GMT3 May 2024", "Share", "By", "Terms of use", "ağır", "中文", "🙂"])
TEXT = st.lists(WORDS | st.text(max_size=12), max_size=60).map(" ".join)


@st.composite
def markup(draw, depth=0):
    """Random, often broken, HTML: nested tags, attributes, entities, unclosed and stray end tags."""
    parts = []
    for _ in range(draw(st.integers(0, 6 if depth < 4 else 1))):
        choice = draw(st.integers(0, 4))
        if choice == 0 or depth >= 6:
            parts.append(draw(TEXT))
        else:
            tag = draw(st.sampled_from(TAGS))
            attrs = draw(st.lists(st.tuples(st.sampled_from(["class", "id", "content", "property", "href", "onerror",
                                                             "datetime", "charset", "name"]), TEXT), max_size=3))
            attr_text = "".join(f' {k}="{v}"' for k, v in attrs)
            inner = draw(markup(depth + 1))
            closing = draw(st.sampled_from([f"</{tag}>", "", f"</{draw(st.sampled_from(TAGS))}>"]))
            parts.append(f"<{tag}{attr_text}>{inner}{closing}")
    return "".join(parts)


def assert_sound(doc):
    assert doc.id
    assert span_problems(doc) == []
    assert not [p for p in doc.errors if p.code == "stage-failed"], doc.errors


@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_under_any_name_become_records(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") and data[:1] == b"<" else data)
    for page in read_inputs([str(path)], max_bytes=1_000_000):
        assert_sound(process(page, CLEAN_ONLY))


@given(html=markup())
def test_broken_html_becomes_a_sound_record(tmp_path_factory, html):
    path = tmp_path_factory.mktemp("fuzz") / "page.html"
    path.write_text(html, encoding="utf-8", errors="replace")
    for page in read_inputs([str(path)]):
        assert_sound(process(page, CLEAN_ONLY))


@given(lines=st.lists(TEXT, max_size=80))
def test_flattened_page_text_becomes_a_sound_record(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("fuzz") / "page.txt"
    path.write_text("\n".join(lines), encoding="utf-8", errors="replace")
    for page in read_inputs([str(path)]):
        assert_sound(process(page, CLEAN_ONLY))


@given(items=st.lists(st.one_of(st.dictionaries(st.sampled_from(["url", "html", "text", "published", "x"]),
                                                 st.one_of(TEXT, st.integers(), st.none())),
                                 st.just([1, 2]), TEXT), max_size=6))
def test_jsonl_lines_of_any_shape_become_records(tmp_path_factory, items):
    path = tmp_path_factory.mktemp("fuzz") / "pages.jsonl"
    lines = [json.dumps(item) if not isinstance(item, str) else item.replace("\n", " ") for item in items]
    path.write_text("\n".join(lines), encoding="utf-8", errors="replace")
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
