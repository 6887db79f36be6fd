"""Sentiment: exact VADER scores, explanations, aggregates, target tone, caveats, hedging."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from vaderSentiment import vaderSentiment as vs

import workbench as wb
from workbench.sentiment import _explain as explain
from workbench.sentiment import _tone as tone
from workbench.sentiment import _vader as sentiment
from workbench.text import _segment as segment
from workbench.ui import (
    SentimentExplorer,
    document_labels,
    hedging_bars,
    sentence_html,
    sentences_html,
    tone_along,
    tone_by_group,
)
from workbench.ui._sentiment_widgets import ANY

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


@pytest.fixture(scope="module")
def talks():
    """A hand-written report: topic words, negation, "but", quoted speech, hedges, HTML."""
    return wb.load_corpus(DATA / "talks.txt", cache=False, progress=False)


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


# --------------------------------------------------------------------------- aggregates


def test_summarise_counts_spread_and_interval():
    frame = pd.DataFrame({"g": ["a"] * 6 + ["b"], "sentiment": [0.1, 0.2, 0.3, -0.4, 0.5, 0.0, 0.7]})
    out = tone.summarise(frame, "g", random_state=1)
    a, b = out.iloc[0], out.iloc[1]
    assert (a["n"], b["n"]) == (6, 1)
    assert a["mean"] == pytest.approx(0.7 / 6) and a["median"] == pytest.approx(0.15)
    assert a["sd"] == pytest.approx(np.std(frame["sentiment"][:6], ddof=1))
    assert a["ci_low"] <= a["mean"] <= a["ci_high"] and a["ci_low"] < a["ci_high"]
    assert (b["ci_low"], b["ci_high"]) == (0.7, 0.7) and np.isnan(b["sd"])
    pd.testing.assert_frame_equal(out, tone.summarise(frame, "g", random_state=1))
    assert not out.equals(tone.summarise(frame, "g", random_state=2))


def test_by_document_and_position_cover_every_sentence(corpus):
    docs = tone.by_document(corpus)
    assert docs["n"].sum() == len(corpus.sentences)
    assert set(docs["doc_id"]) == set(corpus.documents["doc_id"])
    pos = tone.by_position(corpus, bins=4)
    assert pos["n"].sum() == len(corpus.sentences)
    assert set(pos["position_bin"]) == {0, 1, 2, 3}
    assert pos["position_mid"].between(0, 1).all()


def test_aggregates_leave_the_corpus_unchanged(corpus):
    before = corpus.sentences.copy()
    tone.by_voice(corpus)
    tone.caveats(corpus)
    tone.sentiment_toward(corpus, "Putin")
    pd.testing.assert_frame_equal(corpus.sentences, before)


def test_by_topic_takes_labels_or_weights(talks):
    paras = talks.paragraphs["para_id"]
    labels = pd.DataFrame({"para_id": paras, "topic": ["a" if i % 2 else "b" for i in range(len(paras))]})
    out = tone.by_topic(talks, labels)
    assert set(out["topic"]) == {"a", "b"} and out["n"].sum() == len(talks.sentences)
    weights = pd.DataFrame({"para_id": paras, "t0": 1.0, "t1": 0.0})
    assert tone.by_topic(talks, weights)["topic"].tolist() == ["t0"]


# --------------------------------------------------------------------------- voices


def test_voices_from_the_corpus_quotes(talks):
    """Reported speech too is the source's voice; a sentence goes to the voice with most of its words."""
    v = tone.voices(talks).merge(talks.sentences[["sent_id", "text"]])
    voice = dict(zip(v["text"].str[:20], zip(v["voice"], v["source_id"])))
    assert voice['"We are very hopeful'] == ("quoted", "anon-foreign-minister")
    assert voice["He added that the pr"] == ("quoted", "anon-foreign-minister")
    assert voice["We welcome this <scr"] == ("quoted", "anon-ambassador")  # the quote's second sentence
    assert voice["The Kremlin did not "] == ("narration", tone.NARRATOR)
    assert (v.loc[v["voice"] == "narration", "source_id"] == tone.NARRATOR).all()


def test_voices_from_a_quotes_table(talks):
    first = talks.sentences.iloc[0]
    quotes = pd.DataFrame(
        {
            "doc_id": [first["doc_id"]],
            "quote_id": ["q1"],
            "char_start": [first["char_start"]],
            "char_end": [first["char_end"]],
            "source_id": ["officials"],
        }
    )
    v = tone.voices(talks, quotes=quotes).set_index("sent_id")
    assert (
        v.loc[first["sent_id"], "voice"] == "quoted" and v.loc[first["sent_id"], "source_id"] == "officials"
    )
    assert (v.drop(first["sent_id"])["voice"] == "narration").all()
    out = tone.by_voice(talks, quotes=quotes, by_source=True)
    assert set(out["source_id"]) == {"officials", tone.NARRATOR}


# --------------------------------------------------------------------------- target sentiment


@pytest.mark.parametrize(
    "entity, text, found",
    [
        ("US", "the US said", True),
        ("US", "let us go", False),
        ("United States", "U.S. officials", True),
        ("United States", "the united states", True),
        ("Putin", "Putin's aides", True),
        ("Putin", "Putinism spreads", False),
        ("Vladimir Putin", "President Putin said", True),
        ("Russia", "Russian gas", False),
        ("Kremlin", "the kremlin said", True),
        ("Peskov", "Dmitry Peskov said", True),  # not in the alias file: stands for itself
    ],
)
def test_mentions(entity, text, found):
    _, names = tone.aliases(entity)
    assert bool(tone.mention_pattern(names).search(text)) is found


@pytest.mark.parametrize(
    "text, start, clause",
    [
        ("The talks were good, but Putin refused.", 25, "but Putin refused."),
        ("Putin agreed; the US refused.", 0, "Putin agreed"),
        ("No clause marks here", 3, "No clause marks here"),
    ],
)
def test_clause_of(text, start, clause):
    assert tone.clause_of(text, start) == clause


def test_sentiment_toward(talks):
    result = tone.sentiment_toward(talks, "United States")
    sentences, summary = result
    assert sentences["text"].str.contains("United States|US").all()
    assert sentences["entity"].eq("United States").all()
    assert summary["n"].tolist() == [len(sentences)] == [2]
    assert {"clause", "clause_sentiment", "sentiment"} <= set(sentences.columns)


def test_sentiment_toward_joins_an_entities_table(talks):
    sid = talks.sentences["sent_id"].iloc[0]
    ents = pd.DataFrame({"sent_id": [sid], "entity": ["Kremlin"], "doc_id": ["talks"]})
    plain = tone.sentiment_toward(talks, "Kremlin").sentences
    joined = tone.sentiment_toward(talks, "Kremlin", entities=ents).sentences
    assert set(joined["sent_id"]) == set(plain["sent_id"]) | {sid}


# --------------------------------------------------------------------------- caveats and hedging


def test_caveats_flag_topic_words_negation_and_but(talks):
    c = tone.caveats(talks).merge(talks.sentences[["sent_id"]])
    by_reason = c.groupby("reason")["words"].apply(list).to_dict()
    assert "war" in by_reason["topic word"]
    assert any("helpful" in w for w in by_reason["negation"])
    assert any("terrible" in w for w in by_reason["but"])
    assert "United" in by_reason["name word"]  # "United States" scored as a feeling
    assert c["share"].between(0, 1).all()
    for row in c.itertuples():
        for word in row.words.split("|"):
            assert word in row.text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It may rain.", [("may", "hedge")]),
        ("They met on 12 May in Geneva.", []),
        ("May 12 was the date.", []),
        ("It is clear that he lied.", [("it is clear that", "certainty")]),
        (
            "Reportedly, the so-called deal is dead.",
            [("reportedly", "attribution"), ("so-called", "attribution")],
        ),
        ("Of course they might refuse.", [("of course", "certainty"), ("might", "hedge")]),
        ("Mayors met.", []),
    ],
)
def test_hedges_in(text, expected):
    assert [(p, c) for p, c, _, _ in tone.hedges_in(text)] == expected


def test_hedging_rates(talks):
    marks = tone.hedge_markers(talks)
    docs = talks.documents.set_index("doc_id")["text"]
    for r in marks.itertuples():
        assert docs[r.doc_id][r.char_start : r.char_end] == r.match
    out = tone.hedging(talks)
    assert out["count"].sum() == len(marks)
    assert set(out["category"]) == {"hedge", "certainty", "attribution"}
    assert np.allclose(out["per_100_words"], 100 * out["count"] / out["n_words"])


# --------------------------------------------------------------------------- views, plots, widget


def test_sentence_html_escapes_and_colours():
    html = sentence_html('We welcome this <script>alert(1)</script> "good" step')
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "rgba(0,158,115" in html  # "good" is coloured positive
    assert sentence_html("The bad war.").count("<span") == 2
    assert "No sentence" in sentences_html(pd.DataFrame())


def test_plots_return_figures(talks):
    import matplotlib.pyplot as plt

    for fig in (
        tone_along(tone.by_position(talks)),
        tone_by_group(tone.by_voice(talks), "voice"),
        hedging_bars(tone.hedging(talks)),
    ):
        assert isinstance(fig, matplotlib.figure.Figure) and fig.axes
        plt.close(fig)
    assert document_labels(talks) == {"talks": "talks · Envoys Meet as the War Drags On"}


def test_explorer_filters(talks):
    panel = SentimentExplorer(talks)
    n = len(talks.sentences)
    assert panel.status.value.startswith(f"{n} sentence(s)")
    panel.score_range.value = (-1.0, -0.05)
    assert (panel.selection["sentiment"] <= -0.05).all() and len(panel.selection) < n
    panel.score_range.value = (-1.0, 1.0)
    panel.voices.value = ("quoted",)
    assert set(panel.selection["voice"]) == {"quoted"}
    panel.voices.value = ("narration", "quoted")
    panel.entity.value = "Kremlin"
    assert panel.selection["text"].str.contains("Kremlin").all() and len(panel.selection) == 1
    assert "Kremlin" in panel.view.value
    panel.entity.value = ANY
    panel.reports.value = ()
    assert "No matches" in panel.view.value
    assert "<script>" not in panel.view.value
