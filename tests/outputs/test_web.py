"""The web UI in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright): search, open an
article, see its quotes highlighted in place, and prove that script and onerror payloads from an article
never run."""

from __future__ import annotations

import pytest
from browser import playwright_or_skip, served, wait_ready, watched_page
from fictional_collection import HOSTILE, sample_collection, sample_store

from dateline.collection import Store
from dateline.config import Settings
from dateline.record import Related

playwright_or_skip()  # skips the module when there is no Chromium to drive


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "c.db"
    sample_store(path)
    with served(path) as url:
        yield url


PAGE_ID = "harbourpost/2025/cranes"
"""An id with slashes, as a records file written by another tool may carry."""


@pytest.fixture(scope="module")
def facts_url(tmp_path_factory):
    """A store with one article whose page gave a section, tags, related headlines (one of them with a
    javascript: URL) and a source URL, stored under an id with slashes, and a date left unresolved."""
    doc = sample_collection()[4]
    metadata = doc.metadata.model_copy(update={
        "section": "Business", "tags": ["ports", "shipping"],
        "related": [Related(title="Dock strike ends", url="https://harbourpost.example/strike"),
                    Related(title="Click me", url="javascript:window.__pwned=3"),
                    Related(title="No link here")]})
    unresolved = doc.timexes[0].model_copy(update={"id": "t9", "value": None, "anchor": "unresolved",
                                                   "reason": "counts from a date the text has not given"})
    doc = doc.model_copy(update={"id": PAGE_ID, "metadata": metadata, "timexes": [*doc.timexes, unresolved]})
    path = tmp_path_factory.mktemp("facts") / "c.db"
    with Store(path, Settings()) as store:
        store.add([doc])
    with served(path) as url:
        yield url


@pytest.fixture
def page(browser):
    with watched_page(browser) as page:
        yield page


def test_search_then_open_article_shows_quotes_highlighted_in_place(page, base_url):
    page.goto(base_url + "/")
    page.fill("#q", "cranes")
    page.click("#search-form button")
    wait_ready(page, "#/search?q=cranes")
    page.click(".result h3 a")
    page.wait_for_selector(".text .ann-quote")
    quote = page.locator(".text .ann-quote").first
    assert quote.text_content() == "The cranes are working again and the first ship has docked,"
    assert quote.get_attribute("data-speaker") == "Mira Tallis"
    assert "2025-03-04" in page.locator(".text .ann-timex").first.get_attribute("title")
    assert page.locator(".furniture li").count() == 2
    assert page.errors == []


def test_script_and_onerror_in_an_article_do_not_execute(page, base_url):
    page.goto(base_url + "/#/search?q=harbour%20news")
    wait_ready(page, "#/search?q=harbour%20news")
    page.click(".result h3 a")
    page.wait_for_selector(".text .ann-quote")
    page.wait_for_timeout(300)  # give an injected image time to fail and fire onerror, if it existed
    assert page.evaluate("window.__pwned") is None
    assert page.locator("main script, main img").count() == 0
    assert HOSTILE in page.locator(".text").text_content()
    assert HOSTILE in page.locator("h2").text_content()


def test_timeline_shows_corroboration_across_sources(page, base_url):
    page.goto(base_url + "/#/timeline?place=Varrow")
    wait_ready(page, "#/timeline?place=Varrow")
    assert page.locator(".corroboration").first.text_content() == "3 sources"
    assert page.locator(".mentions li").count() == 4


def test_map_draws_country_outlines_under_clustered_events_and_places_with_a_legend(page, base_url):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(base_url + "/#/map")
    wait_ready(page, "#/map")
    page.wait_for_selector(".leaflet-container path.country")
    assert page.locator("path.country").count() > 150  # Natural Earth 1:110m: every country
    assert page.locator(".pin-event, .cluster-event").count() >= 1
    assert page.locator(".pin-place, .cluster-place").count() >= 1
    legend = page.locator(".map-legend").text_content()
    assert "Event" in legend and "Place" in legend and "Natural Earth" in legend
    assert all(url.startswith(base_url) for url in requests)  # no tiles, no CDN
    assert page.errors == []


def test_zoomed_out_nearby_events_cluster_and_a_cluster_opens_into_them(page, base_url):
    page.goto(base_url + "/#/map")
    wait_ready(page, "#/map")
    page.wait_for_selector(".pin-event")
    while not page.locator(".leaflet-control-zoom-out.leaflet-disabled").count():  # out to the whole world
        page.click(".leaflet-control-zoom-out")
        page.wait_for_timeout(300)
    cluster = page.locator(".cluster-event").first
    count = int(cluster.text_content())
    assert count >= 2
    cluster.click()
    page.wait_for_timeout(800)
    assert page.locator(".pin-event").count() >= count
    page.locator(".pin-event").first.click()
    assert " in " in page.locator(".leaflet-popup-content strong").first.text_content()
    assert page.errors == []


def test_speaker_page_lists_their_quotes(page, base_url):
    page.goto(base_url + "/#/speaker/Joren%20Vale")
    wait_ready(page, "#/speaker/Joren%20Vale")
    assert page.locator("blockquote").count() == 4


def test_article_view_shows_section_tags_related_headlines_and_a_link_to_the_source(page, facts_url):
    hash_ = "#/article/" + PAGE_ID.replace("/", "%2F")
    page.goto(facts_url + "/" + hash_)
    wait_ready(page, hash_)
    facts = dict(zip(page.locator(".facts dt").all_text_contents(), page.locator(".facts dd").all_text_contents()))
    assert facts["Section"] == "Business" and facts["Tags"] == "ports, shipping"
    source = page.locator(".facts dd a")
    assert source.get_attribute("href").startswith("https://harbourpost.example/")
    assert source.get_attribute("rel") == "noopener noreferrer nofollow"
    related = page.locator(".related li")
    assert related.all_text_contents() == ["Dock strike ends", "Click me", "No link here"]
    assert related.nth(0).locator("a").get_attribute("href") == "https://harbourpost.example/strike"
    assert related.nth(1).locator("a").count() == 0 and related.nth(2).locator("a").count() == 0
    assert page.errors == []


def test_article_view_says_why_a_date_is_unresolved(page, facts_url):
    hash_ = "#/article/" + PAGE_ID.replace("/", "%2F")
    page.goto(facts_url + "/" + hash_)
    wait_ready(page, hash_)
    dates = page.locator("aside section", has_text="Dates").locator("li").all_text_contents()
    assert any(d.endswith("→ unresolved (counts from a date the text has not given)") for d in dates)
    assert any("→ 20" in d and "(" not in d for d in dates)
    assert page.errors == []
