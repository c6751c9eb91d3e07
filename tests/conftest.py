from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def examples_dir() -> Path:
    return ROOT / "examples"


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture(scope="module")
def browser():
    """Headless Debian Chromium driven by Playwright (browser test modules skip first when it is missing)."""
    from browser import chromium

    with chromium(pytest.importorskip("playwright.sync_api")) as launched:
        yield launched
