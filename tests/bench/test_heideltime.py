"""The HeidelTime peer of bench.time: its inline TimeML read back as offsets into the text it was given."""

from __future__ import annotations

import pytest
from bench.heideltime import Tagged, located


def test_inline_tags_become_offsets_into_the_original_text():
    text = "The pier shut on Friday evening & reopened 5 < 6 days later, on June 3, 2019.\n"
    timeml = ('<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\nThe pier shut on '
              '<TIMEX3 tid="t2" type="TIME" value="2019-05-31TEV">Friday evening</TIMEX3> & reopened 5 < 6 days '
              'later, on <TIMEX3 tid="t6" type="DATE" value="2019-06-03">June 3, 2019</TIMEX3>.\n\n</TimeML>\n')
    found = located(text, timeml)
    assert found == [Tagged(17, 31, "TIME", "2019-05-31TEV"), Tagged(64, 76, "DATE", "2019-06-03")]
    assert [text[t.start:t.end] for t in found] == ["Friday evening", "June 3, 2019"]


def test_a_text_heideltime_changed_is_refused_rather_than_misplaced():
    with pytest.raises(ValueError, match="changed the text"):
        located("On Friday.", "<TimeML>\nOn <TIMEX3 type=\"DATE\" value=\"2019-05-31\">Fri.</TIMEX3>\n</TimeML>")
