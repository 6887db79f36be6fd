"""A build's tables written to disk a chunk of documents at a time, then memory-mapped back.

Holding every row of a large corpus in the building process took ~100 KB a document
(1.2 GiB at 10,000). Instead each document's rows arrive as columns, every ``CHUNK_DOCS``
documents become one typed record batch appended to an Arrow IPC file per table, and at
the end the files are memory-mapped: the tables' strings stay in the files' pages, which
the kernel shares and can evict, and a cache entry takes the files as they are.
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
    """Documents' columns for ``tables``, spooled to Arrow files in a new folder under ``where``.

    ``add`` each document's columns in order; ``frames()`` closes the files and gives the
    typed tables, memory-mapped; ``files`` are the table files (None for an empty table);
    ``remove()`` deletes the folder (mapped tables stay readable on POSIX systems).
    """

    def __init__(self, tables, where: Path | None = None):
        if where is not None:
            Path(where).mkdir(parents=True, exist_ok=True)
        self.folder = Path(tempfile.mkdtemp(prefix=".build-", dir=where))
        self.cols: dict[str, dict[str, list]] = {t: {c: [] for c in schema_of(t)} for t in tables}
        self.writers: dict[str, tuple] = {}  # table -> (file, writer, schema)
        self.files: dict[str, Path | None] = {t: None for t in tables}
        self.n = 0

    def add(self, doc_columns: dict[str, dict[str, list]]) -> None:
        for table, cols in doc_columns.items():
            mine = self.cols[table]
            for col, values in cols.items():
                mine[col].extend(values)
        self.n += 1
        if self.n % CHUNK_DOCS == 0:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        for table, cols in self.cols.items():
            if not any(cols.values()):
                continue
            batch = _batch(table, cols)
            self.cols[table] = {c: [] for c in cols}
            if table not in self.writers:
                path = self.folder / f"{table}{SUFFIX}"
                sink = pa.OSFile(str(path), "wb")
                self.writers[table] = (sink, pa.ipc.new_file(sink, batch.schema), batch.schema)
                self.files[table] = path
            sink, writer, schema = self.writers[table]
            if not batch.schema.equals(schema, check_metadata=False):
                batch = batch.cast(schema)  # e.g. a column null throughout this chunk
            writer.write_table(batch.replace_schema_metadata(schema.metadata))

    def frames(self) -> dict[str, pd.DataFrame]:
        """The typed tables, read back memory-mapped (an empty table for one without rows)."""
        self._flush()
        for sink, writer, _ in self.writers.values():
            writer.close()
            sink.close()
        self.writers = {}
        return {t: frame(t, read(path) if path is not None else []) for t, path in self.files.items()}

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _batch(table: str, cols: dict[str, list]):
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


def read(path: Path) -> pd.DataFrame:
    """An Arrow IPC (Feather v2) file as a DataFrame whose strings stay in the mapped file."""
    import pyarrow as pa

    with pa.memory_map(str(path), "r") as source:
        return pa.ipc.open_file(source).read_all().to_pandas()
