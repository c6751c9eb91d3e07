"""Cross-source merge of events: one event per happening, with its mentions across articles.

Two event mentions are the same event when they have the same type and either belong to the same story
cluster and name the same place (see `_links`), or name the same geocoded place on the same date.
A merged event counts its *independent* sources: a near/exact duplicate counts as its original, and
several articles from one outlet count once. Mentions that agree on type and story but disagree on the
date or share no actor are kept together and the disagreement is reported as a contradiction, because a
contradiction between sources is itself a fact a reader needs.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict


def _links(row: sqlite3.Row, ordinal: int) -> list[tuple]:
    """Keys under which two mentions are the same event: the same story, type, place and rank among the
    article's events of that type and place (an article telling of two floods tells of two events); or the
    same type at the same geocoded place on the same day."""
    keys = [("story", *_story_key(row), row["place_key"] or "", ordinal)]
    if row["place_key"] and row["date"] and row["lat"] is not None:
        keys.append(("geo", row["type"], row["place_key"], row["date"][:10]))
    return keys


def _groups(rows: list[sqlite3.Row]) -> list[list[sqlite3.Row]]:
    """Mentions joined by any shared key (union-find). A mention without a place joins the placed event of
    its story and type when there is exactly one and its own article placed none of that type."""
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[tuple, int] = {}
    placed: dict[tuple, set[str]] = defaultdict(set)
    seen: dict[tuple, int] = defaultdict(int)
    ordinals = []
    for i, row in enumerate(rows):
        rank = (row["document_id"], row["type"], row["place_key"])
        ordinals.append(seen[rank])
        seen[rank] += 1
        for key in _links(row, ordinals[i]):
            parent[find(i)] = find(first.setdefault(key, i))
        if row["place_key"]:
            placed[_story_key(row)].add(row["place_key"])
    for i, row in enumerate(rows):
        places = placed.get(_story_key(row), set())
        alone = not any(seen.get((row["document_id"], row["type"], p)) for p in places)
        if not row["place_key"] and ordinals[i] == 0 and len(places) == 1 and alone:
            parent[find(i)] = find(first[("story", *_story_key(row), next(iter(places)), 0)])
    groups: dict[int, list[sqlite3.Row]] = defaultdict(list)
    for i, row in enumerate(rows):
        groups[find(i)].append(row)
    return list(groups.values())


def _story_key(row: sqlite3.Row) -> tuple:
    return row["type"], row["story_id"] or row["document_id"]


def _contradictions(rows: list[sqlite3.Row]) -> list[dict]:
    found = []
    dates = sorted({r["date"][:10] for r in rows if r["date"]})
    if len(dates) > 1:
        found.append({"field": "date", "values": dates})
    places = sorted({r["place"] for r in rows if r["place"]})
    if len({r["place_key"] for r in rows if r["place_key"]}) > 1:
        found.append({"field": "place", "values": places})
    actor_sets = [set(json.loads(r["actors"] or "[]")) for r in rows]
    actor_sets = [a for a in actor_sets if a]
    if len(actor_sets) > 1 and not set.intersection(*actor_sets):
        found.append({"field": "actors", "values": sorted(set.union(*actor_sets))})
    return found


def merge_events(conn: sqlite3.Connection) -> int:
    """Rebuild `merged_events` and `events.merged_id` from every stored event; returns the merged count."""
    conn.row_factory = sqlite3.Row
    rows = conn.execute(
        "SELECT e.document_id, e.id, e.type, e.date, e.place, e.place_key, e.lat, e.lon, e.actors, "
        "d.story_id, o.id AS original, o.site AS outlet "
        "FROM events e JOIN documents d ON d.id = e.document_id "
        "JOIN documents o ON o.id = coalesce(d.duplicate_of, d.id) ORDER BY d.rowid, e.start, e.id").fetchall()
    merged, links = [], []
    for members in _groups(rows):
        first = members[0]
        merged_id = "m" + hashlib.sha256(f"{first['document_id']}|{first['id']}".encode()).hexdigest()[:12]
        sources = {r["outlet"] or r["original"] for r in members}
        actors = sorted({a for r in members for a in json.loads(r["actors"] or "[]")})
        dated = sorted(r["date"] for r in members if r["date"])
        placed = next((r for r in members if r["place"]), None)
        geo = next((r for r in members if r["lat"] is not None), None)
        merged.append((merged_id, first["type"], first["story_id"], dated[0] if dated else None,
                       placed["place"] if placed else None, geo["lat"] if geo else None,
                       geo["lon"] if geo else None, json.dumps(actors), len(members),
                       len(sources), json.dumps(_contradictions(members))))
        links += [(merged_id, r["document_id"], r["id"]) for r in members]
    with conn:
        conn.execute("DELETE FROM merged_events")
        conn.executemany("INSERT INTO merged_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", merged)
        conn.executemany("UPDATE events SET merged_id = ? WHERE document_id = ? AND id = ?", links)
    return len(merged)
