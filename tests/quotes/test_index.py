"""The speaker index: quotes of several documents grouped by the person who said them."""

from __future__ import annotations

from tests.quotes.conftest import read

from dateline.quotes import speaker_index
from dateline.quotes.index import UNRESOLVED

FIRST = "Budget\n\nFinance minister Lena Ruud said that taxes would not rise this year.\n"
SECOND = ("Schools\n\n“Every school will get a new roof,” Lena Ruud said on Monday.\n\n"
          "“It was long overdue,” a parent said.\n")


def test_quotes_by_the_same_person_in_different_documents_are_grouped():
    index = speaker_index([read(FIRST), read(SECOND)])
    ruud = next(name for name in index if name.endswith("Lena Ruud"))
    assert len(index[ruud]) == 2
    assert {said.quote.kind for said in index[ruud]} == {"direct", "indirect"}
    assert len({said.document for said in index[ruud]}) == 2


def test_unresolved_speakers_are_listed_last():
    index = speaker_index([read(FIRST), read(SECOND)])
    assert list(index)[-1] == UNRESOLVED
    assert index[UNRESOLVED][0].quote.content.text == "It was long overdue"
