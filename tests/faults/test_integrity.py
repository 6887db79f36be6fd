"""A corrupt cache is rebuilt or refused, never served, and never runs code it finds on disk.

Each reopen runs in a child process (a segfault or an exception fails the test) and its
every table must equal a build without cache.
"""

from __future__ import annotations

import os
import pickle
import random
import shutil
from pathlib import Path

import pytest

from .conftest import assert_ok, cache_files, probe

SEED = 1717


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A corpus, its clean tables (no cache) and a cache built from it, to copy per trial."""
    from .conftest import make_corpus

    base = tmp_path_factory.mktemp("integrity")
    raw = make_corpus(base / "raw", 12)
    clean = assert_ok(probe(raw, cache=False))
    assert_ok(probe(raw, base / "cache"))
    return raw, clean, base / "cache"


def _kind(cache_dir: Path, path: Path) -> str:
    rel = path.relative_to(cache_dir).parts
    if rel[0].startswith("corpus-"):
        return "entry-meta" if path.suffix == ".json" else "entry-table"
    if rel[0] == "documents":
        return "document"
    return "other"


def _trial_cache(built, tmp_path) -> Path:
    _, _, cache = built
    target = tmp_path / "cache"
    shutil.copytree(cache, target, symlinks=True)
    return target


def _reopen_equals_clean(built, cache: Path, *, drop_entries: bool = False) -> dict:
    raw, clean, _ = built
    if drop_entries:  # so the per-document rows are what the next load reads
        for entry in cache.glob("corpus-*"):
            if entry.is_dir():
                shutil.rmtree(entry)
    report = assert_ok(probe(raw, cache))
    assert report["tables"] == clean["tables"], "a corrupt cache was served"
    return report


def _flip(path: Path, rng: random.Random) -> int:
    data = bytearray(path.read_bytes())
    at = rng.randrange(len(data))
    data[at] ^= 1 << rng.randrange(8)
    with open(path, "r+b") as fh:  # in place, as a bad sector or a torn write leaves it
        fh.seek(at)
        fh.write(bytes([data[at]]))
    return at


def _pick(cache: Path, kind: str, rng: random.Random) -> list[Path]:
    files = [p for p in cache_files(cache) if _kind(cache, p) == kind and not p.name.endswith(".lock")]
    return files


@pytest.mark.parametrize("kind", ["entry-table", "entry-meta", "document", "other"])
def test_one_flipped_byte_is_never_served(built, tmp_path, kind):
    cache = _trial_cache(built, tmp_path)
    rng = random.Random(f"{SEED}-{kind}")
    files = _pick(cache, kind, rng)
    if not files:
        pytest.skip(f"the cache holds no {kind} file")
    target = rng.choice(files)
    _flip(target, rng)
    report = _reopen_equals_clean(built, cache, drop_entries=kind == "document")
    if kind.startswith("entry"):
        assert any("rebuil" in w for w in report["warnings"]), report["warnings"]
        assert all("\n" not in w for w in report["warnings"])


@pytest.mark.faults
def test_flipped_bytes_in_every_cached_file(built, tmp_path):
    """66 trials: every file of the cache at least once, then random files, random bits."""
    rng = random.Random(SEED)
    names = [p.relative_to(built[2]) for p in cache_files(built[2]) if not p.name.endswith(".lock")]
    trials = names + [rng.choice(names) for _ in range(max(0, 66 - len(names)))]
    for n, rel in enumerate(trials):
        cache = tmp_path / f"t{n}"
        shutil.copytree(built[2], cache, symlinks=True)
        at = _flip(cache / rel, rng)
        try:
            _reopen_equals_clean(built, cache, drop_entries=_kind(cache, cache / rel) == "document")
        except AssertionError as err:
            raise AssertionError(f"trial {n}: byte {at} of {rel}: {err}") from None
        shutil.rmtree(cache)


def test_truncated_and_emptied_tables_are_rebuilt(built, tmp_path):
    cache = _trial_cache(built, tmp_path)
    tables = _pick(cache, "entry-table", random.Random(SEED))
    assert tables
    for n, path in enumerate(tables):
        with open(path, "r+b") as fh:
            fh.truncate(0 if n % 2 else os.path.getsize(path) // 2)
    _reopen_equals_clean(built, cache)


def test_meta_listing_only_some_tables_is_rebuilt(built, tmp_path):
    import json

    cache = _trial_cache(built, tmp_path)
    (meta,) = _pick(cache, "entry-meta", random.Random(SEED))
    data = json.loads(meta.read_text(encoding="utf-8"))
    listed = next(v for v in data.values() if isinstance(v, dict) and "documents" in v)
    for name in list(listed)[1:]:
        del listed[name]
    meta.write_text(json.dumps(data), encoding="utf-8")
    _reopen_equals_clean(built, cache)


@pytest.mark.faults
def test_meta_that_is_not_an_object_is_rebuilt(built, tmp_path):
    cache = _trial_cache(built, tmp_path)
    (meta,) = _pick(cache, "entry-meta", random.Random(SEED))
    for text in ("[]", '{"key": 1}', "null", "\xff\xfe"):
        meta.write_bytes(text.encode("latin-1"))
        _reopen_equals_clean(built, cache)


def test_document_rows_made_a_folder_are_rebuilt(built, tmp_path):
    cache = _trial_cache(built, tmp_path)
    for path in _pick(cache, "document", random.Random(SEED))[:3]:
        path.unlink()
        path.mkdir()
        (path / "x").write_text("in the way")
    _reopen_equals_clean(built, cache, drop_entries=True)


def test_a_table_replaced_by_a_symlink_to_a_device_is_rebuilt(built, tmp_path):
    cache = _trial_cache(built, tmp_path)
    path = _pick(cache, "entry-table", random.Random(SEED))[0]
    path.unlink()
    path.symlink_to("/dev/zero")
    _reopen_equals_clean(built, cache)


class _Payload:
    """Unpickling this runs ``touch MARKER``: what a crafted file in a cache could do."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def test_no_file_in_the_cache_is_a_pickle(built):
    for path in cache_files(built[2]):
        head = path.read_bytes()[:2]
        assert not (head[:1] == b"\x80" and head[1:2] in b"\x02\x03\x04\x05"), f"{path} is a pickle"


def test_a_crafted_pickle_anywhere_in_the_cache_never_runs(built, tmp_path):
    marker = tmp_path / "pwned"
    cache = _trial_cache(built, tmp_path)
    payload = pickle.dumps(_Payload(marker))
    for path in cache_files(cache):
        path.write_bytes(payload)
    # and where the first release kept its pickles
    (cache / "digests.pkl").write_bytes(payload)
    folder = cache / "documents" / "0123456789abcdef"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "x.pkl").write_bytes(payload)
    _reopen_equals_clean(built, cache, drop_entries=True)
    assert not marker.exists(), "the cache ran code it found on disk"
