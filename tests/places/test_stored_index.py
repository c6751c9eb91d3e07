"""The gazetteer index is built once per machine into the cache directory, then read row by row."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from dateline.places.stored_index import stored_index


@dataclass(frozen=True)
class Entry:
    name: str
    lat: float
    population: int


def builder(calls):
    def build():
        calls.append(1)
        return {"harbour": [Entry("Harbour", 1.5, 300), Entry("Harbour", -2.25, 40)], "lagos": [Entry("Lagos", 6.5, 9)]}
    return build


def open_index(build, version="v1"):
    return stored_index("test", version, build, dataclasses.astuple, lambda fields: Entry(*fields))


def test_the_index_is_built_once_and_read_back_equal_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    calls = []
    first, second = open_index(builder(calls)), open_index(builder(calls))
    assert calls == [1]
    assert second.get("harbour") == [Entry("Harbour", 1.5, 300), Entry("Harbour", -2.25, 40)]
    assert second.get("nowhere", []) == [] and "lagos" in second and len(second) == 2
    assert first.get("lagos") == [Entry("Lagos", 6.5, 9)]
    assert [p.name for p in tmp_path.iterdir()] == ["test-v1.sqlite"]


def test_a_new_version_is_built_anew_and_replaces_the_old_file(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    calls = []
    open_index(builder(calls), "v1")
    open_index(builder(calls), "v2")
    assert calls == [1, 1]
    assert [p.name for p in tmp_path.iterdir()] == ["test-v2.sqlite"]


def test_without_a_writable_cache_the_index_is_kept_in_memory(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(blocked / "cache"))
    index = open_index(builder([]))
    assert index.get("lagos") == [Entry("Lagos", 6.5, 9)]


def test_a_forked_process_reads_through_its_own_connection(tmp_path, monkeypatch):
    import os

    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    index = open_index(builder([]))
    assert index.get("lagos") == [Entry("Lagos", 6.5, 9)]
    parent_connection = index._db
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # the child: a fresh connection, and the right rows
        ok = index._db is not parent_connection and index.get("harbour")[0] == Entry("Harbour", 1.5, 300)
        os.write(write, b"1" if ok else b"0")
        os._exit(0)
    os.waitpid(child, 0)
    assert os.read(read, 1) == b"1"
    assert index._db is parent_connection
