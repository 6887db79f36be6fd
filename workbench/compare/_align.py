"""Two groups of reports side by side: which statements they share (groups are built in
``_groups``, their provenance profiled in ``_provenance``).

    groups = make_groups(corpus, by="doc_id")          # {"000_...": frozenset({"000_..."}), ...}
    a, b = list(groups)
    provenance(corpus, {a: groups[a], b: groups[b]})    # one row per field, a column per group
    align_claims(corpus, a=groups[a], b=groups[b])      # shared / only in A / only in B

A *group* is a set of unit ids: document ids, sentence ids or quote ids (any mix). A
document id brings in all its sentences; a quote id its sentence (unit ``"sentence"``) or
itself (unit ``"quote"``). :func:`make_groups` builds groups by document, outlet or source.

Similarity of two statements (documented in :func:`similarity`)::

    score = WORD_WEIGHT * tfidf_cosine(content lemmas) + ENTITY_WEIGHT * jaccard(canonical entities)

and a pair is ``shared`` when its score is at least :data:`SHARED_THRESHOLD`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from ..schema import as_table
from ..text import resource_lines
from ._groups import statements

__all__ = [
    "align_claims",
    "alignment_scores",
    "label_pairs",
    "Scores",
    "similarity",
    "stem",
    "synonyms",
    "WORD_WEIGHT",
    "ENTITY_WEIGHT",
    "SHARED_THRESHOLD",
    "LABELS",
]

#: Words carry most of a claim; entities confirm it is about the same actors. With 0.7/0.3, two
#: statements that share entities but no content word stay below 0.3 (smoothed Jaccard < 1),
#: under :data:`SHARED_THRESHOLD`: naming the same countries is not making the same claim.
WORD_WEIGHT = 0.7
ENTITY_WEIGHT = 1.0 - WORD_WEIGHT
#: Chosen by reading pairs ranked by score (``tests/data/compare/README.md``): the fixture's three
#: paraphrase pairs score 0.47, 0.65 and 0.78 and its unrelated pairs 0.00; on the two seed
#: reports the best pairs score 0.26-0.34 and none makes the same claim -- they share a topic
#: ("the United States", "Russia", "Ukraine", "talks") and a verb, and one pair even contradicts
#: ("Putin himself refused" / "Moscow has never refused"). 0.40 sits between the two.
SHARED_THRESHOLD = 0.40
#: Added to the size of the union in the entity Jaccard: two statements that name one and the
#: same entity and nothing else ("Moscow", "Moscow") get 0.5, not a full 1.0 -- on the seeds the
#: plain Jaccard paired unrelated sentences that only both said "Moscow" or "Ukraine".
ENTITY_SMOOTHING = 1
LABELS = ("shared", "only in A", "only in B")
#: Entity labels that identify what a claim is about (DATE included: "in 2014" is a fact).
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "LAW", "DATE")
# --------------------------------------------------------------------------- alignment

#: Suffixes the compare stemmer strips, longest first, when at least MIN_STEM letters remain:
#: folds verbs and nominalisations the terms lemmatiser keeps apart on purpose
#: ("negotiating", "negotiated", "negotiation" -> "negoti").
_SUFFIXES = (
    "ations",
    "ation",
    "ating",
    "ated",
    "ates",
    "ions",
    "ion",
    "ings",
    "ing",
    "ed",
    "es",
    "ly",
    "e",
    "s",
)
MIN_STEM = 4


def stem(word: str) -> str:
    """A crude suffix stripper for matching only (never shown): see :data:`_SUFFIXES`."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=1)
def synonyms() -> dict[str, str]:
    """Stem -> the stem of its group's first word, from ``resources/compare_synonyms.txt``."""
    out: dict = {}
    for line in resource_lines("compare_synonyms.txt"):
        words = line.split()
        if words:
            head = stem(words[0])
            for w in words:
                out.setdefault(stem(w), head)
    return out


class _Analyzer:
    """Content lemmas (:class:`workbench.topics.TermAnalyzer`, listed phrases and aliases only:
    "US" -> "united states"), stemmed (:func:`stem`) and folded by :func:`synonyms`."""

    def __init__(self):
        from ..topics import TermAnalyzer

        self._terms = TermAnalyzer().fit([])
        self._syn = synonyms()

    def __call__(self, text: str) -> list[str]:
        out = []
        for term in self._terms(text):
            s = stem(term) if " " not in term else term
            out.append(self._syn.get(s, s))
        return out


def _analyzer():
    return _Analyzer()


def _entity_sets(corpus, st: pd.DataFrame) -> list[frozenset]:
    """Canonical entities inside each statement's character span; a nationality counts as its
    country when the entities table gives one (``country``)."""
    e = as_table(corpus, "entities")
    if not len(e):
        return [frozenset() for _ in range(len(st))]
    e = e[e["label"].isin(ENTITY_LABELS)]
    key = e["entity"].fillna(e["text"])
    if "country" in e:  # "French" and "France" name the same actor
        key = e["country"].where(e["label"] == "NORP").fillna(key)
    by_doc: dict[str, list[tuple[int, int, str]]] = {}
    for doc_id, a, b, k in zip(e["doc_id"], e["char_start"], e["char_end"], key):
        by_doc.setdefault(doc_id, []).append((int(a), int(b), str(k)))
    return [
        frozenset(k for x, y, k in by_doc.get(doc_id, ()) if x >= a and y <= b)
        for doc_id, a, b in zip(st["doc_id"], st["char_start"], st["char_end"])
    ]


def similarity(
    texts_a, texts_b, ents_a=None, ents_b=None, *, word_weight: float = WORD_WEIGHT, analyzer=None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(score, words, entities) matrices, rows ``texts_a``, columns ``texts_b``.

    ``words``: cosine of TF-IDF vectors over lemmatised content words (stop words out,
    :class:`workbench.topics.TermAnalyzer`, then :func:`stem` and :func:`synonyms`), IDF fitted on both sides' statements together.
    ``entities``: Jaccard over the sets of canonical entities, smoothed
    (``|A∩B| / (|A∪B| + ENTITY_SMOOTHING)``, 0 when both are empty).
    ``score = word_weight * words + (1 - word_weight) * entities``."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts_a, texts_b = [str(t) for t in texts_a], [str(t) for t in texts_b]
    analyzer = analyzer or _analyzer()
    if not texts_a or not texts_b:
        z = np.zeros((len(texts_a), len(texts_b)))
        return z, z.copy(), z.copy()
    vec = TfidfVectorizer(analyzer=analyzer, lowercase=False)
    try:
        m = vec.fit_transform(texts_a + texts_b)
        words = (m[: len(texts_a)] @ m[len(texts_a) :].T).toarray()
    except ValueError:  # no content word at all
        words = np.zeros((len(texts_a), len(texts_b)))
    ents_a = ents_a or [frozenset()] * len(texts_a)
    ents_b = ents_b or [frozenset()] * len(texts_b)
    ents = np.array([[len(x & y) / (len(x | y) + ENTITY_SMOOTHING) for y in ents_b] for x in ents_a])
    score = word_weight * words + (1 - word_weight) * ents
    return score, words, ents


@dataclass(frozen=True)
class Scores:
    """What :func:`alignment_scores` returns: both sides' statements (:func:`statements`), their
    entity sets, and the ``score``/``words``/``entities`` matrices (rows A, columns B)."""

    a: pd.DataFrame
    b: pd.DataFrame
    ents_a: list
    ents_b: list
    score: np.ndarray
    words: np.ndarray
    entities: np.ndarray


def alignment_scores(
    corpus, *, a: Iterable[str], b: Iterable[str], unit: str = "sentence", word_weight: float = WORD_WEIGHT
) -> Scores:
    """Every statement of ``a`` against every statement of ``b`` (see :func:`similarity`)."""
    sa, sb = statements(corpus, a, unit=unit), statements(corpus, b, unit=unit)
    ea, eb = _entity_sets(corpus, sa), _entity_sets(corpus, sb)
    score, words, ents = similarity(sa["text"], sb["text"], ea, eb, word_weight=word_weight)
    return Scores(sa, sb, ea, eb, score, words, ents)


def align_claims(
    corpus,
    *,
    a: Iterable[str],
    b: Iterable[str],
    unit: str = "sentence",
    threshold: float = SHARED_THRESHOLD,
    word_weight: float = WORD_WEIGHT,
) -> pd.DataFrame:
    """Each statement of group ``a`` paired with the closest statement of ``b`` and back.

    One row per pair ``shared`` (score >= ``threshold``; the best match of an A statement
    or of a B statement, each pair once), per A statement with no match (``only in A``,
    its nearest B statement still shown) and per B statement with none (``only in B``).
    Columns: ``label, a_id, a_doc_id, a_text, b_id, b_doc_id, b_text, score, words,
    entities`` (the two parts of the score, see :func:`similarity`), ``shared_entities``
    (``|``-joined). Sorted by label, score descending, ids; ties go to the earlier statement."""
    return label_pairs(
        alignment_scores(corpus, a=a, b=b, unit=unit, word_weight=word_weight), threshold=threshold
    )


def label_pairs(scores: Scores, *, threshold: float = SHARED_THRESHOLD) -> pd.DataFrame:
    """The table of :func:`align_claims` from precomputed :class:`Scores` (cheap: a widget
    moving the threshold only calls this)."""
    sa, sb, ea, eb = scores.a, scores.b, scores.ents_a, scores.ents_b
    score, words, ents = scores.score, scores.words, scores.entities
    rows, seen = [], set()
    recs_a, recs_b = sa.to_dict("records"), sb.to_dict("records")

    def row(label, i, j):
        ra = recs_a[i] if i is not None else {}
        rb = recs_b[j] if j is not None else {}
        both = i is not None and j is not None
        return {
            "label": label,
            "a_id": ra.get("id", pd.NA),
            "a_doc_id": ra.get("doc_id", pd.NA),
            "a_text": ra.get("text", pd.NA),
            "b_id": rb.get("id", pd.NA),
            "b_doc_id": rb.get("doc_id", pd.NA),
            "b_text": rb.get("text", pd.NA),
            "score": float(score[i, j]) if both else 0.0,
            "words": float(words[i, j]) if both else 0.0,
            "entities": float(ents[i, j]) if both else 0.0,
            "shared_entities": "|".join(sorted(ea[i] & eb[j])) if both else "",
        }

    for i in range(len(sa)):
        j = int(np.argmax(score[i])) if len(sb) else None
        if j is not None and score[i, j] >= threshold:
            seen.add((i, j))
            rows.append(row("shared", i, j))
        else:
            rows.append(row("only in A", i, j))
    for j in range(len(sb)):
        best = int(np.argmax(score[:, j])) if len(sa) else None
        if best is not None and score[best, j] >= threshold:
            if (best, j) not in seen:
                seen.add((best, j))
                rows.append(row("shared", best, j))
        else:
            rows.append(row("only in B", best, j))
    cols = [
        "label",
        "a_id",
        "a_doc_id",
        "a_text",
        "b_id",
        "b_doc_id",
        "b_text",
        "score",
        "words",
        "entities",
        "shared_entities",
    ]
    out = pd.DataFrame(rows, columns=cols)
    for c in ("label", "a_id", "a_doc_id", "a_text", "b_id", "b_doc_id", "b_text", "shared_entities"):
        out[c] = out[c].astype("string")
    for c in ("score", "words", "entities"):
        out[c] = out[c].astype("float64")
    order = {lab: k for k, lab in enumerate(LABELS)}
    out = out.assign(_o=out["label"].map(order).astype("int64")).sort_values(
        ["_o", "score", "a_id", "b_id"], ascending=[True, False, True, True], na_position="last"
    )
    return out.drop(columns="_o").reset_index(drop=True)
