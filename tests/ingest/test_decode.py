"""decode: binary content refused, text kept; text garbled before it was stored repaired, correct text untouched."""

from dateline.ingest.decode import decode, looks_binary, repair_mojibake


def test_tabs_line_breaks_and_form_feeds_are_text():
    assert not looks_binary(b"a\tb\r\nc\x0bd\x0ce\n" * 100)


def test_control_bytes_over_a_twentieth_of_the_head_are_binary():
    assert looks_binary(b"x" * 90 + b"\x01\x1f\x0e\x08\x7f\x02" * 2)  # 10 control bytes in 102 (DEL is text)
    assert not looks_binary(b"x" * 95 + b"\x01\x1f\x0e\x08\x02")  # 5 in 100


GARBLED = "The harbour\u2019s new ferry \u2013 a caf\u00e9 on deck".encode().decode("cp1252")


def test_utf8_read_as_windows_1252_and_stored_again_is_repaired_with_a_warning():
    text, encoding, warnings = decode(f"<h1>{GARBLED}</h1>".encode())
    assert encoding == "utf-8"
    assert text == "<h1>The harbour\u2019s new ferry \u2013 a caf\u00e9 on deck</h1>"
    assert [w.code for w in warnings] == ["mojibake-repaired"]


def test_correct_accented_text_is_left_as_written():
    written = "Le «caf\u00e9» de S\u00e3o Tom\u00e9 ouvre \u00e0 l\u2019aube, d\u00e9j\u00e0 \u00ab plein \u00bb."
    assert repair_mojibake(written) == (written, None)
    text, _, warnings = decode(written.encode())
    assert text == written and warnings == []
