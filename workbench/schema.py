"""The tables' columns and dtypes, and :func:`frame`, which gives rows that shape."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

STR, INT, BOOL, TIME, FLOAT = "string", "int64", "bool", "datetime64[ns, UTC]", "float64"
NINT = "Int64"  # an integer that may be missing

#: Column order and dtype of every table; the contract's columns first, ours after.
SCHEMA: dict[str, dict[str, str]] = {
    "documents": {
        "doc_id": STR,
        "path": STR,
        "sha256": STR,
        "format": STR,
        "title": STR,
        "outlet": STR,
        "original_source": STR,
        "author": STR,
        "section": STR,
        "published": TIME,
        "language": STR,
        "url": STR,
        "text": STR,
        "n_words": INT,
        "label": STR,
        "page_kind": STR,
        "page_kind_score": FLOAT,
        "author_role": STR,
        "n_paragraphs": INT,
        "n_sentences": INT,
        "encoding": STR,
    },
    "blocks": {
        "doc_id": STR,
        "block_id": STR,
        "order": INT,
        "kind": STR,
        "reason": STR,
        "language": STR,
        "line_start": INT,
        "line_end": INT,
        "raw": STR,
        "text": STR,
        "para_id": STR,
    },
    "headings": {
        "doc_id": STR,
        "heading_id": STR,
        "block_id": STR,
        "order": INT,
        "text": STR,
        "run_in": BOOL,
    },
    "paragraphs": {
        "doc_id": STR,
        "para_id": STR,
        "order": INT,
        "heading": STR,
        "text": STR,
        "char_start": INT,
        "char_end": INT,
        "heading_id": STR,
        "block_id": STR,
    },
    "sentences": {
        "doc_id": STR,
        "para_id": STR,
        "sent_id": STR,
        "order": INT,
        "text": STR,
        "char_start": INT,
        "char_end": INT,
        "sentiment": FLOAT,
        "pos": FLOAT,
        "neu": FLOAT,
        "neg": FLOAT,
        "sentiment_label": STR,
    },
    "repairs": {
        "doc_id": STR,
        "block_id": STR,
        "kind": STR,
        "before": STR,
        "after": STR,
        "start": INT,
        "end": INT,
    },
    "manifest": {
        "path": STR,
        "status": STR,
        "reason": STR,
        "n_documents": INT,
        "bytes": INT,
        "sha256": STR,
        "encoding": STR,
        "page_kind": STR,
    },
    "entities": {
        "doc_id": STR,
        "sent_id": STR,
        "text": STR,
        "label": STR,
        "entity": STR,
        "char_start": INT,
        "char_end": INT,
        "role": STR,
        "country": STR,
    },
    "quotes": {
        "doc_id": STR,
        "quote_id": STR,
        "para_id": STR,
        "sent_id": STR,
        "kind": STR,
        "speaker": STR,
        "source_id": STR,
        "cue": STR,
        "text": STR,
        "char_start": INT,
        "char_end": INT,
        "cue_lemma": STR,
        "speaker_start": NINT,
        "speaker_end": NINT,
        "speaker_name": STR,
        "role": STR,
        "anonymous": BOOL,
        "source_type": STR,
        "source_key": STR,
        "parts": STR,
        "n_words": INT,
    },
    "sources": {
        "source_id": STR,
        "name": STR,
        "role": STR,
        "anonymous": BOOL,
        "source_type": STR,
        "n_quotes": INT,
        "n_words": INT,
        "doc_ids": STR,
    },
}
TABLES = tuple(SCHEMA)
#: Tables built from each document alone (entities then joined across documents; their lone
#: words waiting for that join in ``entity_pending``), and those that need the whole corpus.
DOC_TABLES = (
    "documents",
    "blocks",
    "headings",
    "paragraphs",
    "sentences",
    "repairs",
    "quotes",
    "entities",
    "entity_pending",
)
CORPUS_TABLES = ("sources",)
#: Working tables of the build, not part of a corpus.
WORK_SCHEMA = {
    "entity_pending": {"doc_id": STR, "sent_id": STR, "text": STR, "char_start": INT, "char_end": INT}
}


def schema_of(table: str) -> dict[str, str]:
    """Columns and dtypes of a table of the contract or a working table of the build."""
    return SCHEMA[table] if table in SCHEMA else WORK_SCHEMA[table]


def frame(table: str, rows: Iterable[dict] | pd.DataFrame) -> pd.DataFrame:
    """A table with the schema's columns, in order, with the schema's dtypes."""
    schema = schema_of(table)
    df = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(list(rows))
    if list(df.columns) == list(schema) and all(str(df[c].dtype) == t for c, t in schema.items()):
        return df.reset_index(drop=True)  # already typed (a cached table): converting costs seconds
    df = df.reindex(columns=list(schema))
    for col, dtype in schema.items():
        if dtype == TIME:
            df[col] = pd.to_datetime(df[col], utc=True).astype(TIME)
        elif dtype == STR:
            df[col] = df[col].astype("object").where(df[col].notna(), None).astype(STR)
        else:
            df[col] = df[col].astype(dtype)
    return df.reset_index(drop=True)


def as_table(data, name: str) -> pd.DataFrame:
    """The table ``name`` of ``data``: a corpus (or anything with that table as an attribute), or
    the DataFrame itself. Every public function that reads one table accepts either, so it has
    one signature whatever the caller holds (textacy's ``DocLike`` in spirit)."""
    if isinstance(data, pd.DataFrame):
        return data
    table = getattr(data, name, None)
    if isinstance(table, pd.DataFrame):
        return table
    raise TypeError(f"expected a corpus or its {name!r} table, not {type(data).__name__}")
