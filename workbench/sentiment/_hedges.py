"""Hedging and certainty markers: the phrases of ``resources/hedges.txt`` found in sentences."""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from ..text import resource_lines

__all__ = ["hedge_lexicon", "hedge_markers", "hedges_in"]


@lru_cache(maxsize=1)
def hedge_lexicon() -> pd.DataFrame:
    """``phrase`` and ``category`` (``hedge``, ``certainty``, ``attribution``) from
    ``resources/hedges.txt``."""
    rows, category = [], None
    for line in resource_lines("hedges.txt"):
        if line.startswith("[") and line.endswith("]"):
            category = line[1:-1].strip()
        elif category:
            rows.append({"phrase": " ".join(line.lower().split()), "category": category})
    return pd.DataFrame(rows, columns=["phrase", "category"]).astype("string")


@lru_cache(maxsize=1)
def _hedge_pattern() -> tuple[re.Pattern, dict[str, str]]:
    lex = hedge_lexicon()
    phrases = sorted(lex["phrase"], key=lambda p: (-len(p), p))
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE), dict(
        zip(lex["phrase"], lex["category"])
    )


# "May" as a month: before a day number or after one ("May 12", "12 May").
_MONTH_MAY = re.compile(r"May(?=\s+\d)")


def _is_month(text: str, start: int, end: int) -> bool:
    return text[start:end] == "May" and (
        bool(_MONTH_MAY.match(text, start)) or bool(re.search(r"\d\s+$", text[max(0, start - 6) : start]))
    )


def hedges_in(text: str) -> list[tuple[str, str, int, int]]:
    """``(phrase, category, start, end)`` of each marker of ``resources/hedges.txt``
    in ``text``: whole words, case-insensitive, longest first, no overlaps; "May"
    next to a day number is the month and is skipped."""
    pattern, categories = _hedge_pattern()
    out = []
    for m in pattern.finditer(text):
        if _is_month(text, m.start(), m.end()):
            continue
        phrase = " ".join(m.group(0).lower().split())
        out.append((phrase, categories[phrase], m.start(), m.end()))
    return out


def hedge_markers(corpus) -> pd.DataFrame:
    """One row per hedging or certainty marker: ``doc_id``, ``sent_id``, ``phrase``
    (lexicon form), ``match`` (as written), ``category``, ``char_start``, ``char_end``
    (offsets into ``documents.text``)."""
    rows = []
    for r in corpus.sentences.itertuples():
        text = r.text if isinstance(r.text, str) else ""
        for phrase, category, start, end in hedges_in(text):
            rows.append(
                {
                    "doc_id": r.doc_id,
                    "sent_id": r.sent_id,
                    "phrase": phrase,
                    "match": text[start:end],
                    "category": category,
                    "char_start": r.char_start + start,
                    "char_end": r.char_start + end,
                }
            )
    cols = ["doc_id", "sent_id", "phrase", "match", "category", "char_start", "char_end"]
    return pd.DataFrame(rows, columns=cols).astype(
        {c: "string" for c in cols[:5]} | {"char_start": "int64", "char_end": "int64"}
    )
