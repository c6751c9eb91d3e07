"""Every compiled pattern in the package against inputs known to trigger catastrophic backtracking."""

from __future__ import annotations

import importlib
import pkgutil
import re
import time

import pytest

import dateline

SKIP = ("dateline.scale.ray_engine",)  # imports Ray; its patterns, if any, are covered by the scale tests
BUDGET_SECONDS = 0.5
"""CPU seconds (not wall-clock: other jobs on a busy machine must not fail the test) one pattern may take on
one hostile input; a linear pattern needs a few milliseconds."""
LENGTH = 5_000  # catastrophic (exponential or steep polynomial) patterns blow the budget long before this
UNITS = [" ", "a", "1", "a ", "1 ", "<", "<a ", "\"", "“", "'", ". ", ", ", "-", "\n", "A.", "Mr. ", "said ",
         "on ", "May ", "2019 ", "12:", "The ", "« ", "&", "=", "/", "#"]
HOSTILE = [unit * (LENGTH // len(unit)) + tail for unit in UNITS for tail in ("", "!", "\x00")]


def compiled_patterns() -> list[tuple[str, re.Pattern]]:
    found = {}
    for module_info in pkgutil.walk_packages(dateline.__path__, "dateline."):
        if module_info.name.startswith(SKIP):
            continue
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.setdefault(id(value), (f"{module_info.name}.{name}", value))
            elif isinstance(value, (list, tuple)) and value and all(isinstance(v, re.Pattern) for v in value):
                for index, pattern in enumerate(value):
                    found.setdefault(id(pattern), (f"{module_info.name}.{name}[{index}]", pattern))
    return sorted(found.values(), key=lambda item: item[0])


PATTERNS = compiled_patterns()


def test_the_package_has_patterns_to_check():
    assert len(PATTERNS) > 20


@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[name for name, _ in PATTERNS])
def test_pattern_runs_in_linear_time_on_hostile_input(name, pattern):
    for text in HOSTILE:
        subject = text.encode() if isinstance(pattern.pattern, bytes) else text
        started = time.process_time()
        for _ in pattern.finditer(subject):
            pass
        elapsed = time.process_time() - started
        assert elapsed < BUDGET_SECONDS, f"{name} took {elapsed:.1f}s on {text[:20]!r}..."
