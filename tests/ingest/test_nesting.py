"""flatten_deep: which tags count towards depth, and what is dropped."""

from dateline.ingest.nesting import flatten_deep


def test_self_closed_void_and_optional_end_tags_do_not_count():
    html = "<div>" + "<div/><br><p>x" * 50 + '<span class="a/b" />' * 50 + "</div>"
    assert flatten_deep(html, 10) == (html, 1)


def test_a_slash_inside_the_attributes_does_not_close_the_tag():
    html = '<a href="/x/">' * 12 + "text" + "</a>" * 12
    flattened, deepest = flatten_deep(html, 10)
    assert deepest == 12
    assert flattened == '<a href="/x/">' * 10 + "text" + "</a>" * 10


def test_only_tags_below_the_limit_are_dropped_and_their_text_kept():
    html = "<div><div><div><b>deep</b></div></div></div>" * 5
    flattened, deepest = flatten_deep(html, 2)
    assert deepest == 4
    assert flattened == "<div><div>deep</div></div>" * 5
