"""Exports of articles, quotes, events and mentions in JSONL, CSV and Parquet."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest
from fictional_collection import CLOSINGS, article

from dateline.collection import Store
from dateline.collection.export import QUERIES, export
from dateline.config import Settings


@pytest.fixture
def conn(tmp_path):
    with Store(tmp_path / "c.db", Settings()) as s:
        s.add([article(1, "Varrow", "Joren Vale", "2025-05-01", o, extra=CLOSINGS[n])
               for n, o in enumerate(("wire.example", "harbourpost.example"))])
        s.merge()
        yield s.conn


@pytest.mark.parametrize("table", sorted(QUERIES))
def test_every_table_exports_the_same_rows_in_every_format(conn, tmp_path, table):
    n_jsonl = export(conn, table, "jsonl", tmp_path / "t.jsonl")
    n_csv = export(conn, table, "csv", tmp_path / "t.csv")
    n_parquet = export(conn, table, "parquet", tmp_path / "t.parquet")
    lines = (tmp_path / "t.jsonl").read_text().splitlines()
    with open(tmp_path / "t.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert n_jsonl == n_csv == n_parquet == len(lines) == len(rows) == pq.read_table(tmp_path / "t.parquet").num_rows
    assert n_jsonl > 0


def test_jsonl_export_turns_json_columns_into_lists(conn, tmp_path):
    export(conn, "events", "jsonl", tmp_path / "e.jsonl")
    event = json.loads((tmp_path / "e.jsonl").read_text().splitlines()[0])
    assert event["actors"] == ["Joren Vale"] and event["corroboration"] == 2


def test_empty_table_exports_a_readable_file(tmp_path):
    with Store(tmp_path / "empty.db") as s:
        assert export(s.conn, "quotes", "parquet", tmp_path / "q.parquet") == 0
        assert "content" in pq.read_table(tmp_path / "q.parquet").column_names
