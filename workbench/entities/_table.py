"""The entities table: mentions per sentence, canonical forms joined within a document and
across the corpus. How mentions are found and named is described in :mod:`workbench.entities`."""

from __future__ import annotations

from bisect import bisect_right

import pandas as pd

from ..text import cooccurrence, find_dates, sentence_spans
from ._resolve import resolve, surname_index
from ._rules import analyse
from ._tokens import Doc

__all__ = [
    "COLUMNS",
    "LABELS",
    "cooccurrence",
    "document_entities",
    "entities_table",
    "extract_entities",
    "find_dates",
    "join_entities",
]

COLUMNS = ["doc_id", "sent_id", "text", "label", "entity", "char_start", "char_end", "role", "country"]
LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "LAW", "DATE")


def _frame(doc: Doc, doc_id: str, sentences: list[tuple[int, int]], sent_ids: list[str]) -> pd.DataFrame:
    return _typed(pd.DataFrame(_rows(doc, doc_id, sentences, sent_ids), columns=COLUMNS))


def _rows(doc: Doc, doc_id: str, sentences: list[tuple[int, int]], sent_ids: list[str]) -> list[dict]:
    rows = []
    mentions = sorted({(m.start, m.end): m for m in doc.mentions}.values(), key=lambda m: (m.start, m.end))
    starts = [s for s, _ in sentences]
    si = 0
    for m in mentions:
        while si + 1 < len(starts) and starts[si + 1] <= m.start:
            si += 1
        sid = sent_ids[si] if sentences and sentences[si][0] <= m.start < sentences[si][1] + 1 else None
        rows.append(
            {
                "doc_id": doc_id,
                "sent_id": sid,
                "text": doc.text[m.start : m.end],
                "label": m.label,
                "entity": m.entity,
                "char_start": m.start,
                "char_end": m.end,
                "role": m.role or None,  # None, not pd.NA: rows go to Arrow as they are
                "country": m.country or None,
            }
        )
    return rows


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    df = df.astype({c: "string" for c in COLUMNS if c not in ("char_start", "char_end")})
    return df.astype({"char_start": "int64", "char_end": "int64"}).reset_index(drop=True)


def extract_entities(
    text: str,
    *,
    doc_id: str = "",
    sentences: list[tuple[int, int]] | None = None,
    known: dict[str, tuple[str, str, str]] | None = None,
) -> pd.DataFrame:
    """Entity mentions in one text: the contract's ``entities`` columns plus ``role``, ``country``.

    ``sentences``: (char_start, char_end) spans of its sentences (found with
    :func:`workbench.segment.sentence_spans` when not given); ``sent_id`` is
    ``f"{doc_id}:s{n:04d}"`` with ``n`` the 1-based sentence number. ``known``: surface ->
    (label, entity, country) learned elsewhere, used for lone capitalised words.
    """
    if sentences is None:
        sentences = sentence_spans(text)
    sentences = sorted(sentences)
    doc = analyse(text, sentences)
    resolve(doc, known)
    return _frame(doc, doc_id, sentences, [f"{doc_id}:s{n + 1:04d}" for n in range(len(sentences))])


#: Languages the rules are written for; documents detected as another language are not tagged.
LANGUAGES = ("en",)
#: Lone capitalised words no evidence in their own document identified, kept for the corpus join.
PENDING_COLUMNS = ["doc_id", "sent_id", "text", "char_start", "char_end"]


def document_entities(
    text: str, sentences: list[tuple[int, int]], sent_ids: list[str], *, doc_id: str
) -> tuple[list[dict], list[dict]]:
    """One document's entity rows, and its lone words still waiting for evidence (``PENDING_COLUMNS``).

    The heavy part of :func:`entities_table`, done per document (in the build's workers);
    :func:`join_entities` then resolves what only the rest of the corpus can tell.
    """
    order = sorted(range(len(sentences)), key=lambda i: sentences[i])
    sentences = [sentences[i] for i in order]
    sent_ids = [sent_ids[i] for i in order]
    doc = analyse(text, sentences)
    resolve(doc)
    starts = [s for s, _ in sentences]
    pending = []
    for k, _ in doc.pending:
        tok = doc.toks[k]
        si = max(bisect_right(starts, tok.start) - 1, 0)
        inside = bool(sentences) and sentences[si][0] <= tok.start < sentences[si][1] + 1
        pending.append(
            {
                "doc_id": doc_id,
                "sent_id": sent_ids[si] if inside else None,
                "text": tok.text,
                "char_start": tok.start,
                "char_end": tok.end,
            }
        )
    return _rows(doc, doc_id, sentences, sent_ids), pending


def corpus_known(entities: pd.DataFrame) -> dict[str, tuple[str, str, str]]:
    """Surface forms and surnames that identify an entity across the corpus (one reading only)."""
    e = entities.loc[entities["label"] != "DATE", ["text", "label", "entity", "country"]]
    readings = e.astype(object).fillna({"country": ""}).drop_duplicates()
    single = readings[~readings["text"].duplicated(keep=False)]
    known = dict(zip(single["text"], zip(single["label"], single["entity"], single["country"])))
    persons = sorted(set(entities.loc[entities["label"] == "PERSON", "entity"].astype(object)))
    for last, full in surname_index(persons, first_names=False).items():
        if known.get(last, ("PERSON",))[0] == "PERSON":
            known[last] = ("PERSON", full, "")  # "Putin" -> "Vladimir Putin" across documents
    return known


def join_entities(entities: pd.DataFrame, pending: pd.DataFrame) -> pd.DataFrame:
    """Documents' entity rows joined across the corpus: lone words and surnames one document
    leaves unresolved take the single reading the rest of the corpus gives them."""
    known = corpus_known(entities)
    hits = pending[pending["text"].isin(known)]
    readings = [known[t] for t in hits["text"]]
    found = pd.DataFrame(
        {
            "doc_id": hits["doc_id"].to_numpy(),
            "sent_id": hits["sent_id"].to_numpy(),
            "text": hits["text"].to_numpy(),
            "label": [r[0] for r in readings],
            "entity": [r[1] for r in readings],
            "char_start": hits["char_start"].to_numpy(),
            "char_end": hits["char_end"].to_numpy(),
            "role": pd.NA,
            "country": [r[2] or pd.NA for r in readings],
        },
        columns=COLUMNS,
    )
    out = _typed(pd.concat([_typed(entities[COLUMNS]), _typed(found)], ignore_index=True))
    lone = (out["label"] == "PERSON") & ~out["entity"].str.contains(" ", regex=False)
    full = {w: r[1] for w, r in known.items()}
    out.loc[lone, "entity"] = out.loc[lone, "entity"].map(lambda w: full.get(w, w))
    return out.sort_values(["doc_id", "char_start", "char_end"], ignore_index=True)


def entities_table(corpus, *, languages: tuple[str, ...] | None = LANGUAGES) -> pd.DataFrame:
    """The contract's ``entities`` table for a corpus: one row per mention, offsets into documents.text.

    Variants are joined across documents too: a lone surname or a short form that one document
    leaves unresolved takes the reading another document gives it ("Putin" -> "Vladimir Putin").
    ``languages``: skip documents detected as another language (None: tag all); documents whose
    language is unknown are tagged.
    """
    docs = corpus.documents
    sents = corpus.sentences.sort_values(["doc_id", "char_start"])
    by_doc = {d: g for d, g in sents.groupby("doc_id", sort=False)}
    rows, pending = [], []
    for doc_id, text, lang in zip(docs["doc_id"], docs["text"], docs["language"]):
        if pd.isna(text) or (languages is not None and pd.notna(lang) and lang not in languages):
            continue
        g = by_doc.get(doc_id)
        spans = list(zip(g["char_start"].tolist(), g["char_end"].tolist())) if g is not None else []
        ids = g["sent_id"].tolist() if g is not None else []
        r, p = document_entities(text, spans, ids, doc_id=doc_id)
        rows += r
        pending += p
    return join_entities(pd.DataFrame(rows, columns=COLUMNS), pd.DataFrame(pending, columns=PENDING_COLUMNS))
