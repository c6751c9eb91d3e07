"""Shared by the browser tests: a store served on loopback and Debian's headless Chromium via Playwright."""

from __future__ import annotations

import os
import socket
import threading
import time
from contextlib import contextmanager

import pytest
import uvicorn

from dateline.config import Settings
from dateline.outputs.api import create_app

CHROMIUM = os.environ.get("DATELINE_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def playwright_or_skip():
    """Playwright's sync API, or skip the module when there is no Chromium to drive."""
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM}: run `make chromium` (apt-get install chromium)",
                    allow_module_level=True)
    return pytest.importorskip("playwright.sync_api")


@contextmanager
def served(db_path):
    """The API and UI over `db_path` on a free loopback port; yields the base URL."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db_path, Settings()), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(5)


@contextmanager
def chromium(sync_api):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def watched_page(browser):
    """A fresh page that records script errors and dialogs (an alert() from a payload would show here)."""
    context = browser.new_context()
    page = context.new_page()
    page.errors, page.dialogs = [], []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    try:
        yield page
    finally:
        context.close()


def wait_ready(page, hash_):
    page.wait_for_function("h => document.getElementById('view').dataset.ready === h", arg=hash_)
