"""A verb typed by its table alone is an event only in the sense its type was written for: a request asks for
something, aid goes to someone, a refusal refuses something, a command orders someone (events/senses.py)."""

from __future__ import annotations

import pytest
from tests.events.conftest import by_trigger, run


def types_of(text: str, word: str) -> list[str]:
    return [e.type for e in run(text).events if e.trigger.text == word]


@pytest.mark.parametrize(("sentence", "word"), [
    ('"Will the ferry run again before winter?" asked Lena Morrow.', "asked"),
    ("Asked whether the toll would rise, the clerk shrugged.", "Asked"),
    ("When asked how much he had paid, Ivo Brandt laughed.", "asked"),
    ("I have to ask you why the ferry is late again.", "ask"),
    ("Dozens of riders keep calling us about the timetable.", "calling"),
    ("The shop sells a small boat called the Gull.", "called"),
    ("Mayor Tessa Varn called the new timetable a mistake.", "called"),
])
def test_a_question_a_phone_call_or_a_name_is_no_demand(sentence, word):
    assert types_of(sentence, word) == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("The riders' union asked the council to restore the night ferry.", "asked"),
    ("The riders' union asked for a meeting with the harbour board.", "asked"),
    ("Mayor Tessa Varn called on the harbour board to cut the fares.", "called"),
    ("The union asked that the ferry be repaired before winter.", "asked"),
    ("The harbour workers, who asked not to be named, spoke to reporters.", "asked"),
])
def test_a_request_for_something_is_a_demand(sentence, word):
    assert types_of(sentence, word) == ["DEMAND"]


@pytest.mark.parametrize(("sentence", "word"), [
    ("This new trend is providing fresh fish across the valley.", "providing"),
    ("The wider wheelbase is giving the wagon a lower centre of gravity.", "giving"),
    ("Rooftop gardening has been contributing to the change.", "contributing"),
])
def test_giving_nothing_to_anyone_is_no_aid(sentence, word):
    assert types_of(sentence, word) == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("The Velmar government gave the refugees tents.", "gave"),
    ("The flood victims were given tents by the Velmar government.", "given"),
    ("The Red Crescent provided the villagers of Tobrin with food.", "provided"),
    ("Norland supplied blankets to the refugees.", "supplied"),
    ("Norland provided financial assistance after the floods.", "provided"),
])
def test_aid_given_to_someone_or_named_by_a_cameo_pattern_is_aid(sentence, word):
    assert by_trigger(run(sentence), word).type == "AID"


@pytest.mark.parametrize(("sentence", "word"), [
    ("Ferry ticket sales have been declining for two years.", "declining"),
    ("The harbour crane failed after thirty minutes.", "failed"),
])
def test_a_verb_of_refusal_used_alone_is_a_fall_or_a_breakdown_not_a_rejection(sentence, word):
    assert types_of(sentence, word) == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("The harbour board declined to lower the fares.", "declined"),
    ("The harbour board declined the union's offer.", "declined"),
])
def test_a_refusal_of_something_is_a_rejection(sentence, word):
    assert types_of(sentence, word) == ["REJECT"]


@pytest.mark.parametrize(("sentence", "word"), [
    ("Norland Ferries has ordered four new boats from the yard.", "ordered"),
    ("Forty boats have already been ordered.", "ordered"),
])
def test_ordering_goods_is_no_demand(sentence, word):
    assert types_of(sentence, word) == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("The governor ordered the ferry crews to stay in port.", "ordered"),
    ("The governor ordered that the pier be closed.", "ordered"),
])
def test_ordering_someone_or_something_done_is_a_demand(sentence, word):
    assert types_of(sentence, word) == ["DEMAND"]


@pytest.mark.parametrize(("sentence", "word"), [
    ("The Velmar government sent ferry fares soaring last winter.", "sent"),
    ("Mayor Tessa Varn's remarks on Monday sent the harbour shares tumbling.", "sent"),
    ("Mayor Tessa Varn sent the island's traders scrambling for new routes.", "sent"),
])
def test_sending_something_doing_something_is_a_change_caused_not_a_sending(sentence, word):
    assert types_of(sentence, word) == []


def test_sending_people_somewhere_is_still_read():
    assert types_of("The Velmar government sent forty engineers to Tobrin.", "sent") != []

