"""Article vs furniture on HTML pages (dateline.clean.html, html_article, html_boilerplate)."""

from __future__ import annotations

from pathlib import Path

from dateline.clean.html import extract_html

FIXTURES = Path(__file__).parent / "fixtures"
STORY_URL = "https://ledger.example/2025/03/14/ferry-returns"


def story():
    return extract_html((FIXTURES / "harbour_story.html").read_text(encoding="utf-8"), STORY_URL)


def test_article_paragraphs_are_kept_in_order():
    paragraphs = story().paragraphs
    assert paragraphs[0].startswith("The ferry between Port Aldwyn")
    assert paragraphs[1].startswith("Harbour master Ilse Varro")
    assert "Timetable for spring" in paragraphs
    assert paragraphs[-1].startswith("The council expects")


def test_boilerplate_is_not_in_the_article():
    text = "\n".join(story().paragraphs)
    for junk in ("Sport", "Share on Facebook", "Sign up now", "Related stories", "Storm damage closes",
                 "Great news for the island", "All rights reserved", "Photo: Ledger archive", "By Mira"):
        assert junk not in text


def test_headline_is_furniture_not_article():
    extracted = story()
    assert "Ferry service returns to Port Aldwyn after storm repairs" not in extracted.paragraphs
    assert any(f.kind == "title" and f.text.startswith("Ferry service returns") for f in extracted.furniture)


def test_removed_furniture_is_kept_with_its_kind():
    kinds: dict[str, str] = {}
    for piece in story().furniture:
        kinds.setdefault(piece.kind, piece.text)  # the first piece of each kind
    assert kinds["nav"] == "Region"
    assert "Storm damage closes" in " ".join(f.text for f in story().furniture if f.kind == "related")
    assert kinds["comments"] == "3 comments"
    assert kinds["caption"].startswith("The first crossing")
    assert kinds["promo"].startswith("Get the Ledger")
    assert kinds["footer"].startswith("© 2025")
    assert kinds["byline"].startswith("By Mira Castellane")
    assert kinds["tags"] == "Transport Port Aldwyn"


def test_article_split_into_sections_is_found_whole():
    sections = "".join(
        f"<section class='part'><h2>Part {n}</h2><p>{f'Paragraph of part {n} with plenty of words, ' * 6}"
        f"and a full stop.</p></section>" for n in range(1, 5))
    page = f"<html><body><nav><a href='/'>Home</a></nav><div class='story'>{sections}</div></body></html>"
    paragraphs = extract_html(page).paragraphs
    assert [p for p in paragraphs if p.startswith("Part ")] == ["Part 1", "Part 2", "Part 3", "Part 4"]
    assert "Home" not in paragraphs


def test_class_words_shared_by_wrappers_do_not_hide_the_article():
    prose = "<p>" + "The committee met on Tuesday to review the budget, and it agreed to meet again. " * 3 + "</p>"
    page = f"<html><body><div class='elementor-widget-container'>{prose * 4}</div></body></html>"
    assert len(extract_html(page).paragraphs) == 4


def test_script_rendered_page_with_hidden_article_is_still_read():
    prose = "<p>" + "Rain fell across the valley for a third day, and the river rose past its banks. " * 3 + "</p>"
    page = f"<html><body><div hidden>{prose * 3}</div></body></html>"
    assert len(extract_html(page).paragraphs) == 3


def test_page_without_prose_warns_instead_of_guessing():
    extracted = extract_html("<html><body><nav><a href='/a'>A</a> <a href='/b'>B</a></nav></body></html>")
    assert extracted.paragraphs == []
    assert [w.code for w in extracted.warnings] == ["no-article-container"]


def test_deeply_nested_page_does_not_crash():
    page = ("<div>" * 5000 + "<p>" + "Deep text with enough words to count as prose, really. " * 3 + "</p>"
            + "</div>" * 5000)
    extract_html(page)  # must return, whatever it keeps


def test_text_below_the_depth_limit_is_kept_flat():
    sentence = "Deep text with enough words to count as prose, and a comma. "
    page = "<div>" * 600 + f"<p>{sentence * 3}</p>" + "</div>" * 600
    assert any("Deep text with enough words" in p for p in extract_html(page).paragraphs)


def test_a_byline_and_a_date_line_at_the_top_of_the_article_container_become_furniture():
    from dateline.clean.html import leading_bylines_apart

    paragraphs, furniture = leading_bylines_apart(
        ["By Ana Ferreira and Li Wen", "3 June 2024",
         "The bridge reopened on Monday after a week of repairs to its deck."])
    assert paragraphs == ["The bridge reopened on Monday after a week of repairs to its deck."]
    assert [(f.kind, f.text) for f in furniture] == [("byline", "By Ana Ferreira and Li Wen"),
                                                     ("dateline", "3 June 2024")]
    kept, none = leading_bylines_apart(["By the end of the week the river had fallen by two metres."])
    assert kept and none == []
