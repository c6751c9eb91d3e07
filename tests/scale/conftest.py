from __future__ import annotations

import pytest
from bench.make_warc import write_warc


def pytest_configure(config):
    config.addinivalue_line("markers", "ray: starts a local Ray (slow start-up); deselect with -m 'not ray'")


@pytest.fixture
def warc(tmp_path):
    """A 40-page gzipped WARC built from the bundled fictional examples."""
    return write_warc(tmp_path / "pages.warc.gz", 40)
