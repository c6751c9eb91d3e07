"""Read-side questions asked of a store: the API, the exports and the web UI all go through these.

Each function takes an open connection (rows as `sqlite3.Row`) and returns plain JSON-ready values.
Free-text queries are quoted with sqlite-utils' `quote_fts`, so user input is never FTS5 syntax.
"""

from __future__ import annotations

import json
import sqlite3

import sqlite_utils

SEARCH_WINDOW = 2000
LEDE_CHARS = 200
"""Characters of an article's start shown for it in a list without a query."""
ARTICLE_FIELDS = ("id", "url", "title", "site", "section", "published", "words", "duplicate_of", "story_id")


def _fts(conn: sqlite3.Connection, query: str) -> str:
    return sqlite_utils.Database(conn).quote_fts(query)


def _dicts(rows) -> list[dict]:
    return [dict(r) for r in rows]


def search(conn: sqlite3.Connection, q: str, limit: int = 20, offset: int = 0, window: int = SEARCH_WINDOW) -> dict:
    """Articles matching `q` (FTS5 over title and text), best first by BM25, with a snippet as pieces
    `{text, match}`.

    Ranking every match of a common word costs time in proportion to the collection; so, like most news
    search, relevance is computed among the `window` most recently stored matches (all of them when there
    are fewer), found by walking the index in rowid order, which is cheap.
    """
    if not q.strip():
        rows = conn.execute(f"SELECT {', '.join(ARTICLE_FIELDS)}, substr(text, 1, ?) AS snippet "
                            "FROM documents ORDER BY rowid DESC LIMIT ? OFFSET ?", (LEDE_CHARS + 1, limit, offset))
        return {"query": q, "results": [{**row, "snippet": [{"text": _lede(row["snippet"]), "match": False}]}
                                        for row in _dicts(rows)]}
    match = _fts(conn, q)
    cutoff = conn.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid DESC "
                          "LIMIT 1 OFFSET ?", (match, window - 1)).fetchone()
    rows = conn.execute(
        f"SELECT {', '.join('d.' + f for f in ARTICLE_FIELDS)}, "
        "snippet(documents_fts, 1, char(2), char(3), ' … ', 24) AS snippet "
        "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
        "WHERE documents_fts MATCH ? AND documents_fts.rowid >= ? ORDER BY documents_fts.rank LIMIT ? OFFSET ?",
        (match, cutoff[0] if cutoff else 0, limit, offset))
    results = [{**row, "snippet": _segments(row["snippet"])} for row in _dicts(rows)]
    return {"query": q, "results": results, "ranked_among_newest": window if cutoff else None}


def _lede(start: str) -> str:
    """The article's first words, up to `LEDE_CHARS` and cut between words, with an ellipsis when the text
    goes on."""
    if len(start) <= LEDE_CHARS:
        return start
    return start[:LEDE_CHARS].rsplit(None, 1)[0].rstrip(" ,;:") + " …"


def _segments(snippet: str) -> list[dict]:
    """FTS5's snippet, whose matches are fenced by control characters (brackets could occur in the text),
    as a list of {text, match} pieces that a client can show without parsing anything."""
    pieces = []
    for n, part in enumerate(snippet.replace("\x03", "\x02").split("\x02")):
        if part:
            pieces.append({"text": part, "match": n % 2 == 1})
    return pieces


def article(conn: sqlite3.Connection, document_id: str) -> dict | None:
    """The full record of an article, with its duplicates, its story and the merged events it reports."""
    row = conn.execute("SELECT record, duplicate_of, similarity, story_id FROM documents WHERE id = ?",
                       (document_id,)).fetchone()
    if row is None:
        return None
    duplicates = _dicts(conn.execute("SELECT id, url, site, similarity FROM documents WHERE duplicate_of = ?",
                                     (document_id,)))
    merged = {r["id"]: r["merged_id"] for r in conn.execute(
        "SELECT id, merged_id FROM events WHERE document_id = ?", (document_id,))}
    return {"record": json.loads(row["record"]), "duplicate_of": row["duplicate_of"],
            "similarity": row["similarity"], "duplicates": duplicates, "story_id": row["story_id"],
            "merged_events": merged}


def quotes(conn: sqlite3.Connection, speaker: str | None = None, q: str | None = None,
           limit: int = 50, offset: int = 0) -> list[dict]:
    """Quotes by a speaker (exact name) and/or matching `q`, with the article they are in."""
    where, params = [], []
    join = ""
    if q:
        join = "JOIN quotes_fts ON quotes_fts.rowid = qt.rowid"
        where.append("quotes_fts MATCH ?")
        params.append(_fts(conn, q))
    if speaker:
        where.append("qt.speaker = ?")
        params.append(speaker)
    sql = ("SELECT qt.document_id, qt.id, qt.kind, qt.start, qt.\"end\", qt.content, qt.speaker, qt.speaker_title, "
           "qt.cue, d.title, d.site, d.published FROM quotes qt " + join +
           " JOIN documents d ON d.id = qt.document_id" + (" WHERE " + " AND ".join(where) if where else "") +
           " ORDER BY d.published, qt.document_id, qt.start LIMIT ? OFFSET ?")
    return _dicts(conn.execute(sql, [*params, limit, offset]))


def speakers(conn: sqlite3.Connection, limit: int = 100) -> list[dict]:
    """Speakers with the number of quotes and of articles they are quoted in."""
    return _dicts(conn.execute(
        "SELECT speaker, count(*) AS quotes, count(DISTINCT document_id) AS articles FROM quotes "
        "WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY quotes DESC, speaker LIMIT ?", (limit,)))


def _merged(row: sqlite3.Row) -> dict:
    item = dict(row)
    item["actors"] = json.loads(item["actors"] or "[]")
    item["contradictions"] = json.loads(item["contradictions"] or "[]")
    return item


def events(conn: sqlite3.Connection, place: str | None = None, actor: str | None = None,
           type: str | None = None, date_from: str | None = None, date_to: str | None = None,
           limit: int = 100, offset: int = 0) -> list[dict]:
    """Merged events, filtered; each with its mentions (article, sentence span, outlet)."""
    filters = [
        (place, "m.place = ? COLLATE NOCASE", [place]),
        (actor, "EXISTS (SELECT 1 FROM json_each(m.actors) WHERE value = ? COLLATE NOCASE)", [actor]),
        (type, "m.type = ?", [type]),
        # a period ('2019-06-03/2019-07-15') is in the range when it overlaps it: it ends after date_from
        (date_from, "substr(m.date, instr(m.date, '/') + 1) >= ?", [date_from]),
        (date_to, "substr(m.date, 1, ?) <= ?", [len(date_to or ""), date_to]),  # '2025-03' includes March
    ]
    where = [clause for value, clause, _ in filters if value]
    params = [p for value, _, values in filters if value for p in values]
    rows = conn.execute("SELECT m.* FROM merged_events m" + (" WHERE " + " AND ".join(where) if where else "")
                        + " ORDER BY m.date IS NULL, m.date, m.id LIMIT ? OFFSET ?", [*params, limit, offset])
    found = [_merged(r) for r in rows]
    by_id = {e["id"]: e for e in found}
    for e in found:
        e["mentions_list"] = []
    if by_id:
        marks = ",".join("?" * len(by_id))
        for r in conn.execute(
                "SELECT e.merged_id, e.document_id, e.id, e.trigger, e.start, e.\"end\", e.sentence_start, "
                "e.sentence_end, e.date, e.place, d.site, d.title, d.duplicate_of, "
                "substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence "
                f"FROM events e JOIN documents d ON d.id = e.document_id WHERE e.merged_id IN ({marks})",
                list(by_id)):
            by_id[r["merged_id"]]["mentions_list"].append(dict(r))
    return found


def timeline(conn: sqlite3.Connection, place: str | None = None, actor: str | None = None,
             limit: int = 500) -> list[dict]:
    """Dated merged events of a place or an actor, in date order, with corroboration and contradictions."""
    return [e for e in events(conn, place=place, actor=actor, limit=limit) if e["date"]]


def stories(conn: sqlite3.Connection, limit: int = 50, offset: int = 0) -> list[dict]:
    """Story clusters, biggest first, with their articles."""
    rows = conn.execute(
        "SELECT story_id, count(*) AS articles, sum(duplicate_of IS NULL) AS originals, "
        "min(published) AS first, max(published) AS last FROM documents WHERE story_id IS NOT NULL "
        "GROUP BY story_id ORDER BY articles DESC, story_id LIMIT ? OFFSET ?", (limit, offset))
    return _dicts(rows)


def story(conn: sqlite3.Connection, story_id: str) -> dict | None:
    members = _dicts(conn.execute(f"SELECT {', '.join(ARTICLE_FIELDS)} FROM documents WHERE story_id = ? "
                                  "ORDER BY published, rowid", (story_id,)))
    return {"id": story_id, "articles": members} if members else None


def map_points(conn: sqlite3.Connection, limit: int = 2000) -> list[dict]:
    """Geocoded merged events, for the offline map."""
    return [_merged(r) for r in conn.execute(
        "SELECT * FROM merged_events WHERE lat IS NOT NULL AND lon IS NOT NULL ORDER BY corroboration DESC "
        "LIMIT ?", (limit,))]
