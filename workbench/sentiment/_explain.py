"""Why a sentence scored as it did: VADER's walk over its words, traced word by word."""

from __future__ import annotations

import re

import pandas as pd
from vaderSentiment import vaderSentiment as vs

from ._vader import _but, _sentiments, _Trace, _words, analyzer, prepare_text

__all__ = [
    "EXPLAIN_COLUMNS",
    "compound_from_contributions",
    "explain_rows",
    "explain_sentiment",
    "token_spans",
]

EXPLAIN_COLUMNS = [
    "position",
    "token",
    "valence",
    "booster",
    "negated",
    "caps",
    "but",
    "modifiers",
    "before_but",
    "contribution",
]


def explain_sentiment(text: str) -> pd.DataFrame:
    """One row per word VADER looked up in its lexicon, and one for punctuation emphasis.

    Columns: ``position`` (index of the word among the whitespace-split words),
    ``token`` (as VADER saw it, punctuation stripped), ``valence`` (lexicon value),
    ``booster`` (what booster/dampener words added), ``negated`` (a negation
    flipped it), ``caps`` (ALL-CAPS emphasis), ``but`` (factor of the "but" rule:
    0.5 before, 1.5 after, 1 otherwise), ``modifiers`` (the rules in order, readable),
    ``before_but`` and ``contribution`` (the word's valence after all rules).

    The contributions add up to VADER's raw sum, and
    ``vaderSentiment.vaderSentiment.normalize(sum)`` rounded to 4 places is the
    compound. A word whose contribution is 0 was neutralised (e.g. "no" used as a
    negator). The last row, token ``!``/``?``, is the punctuation emphasis
    (``position`` -1), present when it changed the sum."""
    out = pd.DataFrame(explain_rows(text), columns=EXPLAIN_COLUMNS)
    return out.astype(
        {
            "position": "int64",
            "token": "string",
            "valence": "float64",
            "booster": "float64",
            "negated": "bool",
            "caps": "bool",
            "but": "float64",
            "modifiers": "string",
            "before_but": "float64",
            "contribution": "float64",
        }
    )


def explain_rows(text: str) -> list[dict]:
    """:func:`explain_sentiment`'s rows as dicts: for callers that read thousands of sentences
    (a frame per sentence costs about 30 times the walk itself)."""
    prepared = prepare_text(text)
    words = _words(prepared)
    lower = [w.lower() for w in words]
    traces: dict[int, _Trace] = {}
    sentiments = _sentiments(words, lower, traces)
    after = _but(lower, sentiments)
    bi = lower.index("but") if "but" in lower else None
    rows = []
    lexicon = analyzer().lexicon
    for i, trace in sorted(traces.items()):
        kinds = [s.kind for s in trace.steps]
        but = 1.0
        if bi is not None and sentiments[i] != 0 and after[i] != sentiments[i]:
            but = after[i] / sentiments[i]
        mods = [f"{s.kind} '{s.word}' {s.before:+.3f}->{s.after:+.3f}" for s in trace.steps]
        if but != 1.0:
            mods.append(f"{'before' if bi is not None and i < bi else 'after'} 'but' x{but:g}")
        rows.append(
            {
                "position": i,
                "token": words[i],
                "valence": lexicon[lower[i]],
                "booster": trace.booster,
                "negated": "negation" in kinds,
                "caps": "caps" in kinds,
                "but": but,
                "modifiers": "; ".join(mods),
                "before_but": float(sentiments[i]),
                "contribution": float(after[i]),
            }
        )
    total = float(sum(after))
    amplifier = analyzer()._punctuation_emphasis(prepared)
    if after and total != 0 and amplifier:
        marks = "".join(ch for ch in prepared if ch in "!?")
        sign = 1.0 if total > 0 else -1.0
        rows.append(
            {
                "position": -1,
                "token": marks,
                "valence": float("nan"),
                "booster": 0.0,
                "negated": False,
                "caps": False,
                "but": 1.0,
                "modifiers": f"punctuation emphasis ({marks.count('!')} '!', {marks.count('?')} '?')",
                "before_but": sign * amplifier,
                "contribution": sign * amplifier,
            }
        )
    return rows


def compound_from_contributions(contributions) -> float:
    """VADER's compound from the ``contribution`` column of ``explain_sentiment``."""
    total = 0.0
    for c in contributions:
        total += float(c)
    return round(vs.normalize(total), 4)


_TOKEN_RE = re.compile(r"\S+")


def token_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of VADER's words in ``text`` (whitespace-split, like ``str.split``),
    for texts without emoji; ``explain_sentiment``'s ``position`` indexes this list."""
    return [m.span() for m in _TOKEN_RE.finditer(text)]
