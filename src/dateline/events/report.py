"""Event listings for the `dateline events` command: filtered, in date order, as a table, JSONL or GeoJSON.

The table shows what an event acts on and, when they differ, the actors it affects ("positions (affecting
the border guards)").

Events without a date come after dated ones (in document order); an event's place is its own place when
it has one, else none: GeoJSON carries only events whose place is geocoded, each as a Point feature.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from dateline.record import Document, Entity, Event


@dataclass(frozen=True)
class Row:
    doc: Document
    event: Event

    @property
    def place_entity(self) -> Entity | None:
        if self.event.place is None or self.event.place.entity is None:
            return None
        return next((e for e in self.doc.entities if e.id == self.event.place.entity), None)


def _matches(text: str | None, wanted: str | None) -> bool:
    return wanted is None or (text is not None and wanted.lower() in text.lower())


def _entity_names(doc: Document, entity_id: str | None) -> list[str]:
    entity = next((e for e in doc.entities if e.id == entity_id), None)
    return [entity.name, *entity.aliases] if entity else []


def select(docs: Iterable[Document], place: str | None = None, actor: str | None = None) -> list[Row]:
    """Events of `docs` whose place (or target place) / actor names contain the given text, in date order."""
    rows = []
    for doc in docs:
        for event in doc.events:
            places = []
            for participant in [event.place, *event.targets] if event.place else event.targets:
                if participant is not None:
                    places += [participant.mention.text, *_entity_names(doc, participant.entity)]
            actors = [n for p in event.actors for n in [p.mention.text, *_entity_names(doc, p.entity)]]
            if place and not any(_matches(n, place) for n in places):
                continue
            if actor and not any(_matches(n, actor) for n in actors):
                continue
            rows.append(Row(doc, event))
    # a period by its start
    return sorted(rows, key=lambda r: (r.event.date is None, (r.event.date or "").split("/")[0]))


def record(row: Row) -> dict:
    """One event as a JSON object, with the document it comes from and its place's coordinates."""
    data = {"doc": row.doc.id, "url": row.doc.source.url, "path": row.doc.source.path,
            **row.event.model_dump(mode="json")}
    entity = row.place_entity
    if entity is not None and entity.place is not None:
        data["geo"] = entity.place.model_dump(mode="json")
    return data


def jsonl(rows: list[Row]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(record(row), ensure_ascii=False)


def _names(participants) -> list[str]:
    return [p.name or p.mention.text for p in participants]


def table(rows: list[Row]) -> Iterator[str]:
    """A readable table, one event a line; the date column is as wide as its widest value
    ('2020-02-08/2020-03-21', '2019-11-14TNI')."""
    width = max([len(row.event.date or "?") for row in rows] + [10])
    yield f"{'date':<{width}} type          modality  status      actors -> targets @ place  [trigger]"
    for row in rows:
        event = row.event
        actors = ", ".join(_names(event.actors)) or "?"
        targets = ", ".join(_names(event.targets)) or "-"
        if _names(event.target_actors) != _names(event.targets) and event.target_actors:
            targets += f" (affecting {', '.join(_names(event.target_actors))})"  # "positions (affecting X)"
        place = f" @ {event.place.name or event.place.mention.text}" if event.place else ""
        yield (f"{(event.date or '?'):<{width}} {event.type:<13} {event.modality:<9} {event.status:<11} "
               f"{actors} -> {targets}{place}  [{event.trigger.text}]")


def geojson(rows: list[Row]) -> str:
    """A GeoJSON FeatureCollection of the events whose place is geocoded."""
    features = []
    for row in rows:
        entity = row.place_entity
        if entity is None or entity.place is None or entity.place.lat is None:
            continue
        features.append({"type": "Feature",
                         "geometry": {"type": "Point", "coordinates": [entity.place.lon, entity.place.lat]},
                         "properties": record(row)})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
