"""The on-disk cache of built tables: keyed by the bytes read, checked before it is served,
written atomically, shared safely between processes, and never a place code is loaded from.

Layout of a cache folder::

    corpus-<key>/          one built corpus: a table per Arrow IPC file, and meta.json
                           (written last) with each table's rows, size and digest
    corpus-<key>.lock      held while a process builds or reads that entry
    documents/<code>/      each document's rows (one file per document; see _rows.py)
    digests.json           input digests remembered by path, size, mtime and inode
    .build-<id>/           a running build's temporary files; .lock-<id> says it runs

Nothing in it is unpickled: a cache is data (Arrow, JSON) checked against its digest and
the schema before it is used, so a corrupt or crafted file is rebuilt, never served or run.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import sys
import time
import warnings
import zlib
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from types import FrameType

import pandas as pd

try:
    import xxhash
except ImportError:  # pragma: no cover - a dependency; CRC-32 is the slower fallback
    xxhash = None  # type: ignore[assignment]

from .. import __version__
from ..ingest import Limits, content_digest, refusal
from ..schema import TABLES
from . import _rows
from . import _spool as spool
from ._locks import Lock, open_workspace, remove_dead_workspaces

PACKAGE_DIR = Path(__file__).resolve().parent.parent
#: Version of the cache's layout: entries of another are rebuilt.
FORMAT = 2
#: How many built corpora the cache keeps (the most recently used).
KEEP_ENTRIES = 4
META = "meta.json"
#: Tables are Arrow IPC files, uncompressed and memory-mapped on reading: a reopen costs
#: milliseconds instead of the second Parquet's decoding takes at 10,000 documents
#: (the `build --out` command still writes Parquet, the contract's format).
TABLE_SUFFIX = ".arrow"
#: Input digests remembered by path, size, mtime and inode, so a reopen need not hash every input.
DIGESTS = "digests.json"
#: A file modified this close to when it was hashed may change again within the same mtime
#: tick, so its remembered digest is not trusted ("racily clean", as git calls it).
RACY_NS = 2_000_000_000
#: Remembered digests kept at most (the most recently hashed).
KEEP_DIGESTS = 500_000
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
#: Files of the first release's cache, removed on sight (never read: they were pickles).
LEGACY = ("digests.pkl",)


class CacheWarning(UserWarning):
    """Something about the cache the analyst should know: an entry rebuilt, or not written."""


def warn(message: str) -> None:
    """One warning, shown at the first caller outside the package (the notebook's line)."""
    frame: FrameType | None = sys._getframe(1)
    level = 2
    while frame is not None and frame.f_code.co_filename.startswith(str(PACKAGE_DIR)):
        frame, level = frame.f_back, level + 1
    warnings.warn(message, CacheWarning, stacklevel=level)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the build path's code and resources (and of the cache's format): any change to
    them invalidates the cache."""
    h = hashlib.sha256(f"{__version__}\0{FORMAT}".encode())
    paths: list[Path] = []
    for name in BUILD_PATH:
        top = PACKAGE_DIR / name
        paths.extend(top.rglob("*") if top.is_dir() else [top])
    for path in sorted(paths):
        if path.is_file() and path.suffix in (".py", ".txt", ".json", ".tsv", ".csv"):
            h.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()


# --------------------------------------------------------------------------- keys


def key(files, cache_dir: Path | None = None, *, limits=None, workspace=None) -> str:
    """Content key of a list of :class:`~workbench.ingest.InputFile`, before a build.

    Each file counts by the digest of its bytes, or by why it is not read (a FIFO, a file over
    a limit): :func:`key_of_results` gives the same key from what a build actually read. With
    ``cache_dir``, a file whose size, modification time and inode are those it had when it was
    last hashed there (and not modified within ``RACY_NS`` of that) is not read again.
    """
    limits = limits or Limits()
    memo = _read_digests(cache_dir) if cache_dir else {}
    changed = False
    tokens = []
    for f in files:
        where = os.path.abspath(f.path)
        refused, st = refusal(f, limits)
        if refused is not None or st is None:
            tokens.append(_token("", *(refused or ("failed", "cannot read"))))
            continue
        ident = [st.st_size, st.st_mtime_ns, st.st_ino]
        hit = memo.get(where)
        if hit is not None and hit[:3] == ident and hit[4] - st.st_mtime_ns > RACY_NS:
            tokens.append(hit[3])
            continue
        digest, status, reason = content_digest(f, limits)
        if digest:
            memo[where] = [*ident, digest, time.time_ns()]
            changed = True
        tokens.append(_token(digest, status, reason))
    if cache_dir and changed:
        own = open_workspace(cache_dir) if workspace is None else None
        if workspace is not None or own is not None:
            _write_digests(cache_dir, memo, workspace or own)
        if own is not None:
            own.remove()
    return _combine(files, tokens, limits)


def key_of_results(files, manifest: pd.DataFrame, *, limits=None) -> str:
    """The key of the inputs as a build read them (``manifest``: one row per file, in order)."""
    tokens = [
        _token(sha or "", status, reason)
        for sha, status, reason in zip(
            manifest["sha256"].fillna(""), manifest["status"], manifest["reason"].fillna("")
        )
    ]
    return _combine(files, tokens, limits or Limits())


def _token(digest: str, status: str, reason: str) -> str:
    return digest if digest else f"!{status}:{reason}"


def _combine(files, tokens, limits) -> str:
    h = hashlib.sha256(code_fingerprint().encode())
    h.update(repr(limits).encode())
    for f, token in zip(files, tokens, strict=True):
        h.update(f"{f.stem}\0{f.rel}\0{token}\0".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def _read_digests(cache_dir: Path) -> dict:
    try:
        with open(cache_dir / DIGESTS, encoding="utf-8") as fh:
            memo = json.load(fh)
    except (OSError, ValueError):  # absent or unreadable: every input is hashed
        return {}
    files = memo.get("files") if isinstance(memo, dict) and memo.get("format") == FORMAT else None
    if not isinstance(files, dict):
        return {}
    return {
        k: v
        for k, v in files.items()
        if isinstance(v, list)
        and len(v) == 5
        and all(isinstance(x, int) for x in (v[0], v[1], v[2], v[4]))
        and isinstance(v[3], str)
    }


def _write_digests(cache_dir: Path, memo: dict, workspace) -> None:
    if len(memo) > KEEP_DIGESTS:
        memo = dict(sorted(memo.items(), key=lambda kv: kv[1][4])[-KEEP_DIGESTS:])
    tmp = workspace.tmp(DIGESTS)
    try:
        with open(tmp, "w", encoding="utf-8", errors="surrogateescape") as fh:
            json.dump({"format": FORMAT, "files": memo}, fh)
        os.replace(tmp, cache_dir / DIGESTS)
    except (OSError, ValueError):
        _unlink(tmp)


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


# --------------------------------------------------------------------------- entries


def entry(cache_dir: Path, k: str) -> Path:
    return cache_dir / f"corpus-{k[:20]}"


def entry_lock(cache_dir: Path, k: str, *, blocking: bool = True) -> Lock | None:
    """The entry's lock, taken (waiting while another process builds it), or None when the
    cache folder cannot hold one (read-only: no one writes there) or, not ``blocking``, when
    another process holds it."""
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        return Lock.take(cache_dir / f"corpus-{k[:20]}.lock", blocking=blocking)
    except OSError:
        return None


class Corrupt(ValueError):
    """A cache entry or file that failed its check."""


def read(cache_dir: Path, k: str) -> dict[str, pd.DataFrame] | None:
    """The cached tables for key ``k``, or None if absent, or stale or corrupt (then removed,
    with one warning saying so)."""
    where = entry(cache_dir, k)
    if not where.is_dir():
        return None
    try:
        tables = _read_entry(where, k)
    except Corrupt as err:
        warn(f"workbench: cache entry {where} failed its check ({err}); rebuilding it")
        shutil.rmtree(where, ignore_errors=True)
        return None
    try:
        os.utime(where)
    except OSError:
        pass
    return tables


def _read_entry(where: Path, k: str) -> dict[str, pd.DataFrame]:
    try:
        meta = json.loads((where / META).read_bytes().decode("utf-8"))
    except (OSError, ValueError) as err:
        raise Corrupt(f"{META}: {err}") from None
    listed = meta.get("tables") if isinstance(meta, dict) else None
    if not isinstance(meta, dict) or meta.get("key") != k or meta.get("format") != FORMAT:
        raise Corrupt(f"{META}: another key or format")
    if not isinstance(listed, dict) or set(listed) != set(TABLES):
        raise Corrupt(f"{META}: lists other tables than the corpus has")
    for name, info in listed.items():
        if not (
            isinstance(info, dict)
            and isinstance(info.get("rows"), int)
            and isinstance(info.get("bytes"), int)
            and isinstance(info.get("digest"), str)
        ):
            raise Corrupt(f"{META}: {name}: no rows, bytes and digest")
    paths = {name: where / f"{name}{TABLE_SUFFIX}" for name in TABLES}
    with ThreadPoolExecutor(max_workers=2) as pool:  # hashing releases the GIL
        checks = dict(zip(paths, pool.map(_digest_of, paths.values())))
    tables = {}
    for name, path in paths.items():
        info, (size, digest) = listed[name], checks[name]
        if size != info["bytes"] or digest != info["digest"]:
            raise Corrupt(
                f"{name}: {size} bytes, digest {digest}; written {info['bytes']} bytes, "
                f"digest {info['digest']}"
            )
        df = _read_table(path, name)
        if len(df) != info["rows"]:
            raise Corrupt(f"{name}: {len(df)} rows, expected {info['rows']}")
        tables[name] = df
    return tables


def _hash(data) -> str:
    """Digest of a table file: xxh3-64 (600 MB of tables, 10,000 documents, in about 0.25 s
    on two threads), or CRC-32 where xxhash is not installed (about twice as long)."""
    if xxhash is not None:
        return f"xxh3_64:{xxhash.xxh3_64_hexdigest(data)}"
    return f"crc32:{zlib.crc32(data):08x}"


def _digest_of(path: Path) -> tuple[int, str]:
    """Size and digest of a regular file (-1 and "" for anything else: never opened)."""
    import mmap

    try:
        st = os.lstat(path)
        if not stat.S_ISREG(st.st_mode):
            return -1, ""
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return -1, ""
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return -1, ""
        if st.st_size == 0:
            return 0, _hash(b"")
        with mmap.mmap(fd, 0, prot=mmap.PROT_READ) as mm:
            mm.madvise(mmap.MADV_SEQUENTIAL)
            return st.st_size, _hash(mm)
    except (OSError, ValueError):
        return -1, ""
    finally:
        os.close(fd)


def _read_table(path: Path, name: str) -> pd.DataFrame:
    """A checked table file, memory-mapped; :class:`Corrupt` if its schema is not ``name``'s."""
    import pyarrow as pa

    try:
        return spool.read(path, expect=name)
    except (pa.ArrowException, OSError, ValueError) as err:
        raise Corrupt(f"{name}: {err}") from None


def write(
    cache_dir: Path,
    k: str,
    tables: dict[str, pd.DataFrame],
    *,
    workspace,
    files: dict[str, Path] | None = None,
) -> Path | None:
    """Write tables under key ``k``: built in ``workspace``, ``meta.json`` last, then renamed in
    at once. ``files``: tables already written as Arrow files (a build's spool), moved in.
    A cache that cannot be written (read-only, full) costs the caching only, with one warning."""
    where = entry(cache_dir, k)
    files = files or {}
    tmp = workspace.tmp("entry")
    try:
        tmp.mkdir()
        listed = {}
        for name, df in tables.items():
            path = tmp / f"{name}{TABLE_SUFFIX}"
            if name in files:
                os.replace(files[name], path)
            else:
                spool.write_table(df, path)
            size, digest = _digest_of(path)
            listed[name] = {"rows": len(df), "bytes": size, "digest": digest}
        meta = json.dumps({"key": k, "format": FORMAT, "tables": listed}, indent=1)
        with open(tmp / META, "w", encoding="utf-8") as fh:
            fh.write(meta)
            fh.flush()
            os.fsync(fh.fileno())
        shutil.rmtree(where, ignore_errors=True)
        os.replace(tmp, where)
    except OSError as err:
        shutil.rmtree(tmp, ignore_errors=True)
        warn(
            f"workbench: could not write the cache in {cache_dir} ({err.strerror or err}); "
            "the corpus was built in memory and is not cached"
        )
        return None
    prune(cache_dir)
    return where


def prune(cache_dir: Path) -> None:
    """Keep the ``KEEP_ENTRIES`` most recently used entries (never one another process holds)
    and remove what dead builds left."""

    def mtime(p):
        try:
            return p.stat().st_mtime
        except OSError:
            return 0.0

    entries = sorted(
        (p for p in cache_dir.glob("corpus-*") if not p.name.endswith(".lock")), key=mtime, reverse=True
    )
    for old in entries[KEEP_ENTRIES:]:
        lock_path = old.with_name(old.name + ".lock")
        try:
            lock = Lock.take(lock_path, blocking=False)
        except OSError:
            continue
        if lock is None:
            continue  # being read or built
        shutil.rmtree(old, ignore_errors=True)
        lock.release(unlink=True)
    for lock_path in cache_dir.glob("corpus-*.lock"):  # of an entry never written, or gone
        if not lock_path.with_suffix("").exists():
            try:
                lock = Lock.take(lock_path, blocking=False)
            except OSError:
                continue
            if lock is not None:  # else a build of that entry is running
                lock.release(unlink=True)
    remove_dead_workspaces(cache_dir)
    for name in LEGACY:
        _unlink(cache_dir / name)


def prune_documents(cache_dir: Path) -> None:
    """Drop per-document rows written by other versions of the code."""
    _rows.prune(cache_dir, code_fingerprint())
