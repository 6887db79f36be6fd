"""Each document's rows kept on disk, so that adding a file to a built corpus processes only
that file: one file per document, its tables as Arrow IPC streams behind a JSON header that
names the document's key and the payload's CRC-32. Never a pickle: a corrupt or crafted file
is a document processed again, not code run."""

from __future__ import annotations

import hashlib
import json
import os
import struct
import zlib
from pathlib import Path

from ..schema import schema_of
from ._locks import remove_path

MAGIC = b"WBROWS2\n"
SUFFIX = ".rows"
#: Largest header a rows file may have (it lists nine tables' offsets).
MAX_HEADER = 1 << 16


def document_key(source, fingerprint: str) -> str:
    """Key of one document's rows: its content, identity and metadata, and the code."""
    h = hashlib.sha256(fingerprint.encode())
    for part in (
        source.doc_id,
        source.path,
        source.format,
        source.sha256,
        source.encoding,
        json.dumps(source.meta, sort_keys=True, default=str),
    ):
        h.update(str(part).encode("utf-8", "surrogateescape") + b"\0")
    return h.hexdigest()


def folder(cache_dir: Path, fingerprint: str) -> Path:
    # One folder per code version: a change of code leaves old rows behind, pruned on write.
    return cache_dir / "documents" / fingerprint[:16]


def encode(doc_key: str, doc_columns: dict[str, dict[str, list]]) -> bytes:
    """A document's columns (as :func:`workbench.build._spool.columns` gives them) as bytes."""
    import pyarrow as pa

    from ._spool import arrow_batch

    parts, offsets, at = [], {}, 0
    for table, cols in doc_columns.items():
        sink = pa.BufferOutputStream()
        batch = arrow_batch(table, cols)
        with pa.ipc.new_stream(sink, batch.schema) as writer:
            writer.write_table(batch)
        data = sink.getvalue().to_pybytes()
        offsets[table] = [at, len(data)]
        parts.append(data)
        at += len(data)
    payload = b"".join(parts)
    header = json.dumps({"key": doc_key, "crc32": zlib.crc32(payload), "tables": offsets}).encode()
    return MAGIC + struct.pack("<I", len(header)) + header + payload


def decode(doc_key: str, data: bytes) -> dict[str, dict[str, list]]:
    """The columns :func:`encode` was given; ``ValueError`` for anything else."""
    import pyarrow as pa

    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise ValueError("not a rows file")
    (n,) = struct.unpack_from("<I", data, len(MAGIC))
    start = len(MAGIC) + 4
    if n > MAX_HEADER or start + n > len(data):
        raise ValueError("bad header length")
    header = json.loads(data[start : start + n].decode("utf-8"))
    payload = memoryview(data)[start + n :]
    if not isinstance(header, dict) or header.get("key") != doc_key:
        raise ValueError("another document's rows")
    if header.get("crc32") != zlib.crc32(payload):
        raise ValueError("CRC mismatch")
    out = {}
    for table, (off, length) in header["tables"].items():
        expected = list(schema_of(table))
        batch = pa.ipc.open_stream(pa.py_buffer(payload[off : off + length])).read_all()
        batch.validate(full=True)
        if batch.schema.names != expected:
            raise ValueError(f"{table}: other columns")
        out[table] = {c: batch.column(c).to_pylist() for c in expected}
    return out


def read(cache_dir: Path, fingerprint: str, source) -> dict | None:
    """The cached columns of one document, or None (absent or failing its check: then it is
    processed again and its file replaced)."""
    k = document_key(source, fingerprint)
    path = folder(cache_dir, fingerprint) / f"{k}{SUFFIX}"
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        remove_path(path)
        return None
    try:
        with os.fdopen(fd, "rb") as fh:
            if not _regular(fh.fileno()):
                raise ValueError("not a regular file")
            return decode(k, fh.read())
    except Exception:  # noqa: BLE001 — whatever is wrong with it, the document is processed again
        remove_path(path)
        return None


def write(cache_dir: Path, fingerprint: str, source, doc_columns: dict, tmp_dir: Path) -> None:
    """Keep one document's rows (written in ``tmp_dir``, the build's workspace, then renamed in);
    a cache that cannot be written only costs the keeping."""
    k = document_key(source, fingerprint)
    target = folder(cache_dir, fingerprint)
    tmp = tmp_dir / f"{k}.{os.getpid()}{SUFFIX}"
    try:
        data = encode(k, doc_columns)
        target.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target / f"{k}{SUFFIX}")
    except (OSError, ValueError, TypeError):
        try:
            os.unlink(tmp)
        except OSError:
            pass


def prune(cache_dir: Path, fingerprint: str) -> None:
    """Drop per-document rows written by other versions of the code (and the first release's
    pickles, never read)."""
    current = folder(cache_dir, fingerprint)
    for old in (cache_dir / "documents").glob("*"):
        if old != current:
            remove_path(old)


def _regular(fd: int) -> bool:
    import stat

    return stat.S_ISREG(os.fstat(fd).st_mode)
