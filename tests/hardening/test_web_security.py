"""The HTTP surface against hostile requests: path traversal, oversized bodies, missing tokens."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from fictional_collection import sample_store

from dateline.config import Settings
from dateline.outputs.api import create_app


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("security") / "c.db"
    sample_store(path)
    return path


@pytest.fixture(scope="module")
def client(db_path):
    return TestClient(create_app(db_path, Settings(api_token="s3cret", max_request_bytes=2_000)))


@pytest.mark.parametrize("path", ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                                  "/..%2f..%2f..%2fetc%2fpasswd", "/static/../../pyproject.toml",
                                  "/%2e%2e%2fapi.py", "/....//....//etc/passwd"])
def test_path_traversal_in_the_file_route_is_refused(client, path):
    response = client.get(path)
    assert response.status_code in (400, 404)
    assert "root:" not in response.text and "[project]" not in response.text


def test_request_body_over_the_limit_is_refused_before_it_is_read(client):
    response = client.post("/api/ingest", content=b"[" + b"1," * 5_000 + b"1]",
                           headers={"Authorization": "Bearer s3cret", "Content-Type": "application/json"})
    assert response.status_code == 413
    assert "content-security-policy" in response.headers


def test_request_body_within_the_limit_reaches_the_route(client):
    response = client.post("/api/ingest", json={"records": []}, headers={"Authorization": "Bearer s3cret"})
    assert response.status_code == 200


def test_ingest_with_a_wrong_token_is_refused(client):
    response = client.post("/api/ingest", json={"records": []}, headers={"Authorization": "Bearer guess"})
    assert response.status_code == 401
