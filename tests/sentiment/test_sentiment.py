"""Sentiment: exact VADER scores, the sentence tables, explanations."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from vaderSentiment import vaderSentiment as vs

from workbench.sentiment import _explain as explain
from workbench.sentiment import _vader as sentiment
from workbench.text import _segment as segment

from ..conftest import SHARED

matplotlib.use("Agg")

DATA = Path(__file__).parents[1] / "data" / "sentiment"
DEV_TEXT = SHARED / "bench" / "extraction" / "dev" / "text"
VADER = vs.SentimentIntensityAnalyzer()
KEYS = ["compound", "pos", "neu", "neg"]


def vader_raw_sum(text: str) -> float:
    """VADER's sum of word valences before normalisation, from its own methods."""
    prepared, prev_space = "", True  # polarity_scores' emoji pass
    for ch in text:
        if ch in VADER.emojis:
            prepared += ("" if prev_space else " ") + VADER.emojis[ch]
            prev_space = False
        else:
            prepared += ch
            prev_space = ch == " "
    senti = vs.SentiText(prepared.strip())
    words = senti.words_and_emoticons
    values = []
    for i, item in enumerate(words):
        if item.lower() in vs.BOOSTER_DICT or (
            i < len(words) - 1 and item.lower() == "kind" and words[i + 1].lower() == "of"
        ):
            values.append(0)
            continue
        values = VADER.sentiment_valence(0, senti, item, i, values)
    values = VADER._but_check(words, values)
    return float(sum(values))


# --------------------------------------------------------------------------- exact scores


def test_every_corpus_sentence_scores_exactly_as_vader(corpus):
    scored = sentiment.score_sentences(corpus.sentences)
    expected = pd.DataFrame([VADER.polarity_scores(t) for t in corpus.sentences["text"]])
    assert len(scored) == len(corpus.sentences) > 50
    assert scored["sentiment"].tolist() == expected["compound"].tolist()
    for col in ("pos", "neu", "neg"):
        assert scored[col].tolist() == expected[col].tolist()


@pytest.mark.skipif(not DEV_TEXT.is_dir(), reason="the shared dev set is not mounted")
def test_every_dev_set_sentence_scores_exactly_as_vader():
    texts = []
    for path in sorted(DEV_TEXT.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        texts += [text[a:b] for a, b in segment.sentence_spans(text)]
    ours = sentiment.score_texts(texts)
    assert len(texts) > 1000
    assert ours["sentiment"].tolist() == [VADER.polarity_scores(t)["compound"] for t in texts]


# Words that exercise every rule of VADER: lexicon words, boosters and dampeners,
# negations, "no", "least", "never so", "without doubt", "kind of", "but",
# special cases and idioms, emoticons, emoji, punctuation emphasis, and noise.
RULE_WORDS = [
    "good",
    "bad",
    "great",
    "terrible",
    "war",
    "peace",
    "crisis",
    "hope",
    "trust",
    "doubt",
    "happy",
    "sad",
    "love",
    "hate",
    "killed",
    "sanctions",
    "talks",
    "the",
    "a",
    "of",
    "to",
    "very",
    "extremely",
    "kinda",
    "sort",
    "slightly",
    "barely",
    "most",
    "more",
    "so",
    "this",
    "not",
    "isn't",
    "never",
    "without",
    "no",
    "nor",
    "or",
    "least",
    "at",
    "kind",
    "but",
    "BUT",
    "shit",
    "bomb",
    "bus",
    "stop",
    "kiss",
    "death",
    "yeah",
    "right",
    "die",
    "for",
    "beating",
    "heart",
    "cut",
    "mustard",
    "just",
    "enough",
    ":)",
    ":(",
    ":D",
    "lol",
    "\U0001f600",
    "\u00a9",
    "!",
    "!!",
    "?",
    "??",
    "...",
    "'",
    '"',
    "GOOD",
    "VERY",
    "NOT",
    "Good",
    "U.S.",
    "n't",
]


@st.composite
def rule_sentences(draw):
    words = draw(
        st.lists(
            st.one_of(st.sampled_from(RULE_WORDS), st.text(min_size=1, max_size=6)), min_size=0, max_size=25
        )
    )
    seps = draw(
        st.lists(
            st.sampled_from([" ", "  ", ", ", "\n", "\t", "! ", "? ", ""]),
            min_size=len(words),
            max_size=len(words),
        )
    )
    return "".join(w + s for w, s in zip(words, seps))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rule_sentences())
def test_random_sentences_score_exactly_as_vader(text):
    assert sentiment.polarity_scores(text) == VADER.polarity_scores(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_string_scores_exactly_as_vader(text):
    assert sentiment.polarity_scores(text) == VADER.polarity_scores(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rule_sentences())
def test_contributions_add_up_to_vaders_raw_sum(text):
    e = explain.explain_sentiment(text)
    words = e[e["position"] >= 0]
    total = 0.0
    for c in words["contribution"]:
        total += c
    assert total == vader_raw_sum(text)
    assert explain.compound_from_contributions(e["contribution"]) == VADER.polarity_scores(text)["compound"]


def test_repeated_sentences_are_scored_once_and_in_order():
    texts = pd.Series(["good", "bad", "good", pd.NA], index=[10, 11, 12, 13], dtype="string")
    out = sentiment.score_texts(texts)
    assert out.index.tolist() == [10, 11, 12, 13]
    assert out["sentiment"].tolist() == [
        VADER.polarity_scores(t)["compound"] for t in ["good", "bad", "good", ""]
    ]


# --------------------------------------------------------------------------- tables


def test_score_sentences_returns_a_new_frame_with_the_contract_columns(corpus):
    before = corpus.sentences.copy()
    out = sentiment.score_sentences(corpus.sentences)
    pd.testing.assert_frame_equal(corpus.sentences, before)
    kept = [c for c in before.columns if c not in sentiment.SCORE_COLUMNS]
    assert list(out.columns) == [*kept, *sentiment.SCORE_COLUMNS]
    # The build already scores sentences: recomputing gives the same numbers.
    pd.testing.assert_frame_equal(out[list(before.columns)], before)
    assert out["sentiment"].between(-1, 1).all()
    assert ((out["pos"] + out["neu"] + out["neg"]).round(2).between(0.99, 1.01)).all()
    assert str(out["sentiment_label"].dtype) == "string"
    pd.testing.assert_frame_equal(out, sentiment.score_sentences(corpus.sentences))


def test_score_sentences_of_an_empty_table():
    empty = pd.DataFrame({"sent_id": pd.Series(dtype="string"), "text": pd.Series(dtype="string")})
    out = sentiment.score_sentences(empty)
    assert out.empty and list(out.columns) == ["sent_id", "text", *sentiment.SCORE_COLUMNS]


def test_scores_already_in_the_table_are_used(corpus):
    marked = sentiment.score_sentences(corpus.sentences).assign(sentiment=0.123)
    assert (sentiment.scored_sentences(marked)["sentiment"] == 0.123).all()


@pytest.mark.parametrize(
    "compound, expected",
    [
        (0.05, "positive"),
        (0.0499, "neutral"),
        (0.0, "neutral"),
        (-0.0499, "neutral"),
        (-0.05, "negative"),
        (1.0, "positive"),
        (-1.0, "negative"),
    ],
)
def test_label_thresholds_are_vaders(compound, expected):
    assert sentiment.label(compound) == expected


# --------------------------------------------------------------------------- explanations


@pytest.mark.parametrize(
    "text, token, column, expected",
    [
        ("The talks were good.", "good", "contribution", 1.9),
        ("The talks were not good.", "good", "negated", True),
        ("The talks were not good.", "good", "contribution", 1.9 * vs.N_SCALAR),
        ("The talks were very good.", "good", "booster", vs.B_INCR),
        ("The talks were GOOD today.", "GOOD", "caps", True),
        ("The talks were good but the results were bad.", "good", "but", 0.5),
        ("The talks were good but the results were bad.", "bad", "but", 1.5),
        ("There is no good outcome.", "good", "negated", True),
        ("The sanctions caused a crisis.", "crisis", "valence", -3.1),
    ],
)
def test_explain_rules(text, token, column, expected):
    e = explain.explain_sentiment(text).set_index("token")
    value = e.loc[token, column]
    assert value == pytest.approx(expected) if isinstance(expected, float) else value == expected


def test_explain_has_a_row_for_punctuation_emphasis():
    e = explain.explain_sentiment("What a great deal!!!")
    punct = e[e["position"] == -1]
    assert punct["token"].tolist() == ["!!!"]
    assert punct["contribution"].iloc[0] == pytest.approx(3 * 0.292)
    assert "punctuation" in punct["modifiers"].iloc[0]


def test_explain_of_a_neutral_sentence_is_empty():
    e = explain.explain_sentiment("The delegations met on Tuesday.")
    assert e.empty and list(e.columns) == explain.EXPLAIN_COLUMNS
