"""Two groups of reports side by side: provenance, and which statements they share.

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

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from ..schema import as_table
from ..text import count_words, resource_lines

__all__ = [
    "make_groups",
    "statements",
    "provenance",
    "align_claims",
    "alignment_scores",
    "label_pairs",
    "Scores",
    "similarity",
    "stem",
    "synonyms",
    "translation_evidence",
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
NARRATOR = "narrator"
UNKNOWN = "unknown"
#: How many distinctive terms make a group's "top themes".
N_THEMES = 6
#: Words in a document that say it is a translation (any language the copies come in).
TRANSLATION_CUES = re.compile(
    r"\b(?:translated\s+(?:from|by)|translation\s+(?:from|by)|machine[- ]translated|translated)\b"
    r"|\bперевод\w*|\btraduit\w*|\btraducci[oó]n\b|\bübersetz\w*",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- groups


def _outlet_of(documents: pd.DataFrame) -> pd.Series:
    """The outlet a document shows, else the publication it credits, else "unknown"."""
    return documents["outlet"].fillna(documents["original_source"]).fillna(UNKNOWN).astype("string")


def make_groups(corpus, *, by: str = "doc_id", quotes: pd.DataFrame | None = None) -> dict[str, frozenset]:
    """Groups to compare, name -> set of unit ids, sorted by name.

    ``by="doc_id"``: one group per document. ``"outlet"``: documents by outlet (or, when a
    copy shows none, the publication it credits). ``"source_id"``: the quote ids of each
    source, plus ``"narrator"``: the sentences no statement overlaps."""
    docs = corpus.documents
    if by == "doc_id":
        pairs = [(d, d) for d in docs["doc_id"]]
    elif by == "outlet":
        pairs = list(zip(_outlet_of(docs), docs["doc_id"]))
    elif by == "source_id":
        q = corpus.quotes if quotes is None else quotes
        pairs = [(str(s), str(i)) for s, i in zip(q["source_id"], q["quote_id"]) if pd.notna(s)]
        quoted = _overlapping(corpus.sentences, q)
        pairs += [(NARRATOR, s) for s in corpus.sentences["sent_id"] if s not in quoted]
    else:
        raise ValueError(f"by must be 'doc_id', 'outlet' or 'source_id', not {by!r}")
    out: dict[str, set] = {}
    for name, unit in pairs:
        out.setdefault(str(name), set()).add(str(unit))
    return {k: frozenset(out[k]) for k in sorted(out)}


def _quote_table(corpus) -> pd.DataFrame:
    q = as_table(corpus, "quotes")
    cols = ["doc_id", "quote_id", "sent_id", "source_id", "text", "char_start", "char_end"]
    return q[cols] if len(q) else pd.DataFrame(columns=cols)


def _overlapping(sentences: pd.DataFrame, spans: pd.DataFrame) -> set[str]:
    """Ids of the sentences that overlap any ``doc_id, char_start, char_end`` span."""
    by_doc: dict[str, list[tuple[int, int]]] = {}
    for d, a, b in zip(spans["doc_id"], spans["char_start"], spans["char_end"]):
        by_doc.setdefault(d, []).append((int(a), int(b)))
    return {
        sid
        for sid, d, a, b in zip(
            sentences["sent_id"], sentences["doc_id"], sentences["char_start"], sentences["char_end"]
        )
        if any(x < b and a < y for x, y in by_doc.get(d, ()))
    }


def statements(corpus, ids: Iterable[str], *, unit: str = "sentence") -> pd.DataFrame:
    """The statements of a group: ``id, doc_id, text, char_start, char_end`` in document order.

    ``unit="sentence"``: sentences named, of documents named, or overlapping a quote named;
    ``unit="quote"``: quotes named, of documents named, or in sentences named."""
    ids = set(map(str, ids))
    q = _quote_table(corpus)
    if unit == "sentence":
        s = corpus.sentences
        keep = (
            s["sent_id"].isin(ids)
            | s["doc_id"].isin(ids)
            | s["sent_id"].isin(_overlapping(s, q[q["quote_id"].isin(ids)]))
        )
        out = s.loc[keep, ["sent_id", "doc_id", "text", "char_start", "char_end"]].rename(
            columns={"sent_id": "id"}
        )
    elif unit == "quote":
        keep = q["quote_id"].isin(ids) | q["doc_id"].isin(ids) | q["sent_id"].isin(ids)
        out = q.loc[keep, ["quote_id", "doc_id", "text", "char_start", "char_end"]].rename(
            columns={"quote_id": "id"}
        )
    else:
        raise ValueError(f"unit must be 'sentence' or 'quote', not {unit!r}")
    out = out.astype(
        {"id": "string", "doc_id": "string", "text": "string", "char_start": "int64", "char_end": "int64"}
    )
    return out.sort_values(["doc_id", "char_start", "id"], ignore_index=True)


# --------------------------------------------------------------------------- provenance


def translation_evidence(corpus, doc_id: str) -> str:
    """Whether a document is a translation, and why we think so.

    ``yes``: the text or page says "translated"/"translation" (or the word in Russian,
    French, Spanish, German). ``likely``: the page around the article (navigation,
    advertising, comments) is in another language than the article body — a site in
    one language carrying an article in another. Otherwise ``unknown``."""
    docs = corpus.documents.set_index("doc_id")
    lang = docs.at[doc_id, "language"]
    blocks = corpus.blocks[corpus.blocks["doc_id"] == doc_id]
    for text in [docs.at[doc_id, "text"], *blocks["text"].dropna()]:
        m = TRANSLATION_CUES.search(str(text))
        if m:
            return f"yes (cue: “{m.group(0)}”)"
    around = blocks[(blocks["kind"] != "body") & blocks["language"].notna()]
    other = sorted(set(around["language"]) - {lang}) if pd.notna(lang) else []
    if other:
        return f"likely (page furniture in {', '.join(other)}; article in {lang})"
    return UNKNOWN


def group_sentences(corpus, ids) -> pd.DataFrame:
    from ..sentiment import scored_sentences

    s = scored_sentences(corpus)
    st = statements(corpus, ids, unit="sentence")
    return s[s["sent_id"].isin(set(st["id"]))]


def _join(values) -> str:
    vals = sorted({str(v) for v in values if pd.notna(v) and str(v)})
    return "; ".join(vals) if vals else UNKNOWN


def _themes(corpus, groups: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Each group's most distinctive terms (weighted log-odds, :func:`topics.distinctive_terms`)."""
    mapping: dict = {}
    for name, ids in groups.items():
        for sid in statements(corpus, ids)["id"]:
            mapping.setdefault(str(sid), str(name))
    try:
        from ..topics import distinctive_terms

        terms = distinctive_terms(corpus, by=mapping, min_count=2)
    except (ImportError, ValueError):
        return {name: UNKNOWN for name in groups}
    terms = terms[terms["count"] >= 2].sort_values(["group", "z", "term"], ascending=[True, False, True])
    return {
        name: ", ".join(terms.loc[terms["group"] == name, "term"].head(N_THEMES)) or UNKNOWN
        for name in groups
    }


def provenance(corpus, groups: Mapping[str, Iterable[str]], *, random_state=None) -> pd.DataFrame:
    """The groups side by side: one row per ``field``, one column per group (strings).

    Fields: documents, outlet, original source, translation (:func:`translation_evidence`),
    author, published, words / paragraphs / sentences (of the group's sentences), sources
    named and anonymous (with their names), share of voice (words per voice, narrator
    included), top themes (distinctive terms), mean tone with its 95% bootstrap interval."""
    from ..quotes import share_of_voice
    from ..sentiment import summarise

    docs = corpus.documents.set_index("doc_id")
    q = as_table(corpus, "quotes")
    src = as_table(corpus, "sources")
    sov = share_of_voice(corpus)
    themes = _themes(corpus, groups)
    cols = {}
    for name, ids in groups.items():
        ids = set(map(str, ids))
        sents = group_sentences(corpus, ids)
        doc_ids = sorted(set(sents["doc_id"]))
        d = docs.loc[doc_ids]
        words = int(sum(count_words(t) for t in sents["text"]))
        gq = q[q["sent_id"].isin(set(sents["sent_id"]))] if len(q) else None
        whole_docs = ids <= set(docs.index)
        if gq is not None and not whole_docs:
            gq = gq[gq["quote_id"].isin(ids) | gq["sent_id"].isin(ids)]
        names = named = anon = []
        if gq is not None and len(gq):
            s = src[src["source_id"].isin(set(gq["source_id"]))].sort_values("name")
            named = list(s.loc[~s["anonymous"].astype(bool), "name"])
            anon = list(s.loc[s["anonymous"].astype(bool), "name"])
            names = named + anon
        v = sov[sov["doc_id"].isin(doc_ids)]
        if not whole_docs:
            v = v[
                v["name"].isin(names)
                | ((v["source_id"] == NARRATOR) & (NARRATOR in ids or bool(ids & set(sents["sent_id"]))))
            ]
        v = v.groupby("name", as_index=False)["n_words"].sum()
        v["share"] = v["n_words"] / max(v["n_words"].sum(), 1)
        v = v.sort_values(["share", "name"], ascending=[False, True])
        tone = summarise(sents.assign(group=name), "group", random_state=random_state)
        tone_txt = (
            f"{tone.at[0, 'mean']:+.3f} [{tone.at[0, 'ci_low']:+.3f}, {tone.at[0, 'ci_high']:+.3f}]"
            if len(tone)
            else UNKNOWN
        )
        published = [p.strftime("%Y-%m-%d") for p in d["published"] if pd.notna(p)]
        cols[str(name)] = {
            "documents": ", ".join(doc_ids) or UNKNOWN,
            "outlet": _join(d["outlet"]),
            "original source": _join(d["original_source"]),
            "translation": "; ".join(translation_evidence(corpus, i) for i in doc_ids) or UNKNOWN,
            "author": _join(d["author"]),
            "published": _join(published),
            "language": _join(d["language"]),
            "words": str(words),
            "paragraphs": str(sents["para_id"].nunique()),
            "sentences": str(len(sents)),
            "sources named": f"{len(named)}: {', '.join(named)}" if named else "0",
            "sources anonymous": f"{len(anon)}: {', '.join(anon)}" if anon else "0",
            "share of voice": ", ".join(f"{n} {s:.0%}" for n, s in zip(v["name"], v["share"])) or UNKNOWN,
            "top themes": themes.get(name, UNKNOWN),
            "mean tone [95% CI]": tone_txt,
        }
    out = pd.DataFrame(cols)
    out.index.name = "field"
    return out.reset_index().astype("string")


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
