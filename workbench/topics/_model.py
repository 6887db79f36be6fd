"""What each report is about: topics fitted over paragraphs or sentences.

    model = TopicModel(random_state=SEED).fit(corpus)     # n_topics chosen by stability
    model.terms_, model.labels_, model.transform(corpus)

Terms come from the term analyzer (``_terms.py``: stop words, light lemmas, phrases); what one
report says that another does not is in ``_distinctive.py``; keyword in context in ``_kwic.py``.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator
from sklearn.decomposition import NMF, LatentDirichletAllocation
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
from threadpoolctl import threadpool_limits

from ..schema import as_table
from ._terms import TermAnalyzer, fit_analyzer

#: Units and the id column that keys them.
UNITS = {"paragraph": ("paragraphs", "para_id"), "sentence": ("sentences", "sent_id")}
METHODS = ("nmf", "lda")
#: A topic is a pattern that recurs: ask for at least this many units (paragraphs or
#: sentences that have terms) per topic, or the model splits single paragraphs into "topics".
MIN_UNITS_PER_TOPIC = 5
#: Numbers of topics tried when ``n_topics`` is None (a few themes per news story, a handful
#: more across a collection); capped by MIN_UNITS_PER_TOPIC.
DEFAULT_CANDIDATES = tuple(range(2, 11))
#: Iteration caps: NMF's coordinate descent converges within 1,000 on news paragraphs (400,
#: scikit-learn's default 200, warned on the two reports); batch LDA's topics settle within 20
#: passes (scikit-learn's default is 10).
NMF_MAX_ITER = 1000
LDA_MAX_ITER = 20
#: Top terms of a topic scored for coherence and stability and listed in ``terms_``.
N_TOP_TERMS = 10
#: Stability (Greene, O'Callaghan & Cunningham 2014, "How many topics? Stability analysis for
#: topic models"): refit on this many random subsamples of this share of the units and compare
#: each topic's top terms with the full fit's (Jaccard, topics matched one to one).
N_SUBSAMPLES = 3
SUBSAMPLE_SHARE = 0.8
#: Selection criteria for ``n_topics=None``. Top-term NPMI coherence alone rewards topics that
#: rest on one or two paragraphs (their terms always co-occur), so stability is the default.
SELECT = ("stability", "coherence")
#: Terms in a topic's label.
LABEL_TERMS = 3
#: Rounding applied before comparing scores, so float noise never decides a tie
#: (ties go to fewer topics).
SCORE_DECIMALS = 3


def _identity(terms):
    return terms


def top_term_agreement(a: list[np.ndarray], b: list[np.ndarray]) -> float:
    """Mean Jaccard similarity of two models' top-term sets, topics matched one to one (Hungarian)."""
    from scipy.optimize import linear_sum_assignment

    sets_a, sets_b = [set(x.tolist()) for x in a], [set(x.tolist()) for x in b]
    sim = np.array([[len(x & y) / max(1, len(x | y)) for y in sets_b] for x in sets_a])
    rows, cols = linear_sum_assignment(-sim)
    return float(sim[rows, cols].sum() / max(len(sets_a), len(sets_b)))


def npmi_coherence(presence, topics: list[np.ndarray]) -> float:
    """Mean normalised PMI of each topic's top-term pairs over unit co-occurrence (Bouma 2009;
    Aletras & Stevenson 2013): 1 = the terms always appear together, 0 = independently,
    −1 = never together. ``presence``: units × terms, 1 where the term occurs."""
    n = presence.shape[0]
    scores = []
    for top in topics:
        sub = presence[:, top]
        co = np.asarray((sub.T @ sub).todense() if hasattr(sub, "todense") else sub.T @ sub, dtype=float)
        p = np.diag(co) / n
        for i in range(len(top)):
            for j in range(i + 1, len(top)):
                pij = co[i, j] / n
                if pij == 0:
                    scores.append(-1.0)
                elif pij == 1:
                    scores.append(1.0)
                else:
                    scores.append(np.log(pij / (p[i] * p[j])) / -np.log(pij))
    return float(np.mean(scores)) if scores else float("nan")


class TopicModel(BaseEstimator):
    """Topics over paragraphs or sentences, scikit-learn style.

    ``n_topics=None`` tries :data:`DEFAULT_CANDIDATES` (or ``candidates``) and keeps the most
    stable number (``select="stability"``: top terms that survive refitting on subsamples) or
    the most coherent (``select="coherence"``: mean top-term NPMI over units); ``coherence_`` has
    both scores and the NMF reconstruction error for every number tried. Pass a number to fix it.
    Asking for more topics than the corpus can carry (:data:`MIN_UNITS_PER_TOPIC` units each)
    warns with the numbers and chooses instead.

    ``method``: ``"nmf"`` (TF-IDF, init ``nndsvda``) or ``"lda"`` (counts, batch, ``n_jobs=1``).
    ``min_df``/``max_df`` as in scikit-learn's CountVectorizer; ``analyzer`` a
    :class:`~workbench.topics.TermAnalyzer` (default: one fitted on the corpus's sentences).

    Learned: ``n_topics_``, ``terms_`` (topic, term, weight, rank; weights sum to 1 per topic),
    ``labels_`` (top terms per topic), ``coherence_``, ``vocabulary_``, ``analyzer_``, ``model_``.
    Topics are numbered by prevalence over the units fitted, largest first.
    """

    def __init__(
        self,
        n_topics: int | None = None,
        *,
        method: str = "nmf",
        unit: str = "paragraph",
        random_state: int | None = None,
        candidates=DEFAULT_CANDIDATES,
        select: str = "stability",
        n_top_terms: int = N_TOP_TERMS,
        min_df: int | float = 2,
        max_df: int | float = 0.95,
        analyzer: TermAnalyzer | None = None,
        max_iter: int | None = None,
    ):
        self.n_topics = n_topics
        self.method = method
        self.unit = unit
        self.random_state = random_state
        self.candidates = candidates
        self.select = select
        self.n_top_terms = n_top_terms
        self.min_df = min_df
        self.max_df = max_df
        self.analyzer = analyzer
        self.max_iter = max_iter

    # -- helpers -----------------------------------------------------------------------
    def _units(self, corpus) -> pd.DataFrame:
        table, key = UNITS[self.unit]
        return as_table(corpus, table)[["doc_id", key, "text"]]

    def _unit_terms(self, units: pd.DataFrame) -> list[list[str]]:
        return [self.analyzer_(str(t)) for t in units["text"]]

    def _estimator(self, k: int):
        if self.method == "nmf":
            return NMF(
                n_components=k,
                init="nndsvda",
                random_state=self.random_state,
                max_iter=self.max_iter or NMF_MAX_ITER,
            )
        return LatentDirichletAllocation(
            n_components=k,
            learning_method="batch",
            random_state=self.random_state,
            max_iter=self.max_iter or LDA_MAX_ITER,
            n_jobs=1,
        )

    def _matrix(self, counts):
        return self.tfidf_.transform(counts) if self.method == "nmf" else counts

    def _top(self, component: np.ndarray) -> np.ndarray:
        order = np.lexsort((np.arange(len(component)), -component))  # weight, then term order
        return order[: self.n_top_terms]

    # -- fitting -----------------------------------------------------------------------
    def fit(self, corpus, y=None) -> TopicModel:
        """Learn topics from ``corpus``'s paragraphs or sentences; returns self."""
        # One BLAS thread: the NMF's start (a randomized SVD: LU and QR of tall, thin matrices)
        # gains nothing from threads, and on two cores shared with the notebook's other work
        # they spin against each other (100 web pages, a busy machine: 130 s -> 36 s). The
        # sums then also run in the same order on every machine, whatever its core count.
        with threadpool_limits(limits=1, user_api="blas"):
            return self._fit(corpus)

    def _fit(self, corpus) -> TopicModel:
        if self.method not in METHODS:
            raise ValueError(f"method must be one of {METHODS}, not {self.method!r}")
        if self.select not in SELECT:
            raise ValueError(f"select must be one of {SELECT}, not {self.select!r}")
        if self.unit not in UNITS:
            raise ValueError(
                f"unit must be one of {tuple(UNITS)}, not {self.unit!r} "
                "(with few documents, topics are fitted on their paragraphs or sentences)"
            )
        self.analyzer_ = self.analyzer if self.analyzer is not None else fit_analyzer(corpus)
        units = self._units(corpus)
        docs = self._unit_terms(units)
        self.vectorizer_ = CountVectorizer(analyzer=_identity, min_df=self.min_df, max_df=self.max_df)
        try:
            counts = self.vectorizer_.fit_transform(docs)
        except ValueError as err:
            raise ValueError(
                f"no terms to model in {len(units)} {self.unit}s "
                f"(min_df={self.min_df}, max_df={self.max_df}): {err}"
            ) from None
        self.vocabulary_ = self.vectorizer_.get_feature_names_out()
        if self.method == "nmf":
            self.tfidf_ = TfidfTransformer(sublinear_tf=True).fit(counts)
        matrix = self._matrix(counts)
        used = int((counts.sum(axis=1) > 0).sum())
        limit = max(1, min(used // MIN_UNITS_PER_TOPIC, len(self.vocabulary_) - 1))
        asked = self.n_topics
        if asked is not None and asked > limit:
            warnings.warn(
                f"asked for {asked} topics, but {used} {self.unit}s with terms "
                f"({len(self.vocabulary_)} distinct terms) carry at most {limit} "
                f"({MIN_UNITS_PER_TOPIC} {self.unit}s per topic); choosing the number "
                f"by {self.select} instead",
                UserWarning,
                stacklevel=2,
            )
            asked = None
        if asked is not None:
            candidates = [int(asked)]
        else:
            candidates = sorted({min(int(k), limit) for k in self.candidates}) or [limit]
        presence = (counts > 0).astype(np.int64)
        rng = np.random.RandomState(self.random_state)
        rows, fitted = [], {}
        quiet = len(candidates) > 1  # models tried and set aside need not warn
        for k in candidates:
            est = self._estimator(k)
            with warnings.catch_warnings():
                if quiet:
                    warnings.simplefilter("ignore", ConvergenceWarning)
                weights = est.fit_transform(matrix)
            tops = [self._top(c) for c in est.components_]
            stability = np.nan
            if len(candidates) > 1 and self.select == "stability":
                agreements = []
                for _ in range(N_SUBSAMPLES):
                    idx = np.sort(
                        rng.choice(matrix.shape[0], int(SUBSAMPLE_SHARE * matrix.shape[0]), replace=False)
                    )
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore", ConvergenceWarning)
                        sub = self._estimator(k).fit(matrix[idx])
                    agreements.append(top_term_agreement(tops, [self._top(c) for c in sub.components_]))
                stability = float(np.mean(agreements))
            rows.append(
                {
                    "n_topics": k,
                    "stability": stability,
                    "coherence": npmi_coherence(presence, tops),
                    "reconstruction_error": float(getattr(est, "reconstruction_err_", np.nan)),
                }
            )
            fitted[k] = (est, weights)
        self.coherence_ = pd.DataFrame(
            rows, columns=["n_topics", "stability", "coherence", "reconstruction_error"]
        )
        best = max(
            rows,
            key=lambda r: (np.round(np.nan_to_num(r[self.select], nan=-2), SCORE_DECIMALS), -r["n_topics"]),
        )
        self.n_topics_ = int(best["n_topics"])
        self.model_, weights = fitted[self.n_topics_]
        # number topics by prevalence (share of the units' weight), largest first
        shares = _row_normalise(weights).sum(axis=0)
        self.order_ = np.lexsort((np.arange(len(shares)), -shares))
        components = self.model_.components_[self.order_]
        self.components_ = components / np.maximum(components.sum(axis=1, keepdims=True), 1e-300)
        term_rows = []
        for topic, comp in enumerate(self.components_):
            for rank, j in enumerate(self._top(comp), start=1):
                term_rows.append((topic, self.vocabulary_[j], float(comp[j]), rank))
        self.terms_ = pd.DataFrame(term_rows, columns=["topic", "term", "weight", "rank"]).astype(
            {"topic": "int64", "term": "string", "weight": "float64", "rank": "int64"}
        )
        self.labels_ = _labels(self.terms_)
        return self

    # -- use ---------------------------------------------------------------------------
    @property
    def columns_(self) -> list[str]:
        """Names of the topic columns of :meth:`transform`: ``topic_0``, ``topic_1``, ..."""
        return [f"topic_{k}" for k in range(self.n_topics_)]

    def transform(self, corpus) -> pd.DataFrame:
        """Each unit's topic shares (summing to 1; 0 everywhere for a unit without known terms).

        One row per paragraph (``para_id``) or sentence (``sent_id``), with ``doc_id`` and a
        column per topic (:attr:`columns_`), in the corpus's order.
        """
        units = self._units(corpus)
        counts = self.vectorizer_.transform(self._unit_terms(units))
        with threadpool_limits(limits=1, user_api="blas"):
            weights = _row_normalise(self.model_.transform(self._matrix(counts)))[:, self.order_]
        weights[np.asarray(counts.sum(axis=1)).ravel() == 0] = 0.0
        key = UNITS[self.unit][1]
        out = pd.DataFrame(weights, columns=self.columns_)
        out.insert(0, "doc_id", units["doc_id"].to_numpy())
        out.insert(0, key, units[key].to_numpy())
        return out.astype({key: "string", "doc_id": "string"})

    def fit_transform(self, corpus, y=None) -> pd.DataFrame:
        return self.fit(corpus).transform(corpus)

    def prevalence(self, corpus, *, by: str = "doc_id") -> pd.DataFrame:
        """Mean topic share of the units of each document (or other ``documents`` column).

        Columns: ``by``, ``topic``, ``label``, ``share``; units without terms are left out.
        """
        weights = self.transform(corpus)
        weights = weights[weights[self.columns_].sum(axis=1) > 0]
        if by != "doc_id":
            weights = weights.merge(corpus.documents[["doc_id", by]], on="doc_id")
        long = (
            weights.groupby(by)[self.columns_]
            .mean()
            .reset_index()
            .melt(id_vars=by, var_name="topic", value_name="share")
        )
        long["topic"] = long["topic"].str.removeprefix("topic_").astype("int64")
        long["label"] = pd.array([self.labels_[k] for k in long["topic"]], dtype="string")
        return long[[by, "topic", "label", "share"]].sort_values([by, "topic"], ignore_index=True)


def _row_normalise(weights: np.ndarray) -> np.ndarray:
    total = weights.sum(axis=1, keepdims=True)
    return np.divide(weights, total, out=np.zeros_like(weights, dtype=float), where=total > 0)


def _labels(terms: pd.DataFrame) -> list[str]:
    """Top LABEL_TERMS terms of each topic, one more while two labels are equal."""
    by_topic = [list(g.sort_values("rank")["term"]) for _t, g in terms.groupby("topic", sort=True)]
    n = [LABEL_TERMS] * len(by_topic)
    while True:
        labels = [" · ".join(t[:k]) for t, k in zip(by_topic, n)]
        dupes = {lab for lab in labels if labels.count(lab) > 1}
        if not dupes or all(n[i] >= len(t) for i, t in enumerate(by_topic) if labels[i] in dupes):
            return labels
        n = [k + 1 if labels[i] in dupes else k for i, k in enumerate(n)]
