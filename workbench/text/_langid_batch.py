"""py3langid's ``classify`` over many texts at once, with its results, bit for bit.

py3langid walks its byte automaton in a Python loop, byte by byte, which made language
identification the largest part of a document's build (bench/bench_scale.py times the stage). The automaton is Aho-Corasick over byte n-grams,
so the state after any byte depends only on the last :data:`MAX_DEPTH` bytes (its deepest
state); every byte's state can then be found with a few array look-ups over all texts at
once. The scoring that follows is py3langid's own arithmetic on the same arrays in the same
order, so scores are equal, not just close (tests compare them with ``classify``).
"""

from __future__ import annotations

import math

import numpy as np

#: Bytes of the deepest state of py3langid 0.4.0's automaton (the pinned version; a test
#: checks the installed model against it).
MAX_DEPTH = 6
#: py3langid's score for a text without features, when scores are not probabilities
FLOOR = float(np.finfo(np.float32).min)


class BatchClassifier:
    """``classify`` for a list of texts, for one ``py3langid`` ``LanguageIdentifier``."""

    def __init__(self, identifier):
        self.identifier = identifier
        self.nextmove = np.frombuffer(identifier.tk_nextmove, dtype=np.uint32)  # shared, not copied
        self.rowbase = np.asarray(identifier.tk_row, dtype=np.int64) << 8
        self.output = np.asarray(identifier.tk_output, dtype=np.int64)
        self.n_features = len(identifier.nb_ptc)

    def classify(self, texts: list[str]) -> list[tuple[str, float]]:
        """``[identifier.classify(t) for t in texts]``, faster."""
        if not texts:
            return []
        ident = self.identifier
        data = [ident._encode(t) for t in texts]
        features, counts, bounds = self._visits(data)
        # py3langid's _raw_score, text by text: log1p of the counts times the features' rows
        # of the table, plus the priors. The rows are gathered and cast to float32 for all
        # texts at once (exact, as the product would cast them), then each text's product is
        # the same call on the same numbers in the same order, so the same sums.
        weights = np.log1p(counts)
        rows = ident.nb_ptc[features].astype(np.float32)
        scores = np.empty((len(data), len(ident.nb_classes)), dtype=np.float32)
        for i, (s, e) in enumerate(zip(bounds[:-1].tolist(), bounds[1:].tolist())):
            scores[i] = weights[s:e] @ rows[s:e] if e > s else 0.0
        has = bounds[1:] > bounds[:-1]
        scores[has] += ident.nb_pc
        scores[~has] = 0.0 if ident._norm_probs else FLOOR
        # then its _decide and classify, row by row at once (elementwise, so equal)
        if ident._norm_probs:
            scores *= np.array([1.0 / math.sqrt(len(d) or 1) for d in data], dtype=np.float32)[:, None]
            np.exp(scores - scores.max(axis=1, keepdims=True), out=scores)
            scores /= scores.sum(axis=1, keepdims=True)
        for i, j in ident._alias_pairs:
            if ident._norm_probs:
                scores[:, i] += scores[:, j]
                scores[:, j] = 0.0
            else:
                scores[:, i] = np.maximum(scores[:, i], scores[:, j])
                scores[:, j] = FLOOR
        best = scores.argmax(axis=1)
        conf = scores[np.arange(len(data)), best].tolist()
        out = [(ident.nb_classes[b], c) for b, c in zip(best.tolist(), conf)]
        if ident.min_confidence is not None:
            out = [(lang, c) if c >= ident.min_confidence else ("und", c) for lang, c in out]
        return out

    def _visits(self, data: list[bytes]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The texts' features and their counts, text after text, each text's in the order
        the walk first meets them; text i's are ``[bounds[i]:bounds[i + 1]]``."""
        lengths = np.fromiter(map(len, data), dtype=np.int64, count=len(data))
        byte = np.frombuffer(b"".join(data), dtype=np.uint8).astype(np.int64)
        n = len(byte)
        if len(data) > 1 and len(data) * self.n_features * n >= 2**62:  # keys below would overflow
            half = len(data) // 2
            (f1, c1, b1), (f2, c2, b2) = self._visits(data[:half]), self._visits(data[half:])
            return np.r_[f1, f2], np.r_[c1, c2], np.r_[b1, b2[1:] + b1[-1]]
        # bytes before each byte in its own text: a walk never reaches back into another text
        back = np.arange(n) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        state = np.zeros(n, dtype=np.int64)
        for k in range(MAX_DEPTH - 1, 0, -1):  # from the root over bytes i-k .. i
            at = np.flatnonzero(back >= k)
            state[at] = self.nextmove[self.rowbase[state[at]] + byte[at - k]]
        state = self.nextmove[self.rowbase[state] + byte]
        feature = self.output[state]
        pos = np.flatnonzero(feature >= 0)
        text_of = np.repeat(np.arange(len(data)), lengths)[pos]
        # one sort of (text, feature, position) keys: runs of equal (text, feature), each
        # led by its first position; ordering runs by that position orders them by text and
        # then as first met
        keys = np.sort((text_of * self.n_features + feature[pos]) * n + pos)
        pair = keys // max(n, 1)
        lead = np.flatnonzero(np.concatenate(([len(keys) > 0], pair[1:] != pair[:-1])))
        counts = np.diff(lead, append=len(keys))
        order = np.argsort(keys[lead] % max(n, 1))
        pair, counts = pair[lead][order], counts[order].astype(np.float32)
        bounds = np.searchsorted(pair // self.n_features, np.arange(len(data) + 1))
        return pair % self.n_features, counts, bounds
