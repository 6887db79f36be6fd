"""What one report (or voice, or source) says that the others do not: distinctive terms.

distinctive_terms(corpus, by="doc_id")               # weighted log-odds, Monroe et al. 2008
distinctive_terms(corpus, by="voice")                 # narration vs quoted speech
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from ..schema import as_table
from ..text import owners, statement_spans
from ._terms import TermAnalyzer, fit_analyzer, term_table

__all__ = ["PRIOR_SCALE", "distinctive_terms"]


# -- quoted speech ---------------------------------------------------------------------------
def _mark_quoted(occ: pd.DataFrame, spans: pd.DataFrame) -> pd.DataFrame:
    """Add ``quoted`` (bool) and ``source_id`` (of the statement, or null) to term occurrences:
    a term is quoted when it starts inside a statement's content, as a word is in
    :func:`workbench.text.word_voices` (the first statement wins where two overlap)."""
    quoted = np.zeros(len(occ), dtype=bool)
    source = np.full(len(occ), None, dtype=object)
    starts = occ["char_start"].to_numpy()
    rows_of = occ.groupby("doc_id", sort=False).indices
    for doc, pieces in spans.groupby("doc_id", sort=False):
        rows = rows_of.get(doc)
        if rows is None:
            continue
        rows = rows[np.argsort(starts[rows], kind="stable")]
        own = owners(starts[rows], pieces)
        hit = own >= 0
        quoted[rows[hit]] = True
        ids = pieces["source_id"].to_numpy(dtype=object)[own[hit]]
        source[rows[hit]] = [None if pd.isna(x) else x for x in ids]
    return occ.assign(quoted=quoted, source_id=pd.array(source, dtype="string"))


# -- distinctive terms -----------------------------------------------------------------------
#: Weight of the informative prior: α_w = PRIOR_SCALE × the term's count in the whole corpus, so
#: the prior carries a tenth of the data's weight. At 1.0 (prior = data) two short reports yield
#: no |z| above 2 at all; at 0.1 a term needs about six uses in one report and none in the other.
PRIOR_SCALE = 0.1


def _groups(corpus, occ: pd.DataFrame, by) -> pd.Series:
    if isinstance(by, str):
        if by == "voice":
            return pd.Series(np.where(occ["quoted"], "quoted", "narration"), index=occ.index, dtype="string")
        if by == "source_id":
            return occ["source_id"].where(occ["quoted"], "narrator").fillna("unresolved source")
        if by in occ.columns:
            return occ[by].astype("string")
        if by in corpus.documents.columns:
            doc_groups = dict(zip(corpus.documents["doc_id"], corpus.documents[by]))
            return occ["doc_id"].map(doc_groups).astype("string")
        raise KeyError(f"by={by!r}: not 'voice', 'source_id' or a column of documents")
    mapping = dict(by.items()) if isinstance(by, (Mapping, pd.Series)) else None
    if mapping is None:
        raise TypeError("by must be a column name or a mapping of unit ids to groups")
    keys = set(mapping)
    column = max(("sent_id", "para_id", "doc_id"), key=lambda c: len(keys & set(occ[c])))
    return occ[column].map(mapping).astype("string")


def distinctive_terms(
    corpus,
    *,
    by="doc_id",
    groups=None,
    voice: str | None = None,
    quotes: pd.DataFrame | None = None,
    prior="corpus",
    prior_scale: float = PRIOR_SCALE,
    min_count: int = 1,
    analyzer: TermAnalyzer | None = None,
) -> pd.DataFrame:
    """Terms that set each group apart from the others: weighted log-odds with an informative
    Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words", eq. 16-22).

    ``by``: a column of ``documents`` (``doc_id``, ``outlet``, ``original_source``), ``"voice"``
    (narration vs quoted), ``"source_id"`` (each quoted source vs the narrator), or a mapping of
    unit ids (sentence, paragraph or document ids) to groups. ``groups``: the groups to compare
    (default all); each is compared with the rest of those. ``voice``: keep only ``"narration"``
    or ``"quoted"`` words: a word is quoted when it lies in a statement's content
    (:func:`workbench.text.statement_spans`, every kind), as in share of voice and tone per
    voice. ``quotes``: a ``quotes`` table (``doc_id, quote_id, char_start, char_end``, and
    ``parts``, ``source_id``, ``kind``); default the corpus's. ``prior``: ``"corpus"`` (α_w = ``prior_scale`` × the term's count in the
    whole corpus, :data:`PRIOR_SCALE` by default), a mapping term -> pseudo-count (a background corpus), or a number (the same
    α for every term: an uninformative prior).

    Columns: ``term, group, count, count_other, log_odds`` (δ, log-odds of the group minus the
    rest), ``z`` (δ / its standard error; |z| > 1.96 ≈ p < 0.05), ``rate``, ``rate_other``
    (per 1,000 terms), ``n_group``, ``n_other``. Sorted by group, then z descending.
    """
    occ = term_table(corpus, analyzer or fit_analyzer(corpus))
    occ = _mark_quoted(occ, statement_spans(as_table(corpus if quotes is None else quotes, "quotes")))
    if voice is not None:
        if voice not in ("narration", "quoted"):
            raise ValueError(f"voice must be None, 'narration' or 'quoted', not {voice!r}")
        background = occ
        occ = occ[occ["quoted"] == (voice == "quoted")]
    else:
        background = occ
    group = _groups(corpus, occ, by)
    occ = occ.assign(group=group)[group.notna().to_numpy()]
    if groups is not None:
        occ = occ[occ["group"].isin([str(g) for g in groups])]
    table = pd.crosstab(occ["term"], occ["group"])
    table = table[table.sum(axis=1) >= min_count]
    columns = [
        "term",
        "group",
        "count",
        "count_other",
        "log_odds",
        "z",
        "rate",
        "rate_other",
        "n_group",
        "n_other",
    ]
    if table.shape[1] < 2:
        where = f" among {voice} words" if voice else ""
        raise ValueError(
            f"need at least two groups with words to compare{where}; found {[str(c) for c in table.columns]}"
        )
    terms = table.index.to_numpy()
    if isinstance(prior, str) and prior == "corpus":
        alpha = background["term"].value_counts().reindex(terms).fillna(0).to_numpy(float) * prior_scale
    elif isinstance(prior, (Mapping, pd.Series)):
        alpha = pd.Series(dict(prior)).reindex(terms).fillna(0).to_numpy(float) * prior_scale
    else:
        alpha = np.full(len(terms), float(prior))
    alpha = np.maximum(alpha, 1e-3)  # every term needs some prior mass
    alpha0 = alpha.sum()
    total = table.sum(axis=1).to_numpy(float)
    frames = []
    for g in table.columns:
        y_i = table[g].to_numpy(float)
        y_j = total - y_i
        n_i, n_j = y_i.sum(), y_j.sum()
        delta = np.log((y_i + alpha) / (n_i + alpha0 - y_i - alpha)) - np.log(
            (y_j + alpha) / (n_j + alpha0 - y_j - alpha)
        )
        var = 1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)
        frames.append(
            pd.DataFrame(
                {
                    "term": terms,
                    "group": g,
                    "count": y_i.astype("int64"),
                    "count_other": y_j.astype("int64"),
                    "log_odds": delta,
                    "z": delta / np.sqrt(var),
                    "rate": 1000 * y_i / max(n_i, 1),
                    "rate_other": 1000 * y_j / max(n_j, 1),
                    "n_group": int(n_i),
                    "n_other": int(n_j),
                }
            )
        )
    out = pd.concat(frames, ignore_index=True)[columns]
    out = out.astype({"term": "string", "group": "string", "n_group": "int64", "n_other": "int64"})
    return out.sort_values(["group", "z", "term"], ascending=[True, False, True], ignore_index=True)
