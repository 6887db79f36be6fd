"""Tone of a corpus: aggregates, voices, target sentiment, caveats, hedging, views and widgets."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd
import pytest

import workbench as wb
from workbench.sentiment import _tone as tone
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

matplotlib.use("Agg")

DATA = Path(__file__).parents[1] / "data" / "sentiment"


@pytest.fixture(scope="module")
def talks():
    """A hand-written report: topic words, negation, "but", quoted speech, hedges, HTML."""
    return wb.load_corpus(DATA / "talks.txt", cache=False, progress=False)


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
