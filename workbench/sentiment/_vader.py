"""Sentence sentiment with VADER, scored fast and explained word by word.

``score_sentences`` gives every sentence VADER's ``compound``, ``pos``, ``neu`` and
``neg`` and a label; the numbers are exactly those of
``vaderSentiment.vaderSentiment.SentimentIntensityAnalyzer().polarity_scores``
(a test checks every sentence of the corpus and random sentences). It is faster
than calling ``polarity_scores`` one sentence at a time because it

- builds the analyzer (and its 7,500-word lexicon) once,
- scores each distinct text once (news copies repeat boilerplate sentences),
- lower-cases the words of a sentence once instead of once per rule per word
  (VADER's own rules re-build the lower-cased word list for every lexicon word,
  which makes a sentence quadratic in its length), and
- skips the character-by-character emoji pass when the text has no emoji.

The rules themselves follow vaderSentiment 3.3.2's ``sentiment_valence`` step by
step; the same walk, with a trace, gives ``explain_sentiment``.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd
from vaderSentiment import vaderSentiment as vs

__all__ = [
    "NEGATIVE_THRESHOLD",
    "POSITIVE_THRESHOLD",
    "SCORE_COLUMNS",
    "analyzer",
    "label",
    "polarity_scores",
    "score_sentences",
    "score_texts",
    "scored_sentences",
]

#: VADER's own cut-offs for the compound score (Hutto & Gilbert 2014; the README of
#: vaderSentiment): positive >= 0.05, negative <= -0.05, neutral in between.
POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05
#: The columns ``score_sentences`` adds (CONTRACT.md: sentences after the sentiment issue).
SCORE_COLUMNS = ("sentiment", "pos", "neu", "neg", "sentiment_label")

# VADER damps a booster two and three words before the sentiment word
# (``sentiment_valence``: ``s * 0.95``, ``s * 0.9``); the nearest one is not damped.
_BOOSTER_DAMPING = (1.0, 0.95, 0.9)
# "never so good", "never this good": VADER raises the valence by a quarter.
_NEVER_SO_FACTOR = 1.25
# VADER's contrastive "but": words before it count half, words after it 1.5 times.
_BUT_BEFORE, _BUT_AFTER = 0.5, 1.5

_NEGATE = frozenset(vs.NEGATE)
_PUNCT = string.punctuation


@lru_cache(maxsize=1)
def analyzer() -> vs.SentimentIntensityAnalyzer:
    """The one VADER analyzer of the process (reading its lexicon takes ~50 ms)."""
    return vs.SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def _emoji_chars() -> frozenset[str]:
    # polarity_scores replaces emoji character by character, so only one-character
    # keys of the emoji lexicon can ever match.
    return frozenset(k for k in analyzer().emojis if len(k) == 1)


def prepare_text(text: str) -> str:
    """VADER's text before tokenising: emoji replaced by their descriptions, stripped."""
    if _emoji_chars().isdisjoint(text):
        return text.strip()
    emojis = analyzer().emojis
    out, prev_space = [], True
    for ch in text:
        if ch in emojis:
            if not prev_space:
                out.append(" ")
            out.append(emojis[ch])
            prev_space = False
        else:
            out.append(ch)
            prev_space = ch == " "
    return "".join(out).strip()


def _words(text: str) -> list[str]:
    """VADER's words: split on whitespace, edge punctuation stripped unless the
    token would shrink to <= 2 characters (emoticons such as ":)" stay whole)."""
    return [s if len(s := t.strip(_PUNCT)) > 2 else t for t in text.split()]


def _is_cap_diff(words: list[str]) -> bool:
    caps = sum(1 for w in words if w.isupper())
    return 0 < len(words) - caps < len(words)


@lru_cache(maxsize=1)
def _idiom_words() -> frozenset[str]:
    # Words of VADER's multi-word special cases and boosters ("kiss of death",
    # "sort of"): a phrase can only match where one of its words stands.
    phrases = [k for k in (*vs.SPECIAL_CASES, *vs.BOOSTER_DICT) if " " in k]
    return frozenset(w for k in phrases for w in k.split())


@dataclass
class _Step:
    """One rule that changed a word's valence, for ``explain_sentiment``."""

    kind: str
    word: str
    before: float
    after: float


@dataclass
class _Trace:
    steps: list[_Step] = field(default_factory=list)
    booster: float = 0.0

    def add(self, kind: str, word: str, before: float, after: float) -> None:
        if after != before or kind == "special case":
            self.steps.append(_Step(kind, word, before, after))


def _negation(valence: float, lower: list[str], start_i: int, i: int, trace: _Trace | None) -> float:
    """VADER's ``_negation_check`` for the word ``start_i + 1`` places before word ``i``."""
    prev = lower[i - (start_i + 1)]
    negates = prev in _NEGATE or "n't" in prev
    factor, kind, word = 1.0, "", prev
    if start_i == 0:
        if negates:
            factor, kind = vs.N_SCALAR, "negation"
    elif start_i == 1:
        if lower[i - 2] == "never" and lower[i - 1] in ("so", "this"):
            factor, kind, word = _NEVER_SO_FACTOR, "never so", f"never {lower[i - 1]}"
        elif lower[i - 2] == "without" and lower[i - 1] == "doubt":
            pass
        elif negates:
            factor, kind = vs.N_SCALAR, "negation"
    else:
        # VADER's condition reads `A and (B or C) or (D or E)`: "so"/"this" right
        # before the word raises it whenever there are three words before it.
        if (lower[i - 3] == "never" and lower[i - 2] in ("so", "this")) or lower[i - 1] in ("so", "this"):
            factor, kind, word = _NEVER_SO_FACTOR, "so/this emphasis", " ".join(lower[i - 3 : i])
        elif lower[i - 3] == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
            pass
        elif negates:
            factor, kind = vs.N_SCALAR, "negation"
    if not kind:
        return valence
    before, valence = valence, valence * factor
    if trace is not None:
        trace.add(kind, word, before, valence)
    return valence


def _special_cases(valence: float, lower: list[str], i: int, trace: _Trace | None) -> float:
    """VADER's ``_special_idioms_check`` (only reached when i >= 3)."""
    w3, w2, w1, w0 = lower[i - 3], lower[i - 2], lower[i - 1], lower[i]
    vocab = _idiom_words()
    if w0 not in vocab and w1 not in vocab and w2 not in vocab and w3 not in vocab:
        return valence  # every phrase checked below contains one of these words
    before = valence
    for seq in (f"{w1} {w0}", f"{w2} {w1} {w0}", f"{w2} {w1}", f"{w3} {w2} {w1}", f"{w3} {w2}"):
        if seq in vs.SPECIAL_CASES:
            valence = vs.SPECIAL_CASES[seq]
            if trace is not None:
                trace.add("special case", seq, before, valence)
            break
    n = len(lower)
    if n - 1 > i:
        seq = f"{w0} {lower[i + 1]}"
        if seq in vs.SPECIAL_CASES:
            before, valence = valence, vs.SPECIAL_CASES[seq]
            if trace is not None:
                trace.add("special case", seq, before, valence)
    if n - 1 > i + 1:
        seq = f"{w0} {lower[i + 1]} {lower[i + 2]}"
        if seq in vs.SPECIAL_CASES:
            before, valence = valence, vs.SPECIAL_CASES[seq]
            if trace is not None:
                trace.add("special case", seq, before, valence)
    for seq in (f"{w3} {w2} {w1}", f"{w3} {w2}", f"{w2} {w1}"):
        if seq in vs.BOOSTER_DICT:
            before, valence = valence, valence + vs.BOOSTER_DICT[seq]
            if trace is not None:
                trace.booster += vs.BOOSTER_DICT[seq]
                trace.add("booster", seq, before, valence)
    return valence


def _valence(
    words: list[str], lower: list[str], i: int, cap_diff: bool, lexicon: dict, trace: _Trace | None = None
) -> float:
    """VADER's ``sentiment_valence`` for the lexicon word ``i``."""
    item, low = words[i], lower[i]
    n = len(words)
    valence = lexicon[low]
    if low == "no" and i != n - 1 and lower[i + 1] in lexicon:
        # "no" before a lexicon word negates that word instead of counting itself
        if trace is not None:
            trace.add("'no' as negator", low, valence, 0.0)
        valence = 0.0
    if (
        (i > 0 and lower[i - 1] == "no")
        or (i > 1 and lower[i - 2] == "no")
        or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor"))
    ):
        before, valence = valence, lexicon[low] * vs.N_SCALAR
        if trace is not None:
            trace.add("negation", "no", before, valence)
    if cap_diff and item.isupper():
        before = valence
        valence = valence + vs.C_INCR if valence > 0 else valence - vs.C_INCR
        if trace is not None:
            trace.add("caps", item, before, valence)
    for start_i in range(3):
        j = i - (start_i + 1)
        if i > start_i and lower[j] not in lexicon:
            s = _booster(words[j], lower[j], valence, cap_diff)
            if s != 0:
                s = s * _BOOSTER_DAMPING[start_i] if start_i else s
                before, valence = valence, valence + s
                if trace is not None:
                    trace.booster += s
                    trace.add("booster", words[j], before, valence)
            else:
                valence = valence + s
            valence = _negation(valence, lower, start_i, i, trace)
            if start_i == 2:
                valence = _special_cases(valence, lower, i, trace)
    # "least": "least good" negates, "at least" and "very least" do not
    if i > 0 and lower[i - 1] == "least" and "least" not in lexicon:
        if i == 1 or lower[i - 2] not in ("at", "very"):
            before, valence = valence, valence * vs.N_SCALAR
            if trace is not None:
                trace.add("negation", "least", before, valence)
    return valence


def _booster(word: str, low: str, valence: float, cap_diff: bool) -> float:
    """VADER's ``scalar_inc_dec``."""
    if low not in vs.BOOSTER_DICT:
        return 0.0
    scalar = vs.BOOSTER_DICT[low]
    if valence < 0:
        scalar *= -1
    if word.isupper() and cap_diff:
        scalar = scalar + vs.C_INCR if valence > 0 else scalar - vs.C_INCR
    return scalar


def _sentiments(words: list[str], lower: list[str], traces: dict[int, _Trace] | None = None) -> list[float]:
    """Per-word valences before the "but" rule (VADER's ``polarity_scores`` loop)."""
    lexicon = analyzer().lexicon
    boosters = vs.BOOSTER_DICT
    cap_diff = _is_cap_diff(words)
    n = len(words)
    out: list[float] = []
    for i, low in enumerate(lower):
        if low in boosters or (low == "kind" and i < n - 1 and lower[i + 1] == "of"):
            out.append(0)
        elif low in lexicon:
            trace = None
            if traces is not None:
                trace = traces[i] = _Trace()
            out.append(_valence(words, lower, i, cap_diff, lexicon, trace))
        else:
            out.append(0)
    return out


def _but(lower: list[str], sentiments: list[float]) -> list[float]:
    """VADER's ``_but_check``, quirks included: each value is located with
    ``list.index`` (its first equal value), so equal valences can trade places."""
    if "but" not in lower:
        return sentiments
    bi = lower.index("but")
    out = list(sentiments)
    for sentiment in list(out):
        si = out.index(sentiment)
        if si < bi:
            out[si] = sentiment * _BUT_BEFORE
        elif si > bi:
            out[si] = sentiment * _BUT_AFTER
    return out


def polarity_scores(text: str) -> dict[str, float]:
    """The same dict as VADER's ``polarity_scores(text)``, computed faster."""
    text = prepare_text(text)
    words = _words(text)
    lower = [w.lower() for w in words]
    sentiments = _but(lower, _sentiments(words, lower))
    return analyzer().score_valence(sentiments, text)


def label(compound: float) -> str:
    """``positive`` (>= 0.05), ``negative`` (<= -0.05) or ``neutral``: VADER's thresholds."""
    if compound >= POSITIVE_THRESHOLD:
        return "positive"
    if compound <= NEGATIVE_THRESHOLD:
        return "negative"
    return "neutral"


def score_texts(texts) -> pd.DataFrame:
    """VADER scores of each text, one row per input in order (index kept):
    ``sentiment`` (compound), ``pos``, ``neu``, ``neg``, ``sentiment_label``.
    Each distinct text is scored once."""
    texts = pd.Series(texts, dtype="string")
    cache: dict[str, dict] = {}
    rows = []
    for t in texts.fillna(""):
        scores = cache.get(t)
        if scores is None:
            scores = cache[t] = polarity_scores(t)
        rows.append(scores)
    out = pd.DataFrame(rows, index=texts.index, columns=["compound", "pos", "neu", "neg"], dtype="float64")
    out = out.rename(columns={"compound": "sentiment"})
    out["sentiment_label"] = pd.Series([label(c) for c in out["sentiment"]], index=out.index, dtype="string")
    return out


def score_sentences(sentences: pd.DataFrame) -> pd.DataFrame:
    """A new frame of ``sentences`` with ``sentiment`` (VADER compound, -1..1),
    ``pos``, ``neu``, ``neg`` (shares of the words) and ``sentiment_label``.

    The numbers equal ``SentimentIntensityAnalyzer().polarity_scores(text)`` for
    every sentence. Existing score columns are recomputed."""
    out = sentences.drop(columns=[c for c in SCORE_COLUMNS if c in sentences.columns])
    scores = (
        score_texts(out["text"])
        if len(out)
        else pd.DataFrame(
            {
                "sentiment": pd.Series(dtype="float64"),
                "pos": pd.Series(dtype="float64"),
                "neu": pd.Series(dtype="float64"),
                "neg": pd.Series(dtype="float64"),
                "sentiment_label": pd.Series(dtype="string"),
            },
            index=out.index,
        )
    )
    return pd.concat([out, scores], axis=1)


def scored_sentences(data) -> pd.DataFrame:
    """The sentences of ``data`` (a Corpus or a sentences frame) with their scores:
    the table's own columns when it has them, computed on the fly when not."""
    sentences = data.sentences if hasattr(data, "sentences") else data
    if all(c in sentences.columns for c in SCORE_COLUMNS):
        return sentences.copy()
    return score_sentences(sentences)
