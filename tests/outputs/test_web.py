"""The web UI in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright): search, open an
article, see its quotes highlighted in place, and prove that script and onerror payloads from an article
never run."""

from __future__ import annotations

import os
import socket
import threading
import time

import pytest
import uvicorn
from fictional_collection import HOSTILE, sample_store

from dateline.config import Settings
from dateline.outputs.api import create_app

CHROMIUM = os.environ.get("DATELINE_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

if not os.path.exists(CHROMIUM):
    pytest.skip(f"no Chromium at {CHROMIUM}: run `make chromium` (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "c.db"
    sample_store(path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(path, Settings()), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    yield page
    context.close()


def _ready(page, hash_):
    page.wait_for_function("h => document.getElementById('view').dataset.ready === h", arg=hash_)


def test_search_then_open_article_shows_quotes_highlighted_in_place(page, base_url):
    page.goto(base_url + "/")
    page.fill("#q", "cranes")
    page.click("#search-form button")
    _ready(page, "#/search?q=cranes")
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
    _ready(page, "#/search?q=harbour%20news")
    page.click(".result h3 a")
    page.wait_for_selector(".text .ann-quote")
    page.wait_for_timeout(300)  # give an injected image time to fail and fire onerror, if it existed
    assert page.evaluate("window.__pwned") is None
    assert page.locator("main script, main img").count() == 0
    assert HOSTILE in page.locator(".text").text_content()
    assert HOSTILE in page.locator("h2").text_content()


def test_timeline_shows_corroboration_across_sources(page, base_url):
    page.goto(base_url + "/#/timeline?place=Varrow")
    _ready(page, "#/timeline?place=Varrow")
    assert page.locator(".corroboration").first.text_content() == "3 sources"
    assert page.locator(".mentions li").count() == 4


def test_map_plots_geocoded_events_without_tiles(page, base_url):
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(base_url + "/#/map")
    _ready(page, "#/map")
    assert page.locator("svg.map circle").count() >= 3
    assert page.locator("svg.map rect.city").count() > 500  # the backdrop of big cities
    assert all(url.startswith(base_url) for url in requests)


def test_speaker_page_lists_their_quotes(page, base_url):
    page.goto(base_url + "/#/speaker/Joren%20Vale")
    _ready(page, "#/speaker/Joren%20Vale")
    assert page.locator("blockquote").count() == 4
