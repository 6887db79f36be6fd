"""Bytes on disk -> decoded inputs, one per document, with a manifest entry per file.

Nothing here raises for bad content: an input that cannot be read becomes a
:class:`FileResult` with status ``skipped`` or ``failed`` and a reason. Only a
path that does not exist raises (``FileNotFoundError``), in :func:`discover`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

TEXT_FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md"}
HTML_FORMATS = {".html": "html", ".htm": "html"}
RECORD_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
FORMATS = {**TEXT_FORMATS, **HTML_FORMATS, **RECORD_FORMATS}

#: Record fields that carry metadata (the contract's list); anything else is ignored.
RECORD_FIELDS = ("title", "author", "outlet", "url", "published", "language")

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


def discover(paths: str | os.PathLike | Iterable[str | os.PathLike]) -> list[InputFile]:
    """Every file under the given paths (folders recursively), in a stable order.

    Raises ``FileNotFoundError`` naming the first path that does not exist.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    found: list[InputFile] = []
    for given in paths:
        root = Path(given)
        if not root.exists():
            raise FileNotFoundError(f"no such file or folder: {os.fspath(given)}")
        if root.is_file():
            found.append(InputFile(root, root.name, _stem(Path(root.name))))
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(filenames):
                path = Path(dirpath) / name
                rel = path.relative_to(root)
                found.append(InputFile(path, rel.as_posix(), _stem(rel)))
    return _unique_stems(found)


def _stem(relative: Path) -> str:
    return relative.with_suffix("").as_posix() if relative.suffix else relative.as_posix()


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
        out.append(InputFile(f.path, f.rel, stem))
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
    enc = _cyrillic_or_western(data)
    return _check_text(data.decode(enc)), enc


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


def read_file(item: InputFile) -> FileResult:
    """Read one file into its documents; never raises for what is inside it."""
    path = item.rel
    try:
        data = item.path.read_bytes()
    except OSError as err:
        return FileResult(path, "failed", f"cannot read: {err.strerror or err}", 0, "")
    sha = hashlib.sha256(data).hexdigest()
    result = FileResult(path, "loaded", "", len(data), sha)
    fmt = FORMATS.get(item.path.suffix.lower())
    if fmt is None:
        suffix = item.path.suffix or "(none)"
        return _set(result, "skipped", f"unsupported file type {suffix}")
    if not data.strip():
        return _set(result, "skipped", "empty file" if not data else "blank file")
    try:
        text, encoding = decode(data)
    except DecodeError as err:
        return _set(result, "failed", str(err))
    result.encoding = encoding
    if not text.strip():
        return _set(result, "skipped", "blank file")
    if fmt in ("jsonl", "csv"):
        return _read_records(result, item, text, fmt)
    result.sources = [Source(item.stem, path, fmt, text, {}, encoding, sha)]
    return _set(result, "loaded", f"{fmt}, {encoding}")


def _set(result: FileResult, status: str, reason: str) -> FileResult:
    result.status, result.reason = status, reason
    return result


def _read_records(result: FileResult, item: InputFile, text: str, fmt: str) -> FileResult:
    records, problems = (_jsonl_records if fmt == "jsonl" else _csv_records)(text)
    seen_ids: set[str] = set()
    for number, record in records:
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            problems.append(f"record {number}: no text")
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


def read_all(files: Iterable[InputFile]) -> Iterator[FileResult]:
    """Read files one at a time (never all in memory) and mark exact duplicates."""
    seen = Duplicates()
    for item in files:
        result = read_file(item)
        if seen.check_file(result):
            result.sources = [
                src for src in result.sources if seen.check_record(result, src.doc_id, src.sha256, src.format)
            ]
        yield result
