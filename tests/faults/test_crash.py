"""A build killed at any moment leaves a cache the next load repairs, and no process behind.

The build runs in a child process on two workers (a process pool, or the Dask engine's own
local cluster); it is killed (SIGKILL, SIGTERM, SIGINT as Ctrl-C sends) at seeded random
moments; then no process of it may be left after a few seconds, and a reopen must give every
table equal to a build without cache, leaving no temporary folder behind.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
import uuid

import pytest

from .conftest import ROOT, assert_ok, child_env, make_corpus, probe, tagged_processes, wait_gone

N_DOCS = 60
SEED = 1718
#: Seconds a killed build's processes may take to go (a worker notices within one second).
GONE_WITHIN = 5.0


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    base = tmp_path_factory.mktemp("crash")
    raw = make_corpus(base / "raw", N_DOCS)
    clean = assert_ok(probe(raw, cache=False))
    start = time.monotonic()
    assert_ok(probe(raw, base / "timing-cache", n_jobs=2))
    return raw, clean, time.monotonic() - start


def _start(raw, cache, tag, options=None):
    args = {"paths": str(raw), "cache_dir": str(cache), "n_jobs": 2, "options": options or {}}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.faults._probe", json.dumps(args)],
        cwd=ROOT,
        env=child_env(tag),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _signal(child, sig, *, within: float, what: str) -> None:
    """Send ``sig`` to a build and wait for it to stop (killed and failed after ``within`` s)."""
    child.send_signal(sig)
    try:
        child.wait(timeout=within)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
        raise AssertionError(f"{what} did not stop within {within:.0f} s of {sig!r}") from None
    child.stderr.close()


def _kill_then_reopen(setup, cache, sig, at: float) -> None:
    raw, clean, _ = setup
    tag = uuid.uuid4().hex
    child = _start(raw, cache, tag)
    time.sleep(at)
    _signal(child, sig, within=30, what="the build")
    left = wait_gone(tag, GONE_WITHIN)
    assert not left, f"{len(left)} process(es) of a build killed by {sig!r} at {at:.2f} s still alive"
    report = assert_ok(probe(raw, cache, n_jobs=1))
    assert report["tables"] == clean["tables"], f"tables differ after {sig!r} at {at:.2f} s"
    leftovers = [p.name for p in cache.iterdir() if p.name.startswith((".build-", ".tmp-"))]
    assert not leftovers, f"left behind after the next build: {leftovers}"


@pytest.mark.parametrize(
    "sig",
    [
        signal.SIGKILL,
        pytest.param(signal.SIGTERM, marks=pytest.mark.faults),
        pytest.param(signal.SIGINT, marks=pytest.mark.faults),
    ],
)
def test_killed_mid_build(setup, tmp_path, sig):
    rng = random.Random(f"{SEED}-{sig}")
    _kill_then_reopen(setup, tmp_path / "cache", sig, rng.uniform(0.5, 0.8) * setup[2])


@pytest.mark.faults
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_killed_at_random_moments(setup, tmp_path, sig):
    """Eight seeded moments from the first import to the cache being written, one cache: each
    kill meets what the previous ones left."""
    rng = random.Random(f"{SEED}-many-{sig}")
    cache = tmp_path / "cache"
    for n in range(8):
        _kill_then_reopen(setup, cache, sig, rng.uniform(0.05, 1.1) * setup[2])
        if n % 3 == 2:  # sometimes from an empty cache again
            import shutil

            shutil.rmtree(cache, ignore_errors=True)


def test_leftovers_of_a_dead_build_are_removed_whatever_their_age(setup, tmp_path):
    raw, clean, _ = setup
    cache = tmp_path / "cache"
    (cache / ".build-dead").mkdir(parents=True)
    (cache / ".build-dead" / "documents.arrow").write_bytes(b"half")
    (cache / ".tmp-dead").mkdir()
    report = assert_ok(probe(raw, cache))
    assert report["tables"] == clean["tables"]
    assert not [p for p in cache.iterdir() if p.name.startswith((".build-", ".tmp-"))]


#: The Dask engine's own local cluster: two worker processes (and multiprocessing's resource
#: tracker) besides the build process.
DASK = {"engine": "dask"}
DASK_PROCESSES = 4


@pytest.fixture(scope="module")
def dask_setup(setup, tmp_path_factory):
    """Seconds from the start of a Dask build to its workers being up, and from then to its end."""
    pytest.importorskip("distributed")
    raw, clean, _ = setup
    tag = uuid.uuid4().hex
    start = time.monotonic()
    child = _start(raw, tmp_path_factory.mktemp("dask-timing"), tag, DASK)
    up = _workers_up(child, tag) - start
    _, err = child.communicate(timeout=600)
    assert child.returncode == 0, err.decode()[-3000:]
    assert up > 0, "the Dask build ended before its workers were seen"
    return up, time.monotonic() - start - up


def _workers_up(child, tag) -> float:
    """When the build's worker processes are all there (or -1 if it ended first)."""
    while child.poll() is None:
        if len(tagged_processes(tag)) >= DASK_PROCESSES:
            return time.monotonic()
        time.sleep(0.05)
    return -1.0


@pytest.mark.faults
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
def test_dask_build_killed_leaves_no_worker(setup, dask_setup, tmp_path, sig):
    """The Dask engine's workers die with the build process, however it dies: killed at seeded
    moments while its workers run, no process of it is left within a few seconds, and a
    reopen gives the clean build's tables and removes what the dead build left."""
    raw, clean, _ = setup
    rng = random.Random(f"{SEED}-dask-{sig}")
    for n in range(2):
        cache = tmp_path / f"cache-{n}"  # empty: the build must start its workers
        tag = uuid.uuid4().hex
        child = _start(raw, cache, tag, DASK)
        at = rng.uniform(0.0, 0.8) * dask_setup[1]
        workers = _workers_up(child, tag) > 0
        time.sleep(at)
        _signal(child, sig, within=60, what="the Dask build")
        left = wait_gone(tag, GONE_WITHIN)
        assert workers, "the build ended before its workers were up: no kill was tested"
        assert not left, (
            f"{len(left)} process(es) of a Dask build killed by {sig!r} {at:.2f} s after its workers started still alive"
        )
        report = assert_ok(probe(raw, cache, n_jobs=1))
        assert report["tables"] == clean["tables"], f"tables differ after {sig!r} at {at:.2f} s"
        leftovers = [p.name for p in cache.iterdir() if p.name.startswith((".build-", ".tmp-"))]
        assert not leftovers, f"left behind after the next build: {leftovers}"
