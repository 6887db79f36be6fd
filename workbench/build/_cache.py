"""The on-disk cache of built tables: keyed by content, written atomically, never trusted blindly."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import tempfile
import time
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .. import __version__
from . import _spool as spool

PACKAGE_DIR = Path(__file__).resolve().parent.parent
#: What a build runs: the cache key fingerprints these only, so editing a plot, a widget or an
#: analysis that reads the tables (topics, comparison) does not invalidate every corpus.
BUILD_PATH = (
    "__init__.py",
    "config.py",
    "schema.py",
    "corpus.py",
    "build",
    "ingest",
    "layout",
    "text",
    "quotes",
    "entities",
    "sentiment",
    "resources",
)
#: How many built corpora the cache keeps (the most recently used).
KEEP_ENTRIES = 4
META = "meta.json"
#: A temporary folder this old was left by a build that died.
STALE_TMP_SECONDS = 3600
#: Tables are Arrow IPC files, uncompressed and memory-mapped on reading: a reopen costs
#: milliseconds instead of the second Parquet's decoding takes at 10,000 documents
#: (the `build --out` command still writes Parquet, the contract's format).
TABLE_SUFFIX = ".arrow"
#: Input digests remembered by path, size, mtime and inode, so a reopen need not hash every input.
DIGESTS = "digests.pkl"
#: A file modified this close to when it was hashed may change again within the same mtime
#: tick, so its remembered digest is not trusted ("racily clean", as git calls it).
RACY_NS = 2_000_000_000
#: Remembered digests kept at most (the most recently hashed).
KEEP_DIGESTS = 500_000


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the build path's code and resources: any change to them invalidates the cache."""
    h = hashlib.sha256(__version__.encode())
    paths: list[Path] = []
    for name in BUILD_PATH:
        top = PACKAGE_DIR / name
        paths.extend(top.rglob("*") if top.is_dir() else [top])
    for path in sorted(paths):
        if path.is_file() and path.suffix in (".py", ".txt", ".json", ".tsv", ".csv"):
            h.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def key(files, cache_dir: Path | None = None) -> str:
    """Content key of a list of :class:`~workbench.readers.InputFile`.

    With ``cache_dir``, a file whose size, modification time and inode are those it had when
    it was last hashed there (and not modified within ``RACY_NS`` of that) is not read again.
    """
    memo = _read_digests(cache_dir) if cache_dir else {}
    changed = False
    h = hashlib.sha256(code_fingerprint().encode())
    for f in files:
        where = os.path.abspath(f.path)
        st = os.stat(where)
        ident = (st.st_size, st.st_mtime_ns, st.st_ino)
        hit = memo.get(where)
        if hit is not None and hit[0] == ident and hit[2] - st.st_mtime_ns > RACY_NS:
            digest = hit[1]
        else:
            digest = _file_digest(where)
            memo[where] = (ident, digest, time.time_ns())
            changed = True
        h.update(f"{f.stem}\0{f.rel}\0".encode())
        h.update(digest)
    if cache_dir and changed:
        _write_digests(cache_dir, memo)
    return h.hexdigest()


def _file_digest(path: str) -> bytes:
    with open(path, "rb") as fh:
        return (
            hashlib.file_digest(fh, "sha256").digest()
            if hasattr(hashlib, "file_digest")
            else hashlib.sha256(fh.read()).digest()
        )


def _read_digests(cache_dir: Path) -> dict:
    try:
        with open(cache_dir / DIGESTS, "rb") as fh:
            memo = pickle.load(fh)
    except Exception:  # absent or unreadable: every input is hashed
        return {}
    return memo if isinstance(memo, dict) else {}


def _write_digests(cache_dir: Path, memo: dict) -> None:
    if len(memo) > KEEP_DIGESTS:
        memo = dict(sorted(memo.items(), key=lambda kv: kv[1][2])[-KEEP_DIGESTS:])
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=cache_dir)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(memo, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache_dir / DIGESTS)
    except OSError:
        pass


def entry(cache_dir: Path, k: str) -> Path:
    return cache_dir / f"corpus-{k[:20]}"


def read(cache_dir: Path, k: str) -> dict[str, pd.DataFrame] | None:
    """The cached tables for key ``k``, or None if absent, stale or corrupt (then it is removed)."""
    where = entry(cache_dir, k)
    if not where.is_dir():
        return None
    try:
        meta = json.loads((where / META).read_text(encoding="utf-8"))
        if meta["key"] != k:
            raise ValueError("stale cache entry")
        tables = {}
        for name, n_rows in meta["rows"].items():
            df = _read_table(where / f"{name}{TABLE_SUFFIX}")
            if len(df) != n_rows:
                raise ValueError(f"{name}: {len(df)} rows, expected {n_rows}")
            tables[name] = df
    except Exception:  # anything wrong with the entry means: rebuild
        shutil.rmtree(where, ignore_errors=True)
        return None
    os.utime(where)
    return tables


def write(
    cache_dir: Path, k: str, tables: dict[str, pd.DataFrame], files: dict[str, Path] | None = None
) -> Path | None:
    """Write tables under key ``k`` atomically; a read-only cache folder only costs the caching.

    ``files``: tables already written as Arrow files (a build's spool), moved in, not rewritten.
    """
    where = entry(cache_dir, k)
    files = files or {}
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=cache_dir))
        for name, df in tables.items():
            if name in files:
                shutil.move(files[name], tmp / f"{name}{TABLE_SUFFIX}")
            else:
                _write_table(df, tmp / f"{name}{TABLE_SUFFIX}")
        meta = {"key": k, "rows": {name: len(df) for name, df in tables.items()}}
        (tmp / META).write_text(json.dumps(meta, indent=1), encoding="utf-8")
        shutil.rmtree(where, ignore_errors=True)
        os.replace(tmp, where)
    except OSError:
        return None
    _prune(cache_dir)
    return where


def _write_table(df: pd.DataFrame, path: Path) -> None:
    from pyarrow import feather

    feather.write_feather(df, path, compression="uncompressed")


def _read_table(path: Path) -> pd.DataFrame:
    # memory-mapped: strings stay in the file's pages (zero copy), shared and evictable
    return spool.read(path)


def _prune(cache_dir: Path) -> None:
    entries = sorted(cache_dir.glob("corpus-*"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP_ENTRIES:]:
        shutil.rmtree(old, ignore_errors=True)
    for tmp in [*cache_dir.glob(".tmp-*"), *cache_dir.glob(".build-*")]:
        if time.time() - tmp.stat().st_mtime > STALE_TMP_SECONDS:  # left by a build that died
            shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------- per-document rows


def document_key(source) -> str:
    """Key of one document's rows: its content, identity and metadata, and the code."""
    h = hashlib.sha256(code_fingerprint().encode())
    for part in (
        source.doc_id,
        source.path,
        source.format,
        source.sha256,
        source.encoding,
        json.dumps(source.meta, sort_keys=True, default=str),
    ):
        h.update(str(part).encode() + b"\0")
    return h.hexdigest()


def _document_dir(cache_dir: Path) -> Path:
    # One folder per code version: a change of code leaves old rows behind, pruned on write.
    return cache_dir / "documents" / code_fingerprint()[:16]


def read_document(cache_dir: Path, source) -> dict | None:
    """The cached rows of one document, or None (absent or unreadable: then it is rebuilt)."""
    path = _document_dir(cache_dir) / f"{document_key(source)}.pkl"
    try:
        with open(path, "rb") as fh:
            rows = pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception:
        path.unlink(missing_ok=True)
        return None
    return rows if isinstance(rows, dict) else None


def write_document(cache_dir: Path, source, rows: dict) -> None:
    """Keep one document's rows so adding a file to a built corpus rebuilds only that file."""
    folder = _document_dir(cache_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(rows, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / f"{document_key(source)}.pkl")
    except OSError:
        pass


def prune_documents(cache_dir: Path) -> None:
    """Drop per-document rows written by other versions of the code."""
    current = _document_dir(cache_dir)
    for old in (cache_dir / "documents").glob("*"):
        if old != current:
            shutil.rmtree(old, ignore_errors=True)
