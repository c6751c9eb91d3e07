"""`dateline quotes`: a table, JSONL, and the speaker index from the command line."""

from __future__ import annotations

import json

from click.testing import CliRunner

from dateline.outputs.cli import main

ARTICLE = "Harbour\n\n“The quay will be rebuilt by spring,” said harbour master Jon Teig.\n"


def _run(tmp_path, *options):
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["quotes", "--kind", "article-text", *options, str(path)])
    assert result.exit_code == 0, result.output
    return result.output


def test_quotes_table_names_speaker_and_content(tmp_path):
    output = _run(tmp_path)
    assert "Jon Teig" in output and "The quay will be rebuilt by spring" in output


def test_quotes_jsonl_has_one_record_per_quote(tmp_path):
    rows = [json.loads(line) for line in _run(tmp_path, "--format", "jsonl").splitlines()]
    assert len(rows) == 1 and rows[0]["kind"] == "direct" and rows[0]["speaker"]["name"] == "Jon Teig"


def test_quotes_by_speaker_groups_under_the_name(tmp_path):
    output = _run(tmp_path, "--by-speaker")
    assert output.splitlines()[0] == "Jon Teig (1)"
