"""A cache on a full disk (a 2 MB tmpfs): the corpus still comes back, built in memory, with
one warning naming the cache folder; nothing partial is left; the previous entry still opens."""

from __future__ import annotations

import os
import subprocess

import pytest

from .conftest import assert_ok, make_corpus, probe


@pytest.fixture
def small_disk(tmp_path):
    where = tmp_path / "disk"
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(where)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("mounting a tmpfs is not allowed here")
    yield where
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


def _fill(disk, leave: int) -> None:
    st = os.statvfs(disk)
    free = st.f_bavail * st.f_frsize
    with open(disk / "filler", "wb") as fh:
        fh.write(b"\0" * max(0, free - leave))


def _leftovers(cache) -> list[str]:
    return (
        [p.name for p in cache.iterdir() if p.name.startswith((".build-", ".tmp-"))] if cache.exists() else []
    )


def test_full_disk_gives_the_corpus_and_one_warning(tmp_path, small_disk):
    raw = make_corpus(tmp_path / "raw", 40)
    clean = assert_ok(probe(raw, cache=False))
    cache = small_disk / "cache"
    for leave in (0, 20_000, 200_000):
        _fill(small_disk, leave)
        report = assert_ok(probe(raw, cache))
        assert report["tables"] == clean["tables"]
        if report["cache_path"] is None:  # it did not fit
            warned = [w for w in report["warnings"] if str(cache) in w]
            assert len(warned) == 1 and len(report["warnings"]) == 1, report["warnings"]
            assert not [p for p in cache.glob("corpus-*") if p.is_dir()]
        assert not _leftovers(cache), _leftovers(cache)
        (small_disk / "filler").unlink()
    # with room again, the next load caches
    report = assert_ok(probe(raw, cache))
    assert report["cache_path"] and report["tables"] == clean["tables"]


def test_previous_entry_still_opens_after_a_full_disk(tmp_path, small_disk):
    raw = make_corpus(tmp_path / "raw", 10)
    cache = small_disk / "cache"
    first = assert_ok(probe(raw, cache))
    assert first["cache_path"]
    more = make_corpus(tmp_path / "more", 10)
    make_corpus(more, 30, start=100)
    _fill(small_disk, 0)
    grown = assert_ok(probe(more, cache))
    assert grown["rows"]["documents"] == 40
    assert not _leftovers(cache)
    again = assert_ok(probe(raw, cache))
    assert again["cache_path"] == first["cache_path"] and again["tables"] == first["tables"]
    assert not again["warnings"]
