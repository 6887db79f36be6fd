"""Paths to input files: folders walked recursively, each regular file an :class:`InputFile`,
every other thing found (FIFO, socket, device, dangling or looping link, unreadable folder) an
entry with its reason; a path that does not exist raises ``FileNotFoundError``."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class InputFile:
    """A file to read: where it is, its path relative to the root given, and its id stem.

    Tables show ``rel``, never the absolute path, so they are equal on every machine.
    """

    path: Path
    rel: str
    stem: str
    #: Why this is not read, as ``"status: reason"`` (a FIFO, an unreadable folder, ...).
    problem: str = ""


def discover(
    paths: str | os.PathLike | Iterable[str | os.PathLike], *, exclude: Iterable[str | os.PathLike] = ()
) -> list[InputFile]:
    """Every file under the given paths (folders recursively, links to folders followed once),
    in a stable order; anything else found there (FIFO, socket, device, dangling or looping
    link, unreadable folder) is an :class:`InputFile` with its ``problem``. Folders in
    ``exclude`` (the cache) are never entered.

    Raises ``FileNotFoundError`` naming the first path that does not exist (or is empty).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    skip = {_identity(p) for p in exclude} - {None}
    found: list[InputFile] = []
    for given in paths:
        if os.fspath(given) in ("", b""):
            raise FileNotFoundError("an empty path names no file or folder")
        root = Path(given)
        if not root.exists():
            raise FileNotFoundError(f"no such file or folder: {os.fspath(given)}")
        if not root.is_dir():
            found.append(entry(root, root.name))
            continue
        seen = set(skip)
        if _identity(root) in seen:
            continue
        seen.add(_identity(root))
        _walk(os.fspath(root), "", seen, found)
    return _unique_stems(found)


def _identity(path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISDIR(st.st_mode) else None


def _walk(root: str, rel: str, seen: set, found: list) -> None:
    """Files of ``root/rel`` (sorted by name), then its folders, recursively (as os.walk gives
    them); plain strings here, since a folder may hold many thousand files."""
    folder = os.path.join(root, rel) if rel else root
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as err:
        found.append(_problem(Path(folder), rel, "failed", f"unreadable folder ({os_reason(err)})"))
        return
    folders = []
    for e in entries:
        sub = f"{rel}/{e.name}" if rel else e.name
        if e.is_file(follow_symlinks=False):  # a regular file (known without a system call)
            shown = _display(sub)
            found.append(InputFile(Path(e.path), shown, _stem(shown)))
            continue
        try:
            is_dir = e.is_dir()  # follows a link
        except OSError:
            is_dir = False
        if is_dir:
            folders.append((e, sub))
        else:
            found.append(entry(Path(e.path), sub))
    for e, sub in folders:
        ident = _identity(e.path)
        if ident in seen:
            if e.is_symlink():
                found.append(
                    _problem(
                        Path(e.path), sub, "skipped", "link to a folder already read (not followed again)"
                    )
                )
            continue  # the cache folder, or a folder reached twice
        seen.add(ident)
        _walk(root, sub, seen, found)


def entry(path: Path, rel: str) -> InputFile:
    """A path to read, or what it is instead when it is not a regular file."""
    try:
        st = os.stat(path)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return _problem(path, rel, "skipped", "symbolic link loop")
        if err.errno == errno.ENOENT and os.path.islink(path):
            return _problem(path, rel, "skipped", "dangling symbolic link")
        return _problem(path, rel, "failed", f"cannot read: {os_reason(err)}")
    if not stat.S_ISREG(st.st_mode):
        return _problem(path, rel, "skipped", f"not a regular file ({file_kind(st.st_mode)})")
    return InputFile(path, _display(rel), _stem(_display(rel)))


def _problem(path: Path, rel: str, status: str, reason: str) -> InputFile:
    return InputFile(path, _display(rel), _stem(_display(rel)), f"{status}: {reason}")


def file_kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return name
    return "not a file"


def os_reason(err: OSError) -> str:
    return (err.strerror or str(err)).lower()


def _display(rel: str) -> str:
    """A name as tables show it: bytes that are not UTF-8 (kept by Python as surrogates) as
    ``\\xff`` escapes, so every table can be written and printed."""
    if rel.isascii():
        return rel
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _stem(rel: str) -> str:
    """``rel`` without its last suffix, as ``Path.with_suffix("")`` gives it."""
    head, _, name = rel.rpartition("/")
    base, ext = os.path.splitext(name)
    if not ext or ext == ".":
        return rel
    return f"{head}/{base}" if head else base


def _unique_stems(files: list[InputFile]) -> list[InputFile]:
    """Keep ids unique: a later file whose stem is taken keeps its extension (``a.html``)."""
    seen: set[str] = set()
    out = []
    for f in files:
        stem = f.stem
        if stem in seen:
            stem = f"{stem}{f.path.suffix}"
            n = 2
            while stem in seen:
                stem, n = f"{f.stem}{f.path.suffix}~{n}", n + 1
        seen.add(stem)
        out.append(InputFile(f.path, f.rel, stem, f.problem))
    return out
