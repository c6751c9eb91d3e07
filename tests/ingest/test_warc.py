"""The WARC reader: response records only, streamed, by byte range; truncation and corruption are recorded."""

from __future__ import annotations

import gzip

import pytest
from bench.make_warc import write_warc

from dateline.ingest import read_inputs, read_warc_range
from dateline.ingest.warc import record_offsets


@pytest.fixture(params=["pages.warc", "pages.warc.gz"])
def warc(tmp_path, request):
    return write_warc(tmp_path / request.param, 60)


def test_only_html_response_records_become_pages(warc):
    pages = list(read_inputs([str(warc)]))
    assert len(pages) == 60
    assert all(p.error is None and p.source.warc_record_id for p in pages)
    assert [p.source.url.rsplit("=", 1)[1] for p in pages] == [str(n) for n in range(60)]


def test_offset_ranges_split_an_archive_without_loss_or_overlap(warc):
    offsets = record_offsets(str(warc))
    assert len(offsets) == 61  # 60 pages and one image response
    cut = offsets[25]
    first = list(read_warc_range(str(warc), 0, cut))
    second = list(read_warc_range(str(warc), cut, None))
    assert len(first) + len(second) == 60
    assert {p.source.warc_record_id for p in first}.isdisjoint(p.source.warc_record_id for p in second)


@pytest.mark.parametrize("cut", [10, 300, 1000])
def test_truncated_archive_ends_with_a_warc_truncated_error(warc, tmp_path, cut):
    data = warc.read_bytes()
    broken = tmp_path / ("cut" + "".join(warc.suffixes))
    broken.write_bytes(data[:-cut])
    pages = list(read_inputs([str(broken)]))
    assert pages[-1].error is not None and pages[-1].error.code == "warc-truncated"
    assert sum(p.error is None for p in pages) >= 58


def test_garbage_in_the_middle_of_a_gzip_archive_is_recorded(tmp_path):
    warc = write_warc(tmp_path / "pages.warc.gz", 40)
    data = warc.read_bytes()
    middle = record_offsets(str(warc))[20]
    warc.write_bytes(data[:middle] + gzip.compress(b"not a warc record at all")[:-4] + b"\x00" * 5_000 +
                     data[middle:])
    pages = list(read_inputs([str(warc)], max_bytes=1_000))
    assert any(p.error is not None and p.error.code in {"warc-corrupt", "warc-truncated"} for p in pages)


def test_oversized_record_is_an_error_page_not_a_skip(tmp_path):
    warc = write_warc(tmp_path / "pages.warc", 3)
    pages = list(read_inputs([str(warc)], max_bytes=500))
    assert [p.error.code for p in pages] == ["input-too-large"] * 3
    assert all(p.source.warc_record_id for p in pages)
