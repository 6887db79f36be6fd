"""Bytes on disk -> decoded inputs, one per document, with a manifest entry per file.

Nothing here raises for bad content: an input that cannot be read becomes a
:class:`FileResult` with status ``skipped`` or ``failed`` and a reason. Only a
path that does not exist raises (``FileNotFoundError``), in :func:`discover`.

Only regular files are ever opened (a FIFO or a device would block or never end); every
other thing found in a folder (FIFO, socket, device, dangling or looping link, unreadable
folder) is a manifest row saying what it is. Inputs larger than the :class:`Limits` are
skipped with their reason, never truncated.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ._decode import DecodeError, decode, invalid_sequences
from ._discover import InputFile, entry, file_kind, os_reason

TEXT_FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md"}
HTML_FORMATS = {".html": "html", ".htm": "html"}
RECORD_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
FORMATS = {**TEXT_FORMATS, **HTML_FORMATS, **RECORD_FORMATS}

#: Record fields that carry metadata (the contract's list); anything else is ignored.
RECORD_FIELDS = ("title", "author", "outlet", "url", "published", "language")

#: Bytes hashed at a time for a file whose content is not kept (an unsupported type).
HASH_CHUNK = 1 << 20


@dataclass(frozen=True)
class Limits:
    """Sizes past which an input is skipped with its reason (never truncated): they bound a
    build's time and memory. Change them by keyword of :func:`workbench.load_corpus`.

    ``max_bytes_per_document``: a text copy or an HTML page, or one record's text (8 MiB: a
    long article is 100 KB; processing takes about 100 times a document's size in memory).
    ``max_bytes_per_file``: a JSONL or CSV file of records, read whole (256 MiB).
    """

    max_bytes_per_document: int = 8 * 2**20
    max_bytes_per_file: int = 256 * 2**20


@dataclass
class Source:
    """One document's decoded input, before any analysis."""

    doc_id: str
    path: str
    format: str
    text: str
    meta: dict = field(default_factory=dict)
    encoding: str = "utf-8"
    sha256: str = ""
    #: Bytes that were not UTF-8 in a UTF-8 file (``"\\xff"``), in order: each is a U+FFFD
    #: in ``text``, and a ``decoding`` row of the repairs table.
    replaced: tuple[str, ...] = ()


@dataclass
class FileResult:
    """What became of one input file: the manifest row and its documents."""

    path: str
    status: str
    reason: str
    bytes: int
    sha256: str
    encoding: str | None = None
    sources: list[Source] = field(default_factory=list)

    @property
    def n_documents(self) -> int:
        return len(self.sources)


# --------------------------------------------------------------------------- reading


def refusal(
    item: InputFile, limits: Limits = Limits()
) -> tuple[tuple[str, str] | None, os.stat_result | None]:
    """``((status, reason), stat)`` when ``item`` is not to be read (not a regular file, over a
    limit), else ``(None, stat)``: the same answer :func:`read_file` acts on, so a cache key
    made from it matches what a build reads."""
    if item.problem:
        status, reason = item.problem.split(": ", 1)
        return (status, reason), None
    try:
        st = os.stat(item.path)
    except OSError as err:
        return _entry_refusal(item, err), None
    if not stat.S_ISREG(st.st_mode):
        return ("skipped", f"not a regular file ({file_kind(st.st_mode)})"), st
    fmt = FORMATS.get(item.path.suffix.lower())
    if fmt is None:
        return None, st
    name = "max_bytes_per_file" if fmt in RECORD_FORMATS.values() else "max_bytes_per_document"
    limit = getattr(limits, name)
    if st.st_size > limit:
        return (
            "skipped",
            f"{_mib(st.st_size)} is over {name} ({_mib(limit)}); load_corpus(..., {name}=...) raises it",
        ), st
    return None, st


def _entry_refusal(item: InputFile, err: OSError) -> tuple[str, str]:
    status, reason = (
        entry(item.path, item.rel).problem.split(": ", 1)
        if err.errno in (errno.ELOOP, errno.ENOENT)
        else ("failed", f"cannot read: {os_reason(err)}")
    )
    return status, reason


def _mib(n: int) -> str:
    return f"{n / 2**20:.1f} MiB"


def _open_regular(path: Path) -> int:
    """A file descriptor on ``path`` if it is a regular file (opened without blocking, so a
    FIFO put there meanwhile cannot hang us); ``OSError`` otherwise."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, f"not a regular file ({file_kind(mode)})")
    except OSError:
        os.close(fd)
        raise
    return fd


def content_digest(item: InputFile, limits: Limits = Limits()) -> tuple[str, str, str]:
    """``(sha256, status, reason)`` of ``item`` as :func:`read_file` would read it, without
    keeping its bytes: the sha256 of the bytes, or "" and why they are not read."""
    refused, _ = refusal(item, limits)
    if refused is not None:
        return "", *refused
    try:
        fd = _open_regular(item.path)
    except OSError as err:
        return "", "failed", f"cannot read: {os_reason(err)}"
    h = hashlib.sha256()
    try:
        with os.fdopen(fd, "rb") as fh:
            while chunk := fh.read(HASH_CHUNK):
                h.update(chunk)
    except OSError as err:
        return "", "failed", f"cannot read: {os_reason(err)}"
    return h.hexdigest(), "", ""


def read_file(item: InputFile, limits: Limits = Limits()) -> FileResult:
    """Read one file into its documents; never raises for what is inside it."""
    path = item.rel
    refused, st = refusal(item, limits)
    if refused is not None:
        return FileResult(path, *refused, st.st_size if st else 0, "")
    fmt = FORMATS.get(item.path.suffix.lower())
    try:
        fd = _open_regular(item.path)
        with os.fdopen(fd, "rb") as fh:
            if fmt is None:  # not kept: hashed a chunk at a time, for the manifest
                h, size = hashlib.sha256(), 0
                while chunk := fh.read(HASH_CHUNK):
                    h.update(chunk)
                    size += len(chunk)
                suffix = item.path.suffix or "(none)"
                return FileResult(path, "skipped", f"unsupported file type {suffix}", size, h.hexdigest())
            data = fh.read()
    except OSError as err:
        return FileResult(path, "failed", f"cannot read: {os_reason(err)}", 0, "")
    sha = hashlib.sha256(data).hexdigest()
    result = FileResult(path, "loaded", "", len(data), sha)
    if not data.strip():
        return _set(result, "skipped", "empty file" if not data else "blank file")
    try:
        text, encoding = decode(data)
    except DecodeError as err:
        return _set(result, "failed", str(err))
    result.encoding = encoding
    if not text.strip():
        return _set(result, "skipped", "blank file")
    bad: tuple[str, ...] = ()
    if encoding == "utf-8" and text.count("\ufffd") > data.count("\ufffd".encode()):
        bad = invalid_sequences(data)
    note = f", {len(bad)} invalid byte{'s' if len(bad) != 1 else ''} replaced by U+FFFD" if bad else ""
    if fmt in ("jsonl", "csv"):
        out = _read_records(result, item, text, fmt, limits)
        if note:
            out.reason = out.reason.replace(fmt, fmt + note, 1)
        return out
    result.sources = [Source(item.stem, path, fmt, text, {}, encoding, sha, bad)]
    return _set(result, "loaded", f"{fmt}, {encoding}{note}")


def _set(result: FileResult, status: str, reason: str) -> FileResult:
    result.status, result.reason = status, reason
    return result


def _read_records(
    result: FileResult, item: InputFile, text: str, fmt: str, limits: Limits = Limits()
) -> FileResult:
    records, problems = (_jsonl_records if fmt == "jsonl" else _csv_records)(text)
    seen_ids: set[str] = set()
    for number, record in records:
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            problems.append(f"record {number}: no text")
            continue
        if (
            len(body) > limits.max_bytes_per_document // 4
            and len(body.encode("utf-8", "surrogatepass")) > limits.max_bytes_per_document
        ):
            problems.append(f"record {number}: text over max_bytes_per_document")
            continue
        rid = str(record.get("id") or number).strip().replace("/", "_") or str(number)
        if rid in seen_ids:
            rid = f"{rid}~{number}"
        seen_ids.add(rid)
        meta = {k: record[k] for k in RECORD_FIELDS if record.get(k) not in (None, "")}
        digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
        result.sources.append(
            Source(f"{item.stem}/{rid}", result.path, fmt, body, meta, result.encoding or "utf-8", digest)
        )
    n = len(result.sources)
    summary = f"{fmt}, {n} record{'s' if n != 1 else ''}"
    if problems:
        summary += f"; {len(problems)} skipped: " + "; ".join(problems[:5])
        if len(problems) > 5:
            summary += "; ..."
    if not n:
        return _set(result, "failed", summary)
    return _set(result, "loaded", summary)


def _jsonl_records(text: str) -> tuple[list[tuple[int, dict]], list[str]]:
    records, problems = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"line {number}: invalid JSON ({err.msg})")
            continue
        if not isinstance(record, dict):
            problems.append(f"line {number}: not a JSON object")
            continue
        records.append((number, record))
    return records, problems


def _csv_records(text: str) -> tuple[list[tuple[int, dict]], list[str]]:
    try:
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
    except csv.Error as err:
        return [], [f"unreadable CSV ({err})"]
    if rows and "text" not in rows[0]:
        return [], ["no 'text' column"]
    # Row numbers count the header as line 1, as a spreadsheet shows them.
    return [(i, row) for i, row in enumerate(rows, start=2)], []


class Duplicates:
    """Remembers what was seen, in input order: a file with the bytes of an earlier one is
    skipped, and so is a record whose text an earlier file or record already gave."""

    def __init__(self):
        self._first: dict[str, str] = {}

    def check_file(self, result: FileResult) -> bool:
        """False (and the result marked skipped) when an earlier file had the same bytes."""
        if result.status != "loaded":
            return True
        if result.sha256 in self._first:
            result.sources = []
            _set(result, "skipped", f"duplicate of {self._first[result.sha256]}")
            return False
        self._first[result.sha256] = result.path
        return True

    def check_record(self, result: FileResult, doc_id: str, sha256: str, fmt: str) -> bool:
        """False (noted in the file's reason) when a record repeats text seen before."""
        if fmt not in RECORD_FORMATS.values():
            return True
        if sha256 in self._first:
            result.reason += f"; {doc_id} duplicates {self._first[sha256]}"
            return False
        self._first[sha256] = doc_id
        return True


def read_all(files: Iterable[InputFile], limits: Limits = Limits()) -> Iterator[FileResult]:
    """Read files one at a time (never all in memory) and mark exact duplicates."""
    seen = Duplicates()
    for item in files:
        result = read_file(item, limits)
        if seen.check_file(result):
            result.sources = [
                src for src in result.sources if seen.check_record(result, src.doc_id, src.sha256, src.format)
            ]
        yield result
