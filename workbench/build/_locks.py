"""File locks and build workspaces: how processes sharing a cache folder stay out of each
other's way, and how the next build knows what a dead one left.

A lock is an ``flock`` on a small file; the kernel drops it when its process dies, however it
dies, so a lock that can be taken belongs to nobody: that, never the age of a folder, is what
marks a ``.build-*`` workspace as left by a dead build.
"""

from __future__ import annotations

import errno
import fcntl
import os
import secrets
import shutil
from contextlib import contextmanager
from pathlib import Path

WORKSPACE_PREFIX = ".build-"
LOCK_PREFIX = ".lock-"
#: Temporary names of the first release (before workspaces), removed on sight.
LEGACY_TMP_PREFIX = ".tmp-"


class Lock:
    """An ``flock`` on ``path`` (created if absent); ``None`` from :meth:`take` when it is busy
    and ``blocking`` is false. The lock file may be unlinked by whoever holds the lock: a
    holder checks after locking that the file it locked is still the one at ``path``."""

    def __init__(self, path: Path, fd: int):
        self.path, self.fd = path, fd

    @classmethod
    def take(cls, path: Path, *, shared: bool = False, blocking: bool = True) -> Lock | None:
        flags = (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | (0 if blocking else fcntl.LOCK_NB)
        while True:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
            try:
                fcntl.flock(fd, flags)
            except OSError as err:
                os.close(fd)
                if err.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                    return None
                raise
            try:
                same = _same(fd, path)
            except OSError:
                same = False
            if same:
                return cls(path, fd)
            os.close(fd)  # removed (and maybe re-created) while we waited: lock the new one

    def release(self, *, unlink: bool = False) -> None:
        if self.fd < 0:
            return
        if unlink:
            try:
                os.unlink(self.path)
            except OSError:
                pass
        os.close(self.fd)
        self.fd = -1

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.release()


def _same(fd: int, path: Path) -> bool:
    a, b = os.fstat(fd), os.stat(path)
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


class Workspace:
    """A build's private folder ``<cache>/.build-<id>``, locked by ``<cache>/.lock-<id>`` for as
    long as the build runs; every temporary file of the build lives in it, so nothing
    half-written is ever elsewhere. The lock file is made before the folder, so a folder
    whose lock can be taken (or is missing) belongs to a dead build."""

    def __init__(self, cache_dir: Path):
        cache_dir.mkdir(parents=True, exist_ok=True)
        while True:
            ident = f"{os.getpid()}-{secrets.token_hex(6)}"
            lock_path = cache_dir / f"{LOCK_PREFIX}{ident}"
            try:
                os.close(os.open(lock_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o644))
                break
            except FileExistsError:
                continue
        self.lock = _take(lock_path)
        self.path = cache_dir / f"{WORKSPACE_PREFIX}{ident}"
        try:
            self.path.mkdir()
        except OSError:
            self.lock.release(unlink=True)
            raise

    def tmp(self, name: str) -> Path:
        """A path for a temporary file or folder in the workspace."""
        return self.path / f"{secrets.token_hex(4)}-{name}"

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
        self.lock.release(unlink=True)


def remove_dead_workspaces(cache_dir: Path) -> None:
    """Remove the workspaces (and first-release temporaries) of builds that are not running."""
    try:
        names = os.listdir(cache_dir)
    except OSError:
        return
    for name in names:
        path = cache_dir / name
        if name.startswith(LEGACY_TMP_PREFIX):
            remove_path(path)
        elif name.startswith(WORKSPACE_PREFIX):
            ident = name[len(WORKSPACE_PREFIX) :]
            lock = _try_lock(cache_dir / f"{LOCK_PREFIX}{ident}")
            if lock is False:
                continue  # a live build
            remove_path(path)
            if isinstance(lock, Lock):
                lock.release(unlink=True)
        elif name.startswith(LOCK_PREFIX):
            ident = name[len(LOCK_PREFIX) :]
            if (cache_dir / f"{WORKSPACE_PREFIX}{ident}").exists():
                continue  # judged with its workspace above
            lock = _try_lock(path)
            if isinstance(lock, Lock):  # a lock nobody holds and no workspace: left by a crash
                lock.release(unlink=True)


def _take(path: Path) -> Lock:
    """The lock at ``path``, waiting for it."""
    lock = Lock.take(path)
    if lock is None:  # only a non-blocking take gives None
        raise OSError(f"could not lock {path}")
    return lock


def _try_lock(path: Path) -> Lock | None | bool:
    """The lock if free, ``False`` if held by a live process (or not ours to take: then it is
    left alone too), ``None`` if there is no lock file."""
    if not path.exists():
        return None
    try:
        lock = Lock.take(path, blocking=False)
    except OSError:
        return False
    return False if lock is None else lock


def remove_path(path: Path) -> None:
    """Remove a file, a link or a folder, whatever is there; what is already gone is fine."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        try:
            path.unlink()
        except OSError:
            pass


@contextmanager
def held(path: Path, *, shared: bool = False):
    """``with held(path):`` the lock, or nothing when the folder cannot hold a lock file
    (a read-only cache: then there is nothing to protect, no one can write there)."""
    try:
        lock = Lock.take(path, shared=shared)
    except OSError:
        lock = None
    try:
        yield lock
    finally:
        if lock is not None:
            lock.release()


def open_workspace(cache_dir: Path) -> Workspace | None:
    """A new build workspace in ``cache_dir``, or None when that folder cannot be written."""
    try:
        return Workspace(cache_dir)
    except OSError:
        return None
