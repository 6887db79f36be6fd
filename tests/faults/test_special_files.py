"""Odd things in the raw folder: each is a manifest row with a reason, with or without cache,
and none blocks the load (only regular files are ever opened)."""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest

from .conftest import assert_ok, document, probe, unprivileged

#: A load meeting every odd file below must finish within this (a FIFO or /dev/zero hangs it).
TIMEOUT = 60


def _odd_folder(raw: Path) -> dict[str, str]:
    """Make the odd files; their manifest paths (as the manifest shows them) and what they are."""
    raw.mkdir(parents=True, exist_ok=True)
    (raw / "good.txt").write_text(document(1), encoding="utf-8")
    odd = {}
    os.mkfifo(raw / "pipe.txt")
    odd["pipe.txt"] = "fifo"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(raw / "sock.txt"))
    sock.close()
    odd["sock.txt"] = "socket"
    (raw / "zero.txt").symlink_to("/dev/zero")
    odd["zero.txt"] = "link to a device"
    (raw / "loop.txt").symlink_to("loop.txt")
    odd["loop.txt"] = "symlink loop"
    (raw / "gone.txt").symlink_to(raw / "nowhere.txt")
    odd["gone.txt"] = "dangling link"
    (raw / "linked").symlink_to(raw)  # a folder loop through a link
    odd["linked"] = "link to a folder"
    try:
        os.mknod(raw / "null.txt", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        odd["null.txt"] = "device"
    except OSError:
        pass
    return odd


def _names_folder(raw: Path) -> None:
    raw.mkdir(parents=True, exist_ok=True)
    fd = os.open(os.fsencode(raw) + b"/bad\xffname.txt", os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, document(2).encode())
    os.close(fd)
    (raw / "two\nlines.txt").write_text(document(3), encoding="utf-8")
    (raw / "tab\tand space .txt").write_text(document(4), encoding="utf-8")


def _check(report: dict, odd: dict[str, str]) -> None:
    assert_ok(report)
    rows = {path: (status, reason) for path, status, reason in report["manifest"]}
    assert rows.get("good.txt", ("",))[0] == "loaded"
    for path, what in odd.items():
        assert path in rows, f"no manifest row for the {what} {path!r}: {sorted(rows)}"
        status, reason = rows[path]
        assert status != "loaded" and reason, f"{what}: {status} {reason!r}"
    assert report["rows"]["documents"] == 1


@pytest.mark.parametrize("cache", [True, False])
def test_special_files_are_manifest_rows(tmp_path, cache):
    odd = _odd_folder(tmp_path / "raw")
    report = probe(tmp_path / "raw", tmp_path / "cache", cache=cache, timeout=TIMEOUT)
    _check(report, odd)
    if cache:  # and again from the cache
        again = probe(tmp_path / "raw", tmp_path / "cache", timeout=TIMEOUT)
        _check(again, odd)
        assert again["tables"] == report["tables"]


def test_unreadable_file_and_folder_are_manifest_rows(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text(document(1), encoding="utf-8")
    (raw / "secret.txt").write_text(document(5), encoding="utf-8")
    (raw / "secret.txt").chmod(0)
    (raw / "closed").mkdir()
    (raw / "closed" / "inside.txt").write_text(document(6), encoding="utf-8")
    (raw / "closed").chmod(0)
    cache = tmp_path / "cache"
    prefix = unprivileged()
    odd = {"secret.txt": "unreadable file", "closed": "unreadable folder"}
    for use_cache in (True, False, True):
        _check(probe(raw, cache, cache=use_cache, timeout=TIMEOUT, prefix=prefix), odd)
    (raw / "closed").chmod(0o755)


@pytest.mark.parametrize("cache", [True, False])
def test_names_that_are_not_plain_text_load(tmp_path, cache):
    _names_folder(tmp_path / "raw")
    report = assert_ok(probe(tmp_path / "raw", tmp_path / "cache", cache=cache, timeout=TIMEOUT))
    statuses = [status for _, status, _ in report["manifest"]]
    assert statuses == ["loaded"] * 3, report["manifest"]
    assert report["rows"]["documents"] == 3
    assert any("bad" in path and "name.txt" in path for path, _, _ in report["manifest"])
