"""The Corpus: every table of the contract, built from inputs or reopened from the cache."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import build as _build
from .config import PROCESSED_DIR, RAW_DIR
from .ingest import Limits, discover
from .schema import CORPUS_TABLES, TABLES, frame


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
        counts = ", ".join(
            f"{len(getattr(self, t))} {t}" for t in ("documents", "paragraphs", "sentences", "blocks")
        )
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


def build(
    paths,
    *,
    progress: bool | None = None,
    n_jobs: int | None = None,
    engine: str = "processes",
    scheduler=None,
    limits: Limits | None = None,
) -> Corpus:
    """Read and process every input, streaming documents through ``n_jobs`` processes
    (see :func:`workbench.build.build_tables`), then the corpus-level steps; no cache."""
    with _build.terminate_raises():
        tables, spool = _build.build_tables(
            paths, progress=progress, n_jobs=n_jobs, engine=engine, scheduler=scheduler, limits=limits
        )
        try:
            return analyse(tables)
        finally:
            spool.remove()


def analyse(tables: dict[str, pd.DataFrame]) -> Corpus:
    """The corpus-level steps over the per-document tables: entities joined across documents
    (tagged here when ``tables`` has no per-document entities), the sources of the
    statements merged by name across documents, document labels made unique, and each
    file's page kind in the manifest."""
    from .entities import entities_table, join_entities
    from .layout import unique_labels
    from .quotes import build_sources

    tables = dict(tables)
    docs = tables["documents"]
    if len(docs) and docs["label"].duplicated().any():
        docs = docs.copy()
        docs["label"] = unique_labels(docs)
        tables["documents"] = frame("documents", docs)
    if "manifest" in tables:
        tables["manifest"] = _manifest_kinds(tables["manifest"], tables["documents"])
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


def _manifest_kinds(manifest: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The manifest with each file's page kind (its documents' kinds, most common first, when
    a file holds several kinds; null for a file that gave no document)."""
    # counted in one groupby, not per file (a Python loop over 10,000 files took 10 s)
    counts = (
        documents[["path", "page_kind"]]
        .dropna()
        .astype(object)
        .groupby(["path", "page_kind"])
        .size()
        .reset_index(name="n")
        .sort_values(["path", "n", "page_kind"], ascending=[True, False, True], kind="stable")
    )
    several = counts["path"].duplicated(keep=False)  # files of several kinds (rare)
    kinds = dict(zip(counts.loc[~several, "path"], counts.loc[~several, "page_kind"]))
    kinds.update(counts[several].groupby("path", sort=False)["page_kind"].agg(", ".join).to_dict())
    manifest = manifest.copy()
    manifest["page_kind"] = [kinds.get(p) for p in manifest["path"]]
    return frame("manifest", manifest)


def load_corpus(
    paths: str | os.PathLike | Iterable = RAW_DIR,
    *,
    cache: bool = True,
    cache_dir: str | os.PathLike = PROCESSED_DIR,
    progress: bool | None = None,
    n_jobs: int | None = None,
    engine: str = "processes",
    scheduler=None,
    max_bytes_per_document: int = Limits.max_bytes_per_document,
    max_bytes_per_file: int = Limits.max_bytes_per_file,
) -> Corpus:
    """Load documents from a folder (recursively), a file or a list of paths.

    Built tables are cached under ``cache_dir`` keyed by the bytes of the inputs and the
    code's version; an unchanged corpus reopens from there. The cache is checked before it is
    used (a corrupt entry is rebuilt, with a warning), shared safely by processes building or
    reading it at once, and never read as input; a cache that cannot be written (read-only,
    full) costs the caching only, with one warning. ``n_jobs``: processes for the build
    (default: every core for larger corpora); the tables do not depend on it.
    ``engine="dask"`` builds on a Dask cluster (``scheduler``: a ``distributed.Client`` or
    its address; None starts a local cluster of ``n_jobs`` workers) and gives the same tables.

    Inputs over ``max_bytes_per_document`` (a text copy, an HTML page, one record's text;
    8 MiB) or ``max_bytes_per_file`` (a JSONL or CSV file; 256 MiB) are skipped, their reason
    in the manifest: these bound a build's time and memory.
    """
    limits = Limits(max_bytes_per_document=max_bytes_per_document, max_bytes_per_file=max_bytes_per_file)
    cache_dir = Path(cache_dir)
    files = discover(paths, exclude=[cache_dir] if cache else ())  # FileNotFoundError if missing
    options = {"progress": progress, "n_jobs": n_jobs, "engine": engine, "scheduler": scheduler}
    if not cache:
        return build(files, limits=limits, **options)
    with _build.terminate_raises():
        workspace = _build.open_workspace(cache_dir)
        try:
            return _load_cached(files, cache_dir, workspace, limits, options)
        finally:
            if workspace is not None:
                workspace.remove()


def _load_cached(files, cache_dir: Path, workspace, limits: Limits, options: dict) -> Corpus:
    """The corpus from its cache entry, or built and cached. The entry's lock is held all
    along, so a second process loading the same corpus waits, then reads what this one wrote."""
    key = _build.cache_key(files, cache_dir, limits=limits, workspace=workspace)
    lock = _build.cache_lock(cache_dir, key)
    try:
        found = _build.read_cache(cache_dir, key)
        if found is not None:
            corpus = Corpus(**{t: frame(t, df) for t, df in found.items()})
            corpus.cache_path = _build.cache_entry(cache_dir, key)
            return corpus
        tables, spool = _build.build_tables(files, workspace=workspace, limits=limits, **options)
        try:
            # labels made unique by analyse: the spooled documents table is then no longer final
            relabelled = bool(tables["documents"]["label"].duplicated().any())
            corpus = analyse(tables)
            if workspace is None:
                _build.cache_warning(
                    f"workbench: cannot write the cache in {cache_dir}; the corpus was built in "
                    "memory and is not cached"
                )
                return corpus
            # the key of the bytes the build read: a file changed meanwhile gives another one
            built = _build.cache_key_of_results(files, corpus.manifest, limits=limits)
            spooled = {t: f for t in _build.SPOOLED_FINAL if (f := spool.files.get(t)) is not None}
            if relabelled:
                spooled.pop("documents", None)
            other = None if built == key else _build.cache_lock(cache_dir, built, blocking=False)
            if built == key or other is not None:  # else another process is writing that entry
                corpus.cache_path = _build.write_cache(
                    cache_dir, built, corpus.tables(), workspace=workspace, files=spooled
                )
            if other is not None:
                other.release()
        finally:
            spool.remove()
        _build.prune_document_cache(cache_dir)
        return corpus
    finally:
        if lock is not None:
            lock.release()
