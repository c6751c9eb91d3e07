"""bench.geo's list of false place mentions (invented sentences)."""

from __future__ import annotations

from types import SimpleNamespace

from bench.geo import GoldArticle, Toponym, _false_places

from dateline.record import Entity, EntityMention, Place


def _entity(text: str, label: str, name: str, mention_label: str, place: Place | None) -> Entity:
    start = text.index(name)
    return Entity(id=name, label=label, name=name, place=place,
                  mentions=[EntityMention(start=start, end=start + len(name), text=name, label=mention_label)])


def test_false_places_lists_place_mentions_overlapping_no_gold_toponym_with_why_and_the_sentence():
    text = "Quillbox opened an office. It is in Dalton. The Dalton Arts Council met."
    article = GoldArticle("set/1", text, [Toponym(text.index("Dalton"), text.index("Dalton") + 6, "Dalton", 0, 0)])
    dalton = Place(name="Dalton", country="US", lat=34.7, lon=-85.0)
    doc = SimpleNamespace(entities=[
        _entity(text, "GPE", "Quillbox", "ORG", dalton.model_copy(update={
            "reason": "located in the town the story is about ('Dalton')"})),
        _entity(text, "GPE", "Dalton", "GPE", dalton),
        _entity(text, "ORG", "The Dalton Arts Council", "ORG", dalton.model_copy(update={
            "reason": "located by the place its name names ('Dalton')"})),
        _entity(text, "PERSON", "It", "PERSON", None)])
    lines: list[str] = []
    _false_places(article, doc, lines)
    assert [line.split("\t")[:5] for line in lines] == [
        ["set/1", "Quillbox", "ORG", "GPE", "located in the town the story is about"],
        ["set/1", "The Dalton Arts Council", "ORG", "ORG", "located by the place its name names"]]
    assert lines[0].split("\t")[6] == "Quillbox opened an office."
