"""The Corpus: every table of the contract, built from inputs or reopened from the cache."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pandas as pd

from . import cache as cache_mod
from .config import PROCESSED_DIR, RAW_DIR
from .readers import discover, read_all

STR, INT, BOOL, TIME = "string", "int64", "bool", "datetime64[ns, UTC]"

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
                  "char_start": INT, "char_end": INT},
    "repairs": {"doc_id": STR, "block_id": STR, "kind": STR, "before": STR, "after": STR,
                "start": INT, "end": INT},
    "manifest": {"path": STR, "status": STR, "reason": STR, "n_documents": INT, "bytes": INT,
                 "sha256": STR, "encoding": STR},
}
TABLES = tuple(SCHEMA)
DOC_TABLES = tuple(t for t in TABLES if t != "manifest")


def frame(table: str, rows: Iterable[dict] | pd.DataFrame) -> pd.DataFrame:
    """A table with the schema's columns, in order, with the schema's dtypes."""
    schema = SCHEMA[table]
    df = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(list(rows))
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


def build(paths, *, progress: bool | None = None) -> Corpus:
    """Read and process every input, one document at a time."""
    from .pipeline import process   # heavy imports (trafilatura) only when building

    files = discover(paths)
    rows: dict[str, list[dict]] = {t: [] for t in DOC_TABLES}
    manifest = []
    from tqdm.auto import tqdm
    bar = tqdm(total=len(files), unit="file", desc="building corpus", disable=_no_bar(progress),
               file=None)
    for result in read_all(files):
        for src in result.sources:
            try:
                doc_rows = process(src)
            except Exception as err:  # one bad document never stops the load
                result.reason += f"; {src.doc_id} failed: {type(err).__name__}: {err}"
                continue
            for table, table_rows in doc_rows.items():
                rows[table].extend(table_rows)
        n_docs = sum(1 for d in rows["documents"] if d["path"] == result.path)
        if result.status == "loaded" and result.sources and n_docs == 0:
            result.status = "failed"
        manifest.append({"path": result.path, "status": result.status, "reason": result.reason,
                         "n_documents": n_docs, "bytes": result.bytes,
                         "sha256": result.sha256, "encoding": result.encoding})
        bar.update(1)
    bar.close()
    tables = {t: frame(t, rows[t]) for t in DOC_TABLES}
    tables["manifest"] = frame("manifest", manifest)
    return Corpus(**tables)


def _no_bar(progress: bool | None) -> bool | None:
    """tqdm's ``disable``: None lets tqdm hide the bar when stderr is not a terminal."""
    if progress is None:
        return None
    return not progress


def load_corpus(paths: str | os.PathLike | Iterable = RAW_DIR, *, cache: bool = True,
                cache_dir: str | os.PathLike = PROCESSED_DIR, progress: bool | None = None) -> Corpus:
    """Load documents from a folder (recursively), a file or a list of paths.

    Built tables are cached under ``cache_dir`` keyed by the inputs' content and
    the code's version; an unchanged corpus reopens from there, and a stale or
    corrupt cache is rebuilt, never trusted.
    """
    files = discover(paths)          # raises FileNotFoundError for a missing path
    if not cache:
        return build(paths, progress=progress)
    key = cache_mod.key(files)
    found = cache_mod.read(Path(cache_dir), key)
    if found is not None:
        corpus = Corpus(**{t: frame(t, df) for t, df in found.items()})
        corpus.cache_path = cache_mod.entry(Path(cache_dir), key)
        return corpus
    corpus = build(paths, progress=progress)
    corpus.cache_path = cache_mod.write(Path(cache_dir), key, corpus.tables())
    return corpus
