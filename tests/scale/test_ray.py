"""Ray Data engine on a local 2-CPU Ray: same output as in-process, resumable, poisoned page isolated.

One Ray start-up is shared by the module (it takes seconds); inputs are small.
"""

from __future__ import annotations

import duckdb
import pytest
from bench.make_warc import write_warc

from dateline.config import Settings
from dateline.scale import plan_shards, run
from dateline.scale.output import read_documents

ray = pytest.importorskip("ray")
cloudpickle = pytest.importorskip("ray.cloudpickle")

pytestmark = pytest.mark.ray


@pytest.fixture(scope="module", autouse=True)
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, _node_ip_address="127.0.0.1")
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield
    ray.shutdown()


def test_ray_output_equals_in_process_output(tmp_path):
    warc = write_warc(tmp_path / "pages.warc.gz", 24)
    settings = Settings(stages=("clean", "language"))
    run([str(warc)], tmp_path / "local", settings, engine="local", pages_per_shard=8)
    results = run([str(warc)], tmp_path / "ray", settings, engine="ray", workers=2, pages_per_shard=8)
    assert [r.documents for r in results] == [8, 8, 8]
    local = [d.model_dump() for d in read_documents(tmp_path / "local")]
    assert local and [d.model_dump() for d in read_documents(tmp_path / "ray")] == local
    assert all("language" in d["stages"] for d in local)


def test_ray_rerun_redoes_only_the_unfinished_shard_without_duplicates(tmp_path):
    warc = write_warc(tmp_path / "pages.warc.gz", 30)
    out = tmp_path / "out"
    settings = Settings(stages=("clean",))
    shards = plan_shards([str(warc)], 10)
    run([str(warc)], out, settings, engine="local", pages_per_shard=10)
    (out / "_done" / f"{shards[1].id}.json").unlink()  # as if killed before its marker
    results = run([str(warc)], out, settings, engine="ray", workers=2, pages_per_shard=10)
    assert [r.skipped for r in results] == [True, False, True, True][:len(shards)]
    rows = duckdb.sql(f"select count(*), count(distinct doc_id) from '{out}/articles/*.parquet'").fetchall()
    assert rows == [(30, 30)]


def test_ray_poisoned_page_becomes_one_error_row_and_the_run_goes_on(tmp_path):
    import faults

    cloudpickle.register_pickle_by_value(faults)
    warc = write_warc(tmp_path / "pages.warc.gz", 12,
                      poison={5: f"<html><body>{faults.HANG}</body></html>".encode(),
                              9: f"<html><body>{faults.CRASH}</body></html>".encode()})
    settings = Settings(stages=("clean",), worker_time_limit=3.0)
    run([str(warc)], tmp_path / "out", settings, engine="ray", workers=2, pages_per_shard=6, process=faults.faulty)
    rows = duckdb.sql(f"select url, errors, warc_record_id from '{tmp_path}/out/articles/*.parquet' "
                      "where len(errors) > 0 order by url").fetchall()
    assert [(url.rsplit("=", 1)[1], errors) for url, errors, _ in rows] == [("5", ["time-limit"]),
                                                                           ("9", ["worker-crashed"])]
    assert all(record_id.startswith("<urn:uuid:") for *_, record_id in rows)
    total = duckdb.sql(f"select count(*) from '{tmp_path}/out/articles/*.parquet'").fetchall()
    assert total == [(12,)]


def test_ray_actor_that_dies_is_restarted_and_its_shard_redone_once(tmp_path):
    import faults

    cloudpickle.register_pickle_by_value(faults)
    flag = tmp_path / "killed-once"
    warc = write_warc(tmp_path / "pages.warc.gz", 12,
                      poison={7: f"<html><body><p>[kill-parent-once:{flag}]</p></body></html>".encode()})
    results = run([str(warc)], tmp_path / "out", Settings(stages=("clean",)), engine="ray", workers=2,
                  pages_per_shard=6, process=faults.faulty)
    assert flag.exists() and sum(r.documents for r in results) == 12
    rows = duckdb.sql(f"select count(*), count(distinct doc_id) from '{tmp_path}/out/articles/*.parquet'").fetchall()
    assert rows == [(12, 12)]
