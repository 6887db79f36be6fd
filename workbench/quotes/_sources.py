"""Sources across a corpus: who is quoted, in what role, how much.

``build_sources(quotes)`` merges the per-document speakers of a quotes table into one
row per distinct source; ``share_of_voice`` gives each document's words per source
(the narrator included); ``reporting_verbs`` counts the cues each source gets.

Merging: a named source is one source across documents by its fullest name (a bare
surname joins the only full name ending with it). An unnamed source is merged within
its document by resolution; across documents only when its full descriptor is
identical ("people familiar with the matter" in two reports is one ``source_id``).
``source_id`` is a slug of the name (``elena-suponina``) or ``anon-`` and a slug of the
full descriptor (``anon-former-united-states-official-directly-involved-in-the-talks``).
``doc_ids`` is a sorted ``"|"``-joined string, so it survives Parquet unchanged.
"""

from __future__ import annotations

import re
import unicodedata

import pandas as pd

from ..schema import as_table
from ..text import NARRATOR, cooccurrence, word_voices
from ._source_type import SOURCE_TYPES

__all__ = [
    "build_sources",
    "sources_table",
    "share_of_voice",
    "reporting_verbs",
    "source_entities",
    "SOURCE_COLUMNS",
    "NARRATOR",
]

SOURCE_COLUMNS = ["source_id", "name", "role", "anonymous", "source_type", "n_quotes", "n_words", "doc_ids"]
#: Slugs are cut to this many characters so ids stay readable.
MAX_SLUG_CHARS = 64


def slug(text: str) -> str:
    """A lower-case ASCII id from a name: "Elena Suponina" -> "elena-suponina"."""
    s = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return s[:MAX_SLUG_CHARS].strip("-") or "unknown"


def _source_ids(quotes: pd.DataFrame) -> pd.Series:
    named = ~quotes["anonymous"].astype(bool)
    names = quotes["speaker_name"].astype("string").fillna("")
    full = {}
    multi = sorted({n for n in names[named] if len(n.split()) > 1})
    for n in set(names[named]):
        if len(n.split()) == 1:
            cands = [m for m in multi if m.split()[-1] == n]
            full[n] = cands[0] if len(cands) == 1 else n
        else:
            full[n] = n
    ids = []
    for key, name, anon in zip(quotes["source_key"].fillna(""), names, quotes["anonymous"]):
        if anon:
            desc = key.split(":", 1)[1] if ":" in key else name
            ids.append("anon-" + slug(desc))
        else:
            ids.append(slug(full.get(name, name)))
    return pd.Series(ids, index=quotes.index, dtype="string"), full


def build_sources(quotes: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One row per distinct source of a quotes table (``source_id, name, role,
    anonymous, n_quotes, n_words, doc_ids``), and a copy of ``quotes`` with
    ``source_id`` filled. The inputs are not changed."""
    quotes = quotes.copy()
    if quotes.empty:
        quotes["source_id"] = pd.Series(dtype="string")
        return pd.DataFrame(
            {
                c: pd.Series(dtype=t)
                for c, t in zip(
                    SOURCE_COLUMNS, ["string", "string", "string", bool, "string", "int64", "int64", "string"]
                )
            }
        ), quotes
    ids, full = _source_ids(quotes)
    quotes["source_id"] = ids
    rows = []
    for sid, g in quotes.groupby("source_id", sort=True):
        anon = bool(g["anonymous"].iloc[0])
        first: dict[str, int] = {}  # each name at its first statement
        for i, n in enumerate(g["speaker_name"].dropna().tolist()):
            first.setdefault(n, i)
        # the fullest name; among equally full ones, the first given
        name = max(first, key=lambda n: (len(n.split()), -first[n])) if first else sid
        name = full.get(name, name) if not anon else name
        roles = g["role"].dropna()
        role = roles.value_counts().sort_index().idxmax() if len(roles) else pd.NA
        # the type most of its statements give it (ties: the first in SOURCE_TYPES order)
        types = g["source_type"].dropna().value_counts() if "source_type" in g else pd.Series(dtype=int)
        stype = (
            min(types.index, key=lambda t: (-types[t], SOURCE_TYPES.index(t)))
            if len(types)
            else ("anonymous" if anon else "person")
        )
        rows.append(
            {
                "source_id": sid,
                "name": name,
                "role": role,
                "anonymous": anon,
                "source_type": stype,
                "n_quotes": len(g),
                "n_words": int(g["n_words"].sum()),
                "doc_ids": "|".join(sorted(set(g["doc_id"]))),
            }
        )
    sources = pd.DataFrame(rows, columns=SOURCE_COLUMNS)
    for col in ("source_id", "name", "role", "source_type", "doc_ids"):
        sources[col] = sources[col].astype("string")
    for col in ("n_quotes", "n_words"):
        sources[col] = sources[col].astype("int64")
    sources["anonymous"] = sources["anonymous"].astype(bool)
    return sources.sort_values("source_id", ignore_index=True), quotes


def _quotes_of(data, quotes):
    return as_table(data if quotes is None else quotes, "quotes")


def sources_table(data, *, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """The contract's ``sources`` table of a corpus (or of ``quotes``)."""
    return build_sources(_quotes_of(data, quotes))[0]


def share_of_voice(data, *, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Words per document and source, the narrator's included: ``doc_id, source_id,
    name, n_words, share`` (shares of a document sum to 1). Each word of the document
    (:func:`workbench.text.words`, as ``documents.n_words`` counts them) is the source's whose
    statement content holds it, else the narrator's (attributions included); see
    :func:`workbench.text.word_voices`. ``data``: a corpus; ``quotes``: default its own."""
    quotes = _quotes_of(data, quotes)
    sources, quotes = (
        build_sources(quotes)
        if "source_id" not in quotes or quotes["source_id"].isna().any()
        else (build_sources(quotes)[0], quotes)
    )
    names = dict(zip(sources["source_id"], sources["name"]))
    words = word_voices(data, quotes=quotes)
    out = words.groupby(["doc_id", "source_id"]).size().rename("n_words").reset_index()
    docs = as_table(data, "documents")["doc_id"].astype("string")
    # a document whose words are all quoted (or that has none) still has its narrator row
    narrator = pd.DataFrame({"doc_id": docs, "source_id": NARRATOR, "n_words": 0})
    out = pd.concat([out, narrator[~docs.isin(out.loc[out["source_id"] == NARRATOR, "doc_id"])]])
    out["name"] = [NARRATOR if sid == NARRATOR else names.get(sid, sid) for sid in out["source_id"]]
    out = out[["doc_id", "source_id", "name", "n_words"]]
    for col in ("doc_id", "source_id", "name"):
        out[col] = out[col].astype("string")
    out["n_words"] = out["n_words"].astype("int64")
    totals = out.groupby("doc_id")["n_words"].transform("sum")
    out["share"] = (out["n_words"] / totals.where(totals > 0)).fillna(0.0).astype("float64")
    return out.sort_values(
        ["doc_id", "n_words", "source_id"], ascending=[True, False, True], ignore_index=True
    )


def reporting_verbs(data) -> pd.DataFrame:
    """How each source is introduced: ``source_id, name, cue_lemma, n`` (a statement
    with no cue of its own, a continuation, counts as ``(continued)``). ``data``: a corpus or
    its ``quotes`` table."""
    quotes = as_table(data, "quotes")
    if "source_id" not in quotes:
        _, quotes = build_sources(quotes)
    q = quotes.assign(cue_lemma=quotes["cue_lemma"].fillna("(continued)"))
    out = (
        q.groupby(["source_id", "speaker_name", "cue_lemma"])
        .size()
        .rename("n")
        .reset_index()
        .rename(columns={"speaker_name": "name"})
    )
    out = out.groupby(["source_id", "cue_lemma"], as_index=False).agg(name=("name", "first"), n=("n", "sum"))
    out = out[["source_id", "name", "cue_lemma", "n"]]
    for col in ("source_id", "name", "cue_lemma"):
        out[col] = out[col].astype("string")
    out["n"] = out["n"].astype("int64")
    return out.sort_values(["source_id", "n", "cue_lemma"], ascending=[True, False, True], ignore_index=True)


#: Which sources speak about which entities: the one co-occurrence (``wb.cooccurrence``), under
#: the name the notebooks used.
source_entities = cooccurrence
