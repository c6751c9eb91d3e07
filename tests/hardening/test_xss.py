"""An XSS corpus placed in every article-derived field is shown as text in the UI and never runs.

Each payload sets `window.__pwned` or opens a dialog if it ever executes; the test visits every view that
shows the field (search, article, speaker, timeline, stories, map) in headless Chromium.
"""

from __future__ import annotations

import pytest
from browser import playwright_or_skip, served, wait_ready, watched_page
from fictional_collection import article

from dateline.collection import Store
from dateline.config import Settings
from dateline.record import Furniture, Related

playwright_or_skip()  # skips the module when there is no Chromium to drive

CORPUS = [
    "<script>window.__pwned='script'</script>",
    "<img src=x onerror=\"window.__pwned='img'\">",
    "<svg onload=\"window.__pwned='svg'\"><circle r=1 /></svg>",
    "<a href=\"javascript:window.__pwned='href'\">link</a>",
    "\"><iframe srcdoc=\"<script>parent.__pwned='iframe'</script>\">",
    "<body onload=alert('body')>",
    "'-alert('quote')-'",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('mxss')>",
]
PAYLOAD = " ".join(CORPUS)
SPEAKER = "Ira <img src=x onerror=alert('speaker')> Vantt"
PLACE = "Qell<svg onload=alert('place')>"


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    doc = article(1, PLACE, SPEAKER, "2025-06-01", "hostile.example", extra=" " + PAYLOAD,
                  title="Market report " + PAYLOAD, coords=(9100, 10.0, 10.0))
    doc = doc.model_copy(update={
        "furniture": [Furniture(kind="related", text=PAYLOAD), Furniture(kind="tags", text=CORPUS[2])],
        "metadata": doc.metadata.model_copy(update={
            "authors": [CORPUS[1]], "section": CORPUS[0], "tags": CORPUS[:3],
            "related": [Related(title=CORPUS[3], url="javascript:window.__pwned='related'")]}),
    })
    path = tmp_path_factory.mktemp("xss") / "c.db"
    with Store(path, Settings()) as store:
        store.add([doc])
        store.merge()
    with served(path) as url:
        yield url


VIEWS = ["#/search?q=market", "#/speaker/" + SPEAKER.replace(" ", "%20"), "#/timeline?place=" + PLACE,
         "#/stories", "#/map"]


@pytest.mark.parametrize("view", VIEWS)
def test_payloads_in_every_view_stay_inert(browser, base_url, view):
    with watched_page(browser) as page:
        page.goto(base_url + "/" + view)
        page.wait_for_timeout(400)
        _assert_inert(page)


def test_payloads_in_the_article_view_are_shown_as_text(browser, base_url):
    with watched_page(browser) as page:
        page.goto(base_url + "/#/search?q=market")
        wait_ready(page, "#/search?q=market")
        page.click(".result h3 a")
        page.wait_for_selector(".text")
        page.wait_for_timeout(400)  # time for an injected image to fail and fire onerror, if it existed
        _assert_inert(page)
        assert CORPUS[0] in page.locator(".text").text_content()
        assert CORPUS[0] in page.locator("h2").text_content()
        assert page.locator("main script, main img, main svg:not(.map), main iframe").count() == 0


def _assert_inert(page):
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []
    assert page.locator("a[href^='javascript:' i]").count() == 0
