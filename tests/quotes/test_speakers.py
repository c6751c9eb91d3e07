"""Speaker resolution helpers (fictional names)."""

from __future__ import annotations

from dateline.quotes.speakers import _surnames_read_as_organisations
from dateline.record import Entity, EntityMention


def _entity(id_: str, label: str, name: str, at: int) -> Entity:
    return Entity(id=id_, label=label, name=name,
                  mentions=[EntityMention(start=at, end=at + len(name), text=name, label=label)])


def test_an_organisation_that_is_one_persons_surname_is_that_person():
    people = [_entity("e1", "PERSON", "Tomas Brel", 0), _entity("e2", "ORG", "Brel", 40),
              _entity("e3", "ORG", "Harbour League", 80)]
    assert _surnames_read_as_organisations(people) == {"e2": "e1"}


def test_a_surname_two_people_share_stays_an_organisation():
    people = [_entity("e1", "PERSON", "Tomas Brel", 0), _entity("e2", "PERSON", "Ana Brel", 20),
              _entity("e3", "ORG", "Brel", 40)]
    assert _surnames_read_as_organisations(people) == {}
