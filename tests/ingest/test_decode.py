"""looks_binary: text keeps its tabs, line breaks and form feeds; control bytes beyond a twentieth are binary."""

from dateline.ingest.decode import looks_binary


def test_tabs_line_breaks_and_form_feeds_are_text():
    assert not looks_binary(b"a\tb\r\nc\x0bd\x0ce\n" * 100)


def test_control_bytes_over_a_twentieth_of_the_head_are_binary():
    assert looks_binary(b"x" * 90 + b"\x01\x1f\x0e\x08\x7f\x02" * 2)  # 10 control bytes in 102 (DEL is text)
    assert not looks_binary(b"x" * 95 + b"\x01\x1f\x0e\x08\x02")  # 5 in 100
