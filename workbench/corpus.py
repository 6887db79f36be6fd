"""The Corpus: every table of the contract, built from inputs or reopened from the cache."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import build as _build
from .config import PROCESSED_DIR, RAW_DIR
from .ingest import discover
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
    cache_dir: Path | None = None,
    engine: str = "processes",
    scheduler=None,
) -> Corpus:
    """Read and process every input, streaming documents through ``n_jobs`` processes
    (see :func:`workbench.build.build_tables`), then the corpus-level steps."""
    tables, spool = _build.build_tables(
        paths, progress=progress, n_jobs=n_jobs, cache_dir=cache_dir, engine=engine, scheduler=scheduler
    )
    spool.remove()
    return analyse(tables)


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
    kinds = {}
    for path, group in documents.groupby("path", sort=False)["page_kind"]:
        counts = group.dropna().value_counts()
        kinds[path] = ", ".join(sorted(counts.index, key=lambda k: (-counts[k], k))) or None
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
) -> Corpus:
    """Load documents from a folder (recursively), a file or a list of paths.

    Built tables are cached under ``cache_dir`` keyed by the inputs' content and
    the code's version; an unchanged corpus reopens from there, and a stale or
    corrupt cache is rebuilt, never trusted. ``n_jobs``: processes for the build
    (default: every core for larger corpora); the tables do not depend on it.
    ``engine="dask"`` builds on a Dask cluster (``scheduler``: a ``distributed.Client`` or
    its address; None starts a local cluster) and gives the same tables.
    """
    files = discover(paths)  # raises FileNotFoundError for a missing path
    if not cache:
        return build(paths, progress=progress, n_jobs=n_jobs, engine=engine, scheduler=scheduler)
    key = _build.cache_key(files, Path(cache_dir))
    found = _build.read_cache(Path(cache_dir), key)
    if found is not None:
        corpus = Corpus(**{t: frame(t, df) for t, df in found.items()})
        corpus.cache_path = _build.cache_entry(Path(cache_dir), key)
        return corpus
    tables, spool = _build.build_tables(
        paths, progress=progress, n_jobs=n_jobs, cache_dir=Path(cache_dir), engine=engine, scheduler=scheduler
    )
    try:
        # labels made unique by analyse: the spooled documents table is then no longer final
        relabelled = bool(tables["documents"]["label"].duplicated().any())
        corpus = analyse(tables)
        spooled = {t: f for t in _build.SPOOLED_FINAL if (f := spool.files[t]) is not None}
        if relabelled:
            spooled.pop("documents", None)
        corpus.cache_path = _build.write_cache(Path(cache_dir), key, corpus.tables(), files=spooled)
    finally:
        spool.remove()
    _build.prune_document_cache(Path(cache_dir))
    return corpus
