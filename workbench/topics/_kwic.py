"""Keyword in context, collocates and where in each report a term appears.

    kwic(corpus, "negotiat*")            # every match with five words either side
    kwic(corpus, "track 1.5", window=8)  # phrases; case never matters
    collocates(corpus, "exchange")       # words near a term, scored by log-likelihood
    term_positions(corpus, ["nuclear", "prisoner*"], bins=10)

Matching works on words as written (lower-cased, possessive "'s" dropped, hyphenated words
split), so ``talk`` finds "talk" and "Talk's" but not "talks": write ``talk*`` for that.
``*`` stands for any letters, ``?`` for one. A phrase matches words in a row within one
paragraph. The index is built once per corpus object (:meth:`KwicIndex.of`); a query is then a
dictionary look-up and a few array operations.
"""

from __future__ import annotations

import re
import weakref

import numpy as np
import pandas as pd

from . import _terms as _terms

#: Words either side of a match shown by default (the usual width of a concordance line).
DEFAULT_WINDOW = 5
#: Columns of :func:`kwic`.
KWIC_COLUMNS = ["doc_id", "para_id", "sent_id", "left", "match", "right", "char_start", "char_end"]


def _key(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return w.rstrip("'")


def _pattern_words(pattern: str) -> list[str]:
    """Split a pattern the way the index splits text; keep wildcards."""
    words = []
    for piece in re.split(r"[\s\-]+", pattern.strip()):
        piece = re.sub(r"^[^\w*?]+|[^\w*?]+$", "", piece)
        if piece:
            words.append(_key(piece))
    return words


class KwicIndex:
    """Every word of a corpus's sentences with its offsets, and a posting list per word.

    Build with ``KwicIndex(corpus)`` or, cached on the corpus object, ``KwicIndex.of(corpus)``.
    """

    _cache: dict[int, tuple[weakref.ref, object, KwicIndex]] = {}  # id -> (corpus, its sentences, index)

    def __init__(self, corpus):
        s = corpus.sentences
        texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"].astype(str)))
        keys, starts, ends, sents = [], [], [], []
        for k, (text, start) in enumerate(zip(s["text"].astype(str), s["char_start"])):
            for word, a, b in _terms.tokens(text, offset=int(start), split_hyphens=True):
                keys.append(_key(word))
                starts.append(a)
                ends.append(b)
                sents.append(k)
        self.vocab, ids = (
            np.unique(np.array(keys, dtype=object), return_inverse=True)
            if keys
            else (np.array([], dtype=object), np.array([], dtype=np.int64))
        )
        self.word_id = {w: i for i, w in enumerate(self.vocab)}
        self.ids = ids.astype(np.int64)
        self.start = np.array(starts, dtype=np.int64)
        self.end = np.array(ends, dtype=np.int64)
        self.sent = np.array(sents, dtype=np.int64)
        self.sent_ids = s["sent_id"].to_numpy(dtype=object)
        self.para_ids = s["para_id"].to_numpy(dtype=object)
        self.doc_ids = s["doc_id"].to_numpy(dtype=object)
        para_codes = pd.factorize(s["para_id"])[0]
        self.para = para_codes[self.sent] if len(self.sent) else np.array([], dtype=np.int64)
        # first and last token of each token's paragraph: contexts never cross paragraphs
        n = len(self.ids)
        change = np.flatnonzero(np.diff(self.para)) + 1 if n else np.array([], dtype=np.int64)
        bounds = np.concatenate([[0], change, [n]]).astype(np.int64)
        lengths = np.diff(bounds)
        self.para_first = np.repeat(bounds[:-1], lengths)
        self.para_last = np.repeat(bounds[1:] - 1, lengths)
        order = np.argsort(self.ids, kind="stable")
        cuts = np.searchsorted(self.ids[order], np.arange(len(self.vocab) + 1))
        self.postings = [order[cuts[i] : cuts[i + 1]] for i in range(len(self.vocab))]
        self.counts = np.diff(cuts)
        self.texts = [texts[d] for d in self.doc_ids]

    @classmethod
    def of(cls, corpus) -> KwicIndex:
        """The index of ``corpus``, built on first use and kept while the corpus lives."""
        hit = cls._cache.get(id(corpus))
        if hit is not None and hit[1] is corpus.sentences and hit[0]() is corpus:
            return hit[2]
        index = cls(corpus)
        cls._cache[id(corpus)] = (weakref.ref(corpus), corpus.sentences, index)
        weakref.finalize(corpus, cls._cache.pop, id(corpus), None)
        return index

    def word_ids(self, word: str) -> np.ndarray:
        """Ids of the words matching one pattern word (``*`` and ``?`` wildcards)."""
        if "*" not in word and "?" not in word:
            i = self.word_id.get(word)
            return np.array([] if i is None else [i], dtype=np.int64)
        # the vocabulary is sorted: only words sharing the literal prefix need the regex
        prefix = re.split(r"[*?]", word, maxsplit=1)[0]
        lo = int(np.searchsorted(self.vocab, prefix, side="left")) if prefix else 0
        hi = (
            int(np.searchsorted(self.vocab, prefix + "\U0010ffff", side="left"))
            if prefix
            else len(self.vocab)
        )
        rx = re.compile(re.escape(word).replace(r"\*", r"[\w.'-]*").replace(r"\?", r"[\w.'-]"))
        return np.array([i for i in range(lo, hi) if rx.fullmatch(self.vocab[i])], dtype=np.int64)

    def find(self, pattern: str) -> tuple[np.ndarray, np.ndarray]:
        """Token positions of the first and last word of each match, in corpus order."""
        words = _pattern_words(pattern)
        if not words:
            raise ValueError(f"pattern {pattern!r} has no words")
        first = self.word_ids(words[0])
        pos = (
            np.sort(np.concatenate([self.postings[i] for i in first]))
            if len(first)
            else np.array([], dtype=np.int64)
        )
        for k, word in enumerate(words[1:], start=1):
            wanted = self.word_ids(word)
            nxt = pos + k
            ok = nxt <= self.para_last[pos] if len(pos) else np.array([], dtype=bool)
            pos = pos[ok]
            pos = pos[np.isin(self.ids[pos + k], wanted)]
        return pos, pos + len(words) - 1

    def kwic(self, pattern: str, *, window: int = DEFAULT_WINDOW, limit: int | None = None) -> pd.DataFrame:
        first, last = self.find(pattern)
        if limit is not None:
            first, last = first[:limit], last[:limit]
        sent = self.sent[first]
        lo = np.maximum(self.para_first[first], first - window)
        hi = np.minimum(self.para_last[last], last + window)
        m_start, m_end = self.start[first], self.end[last]
        l_start, r_end = self.start[lo], self.end[hi]
        texts = [self.texts[k] for k in sent.tolist()]
        bounds = list(zip(texts, l_start.tolist(), m_start.tolist(), m_end.tolist(), r_end.tolist()))
        columns = {
            "doc_id": self.doc_ids[sent],
            "para_id": self.para_ids[sent],
            "sent_id": self.sent_ids[sent],
            "left": [_clean(t[a:b]) for t, a, b, _c, _d in bounds],
            "match": [_clean(t[b:c]) for t, _a, b, c, _d in bounds],
            "right": [_clean(t[c:d]) for t, _a, _b, c, d in bounds],
        }
        out = pd.DataFrame({k: pd.array(v, dtype="string") for k, v in columns.items()})
        out["char_start"] = m_start
        out["char_end"] = m_end
        return out


def _clean(text: str) -> str:
    """One line: contexts come from one paragraph, which may still hold a line break."""
    return text.strip() if "\n" not in text else " ".join(text.split())


def kwic(corpus, pattern: str, *, window: int = DEFAULT_WINDOW, limit: int | None = None) -> pd.DataFrame:
    """Every match of ``pattern`` with ``window`` words of context either side (within its paragraph).

    ``pattern``: a word, a phrase, wildcards ``*``/``?`` (``negotiat*``); case-insensitive.
    Returns ``doc_id, para_id, sent_id, left, match, right, char_start, char_end`` in corpus
    order; ``documents.text[char_start:char_end]`` is the match. ``limit`` keeps the first hits.
    """
    return KwicIndex.of(corpus).kwic(pattern, window=window, limit=limit)


def _g2(o11: np.ndarray, o12: np.ndarray, o21: np.ndarray, o22: np.ndarray) -> np.ndarray:
    """Dunning's (1993) log-likelihood G² of 2×2 tables, signed: negative when under-represented."""
    n = o11 + o12 + o21 + o22
    obs = [o11, o12, o21, o22]
    exp = [
        (o11 + o12) * (o11 + o21) / n,
        (o11 + o12) * (o12 + o22) / n,
        (o21 + o22) * (o11 + o21) / n,
        (o21 + o22) * (o12 + o22) / n,
    ]
    g2 = sum(
        np.where(o > 0, o * np.log(np.where(o > 0, o, 1) / np.where(e > 0, e, 1)), 0.0)
        for o, e in zip(obs, exp)
    )
    return np.sign(o11 - exp[0]) * 2 * g2


def collocates(
    corpus, term: str, *, window: int = DEFAULT_WINDOW, min_count: int = 2, stop_words: bool = True
) -> pd.DataFrame:
    """Words within ``window`` words of ``term`` (a :func:`kwic` pattern), most associated first.

    Columns: ``collocate``, ``count`` (times within the window), ``total`` (times in the corpus),
    ``expected`` (count if the word were spread evenly), ``log_likelihood`` (Dunning's G² of the
    window against the rest of the corpus, signed; above 3.84 is p < 0.05, above 10.83 p < 0.001)
    and ``pmi`` (log2 observed/expected). Stop words are left out unless ``stop_words=False``.
    """
    index = KwicIndex.of(corpus)
    first, last = index.find(term)
    inside = np.zeros(len(index.ids), dtype=bool)
    match = np.zeros(len(index.ids), dtype=bool)
    for a, b in zip(first.tolist(), last.tolist()):
        inside[max(index.para_first[a], a - window) : min(index.para_last[b], b + window) + 1] = True
        match[a : b + 1] = True
    context = inside & ~match
    n_window, n_total = int(context.sum()), len(index.ids)
    co = np.bincount(index.ids[context], minlength=len(index.vocab))
    keep = np.flatnonzero(co >= max(1, min_count))
    if stop_words:
        keep = np.array(
            [i for i in keep if _terms.is_content(index.vocab[i], _terms.normalise(index.vocab[i]))],
            dtype=np.int64,
        )
    o11 = co[keep].astype(float)
    total = index.counts[keep].astype(float)
    o12, o21 = n_window - o11, total - o11
    o22 = n_total - n_window - o21
    expected = total * n_window / max(1, n_total)
    out = pd.DataFrame(
        {
            "collocate": pd.array(index.vocab[keep].tolist(), dtype="string"),
            "count": o11.astype("int64"),
            "total": total.astype("int64"),
            "expected": expected,
            "log_likelihood": _g2(o11, o12, o21, o22) if len(keep) else np.array([], dtype=float),
            "pmi": np.log2(o11 / np.where(expected > 0, expected, 1))
            if len(keep)
            else np.array([], dtype=float),
        }
    )
    return out.sort_values(["log_likelihood", "collocate"], ascending=[False, True], ignore_index=True)


def term_positions(corpus, terms, *, bins: int = 10) -> pd.DataFrame:
    """How often each term (a :func:`kwic` pattern) occurs in each tenth (``bins``) of each document.

    A paragraph's relative position is its rank in the document divided by the number of
    paragraphs. Columns: ``doc_id, term, bin, position`` (the bin's start, 0..1), ``count``,
    ``n_paragraphs`` (paragraphs in that bin); every document × term × bin is present.
    """
    if isinstance(terms, str):
        terms = [terms]
    paras = corpus.paragraphs.sort_values(["doc_id", "order"])
    rank = paras.groupby("doc_id").cumcount().to_numpy()
    size = paras.groupby("doc_id")["para_id"].transform("size").to_numpy()
    pbin = np.minimum((rank * bins) // np.maximum(size, 1), bins - 1)
    bin_of = dict(zip(paras["para_id"], pbin))
    docs = sorted(paras["doc_id"].unique())
    per_bin = pd.DataFrame({"doc_id": paras["doc_id"].to_numpy(), "bin": pbin}).value_counts()
    rows = []
    for term in terms:
        hits = kwic(corpus, term, window=0)
        counts = pd.DataFrame(
            {"doc_id": hits["doc_id"].to_numpy(), "bin": [int(bin_of[p]) for p in hits["para_id"]]}
        ).value_counts()
        for doc in docs:
            for b in range(bins):
                rows.append(
                    (doc, term, b, b / bins, int(counts.get((doc, b), 0)), int(per_bin.get((doc, b), 0)))
                )
    return pd.DataFrame(rows, columns=["doc_id", "term", "bin", "position", "count", "n_paragraphs"]).astype(
        {"doc_id": "string", "term": "string", "bin": "int64", "count": "int64", "n_paragraphs": "int64"}
    )
