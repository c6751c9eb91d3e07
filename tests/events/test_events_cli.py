"""The `dateline events` command: date order, filters and GeoJSON export."""

from __future__ import annotations

import json

from click.testing import CliRunner

from dateline.outputs.cli import main

STORY = (
    "Rebels captured Aleppo on March 3, 2021. Government troops retook Aleppo on June 9, 2021. "
    "The army shelled the old market in Homs on May 1, 2021."
)


def _invoke(tmp_path, *args):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(main, ["events", "--kind", "article-text", *args, str(path)])
    assert result.exit_code == 0, result.output
    return result.output


def test_events_are_listed_in_date_order(tmp_path):
    rows = [json.loads(line) for line in _invoke(tmp_path, "--format", "jsonl").splitlines()]
    dates = [row["date"] for row in rows if row["date"]]
    assert dates == sorted(dates) and len(dates) >= 3


def test_place_and_actor_filters_keep_only_matching_events(tmp_path):
    rows = [json.loads(line) for line in _invoke(tmp_path, "--format", "jsonl", "--place", "homs").splitlines()]
    assert [row["trigger"]["text"] for row in rows] == ["shelled"]
    rows = [json.loads(line) for line in _invoke(tmp_path, "--format", "jsonl", "--actor", "troops").splitlines()]
    assert [row["trigger"]["text"] for row in rows] == ["retook"]


def test_geojson_has_a_point_per_geocoded_event(tmp_path):
    collection = json.loads(_invoke(tmp_path, "--geojson"))
    assert collection["type"] == "FeatureCollection"
    points = {f["properties"]["trigger"]["text"]: f["geometry"]["coordinates"] for f in collection["features"]}
    lon, lat = points["retook"]
    assert 35 < lat < 38 and 36 < lon < 39  # Aleppo, Syria


def test_the_table_names_the_actors_affected_when_they_differ_from_the_targets(tmp_path):
    path = tmp_path / "borders.txt"
    path.write_text("Norland opened its borders to Calderan refugees on 3 May 2024.", encoding="utf-8")
    result = CliRunner().invoke(main, ["events", "--kind", "article-text", str(path)])
    assert result.exit_code == 0, result.output
    assert "its borders (affecting Calderan" in result.output


def test_the_table_date_column_fits_a_period(tmp_path):
    path = tmp_path / "library.txt"
    path.write_text("Rebels took Tobrin on June 3, 2019. In the six weeks that followed, militias burned the "
                    "library of Tobrin.", encoding="utf-8")
    result = CliRunner().invoke(main, ["events", "--kind", "article-text", "--published", "2019-09-01", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    burned = next(line for line in lines if "[burned]" in line)
    assert burned.startswith("2019-06-03/2019-07-15 ")
    assert lines[0].index("type") == burned.index(burned.split()[1])
