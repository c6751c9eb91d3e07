"""Every compiled pattern in the package against hostile inputs (long runs of one unit): its time must grow
linearly with the input, as it does unless some start positions rescan a whole run (quadratic) or it backtracks
catastrophically."""

from __future__ import annotations

import importlib
import pkgutil
import re
import time

import pytest

import dateline

SKIP = ("dateline.scale.ray_engine",)  # imports Ray; its patterns, if any, are covered by the scale tests
SHORT, LONG = 5_000, 20_000
"""Lengths of the hostile inputs: a pattern's time on the long one is about 4 times its time on the short one if
it is linear, 16 times if it is quadratic (each start position scans a whole run), and more if it backtracks
exponentially."""
GROWTH_LIMIT = 8
"""Most the time may grow from the short input to the long one: halfway (geometrically) between linear and
quadratic, so that neither a slow machine nor a noisy timer moves a pattern across it."""
FLOOR_SECONDS = 0.05
"""CPU seconds (not wall-clock: other jobs on a busy machine must not fail the test) under which a pattern passes
on the long input without its growth measured: too short to time reliably, and harmless."""
UNITS = [" ", "a", "1", "a ", "1 ", "<", "<a ", "\"", "“", "'", ". ", ", ", "-", "\n", "A.", "Mr. ", "said ",
         "on ", "May ", "2019 ", "12:", "The ", "« ", "&", "=", "/", "#"]
TAILS = ("", "!", "\x00")


def hostile(length: int) -> list[str]:
    """Each unit repeated to `length` characters, with each tail (nothing, or a character no pattern expects)."""
    return [unit * (length // len(unit)) + tail for unit in UNITS for tail in TAILS]


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


def cpu_seconds(pattern: re.Pattern, text: str, runs: int = 1) -> float:
    """The least CPU time of `runs` scans of the whole text for the pattern's matches."""
    subject = text.encode() if isinstance(pattern.pattern, bytes) else text
    times = []
    for _ in range(runs):
        started = time.process_time()
        for _ in pattern.finditer(subject):
            pass
        times.append(time.process_time() - started)
    return min(times)


@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[name for name, _ in PATTERNS])
def test_pattern_runs_in_linear_time_on_hostile_input(name, pattern):
    for short, long in zip(hostile(SHORT), hostile(LONG)):
        slow = cpu_seconds(pattern, long)
        if slow < FLOOR_SECONDS or slow < GROWTH_LIMIT * cpu_seconds(pattern, short):
            continue
        # looks quadratic: timed again, the least of three runs each, so that a pause of the machine cannot fail it
        slow = cpu_seconds(pattern, long, runs=3)
        times = slow / max(cpu_seconds(pattern, short, runs=3), 1e-6)
        assert slow < FLOOR_SECONDS or times < GROWTH_LIMIT, \
            f"{name} took {slow:.2f}s on {long[:20]!r}... ({LONG:,} chars), {times:.0f} times its time at {SHORT:,}"
