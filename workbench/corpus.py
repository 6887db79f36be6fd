"""The Corpus: every table of the contract, built from inputs or reopened from the cache."""
from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Iterable

import pandas as pd

from . import cache as cache_mod
from .config import PROCESSED_DIR, RAW_DIR
from .parallel import default_jobs, ordered_map
from .readers import Duplicates, discover, read_all

STR, INT, BOOL, TIME, FLOAT = "string", "int64", "bool", "datetime64[ns, UTC]", "float64"
NINT = "Int64"   # an integer that may be missing

#: Column order and dtype of every table; the contract's columns first, ours after.
SCHEMA: dict[str, dict[str, str]] = {
    "documents": {"doc_id": STR, "path": STR, "sha256": STR, "format": STR, "title": STR,
                  "outlet": STR, "original_source": STR, "author": STR, "section": STR,
                  "published": TIME, "language": STR, "url": STR, "text": STR, "n_words": INT,
                  "author_role": STR, "n_paragraphs": INT, "n_sentences": INT, "encoding": STR},
    "blocks": {"doc_id": STR, "block_id": STR, "order": INT, "kind": STR, "reason": STR,
               "language": STR, "line_start": INT, "line_end": INT, "raw": STR, "text": STR,
               "para_id": STR},
    "headings": {"doc_id": STR, "heading_id": STR, "block_id": STR, "order": INT, "text": STR,
                 "run_in": BOOL},
    "paragraphs": {"doc_id": STR, "para_id": STR, "order": INT, "heading": STR, "text": STR,
                   "char_start": INT, "char_end": INT, "heading_id": STR, "block_id": STR},
    "sentences": {"doc_id": STR, "para_id": STR, "sent_id": STR, "order": INT, "text": STR,
                  "char_start": INT, "char_end": INT, "sentiment": FLOAT, "pos": FLOAT,
                  "neu": FLOAT, "neg": FLOAT, "sentiment_label": STR},
    "repairs": {"doc_id": STR, "block_id": STR, "kind": STR, "before": STR, "after": STR,
                "start": INT, "end": INT},
    "manifest": {"path": STR, "status": STR, "reason": STR, "n_documents": INT, "bytes": INT,
                 "sha256": STR, "encoding": STR},
    "entities": {"doc_id": STR, "sent_id": STR, "text": STR, "label": STR, "entity": STR,
                 "char_start": INT, "char_end": INT, "role": STR, "country": STR},
    "quotes": {"doc_id": STR, "quote_id": STR, "para_id": STR, "sent_id": STR, "kind": STR,
               "speaker": STR, "source_id": STR, "cue": STR, "text": STR, "char_start": INT,
               "char_end": INT, "cue_lemma": STR, "speaker_start": NINT, "speaker_end": NINT,
               "speaker_name": STR, "role": STR, "anonymous": BOOL, "source_key": STR, "parts": STR,
               "n_words": INT},
    "sources": {"source_id": STR, "name": STR, "role": STR, "anonymous": BOOL, "n_quotes": INT,
                "n_words": INT, "doc_ids": STR},
}
TABLES = tuple(SCHEMA)
#: Tables built from each document alone (entities then joined across documents; their lone
#: words waiting for that join in ``entity_pending``), and those that need the whole corpus.
DOC_TABLES = ("documents", "blocks", "headings", "paragraphs", "sentences", "repairs", "quotes",
              "entities", "entity_pending")
CORPUS_TABLES = ("sources",)
#: Working tables of the build, not part of a corpus.
WORK_SCHEMA = {"entity_pending": {"doc_id": STR, "sent_id": STR, "text": STR, "char_start": INT,
                                  "char_end": INT}}


def frame(table: str, rows: Iterable[dict] | pd.DataFrame) -> pd.DataFrame:
    """A table with the schema's columns, in order, with the schema's dtypes."""
    schema = SCHEMA[table] if table in SCHEMA else WORK_SCHEMA[table]
    df = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(list(rows))
    if list(df.columns) == list(schema) and all(str(df[c].dtype) == t for c, t in schema.items()):
        return df.reset_index(drop=True)   # already typed (a cached table): converting costs seconds
    df = df.reindex(columns=list(schema))
    for col, dtype in schema.items():
        if dtype == TIME:
            df[col] = pd.to_datetime(df[col], utc=True).astype(TIME)
        elif dtype == STR:
            df[col] = df[col].astype("object").where(df[col].notna(), None).astype(STR)
        else:
            df[col] = df[col].astype(dtype)
    return df.reset_index(drop=True)


@dataclass
class Corpus:
    """The loaded corpus: one DataFrame per table of the contract."""

    documents: pd.DataFrame
    blocks: pd.DataFrame
    headings: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    repairs: pd.DataFrame
    manifest: pd.DataFrame
    entities: pd.DataFrame
    quotes: pd.DataFrame
    sources: pd.DataFrame
    cache_path: Path | None = field(default=None, compare=False)

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in TABLES}

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(getattr(self, t))} {t}" for t in
                           ("documents", "paragraphs", "sentences", "blocks"))
        return f"<Corpus: {counts}>"

    def document(self, doc_id: str) -> pd.Series:
        """One row of ``documents``; ``KeyError`` naming the id if there is none."""
        hit = self.documents[self.documents["doc_id"] == doc_id]
        if hit.empty:
            raise KeyError(f"no document {doc_id!r}")
        return hit.iloc[0]

    def set_aside(self, doc_id: str) -> pd.DataFrame:
        """The blocks of a document that are not its article, with kind and reason."""
        b = self.blocks
        return b[(b["doc_id"] == doc_id) & ~b["kind"].isin(["body", "heading"])].reset_index(drop=True)


#: Below this many input files a build stays in one process (starting workers costs more).
PARALLEL_MIN_FILES = 24
#: Documents whose rows are held as dicts before they become typed frames: rows as dicts
#: take several times the memory of the same rows in a frame.
CHUNK_DOCS = 256


def _schema(table: str) -> dict[str, str]:
    return SCHEMA[table] if table in SCHEMA else WORK_SCHEMA[table]


def _columns(rows: dict[str, list[dict]]) -> dict[str, dict[str, list]]:
    """A document's rows as columns: cheaper to send between processes and to make frames of."""
    return {table: {c: [r.get(c) for r in table_rows] for c in _schema(table)}
            for table, table_rows in rows.items()}


class _Tables:
    """Documents' columns gathered into typed frames a chunk at a time."""

    def __init__(self, names):
        self.names = names
        self.cols = {t: {c: [] for c in _schema(t)} for t in names}
        self.parts = {t: [] for t in names}
        self.n = 0

    def add(self, doc_columns: dict[str, dict[str, list]]) -> None:
        for table, columns in doc_columns.items():
            mine = self.cols[table]
            for col, values in columns.items():
                mine[col].extend(values)
        self.n += 1
        if self.n % CHUNK_DOCS == 0:
            self._flush()

    def _flush(self) -> None:
        for table, columns in self.cols.items():
            if any(columns.values()):
                self.parts[table].append(frame(table, pd.DataFrame(columns)))
                self.cols[table] = {c: [] for c in columns}

    def frames(self) -> dict[str, pd.DataFrame]:
        self._flush()
        return {t: frame(t, pd.concat(parts, ignore_index=True) if parts else [])
                for t, parts in self.parts.items()}


def _process_one(src, cache_dir: Path | None = None):
    """Columns of one document's rows, or the error that stopped it (one bad document never
    stops a load). With ``cache_dir`` they are also kept there, by the worker that made them."""
    from .pipeline import process   # heavy imports (trafilatura) only when building

    try:
        out = _columns(process(src))
    except Exception as err:
        return f"{type(err).__name__}: {err}"
    if cache_dir is not None:
        cache_mod.write_document(cache_dir, src, out)
    return out


ENGINES = ("processes", "dask")


def build(paths, *, progress: bool | None = None, n_jobs: int | None = None,
          cache_dir: Path | None = None, engine: str = "processes", scheduler=None) -> Corpus:
    """Read and process every input, streaming documents through ``n_jobs`` processes.

    The tables are the same whatever ``n_jobs`` is: results come back in input order.
    With ``cache_dir``, a document processed before (same content, same code) is
    read back instead of processed again, so adding a file rebuilds only that file.
    ``engine="dask"`` runs the same per-document work on a Dask cluster (``scheduler``:
    a client or an address; None starts a local one) and gives the same tables.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    files = discover(paths)
    gathered = _Tables(DOC_TABLES)
    results: list = []

    def take(result, doc_id, outcome):
        if isinstance(outcome, str):
            result.reason += f"; {doc_id} failed: {outcome}"
            return
        result.n_docs += 1
        gathered.add(outcome)

    if engine == "dask":
        from . import engine_dask

        seen = Duplicates()
        for result, docs in engine_dask.run(files, scheduler=scheduler):
            results.append(result)
            result.n_docs = 0
            if seen.check_file(result):
                for doc_id, sha, fmt, outcome in docs:
                    if seen.check_record(result, doc_id, sha, fmt):
                        take(result, doc_id, outcome)
    else:
        _stream(files, results, take, progress=progress, cache_dir=cache_dir,
                n_jobs=n_jobs if n_jobs is not None else
                (default_jobs() if len(files) >= PARALLEL_MIN_FILES else 1))
    manifest = []
    for result in results:
        if result.status == "loaded" and result.n_docs == 0:
            result.status = "failed"
        manifest.append({"path": result.path, "status": result.status, "reason": result.reason,
                         "n_documents": result.n_docs, "bytes": result.bytes,
                         "sha256": result.sha256, "encoding": result.encoding})
    tables = gathered.frames()
    tables["manifest"] = frame("manifest", manifest)
    return analyse(tables)


def _stream(files, results: list, take, *, progress, cache_dir, n_jobs) -> None:
    """Read files one at a time and process their documents on ``n_jobs`` processes, in order."""
    from tqdm.auto import tqdm
    bar = tqdm(total=len(files), unit="file", desc="building corpus", disable=_no_bar(progress))
    order: deque = deque()   # (result, source, cached rows or None), in input order

    def to_process():
        for result in read_all(files):
            results.append(result)
            result.n_docs = 0
            sources, result.sources = result.sources, []   # keep no raw text once queued
            bar.update(1)
            for src in sources:
                cached = cache_mod.read_document(cache_dir, src) if cache_dir else None
                order.append((result, src, cached))
                if cached is None:
                    yield src

    def take_cached():
        while order and order[0][2] is not None:
            result, src, cached = order.popleft()
            take(result, src.doc_id, cached)

    work = partial(_process_one, cache_dir=cache_dir) if cache_dir else _process_one
    for outcome in ordered_map(work, to_process(), n_jobs=n_jobs):
        take_cached()
        result, src, _ = order.popleft()
        take(result, src.doc_id, outcome)
    take_cached()
    bar.close()


def analyse(tables: dict[str, pd.DataFrame]) -> Corpus:
    """The corpus-level steps over the per-document tables: entities joined across documents
    (tagged here when ``tables`` has no per-document entities), and the sources of the
    statements merged by name across documents."""
    from .entities import entities_table, join_entities
    from .sources import build_sources

    tables = dict(tables)
    pending = tables.pop("entity_pending", None)
    entities = tables.pop("entities", None)
    corpus = Corpus(**tables, entities=frame("entities", []), **{t: frame(t, []) for t in CORPUS_TABLES})
    if entities is None or pending is None:
        corpus.entities = frame("entities", entities_table(corpus))
    else:
        corpus.entities = frame("entities", join_entities(entities, pending))
    sources, quotes = build_sources(corpus.quotes)
    corpus.quotes, corpus.sources = frame("quotes", quotes), frame("sources", sources)
    return corpus


def _no_bar(progress: bool | None) -> bool | None:
    """tqdm's ``disable``: None lets tqdm hide the bar when stderr is not a terminal."""
    if progress is None:
        return None
    return not progress


def load_corpus(paths: str | os.PathLike | Iterable = RAW_DIR, *, cache: bool = True,
                cache_dir: str | os.PathLike = PROCESSED_DIR, progress: bool | None = None,
                n_jobs: int | None = None, engine: str = "processes", scheduler=None) -> Corpus:
    """Load documents from a folder (recursively), a file or a list of paths.

    Built tables are cached under ``cache_dir`` keyed by the inputs' content and
    the code's version; an unchanged corpus reopens from there, and a stale or
    corrupt cache is rebuilt, never trusted. ``n_jobs``: processes for the build
    (default: every core for larger corpora); the tables do not depend on it.
    ``engine="dask"`` builds on a Dask cluster (``scheduler``: a ``distributed.Client`` or
    its address; None starts a local cluster) and gives the same tables.
    """
    files = discover(paths)          # raises FileNotFoundError for a missing path
    if not cache:
        return build(paths, progress=progress, n_jobs=n_jobs, engine=engine, scheduler=scheduler)
    key = cache_mod.key(files, Path(cache_dir))
    found = cache_mod.read(Path(cache_dir), key)
    if found is not None:
        corpus = Corpus(**{t: frame(t, df) for t, df in found.items()})
        corpus.cache_path = cache_mod.entry(Path(cache_dir), key)
        return corpus
    corpus = build(paths, progress=progress, n_jobs=n_jobs, cache_dir=Path(cache_dir), engine=engine,
                   scheduler=scheduler)
    corpus.cache_path = cache_mod.write(Path(cache_dir), key, corpus.tables())
    cache_mod.prune_documents(Path(cache_dir))
    return corpus
