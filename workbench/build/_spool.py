"""A build's tables written to disk a chunk of documents at a time, then memory-mapped back.

Holding every row of a large corpus in the building process took ~100 KB a document
(1.2 GiB at 10,000). Instead each document's rows arrive as columns, every ``CHUNK_DOCS``
documents become one typed record batch appended to an Arrow IPC file per table, and at
the end the files are memory-mapped: the tables' strings stay in the files' pages, which
the kernel shares and can evict, and a cache entry takes the files as they are.

When the disk fills up (or the folder cannot be written), the spool reads back the batches
it had written and goes on in memory: the build completes, only its memory use grows.
"""

from __future__ import annotations

import shutil
import tempfile
from functools import cache
from pathlib import Path

import pandas as pd

from ..schema import BOOL, INT, frame, schema_of

#: Documents whose rows are gathered as Python lists before they become a record batch.
CHUNK_DOCS = 256
SUFFIX = ".arrow"


def columns(rows: dict[str, list[dict]]) -> dict[str, dict[str, list]]:
    """A document's rows as columns: cheaper to send between processes and to make frames of."""
    return {
        table: {c: [r.get(c) for r in table_rows] for c in schema_of(table)}
        for table, table_rows in rows.items()
    }


class Spool:
    """Documents' columns for ``tables``, spooled to Arrow files in the new folder ``folder``
    (a new temporary folder when None).

    ``add`` each document's columns in order; ``frames()`` closes the files and gives the
    typed tables, memory-mapped; ``files`` are the table files (None for an empty table, and
    for every table once the spool went on in memory: ``in_memory``); ``remove()`` deletes the
    folder (mapped tables stay readable on POSIX systems).
    """

    def __init__(self, tables, folder: Path | None = None):
        try:
            if folder is None:
                folder = Path(tempfile.mkdtemp(prefix="workbench-spool-"))
            else:
                Path(folder).mkdir()
            self.folder: Path | None = Path(folder)
        except OSError:
            self.folder = None
        self.cols: dict[str, dict[str, list]] = {t: {c: [] for c in schema_of(t)} for t in tables}
        self.writers: dict[str, list] = {}  # table -> [file, writer, schema, rows written]
        self.files: dict[str, Path | None] = {t: None for t in tables}
        self.memory: dict[str, list] | None = None if self.folder else {t: [] for t in tables}
        self.n = 0

    @property
    def in_memory(self) -> bool:
        return self.memory is not None

    def add(self, doc_columns: dict[str, dict[str, list]]) -> None:
        for table, cols in doc_columns.items():
            mine = self.cols[table]
            for col, values in cols.items():
                mine[col].extend(values)
        self.n += 1
        if self.n % CHUNK_DOCS == 0:
            self._flush()

    def _flush(self) -> None:
        for table, cols in self.cols.items():
            if not any(cols.values()):
                continue
            batch = arrow_batch(table, cols)
            self.cols[table] = {c: [] for c in cols}
            if self.memory is not None:
                self.memory[table].append(batch)
                continue
            try:
                self._write(table, batch)
            except OSError:  # the disk is full, or the folder went away: go on in memory
                self._to_memory()[table].append(batch)

    def _write(self, table: str, batch) -> None:
        import pyarrow as pa

        if table not in self.writers:
            if self.folder is None:
                raise OSError("no folder to spool to")
            path = self.folder / f"{table}{SUFFIX}"
            self.files[table] = path
            sink = pa.OSFile(str(path), "wb")
            self.writers[table] = [sink, pa.ipc.new_file(sink, batch.schema), batch.schema, 0]
        entry = self.writers[table]
        sink, writer, schema, _ = entry
        if not batch.schema.equals(schema, check_metadata=False):
            batch = batch.cast(schema)  # e.g. a column null throughout this chunk
        writer.write_table(batch.replace_schema_metadata(schema.metadata))
        entry[3] += batch.num_rows

    def _to_memory(self) -> dict[str, list]:
        """Read back every batch written so far (the file format's stream part, after its
        8-byte magic) and keep the tables in memory from now on."""
        import pyarrow as pa

        memory: dict[str, list] = {t: [] for t in self.files}
        self.memory = memory
        for table, (sink, _, schema, n_rows) in self.writers.items():
            path = self.files[table]
            if n_rows and path is not None:
                with open(path, "rb") as fh:
                    data = pa.py_buffer(fh.read())
                reader = pa.ipc.open_stream(pa.BufferReader(data.slice(8)))
                batches: list = []
                while sum(b.num_rows for b in batches) < n_rows:
                    batches.append(reader.read_next_batch())
                memory[table].append(pa.Table.from_batches(batches, schema))
            try:
                sink.close()
            except OSError:
                pass
        self.writers = {}
        self.files = {t: None for t in self.files}
        self.remove()
        return memory

    def frames(self) -> dict[str, pd.DataFrame]:
        """The typed tables, read back memory-mapped (an empty table for one without rows)."""
        import pyarrow as pa

        self._flush()
        if self.memory is None:
            try:
                for sink, writer, _, _ in self.writers.values():
                    writer.close()
                    sink.close()
            except OSError:
                self._to_memory()
        self.writers = {}
        if self.memory is not None:
            return {
                t: frame(t, pa.concat_tables(parts).to_pandas() if parts else [])
                for t, parts in self.memory.items()
            }
        return {t: frame(t, read(path) if path is not None else []) for t, path in self.files.items()}

    def remove(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


def arrow_batch(table: str, cols: dict[str, list]):
    """A chunk's columns as an Arrow table of ``table``'s schema: straight from the lists when
    their values are what the schema holds (5x faster than through pandas, same table), else
    through :func:`frame`, which converts them."""
    import pyarrow as pa

    arrow_schema, not_null = _arrow_schema(table)
    if not any(None in cols[c] for c in not_null):  # pandas would not take None in these
        try:
            return pa.Table.from_pydict(cols, schema=arrow_schema)
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
            pass  # e.g. a number in a text column, a date as text
    return pa.Table.from_pandas(frame(table, pd.DataFrame(cols)), preserve_index=False)


@cache
def _arrow_schema(table: str):
    """The Arrow schema pandas gives ``table`` (its metadata included), and the columns whose
    dtype has no missing value."""
    import pyarrow as pa

    types = schema_of(table)
    return (
        pa.Schema.from_pandas(frame(table, []), preserve_index=False),
        tuple(c for c, t in types.items() if t in (INT, BOOL)),
    )


def read(path: Path, expect: str | None = None) -> pd.DataFrame:
    """An Arrow IPC (Feather v2) file as a DataFrame whose strings stay in the mapped file.

    ``expect``: a table's name; a file whose columns or types are not that table's raises
    ``ValueError`` (checked from the footer, before any data is touched)."""
    import pyarrow as pa

    with pa.memory_map(str(path), "r") as source:
        reader = pa.ipc.open_file(source)
        if expect is not None:
            want = _arrow_schema(expect)[0]
            got = reader.schema
            if got.names != want.names or any(a.type != b.type for a, b in zip(got, want)):
                raise ValueError(f"{path.name}: not the schema of {expect}")
        table = reader.read_all()
        table.validate()
        return table.to_pandas()


def write_table(df: pd.DataFrame, path: Path) -> None:
    """One table as an uncompressed Arrow IPC file (memory-mapped as it is on reading)."""
    from pyarrow import feather

    feather.write_feather(df, path, compression="uncompressed")
