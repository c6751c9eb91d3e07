"""The `dateline` command: outputs valid against the published schema, bad documents never stop a run,
exit code, summary on stderr, help, --workers, stdin, and `dateline run`."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import click
import jsonschema
import pytest
from click.testing import CliRunner

from dateline.outputs.cli import main

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "schema" / "document.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
DATELINE = str(Path(sys.executable).with_name("dateline"))
FAST = ["--stages", "clean"]


def invoke(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.fixture
def hostile(tmp_path):
    """A directory of one good page and several bad ones."""
    (tmp_path / "good.html").write_text("<html><body><article>" + "<p>The ferry sailed at dawn from the quay "
                                        "with forty passengers aboard and a cargo of apples.</p>" * 5
                                        + "</article></body></html>")
    (tmp_path / "junk.html").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "cut.html.gz").write_bytes(gzip.compress(b"<html><body><p>cut</p></body></html>")[:-9])
    (tmp_path / "bad.jsonl").write_text('{"url": "https://a.invalid/1"}\nnot json\n')
    return tmp_path


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_every_jsonl_record_of_the_examples_validates_against_the_schema(examples_dir):
    result = invoke("extract", examples_dir)
    assert result.exit_code == 0
    docs = records(result.stdout)
    assert len(docs) >= 4
    for doc in docs:
        VALIDATOR.validate(doc)
    assert all(doc["text"] for doc in docs)


def test_json_format_is_one_array_of_valid_records(hostile):
    result = invoke("extract", *FAST, "--format", "json", hostile)
    docs = json.loads(result.stdout)
    assert isinstance(docs, list) and len(docs) == 6
    for doc in docs:
        VALIDATOR.validate(doc)


def test_bad_documents_get_error_records_and_the_run_goes_on(hostile):
    result = invoke("extract", *FAST, hostile)
    assert result.exit_code == 0
    codes = sorted(e["code"] for doc in records(result.stdout) for e in doc["errors"])
    assert codes == ["binary-content", "empty-input", "gzip-truncated", "jsonl-invalid", "jsonl-no-content"]
    for doc in records(result.stdout):
        VALIDATOR.validate(doc)


def test_summary_goes_to_stderr_with_error_counts(hostile):
    result = invoke("extract", *FAST, hostile)
    assert "dateline: 6 documents, 1 ok, 5 failed" in result.stderr
    assert "binary-content 1" in result.stderr
    assert "dateline:" not in result.stdout


def test_exit_code_is_non_zero_only_when_every_document_failed(hostile):
    for good in hostile.glob("good.html"):
        good.unlink()
    result = invoke("extract", *FAST, hostile / "junk.html", hostile / "empty.html")
    assert result.exit_code == 1
    assert len(records(result.stdout)) == 2


def test_output_file_option_writes_records_there(hostile, tmp_path):
    out = tmp_path / "records.jsonl"
    invoke("extract", *FAST, "-o", out, hostile / "good.html")
    assert len(records(out.read_text())) == 1


def test_stdin_with_declared_kind_url_and_published_date():
    result = invoke("extract", *FAST, "--kind", "article-text", "--url", "https://a.invalid/story",
                    "--published", "2025-03-14", "-", input="The ferry sailed again on Friday.\n")
    [doc] = records(result.stdout)
    assert doc["source"]["path"] == "-" and doc["source"]["kind"] == "article-text"
    assert doc["source"]["url"] == "https://a.invalid/story"
    assert doc["metadata"]["published"]["value"] == "2025-03-14"


def test_workers_give_the_same_records_in_the_same_order(hostile, examples_dir):
    serial = subprocess.run([DATELINE, "extract", *FAST, str(examples_dir), str(hostile)], capture_output=True,
                            text=True, check=False)
    pooled = subprocess.run([DATELINE, "extract", *FAST, "--workers", "2", str(examples_dir), str(hostile)],
                            capture_output=True, text=True, check=False)
    assert pooled.returncode == serial.returncode == 0
    assert records(pooled.stdout) == records(serial.stdout)


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help(name):
    result = invoke(name, "--help")
    assert result.exit_code == 0 and result.stdout.startswith("Usage:")
    assert main.commands[name].help


@pytest.mark.parametrize("name", ["extract", "run"])
def test_every_option_of_the_page_commands_is_explained(name):
    assert [p.name for p in main.commands[name].params if isinstance(p, click.Option) and not p.help] == []


def test_top_level_help_lists_the_commands():
    result = invoke("--help")
    assert all(name in result.stdout for name in main.commands)


def test_run_writes_parquet_and_a_rerun_skips_finished_shards(tmp_path, examples_dir):
    listing = tmp_path / "inputs.txt"
    listing.write_text(f"# inputs\n{examples_dir}\n")
    out = tmp_path / "out"
    first = invoke("run", "--input", listing, "--output", out, "--engine", "local", *FAST)
    assert first.exit_code == 0 and "0 already done" in first.stderr
    assert sorted(p.name for p in out.iterdir()) == ["_done", "articles", "events", "mentions", "quotes"]
    second = invoke("run", "--input", listing, "--output", out, "--engine", "local", *FAST)
    assert "0 shards run" in second.stderr


def test_run_without_inputs_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["run", "--output", str(tmp_path / "out")])
    assert result.exit_code == 2 and "no inputs" in result.output
