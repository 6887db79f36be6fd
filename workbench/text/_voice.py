"""Whose voice each word of a document is in: the one definition of quoted speech, read from the
``quotes`` table, that share of voice, tone per voice, distinctive terms by voice and
co-occurrence all use.

A word is a source's when it starts inside a piece of one of that source's statements (the
``parts`` of a statement, so the attribution between two pieces - "A," he said, "B." - stays
the narrator's); every other word is the narrator's. Every kind of statement counts, reported
speech ("X said that ...") as well as verbatim: the statement's content is what the article
attributes to the source, the ``sources`` table counts its words, and an analyst comparing
sources wants what each was reported to say. ``kinds=VERBATIM_KINDS`` keeps only the speaker's
own words. A sentence is in the voice that owns most of its words.

These functions read tables only (no quote detection), so every stage above can use them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..schema import as_table
from ._words import word_spans

#: ``source_id`` of the words no statement covers: the writer's own.
NARRATOR = "narrator"
#: Statement kinds of the ``quotes`` table; all of them are a source's speech by default.
SPEECH_KINDS = ("direct", "unmarked", "mixed", "indirect")
#: The kinds that are the speaker's own words (``indirect`` is the writer's paraphrase).
VERBATIM_KINDS = ("direct", "unmarked", "mixed")
#: A sentence is quoted when at least this share of its words is a source's.
MIN_QUOTED_SHARE = 0.5

_SPAN_COLUMNS = {
    "doc_id": "string",
    "quote_id": "string",
    "source_id": "string",
    "kind": "string",
    "char_start": "int64",
    "char_end": "int64",
}


def _pieces(parts, start: int, end: int) -> list[tuple[int, int]]:
    if isinstance(parts, str) and parts.strip():
        return [(int(a), int(b)) for a, b in (p.split("-") for p in parts.split(";"))]
    return [(int(start), int(end))]


def statement_spans(data, *, kinds: tuple[str, ...] = SPEECH_KINDS) -> pd.DataFrame:
    """The content pieces of each statement: ``doc_id, quote_id, source_id, kind, char_start,
    char_end``, one row per piece (a statement without ``parts`` is one piece, its span), in
    document order. ``data``: a corpus or its ``quotes`` table."""
    quotes = as_table(data, "quotes")
    if "kind" in quotes.columns:
        quotes = quotes[quotes["kind"].isin(kinds)]
    n = len(quotes)
    parts = quotes["parts"] if "parts" in quotes.columns else pd.Series([None] * n, index=quotes.index)
    column = {
        c: quotes[c] if c in quotes.columns else pd.Series([pd.NA] * n, index=quotes.index)
        for c in _SPAN_COLUMNS
    }
    rows = [
        (doc, qid, sid, kind, a, b)
        for doc, qid, sid, kind, p, s, e in zip(
            column["doc_id"],
            column["quote_id"],
            column["source_id"],
            column["kind"],
            parts,
            column["char_start"],
            column["char_end"],
        )
        for a, b in _pieces(p, s, e)
    ]
    out = pd.DataFrame(rows, columns=list(_SPAN_COLUMNS))
    out = out.astype(_SPAN_COLUMNS)
    return out.sort_values(["doc_id", "char_start", "char_end"], kind="stable", ignore_index=True)


def owners(starts: np.ndarray, spans: pd.DataFrame) -> np.ndarray:
    """For each offset of ``starts`` (one document), the row of ``spans`` (its ``char_start``,
    ``char_end``) that holds it, or -1: the first span in order wins where two overlap."""
    out = np.full(len(starts), -1, dtype=np.int64)
    for i, (a, b) in enumerate(zip(spans["char_start"].to_numpy(), spans["char_end"].to_numpy())):
        lo, hi = np.searchsorted(starts, a, "left"), np.searchsorted(starts, b, "left")
        free = out[lo:hi] == -1
        out[lo:hi][free] = i
    return out


def word_voices(
    data, *, quotes: pd.DataFrame | None = None, kinds: tuple[str, ...] = SPEECH_KINDS
) -> pd.DataFrame:
    """Every word of every document (:func:`workbench.text.words`) with its voice: ``doc_id,
    char_start, char_end, source_id`` (:data:`NARRATOR` for the writer's words; a statement
    whose source is not resolved yet gives a missing ``source_id``). ``data``: a corpus or its
    ``documents`` table; ``quotes``: default the corpus's."""
    documents = as_table(data, "documents")
    spans = statement_spans(as_table(data if quotes is None else quotes, "quotes"), kinds=kinds)
    by_doc = dict(tuple(spans.groupby("doc_id", sort=False)))
    frames = []
    for doc_id, text in zip(documents["doc_id"], documents["text"]):
        ws = np.array(word_spans(str(text)), dtype=np.int64).reshape(-1, 2)
        source = np.full(len(ws), NARRATOR, dtype=object)
        mine = by_doc.get(doc_id)
        if mine is not None and len(ws):
            own = owners(ws[:, 0], mine)
            ids = mine["source_id"].to_numpy(dtype=object)
            source[own >= 0] = [None if pd.isna(x) else x for x in ids[own[own >= 0]]]
        frames.append(
            pd.DataFrame(
                {"doc_id": doc_id, "char_start": ws[:, 0], "char_end": ws[:, 1], "source_id": source}
            )
        )
    cols = {"doc_id": "string", "char_start": "int64", "char_end": "int64", "source_id": "string"}
    if not frames:
        return pd.DataFrame(columns=list(cols)).astype(cols)
    return pd.concat(frames, ignore_index=True).astype(cols)


def sentence_voices(
    data, *, quotes: pd.DataFrame | None = None, kinds: tuple[str, ...] = SPEECH_KINDS
) -> pd.DataFrame:
    """Whose voice each sentence is in: ``doc_id, sent_id, voice`` (``quoted`` or ``narration``),
    ``source_id`` (the source with most of its words; :data:`NARRATOR` for narration; missing
    for a statement not resolved to a source), ``quoted_share`` (share of its words that are a
    source's). ``data``: a corpus (documents and sentences are read from it)."""
    s = as_table(data, "sentences")
    w = word_voices(data, quotes=quotes, kinds=kinds)
    sent = np.full(len(w), -1, dtype=np.int64)
    words_of = w.groupby("doc_id", sort=False).indices
    starts = w["char_start"].to_numpy()
    for doc_id, rows in s.groupby("doc_id", sort=False):
        in_doc = words_of.get(doc_id)
        if in_doc is None:
            continue
        rows = rows.sort_values("char_start", kind="stable")
        pos = owners(starts[in_doc], rows)
        sent[in_doc[pos >= 0]] = rows.index.to_numpy()[pos[pos >= 0]]
    w = w.assign(row=sent)[sent >= 0]
    quoted = w["source_id"].fillna("").ne(NARRATOR)
    n_words = w.groupby("row").size()
    n_quoted = w[quoted].groupby("row").size().reindex(n_words.index, fill_value=0)
    top = (
        w[quoted]
        .assign(key=w["source_id"].fillna("\x00"))
        .groupby(["row", "key"], sort=True)
        .size()
        .rename("n")
        .reset_index()
        .sort_values(["row", "n"], ascending=[True, False], kind="stable")
        .drop_duplicates("row")
        .set_index("row")["key"]
    )
    share = (n_quoted / n_words).reindex(s.index, fill_value=0.0).astype("float64")
    is_quoted = share >= MIN_QUOTED_SHARE
    source = top.reindex(s.index).replace("\x00", None)
    return pd.DataFrame(
        {
            "doc_id": s["doc_id"].astype("string"),
            "sent_id": s["sent_id"].astype("string"),
            "voice": pd.Series(np.where(is_quoted, "quoted", "narration"), index=s.index, dtype="string"),
            "source_id": source.where(is_quoted, NARRATOR).astype("string"),
            "quoted_share": share.round(3),
        }
    ).reset_index(drop=True)


def _names_source(mention: str, entity: str, name) -> bool:
    """Whether an entity mention is the source itself ("Peskov" in a statement of Dmitry Peskov)."""
    if not isinstance(name, str) or not name.strip():
        return False
    own = name.casefold().split()
    said = mention.casefold().split()
    return entity.casefold() == name.casefold() or (0 < len(said) <= len(own) and own[-len(said) :] == said)


def cooccurrence(data, entities: pd.DataFrame | None = None) -> pd.DataFrame:
    """Which sources speak about which entities: ``source_id, entity, label, n``.

    ``n`` counts the entity mentions lying wholly inside a piece of a statement's content
    (:func:`statement_spans`: the attribution between pieces is out), outside the speaker
    phrase, and not naming the source itself; a mention inside two statements of the same
    source counts once. ``data``: a corpus, or its ``quotes`` table with ``entities`` given.
    Sorted by ``n`` descending, then source, entity and label."""
    quotes = as_table(data, "quotes")
    entities = as_table(data if entities is None else entities, "entities")
    if "source_id" not in quotes.columns:
        raise ValueError(
            "quotes need a source_id (corpus.quotes has one; see workbench.quotes.build_sources)"
        )
    cols = ["source_id", "entity", "label", "n"]
    spans = statement_spans(quotes.assign(quote_id=np.arange(len(quotes)).astype(str)))
    spans = spans.assign(row=spans["quote_id"].astype(int)).dropna(subset=["source_id"])
    for col in ("speaker_start", "speaker_end", "speaker_name"):
        if col in quotes.columns:
            spans[col] = quotes[col].to_numpy()[spans["row"].to_numpy()]
    e = entities.assign(text=entities["text"] if "text" in entities.columns else entities["entity"])
    e = e[["doc_id", "text", "entity", "label", "char_start", "char_end"]]
    pairs = spans.merge(e, on="doc_id", suffixes=("_q", "_e"))
    inside = (pairs["char_start_e"] >= pairs["char_start_q"]) & (pairs["char_end_e"] <= pairs["char_end_q"])
    if "speaker_start" in pairs.columns:
        a = pd.to_numeric(pairs["speaker_start"], errors="coerce")
        b = pd.to_numeric(pairs["speaker_end"], errors="coerce")
        inside &= ~((pairs["char_start_e"] < b) & (pairs["char_end_e"] > a)).fillna(False).astype(bool)
    pairs = pairs[inside.to_numpy(dtype=bool)]
    if "speaker_name" in pairs.columns and len(pairs):
        own = [
            _names_source(str(t), str(n), s)
            for t, n, s in zip(pairs["text"], pairs["entity"], pairs["speaker_name"])
        ]
        pairs = pairs[~np.array(own, dtype=bool)]
    pairs = pairs.drop_duplicates(["source_id", "doc_id", "char_start_e", "char_end_e", "label"])
    out = pairs.groupby(["source_id", "entity", "label"], sort=False).size().rename("n").reset_index()
    if out.empty:
        out = pd.DataFrame(columns=cols)
    out = out.astype({"source_id": "string", "entity": "string", "label": "string", "n": "int64"})
    return out.sort_values(
        ["n", "source_id", "entity", "label"], ascending=[False, True, True, True], ignore_index=True
    )[cols]
