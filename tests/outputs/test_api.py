"""The HTTP API over a real SQLite file: reads, filters, the token-guarded ingest, and a loopback server."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient
from fictional_collection import sample_collection, sample_store

from dateline.config import Settings
from dateline.outputs.api import CSP, create_app, openapi_schema

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "c.db"
    sample_store(path)
    return path


@pytest.fixture(scope="module")
def client(db_path):
    return TestClient(create_app(db_path, Settings()))


def test_search_finds_articles_and_marks_the_match(client):
    results = client.get("/api/search", params={"q": "bread"}).json()["results"]
    assert len(results) == 4
    assert all({"text": "bread", "match": True} in r["snippet"] for r in results)


def test_the_latest_articles_show_their_first_words_cut_between_words(client):
    results = client.get("/api/search", params={"q": ""}).json()["results"]
    ledes = [r["snippet"][0]["text"] for r in results]
    long = [lede for lede in ledes if lede.endswith(" …")]
    assert long and all(len(lede) <= 202 for lede in ledes)
    texts = [client.get(f"/api/articles/{r['id']}").json()["record"]["text"] for r in results]
    for lede, text in zip(ledes, texts):
        shown = lede.removesuffix(" …")
        assert text.startswith(shown) and (shown == text or not text[len(shown)].isalnum())


def test_search_treats_fts_syntax_in_the_query_as_words(client):
    response = client.get("/api/search", params={"q": 'bread" OR NOT ('})
    assert response.status_code == 200


def test_article_has_text_furniture_metadata_and_annotations_with_offsets(client):
    hit = client.get("/api/search", params={"q": "cranes"}).json()["results"][0]
    data = client.get(f"/api/articles/{hit['id']}").json()
    record = data["record"]
    quote = record["quotes"][0]["content"]
    assert record["text"][quote["start"]:quote["end"]] == quote["text"]
    assert record["furniture"] and record["metadata"]["site"] and record["timexes"] and record["events"]
    assert set(data["merged_events"]) == {"v1"}


def test_missing_article_is_404(client):
    assert client.get("/api/articles/nope").status_code == 404


def test_quotes_by_speaker(client):
    quotes = client.get("/api/quotes", params={"speaker": "Joren Vale"}).json()
    assert len(quotes) == 4 and {q["speaker"] for q in quotes} == {"Joren Vale"}
    speakers = {s["speaker"]: s for s in client.get("/api/speakers").json()}
    assert speakers["Joren Vale"]["articles"] == 4


def test_events_filters_by_place_actor_type_and_date(client):
    assert [e["place"] for e in client.get("/api/events", params={"place": "varrow"}).json()] == ["Varrow"]
    assert len(client.get("/api/events", params={"actor": "Joren Vale"}).json()) == 1
    assert {e["type"] for e in client.get("/api/events", params={"type": "reopen"}).json()} == {"reopen"}
    in_range = client.get("/api/events", params={"date_from": "2025-02-01", "date_to": "2025-03"}).json()
    assert sorted(e["date"] for e in in_range) == ["2025-02-02", "2025-03-04"]


def test_timeline_of_a_place_counts_independent_sources(client):
    (event,) = client.get("/api/timeline", params={"place": "Varrow"}).json()
    # four articles, one of them a copy of the wire story: three independent sources
    assert event["mentions"] == 4 and event["corroboration"] == 3
    assert len(event["mentions_list"]) == 4 and all(m["sentence"] for m in event["mentions_list"])
    assert client.get("/api/timeline").status_code == 422


def test_story_clusters_group_the_reports_of_one_happening(client):
    biggest = client.get("/api/stories").json()[0]
    assert biggest["articles"] == 4 and biggest["originals"] == 3
    assert len(client.get(f"/api/stories/{biggest['story_id']}").json()["articles"]) == 4


def test_map_lists_geocoded_events(client):
    assert {p["place"] for p in client.get("/api/map").json()} >= {"Varrow", "Port Elnor", "Kessel Bay"}


def test_map_lists_each_geocoded_place_once_with_the_number_of_articles_naming_it(client):
    places = client.get("/api/map/places").json()
    names = [p["name"] for p in places]
    assert set(names) >= {"Varrow", "Port Elnor", "Kessel Bay"} and len(names) == len(set(names))
    assert all(p["lat"] is not None and p["articles"] >= 1 for p in places)
    assert places == sorted(places, key=lambda p: (-p["articles"], p["name"]))


def test_every_response_carries_the_content_security_policy(client):
    for path in ("/", "/api/search", "/app.js"):
        assert client.get(path).headers["content-security-policy"] == CSP


def test_ingest_is_refused_without_a_configured_token(client):
    assert client.post("/api/ingest", json={"records": []}).status_code == 403


def test_ingest_needs_the_right_token_and_then_stores(db_path, tmp_path):
    app = create_app(tmp_path / "w.db", Settings(api_token="s3cret"))
    writer = TestClient(app)
    record = json.loads(sample_collection()[0].model_dump_json())
    assert writer.post("/api/ingest", json={"records": [record]}).status_code == 401
    assert writer.post("/api/ingest", json={"records": [record]},
                       headers={"Authorization": "Bearer wrong"}).status_code == 401
    ok = writer.post("/api/ingest", json={"records": [record]}, headers={"Authorization": "Bearer s3cret"})
    assert ok.json()["added"] == 1
    assert writer.get("/api/search", params={"q": "bread"}).json()["results"]


def test_an_article_whose_id_holds_a_slash_is_served_at_its_own_route(tmp_path):
    writer = TestClient(create_app(tmp_path / "s.db", Settings(api_token="s3cret")))
    record = json.loads(sample_collection()[0].model_dump_json()) | {"id": "wire/2025/bread-prices"}
    assert writer.post("/api/ingest", json={"records": [record]},
                       headers={"Authorization": "Bearer s3cret"}).json()["added"] == 1
    (listed,) = writer.get("/api/search", params={"q": "bread"}).json()["results"]
    for path in ("/api/articles/wire%2F2025%2Fbread-prices", "/api/articles/wire/2025/bread-prices"):
        response = writer.get(path)
        assert response.status_code == 200 and response.json()["record"]["id"] == listed["id"]


def test_ingest_reads_a_posted_page_by_the_field_rules_of_json_input(tmp_path):
    writer = TestClient(create_app(tmp_path / "p.db", Settings(api_token="s3cret")))
    page = {"url": "https://news.example/harbour-ferry", "headline": "Harbour ferry returns after repairs",
            "author": [{"name": "Ada Quill"}], "datePublished": "2024-05-03",
            "articleBody": "The harbour ferry returned to service on Friday after two weeks of repairs."}
    response = writer.post("/api/ingest", json={"pages": [page]}, headers={"Authorization": "Bearer s3cret"})
    assert response.json()["added"] == 1
    (listed,) = writer.get("/api/search", params={"q": "ferry"}).json()["results"]
    record = writer.get(f"/api/articles/{listed['id']}").json()["record"]
    assert record["metadata"]["title"] == "Harbour ferry returns after repairs"
    assert record["metadata"]["authors"] == ["Ada Quill"]
    assert record["metadata"]["evidence"]["title"]["source"] == "record:headline"


def test_ingest_refuses_a_page_with_no_content_field_and_names_the_fields(tmp_path):
    writer = TestClient(create_app(tmp_path / "n.db", Settings(api_token="s3cret")))
    response = writer.post("/api/ingest", json={"pages": [{"url": "https://news.example/a", "body": "text"}]},
                           headers={"Authorization": "Bearer s3cret"})
    assert response.status_code == 422 and "articleBody" in response.json()["detail"]


@pytest.mark.parametrize("bad_id", ["..", "", "two words", "tab\there"])
def test_ingest_refuses_an_id_no_url_can_name(tmp_path, bad_id):
    writer = TestClient(create_app(tmp_path / "r.db", Settings(api_token="s3cret")))
    record = json.loads(sample_collection()[0].model_dump_json()) | {"id": bad_id}
    response = writer.post("/api/ingest", json={"records": [record]}, headers={"Authorization": "Bearer s3cret"})
    assert response.status_code == 422 and "the id" in response.json()["detail"]


def test_published_openapi_schema_is_current():
    published = json.loads((ROOT / "docs" / "openapi.json").read_text())
    assert published == json.loads(json.dumps(openapi_schema())), \
        "regenerate with: .venv/bin/python -m dateline.outputs.api > docs/openapi.json"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_server_on_loopback_answers_over_real_http(db_path):
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db_path, Settings()), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(100):
            if server.started:
                break
            time.sleep(0.05)
        response = httpx.get(f"http://127.0.0.1:{port}/api/search", params={"q": "floods"})
        assert response.status_code == 200 and response.json()["results"]
    finally:
        server.should_exit = True
        thread.join(5)


def test_search_ranks_within_the_newest_matches_when_there_are_many(db_path):
    from dateline.collection import queries
    from dateline.collection.store import connect

    conn = connect(db_path, readonly=True)
    everything = queries.search(conn, "bread", limit=10)
    newest_two = queries.search(conn, "bread", limit=10, window=2)
    assert len(everything["results"]) == 4 and everything["ranked_among_newest"] is None
    assert len(newest_two["results"]) == 2 and newest_two["ranked_among_newest"] == 2
