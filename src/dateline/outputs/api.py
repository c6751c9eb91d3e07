"""The HTTP API and the web UI of a collection (FastAPI), served by `dateline serve`.

Read-only by default: every read uses a read-only SQLite connection (one per worker thread). Ingest over
HTTP (`POST /api/ingest`) exists only when a token is configured and must present it as a Bearer token.
The web UI is static HTML/JS from `outputs/web/`, served with a Content-Security-Policy that allows only
same-origin scripts and styles, so nothing taken from an article can run in the page.

Regenerate the published schema with `python -m dateline.outputs.api > docs/openapi.json`.
"""

from __future__ import annotations

import hmac
import json
import sys
import threading
from pathlib import Path
from typing import Any

from fastapi import Body, Depends, FastAPI, HTTPException, Query, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles

from dateline import __version__
from dateline.collection import Store, queries
from dateline.collection.ingest import id_problem
from dateline.collection.store import connect
from dateline.config import Settings
from dateline.ingest import guard_nesting
from dateline.ingest.records import record_page
from dateline.pipeline import process
from dateline.record import Document, InputKind, Source

WEB = Path(__file__).with_name("web")
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
           (b"referrer-policy", b"no-referrer")]


class SecurityHeaders:
    """ASGI middleware adding the CSP and related headers to every response (cheaper than a
    BaseHTTPMiddleware, which copies each response through a second task)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *HEADERS]
            await send(message)

        return await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """ASGI middleware refusing request bodies over `limit` bytes with 413, whether the size is declared in
    Content-Length or only found while streaming, so no request can make the server buffer without bound."""

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            return await _too_large(send, self.limit)
        received = 0

        async def counted():
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
                raise _BodyTooLarge()
            return message

        try:
            return await self.app(scope, counted, send)
        except _BodyTooLarge:
            return await _too_large(send, self.limit)


class _BodyTooLarge(Exception):
    pass


async def _too_large(send, limit: int) -> None:
    body = json.dumps({"detail": f"request body over {limit} bytes"}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), *HEADERS]})
    await send({"type": "http.response.body", "body": body})


def _json(data: Any) -> Response:
    """Serialise once with the standard library: query results are plain JSON values already, so
    FastAPI's per-field encoder (slow on a whole article record) is not needed."""
    return Response(json.dumps(data, ensure_ascii=False, separators=(",", ":")), media_type="application/json")


def map_places(conn, limit: int = 5000) -> list[dict]:
    """The geocoded places the stored articles name, one per place (name, country, point), with how many
    articles name it: the map's blue layer."""
    rows = conn.execute(
        "SELECT place_name AS name, country, lat, lon, COUNT(DISTINCT document_id) AS articles FROM entities "
        "WHERE lat IS NOT NULL AND lon IS NOT NULL AND place_name IS NOT NULL "
        "GROUP BY place_name, country, lat, lon ORDER BY articles DESC, name LIMIT ?", (limit,))
    return [dict(zip(("name", "country", "lat", "lon", "articles"), row, strict=True)) for row in rows]


def _found(data: dict | None, what: str) -> Response:
    if data is None:
        raise HTTPException(404, f"no such {what}")
    return _json(data)


def app_from_environment() -> FastAPI:
    """The app over `DATELINE_STORE_PATH` with `DATELINE_*` settings: the factory each server process calls
    when `dateline serve --workers N` runs several."""
    settings = Settings.from_env()
    return create_app(settings.store_path, settings)


def create_app(db_path: str | Path, settings: Settings | None = None) -> FastAPI:
    """The API and UI over the store at `db_path` (created empty if missing)."""
    settings = settings or Settings.from_env()
    db_path = Path(db_path)
    Store(db_path, settings).close()  # create or migrate before opening read-only
    local = threading.local()
    write_lock = threading.Lock()
    bearer = HTTPBearer(auto_error=False)

    def db():
        if getattr(local, "conn", None) is None:
            local.conn = connect(db_path, readonly=True)
        return local.conn

    app = FastAPI(title="dateline", version=__version__,
                  description="Search and explore a dateline collection: articles, quotes, events, stories.")

    app.add_middleware(BodyLimit, limit=settings.max_request_bytes)
    app.add_middleware(SecurityHeaders)

    @app.get("/api/search", summary="Full-text search of articles")
    def search(q: str = "", limit: int = Query(20, ge=1, le=200), offset: int = Query(0, ge=0)) -> Response:
        return _json(queries.search(db(), q, limit, offset))

    # ":path" lets an id carry "/" (possible in records other tools wrote): the route still finds it.
    @app.get("/api/articles/{document_id:path}", summary="An article: text, furniture, metadata, all annotations")
    def article(document_id: str) -> Response:
        return _found(queries.article(db(), document_id), "article")

    @app.get("/api/quotes", summary="Quotes by speaker and/or matching a query")
    def quotes(speaker: str | None = None, q: str | None = None, limit: int = Query(50, ge=1, le=500),
               offset: int = Query(0, ge=0)) -> Response:
        return _json(queries.quotes(db(), speaker, q, limit, offset))

    @app.get("/api/speakers", summary="Speakers with their quote counts")
    def speakers(limit: int = Query(100, ge=1, le=1000)) -> Response:
        return _json(queries.speakers(db(), limit))

    @app.get("/api/events", summary="Merged events across sources, filtered")
    def events(place: str | None = None, actor: str | None = None, type: str | None = None,
               date_from: str | None = None, date_to: str | None = None,
               limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0)) -> Response:
        return _json(queries.events(db(), place, actor, type, date_from, date_to, limit, offset))

    @app.get("/api/timeline", summary="Dated events of a place or an actor across sources")
    def timeline(place: str | None = None, actor: str | None = None) -> Response:
        if not place and not actor:
            raise HTTPException(422, "give a place or an actor")
        return _json(queries.timeline(db(), place, actor))

    @app.get("/api/stories", summary="Story clusters")
    def stories(limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)) -> Response:
        return _json(queries.stories(db(), limit, offset))

    @app.get("/api/stories/{story_id:path}", summary="The articles of one story")
    def story(story_id: str) -> Response:
        return _found(queries.story(db(), story_id), "story")

    @app.get("/api/map/places", summary="Geocoded places the stored articles name, with how many name each")
    def places_on_map(limit: int = Query(5000, ge=1, le=50000)) -> Response:
        return _json(map_places(db(), limit))

    @app.get("/api/map", summary="Geocoded merged events")
    def map_points(limit: int = Query(2000, ge=1, le=20000)) -> Response:
        return _json(queries.map_points(db(), limit))

    def authorised(credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
        if not settings.api_token:
            raise HTTPException(403, "ingest over HTTP is disabled: start the server with a token")
        if credentials is None or not hmac.compare_digest(credentials.credentials, settings.api_token):
            raise HTTPException(401, "a valid Bearer token is required", headers={"WWW-Authenticate": "Bearer"})

    @app.post("/api/ingest", summary="Add records or pages (needs the Bearer token)",
              dependencies=[Depends(authorised)])
    def ingest(records: list[dict[str, Any]] = Body(default=[]),
               pages: list[dict[str, Any]] = Body(default=[])) -> dict:
        try:
            docs = [Document.model_validate(r) for r in records]
        except ValueError as exc:
            raise HTTPException(422, f"invalid record: {exc}") from None
        for doc in docs:
            if (problem := id_problem(doc.id)) is not None:
                raise HTTPException(422, f"invalid record: the id {doc.id[:80]!r} {problem}")
        for number, item in enumerate(pages):  # the field rules of JSON and JSONL input files
            page = record_page(item, Source(kind=InputKind.json, index=number), f"page {number}", json.dumps(item))
            if page.error is not None:
                raise HTTPException(422, page.error.message)
            docs.append(process(guard_nesting(page, settings.max_nesting), settings))
        with write_lock, Store(db_path, settings) as store:
            added = store.add(docs)
            merged = store.merge()
        return {"received": len(docs), "added": added, "merged_events": merged}

    app.mount("/", StaticFiles(directory=WEB, html=True), name="web")
    return app


def openapi_schema() -> dict:
    """The published OpenAPI schema (`docs/openapi.json`), independent of any store's content."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return create_app(Path(tmp) / "schema.db", Settings()).openapi()


if __name__ == "__main__":
    json.dump(openapi_schema(), sys.stdout, indent=2)
    sys.stdout.write("\n")
