"""The Corpus: every table of the contract, built from inputs or reopened from the cache."""
from __future__ import annotations

import gc
import os
from collections import deque
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Iterable

import pandas as pd

from . import cache as cache_mod, language
from .config import PROCESSED_DIR, RAW_DIR
from .parallel import default_jobs, ordered_map
from .readers import Duplicates, discover, read_all
from .schema import CORPUS_TABLES, DOC_TABLES, SCHEMA, TABLES, WORK_SCHEMA, frame, schema_of  # noqa: F401
from .spool import Spool, columns

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


#: Documents a build processes itself before it starts workers: so many new documents, or
#: fewer, take less time here than starting the workers (~0.7 s) would.
PARALLEL_MIN_DOCS = 8


def _process_one(src, cache_dir: Path | None = None):
    """Columns of one document's rows, or the error that stopped it (one bad document never
    stops a load). With ``cache_dir`` they are also kept there, by the worker that made them."""
    from .pipeline import process   # heavy imports (trafilatura) only when building

    try:
        out = columns(process(src))
    except Exception as err:
        return f"{type(err).__name__}: {err}"
    if cache_dir is not None:
        cache_mod.write_document(cache_dir, src, out)
    return out


#: The garbage collector's thresholds in a build worker. Processing allocates many small
#: objects and frees them at once; Python's default (a collection every 700 allocations)
#: spent ~4% of a worker's time finding nothing to collect.
WORKER_GC_THRESHOLDS = (10_000, 20, 20)


def _init_worker() -> None:
    """Prepare a build worker: load what processing needs, then leave those objects, which
    live as long as the worker, out of garbage collection (gc.freeze)."""
    from .pipeline import warm_up

    warm_up()
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLDS)


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
    corpus, spool = _build(paths, progress=progress, n_jobs=n_jobs, cache_dir=cache_dir, engine=engine,
                           scheduler=scheduler)
    spool.remove()
    return corpus


#: Tables the corpus-level steps leave as the documents gave them (their spooled files are final).
SPOOLED_FINAL = tuple(t for t in DOC_TABLES if t not in ("quotes", "entities", "entity_pending"))


def _build(paths, *, progress, n_jobs, cache_dir, engine, scheduler) -> tuple[Corpus, Spool]:
    """The corpus, and the spool its per-document tables were written to (its files are
    the final ``SPOOLED_FINAL`` tables: a cache entry can take them as they are)."""
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    files = discover(paths)
    try:
        spool = Spool(DOC_TABLES, where=cache_dir)
    except OSError:   # a read-only cache folder: spool to the system's temporary folder
        spool = Spool(DOC_TABLES)
    results: list = []

    def take(result, doc_id, outcome):
        if isinstance(outcome, str):
            result.reason += f"; {doc_id} failed: {outcome}"
            return
        result.n_docs += 1
        spool.add(outcome)

    try:
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
            language.preload()   # the build process processes the first documents itself
            _stream(files, results, take, progress=progress, cache_dir=cache_dir,
                    n_jobs=n_jobs if n_jobs is not None else default_jobs())
        manifest = []
        for result in results:
            if result.status == "loaded" and result.n_docs == 0:
                result.status = "failed"
            manifest.append({"path": result.path, "status": result.status, "reason": result.reason,
                             "n_documents": result.n_docs, "bytes": result.bytes,
                             "sha256": result.sha256, "encoding": result.encoding})
        tables = spool.frames()
        tables["manifest"] = frame("manifest", manifest)
        return analyse(tables), spool
    except BaseException:
        spool.remove()
        raise


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
                else:
                    take_cached()   # now, unless a document before it is still being processed

    def take_cached():
        while order and order[0][2] is not None:
            result, src, cached = order.popleft()
            take(result, src.doc_id, cached)

    work = partial(_process_one, cache_dir=cache_dir) if cache_dir else _process_one
    for outcome in ordered_map(work, to_process(), n_jobs=n_jobs, initializer=_init_worker,
                               min_items=PARALLEL_MIN_DOCS):
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
    corpus, spool = _build(paths, progress=progress, n_jobs=n_jobs, cache_dir=Path(cache_dir), engine=engine,
                           scheduler=scheduler)
    try:
        spooled = {t: spool.files[t] for t in SPOOLED_FINAL if spool.files[t] is not None}
        corpus.cache_path = cache_mod.write(Path(cache_dir), key, corpus.tables(), files=spooled)
    finally:
        spool.remove()
    cache_mod.prune_documents(Path(cache_dir))
    return corpus
