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

import codecs
import csv
import errno
import hashlib
import io
import json
import os
import re
import stat
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

TEXT_FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md"}
HTML_FORMATS = {".html": "html", ".htm": "html"}
RECORD_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
FORMATS = {**TEXT_FORMATS, **HTML_FORMATS, **RECORD_FORMATS}

#: Record fields that carry metadata (the contract's list); anything else is ignored.
RECORD_FIELDS = ("title", "author", "outlet", "url", "published", "language")

#: Bytes hashed at a time for a file whose content is not kept (an unsupported type).
HASH_CHUNK = 1 << 20
#: A text that is not valid UTF-8 is still read as UTF-8 (each invalid byte replaced by U+FFFD,
#: and counted in the manifest) when it has at least this many valid multi-byte characters
#: per invalid byte: a stray byte in a UTF-8 file, not a file in another encoding (where
#: almost every high byte is invalid UTF-8).
UTF8_VALID_PER_INVALID = 10


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


#: Share of control characters above which decoded "text" is taken as binary.
#: Real text copies have none besides tab/newline; 1% tolerates a stray byte.
MAX_CONTROL_SHARE = 0.01


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


# --------------------------------------------------------------------------- discovery


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
            found.append(_entry(root, root.name))
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
        found.append(_problem(Path(folder), rel, "failed", f"unreadable folder ({_why(err)})"))
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
            found.append(_entry(Path(e.path), sub))
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


def _entry(path: Path, rel: str) -> InputFile:
    """A path to read, or what it is instead when it is not a regular file."""
    try:
        st = os.stat(path)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return _problem(path, rel, "skipped", "symbolic link loop")
        if err.errno == errno.ENOENT and os.path.islink(path):
            return _problem(path, rel, "skipped", "dangling symbolic link")
        return _problem(path, rel, "failed", f"cannot read: {_why(err)}")
    if not stat.S_ISREG(st.st_mode):
        return _problem(path, rel, "skipped", f"not a regular file ({_kind(st.st_mode)})")
    return InputFile(path, _display(rel), _stem(_display(rel)))


def _problem(path: Path, rel: str, status: str, reason: str) -> InputFile:
    return InputFile(path, _display(rel), _stem(_display(rel)), f"{status}: {reason}")


def _kind(mode: int) -> str:
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


def _why(err: OSError) -> str:
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


# --------------------------------------------------------------------------- decoding


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept."""


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (BOM or not), UTF-16/32 (BOM or not), cp1251 or cp1252/latin-1.

    Returns ``(text, encoding)``. Raises :class:`DecodeError` for binary content.
    """
    for bom, enc in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _check_text(data.decode(enc)), enc
            except UnicodeDecodeError as err:
                raise DecodeError(
                    f"starts with a {enc} byte-order mark but is not {enc}: {err.reason}"
                ) from None
    utf16 = _sniff_utf16(data)
    if utf16:
        try:
            return _check_text(data.decode(utf16)), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise DecodeError("binary content (NUL bytes), not text")
    try:
        return _check_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if invalid_utf8(data) is not None:
        return _check_text(data.decode("utf-8", "replace")), "utf-8"
    enc = _cyrillic_or_western(data)
    return _check_text(data.decode(enc)), enc


_INVALID = threading.local()


def _record_invalid(err: UnicodeError) -> tuple[str, int]:
    """A codec error handler: "replace", remembering what was replaced."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    _INVALID.seen.append(err.object[err.start : err.end])
    return "\ufffd", err.end


codecs.register_error("workbench-replace", _record_invalid)


def invalid_sequences(data: bytes) -> tuple[str, ...]:
    """The byte sequences of ``data`` that are not UTF-8, in order, as ``\\x..`` escapes (one
    for each U+FFFD that ``data.decode("utf-8", "replace")`` gives)."""
    _INVALID.seen = []
    data.decode("utf-8", "workbench-replace")
    seen, _INVALID.seen = _INVALID.seen, []
    return tuple("".join(f"\\x{b:02x}" for b in seq) for seq in seen)


def invalid_utf8(data: bytes) -> int | None:
    """How many bytes of ``data`` are not UTF-8 when it is UTF-8 with a few stray bytes;
    None when it is not UTF-8 (or is valid UTF-8: 0)."""
    text = data.decode("utf-8", "surrogateescape")
    invalid = len(SURROGATE.findall(text))
    valid = len(NON_ASCII.findall(text)) - invalid
    return invalid if valid >= UTF8_VALID_PER_INVALID * invalid else None


SURROGATE = re.compile("[\udc80-\udcff]")
NON_ASCII = re.compile("[^\x00-\x7f]")


HIGH_BYTE = re.compile(rb"[\xc0-\xff]")
HIGH_RUN = re.compile(rb"[\xc0-\xff]{2,}")
#: Control characters other than tab, newline, vertical tab, form feed and carriage return.
CONTROL_CHAR = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _cyrillic_or_western(data: bytes) -> str:
    """Choose between cp1251 and a Western 8-bit code page for non-UTF-8 bytes.

    In cp1251 text, bytes >= 0xC0 are Cyrillic letters and come in runs (whole
    words); in Western text they are accented letters scattered among ASCII.
    """
    n_high = len(HIGH_BYTE.findall(data))
    if n_high == 0:
        return _western(data)
    in_runs = sum(map(len, HIGH_RUN.findall(data)))  # high bytes next to another high byte
    if in_runs / n_high > 0.5:
        try:
            data.decode("cp1251")
            return "cp1251"
        except UnicodeDecodeError:  # 0x98 is undefined in cp1251
            pass
    return _western(data)


def _western(data: bytes) -> str:
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:  # 0x81, 0x8D, ... are undefined in cp1252
        return "latin-1"


def _check_text(text: str) -> str:
    if text:
        control = len(CONTROL_CHAR.findall(text))
        if control > MAX_CONTROL_SHARE * len(text):
            raise DecodeError(f"binary content ({control} control characters), not text")
    return text


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
        return ("skipped", f"not a regular file ({_kind(st.st_mode)})"), st
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
        _entry(item.path, item.rel).problem.split(": ", 1)
        if err.errno in (errno.ELOOP, errno.ENOENT)
        else ("failed", f"cannot read: {_why(err)}")
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
            raise OSError(errno.EINVAL, f"not a regular file ({_kind(mode)})")
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
        return "", "failed", f"cannot read: {_why(err)}"
    h = hashlib.sha256()
    try:
        with os.fdopen(fd, "rb") as fh:
            while chunk := fh.read(HASH_CHUNK):
                h.update(chunk)
    except OSError as err:
        return "", "failed", f"cannot read: {_why(err)}"
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
        return FileResult(path, "failed", f"cannot read: {_why(err)}", 0, "")
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
