"""Per-page steps that misbehave on marked pages, standing in for a parser stuck in C or crashing in C."""

from __future__ import annotations

import os
import re
import signal
import time

from dateline.pipeline import process

HANG = "[hang-here]"
CRASH = "[crash-here]"
HOG = "[hog-memory-here]"
KILL_PARENT_ONCE = re.compile(r"\[kill-parent-once:([^\]]+)\]")


def faulty(page, settings):
    """`pipeline.process`, except a page containing HANG blocks with signals masked (an alarm cannot
    interrupt it, as in C code), a page containing CRASH kills its process, a page containing HOG asks for 8 GiB,
    and a page marked `[kill-parent-once:PATH]` kills the process that started its worker (a Ray actor) the first
    time."""
    if HANG in page.content:
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])
        time.sleep(3600)
    if CRASH in page.content:
        os.kill(os.getpid(), signal.SIGKILL)
    if HOG in page.content:
        hoard = [bytearray(256 << 20) for _ in range(32)]  # 8 GiB, far past the tests' worker limit
        del hoard
    once = KILL_PARENT_ONCE.search(page.content)
    if once and not os.path.exists(once.group(1)):
        open(once.group(1), "w").close()
        os.kill(os.getppid(), signal.SIGKILL)
    return process(page, settings)
