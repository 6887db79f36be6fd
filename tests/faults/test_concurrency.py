"""Two processes on one cache at once: one builds, the other waits or reads the finished
entry; neither fails nor sees a mixed result, and a live build is never cleaned away."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from .conftest import ROOT, assert_ok, child_env, make_corpus, probe


def _start(raw, cache, n_jobs=1):
    args = {"paths": str(raw), "cache_dir": str(cache), "n_jobs": n_jobs}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.faults._probe", json.dumps(args)],
        cwd=ROOT,
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(child, timeout=180) -> dict:
    out, err = child.communicate(timeout=timeout)
    report = json.loads(out.strip().splitlines()[-1]) if child.returncode == 0 and out.strip() else {}
    report.update(returncode=child.returncode, stderr=err)
    return assert_ok(report)


@pytest.fixture(scope="module")
def two(tmp_path_factory):
    base = tmp_path_factory.mktemp("concurrency")
    a, b = make_corpus(base / "a", 40), make_corpus(base / "b", 6, start=500)
    return (a, assert_ok(probe(a, cache=False))), (b, assert_ok(probe(b, cache=False)))


def test_two_builders_of_the_same_corpus(two, tmp_path):
    (raw, clean), _ = two
    cache = tmp_path / "cache"
    first, second = _start(raw, cache), _start(raw, cache)
    reports = [_finish(first), _finish(second)]
    for report in reports:
        assert report["tables"] == clean["tables"]
    assert len([p for p in cache.glob("corpus-*") if p.is_dir()]) == 1
    assert not [p for p in cache.iterdir() if p.name.startswith((".build-", ".tmp-"))]


@pytest.mark.faults
def test_other_loads_during_a_build_neither_fail_nor_disturb_it(two, tmp_path):
    """Loads of another corpus into the same cache (each prunes it) while a build runs."""
    (a, clean_a), (b, clean_b) = two
    cache = tmp_path / "cache"
    builder = _start(a, cache)
    for _ in range(4):
        report = assert_ok(probe(b, cache))
        assert report["tables"] == clean_b["tables"]
    assert _finish(builder)["tables"] == clean_a["tables"]


def test_a_live_build_is_never_removed_for_its_age(two, tmp_path):
    (a, clean_a), (b, _) = two
    cache = tmp_path / "cache"
    builder = _start(a, cache)
    deadline = time.monotonic() + 60
    while not list(cache.glob(".build-*")) and time.monotonic() < deadline and builder.poll() is None:
        time.sleep(0.05)
    old = time.time() - 2 * 3600
    for path in cache.glob(".build-*"):
        os.utime(path, (old, old))
        for inner in path.rglob("*"):
            os.utime(inner, (old, old))
    assert_ok(probe(b, cache))
    assert _finish(builder)["tables"] == clean_a["tables"]


@pytest.mark.faults
def test_adding_files_while_another_process_reads(two, tmp_path):
    (a, _), _ = two
    raw = tmp_path / "raw"
    make_corpus(raw, 10)
    cache = tmp_path / "cache"
    reader = _start(raw, cache)
    make_corpus(raw, 5, start=900)  # while the first load runs
    _finish(reader)
    report = assert_ok(probe(raw, cache))
    assert report["rows"]["documents"] == 15
    assert report["tables"] == assert_ok(probe(raw, cache=False))["tables"]
