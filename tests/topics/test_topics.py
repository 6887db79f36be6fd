"""workbench.topics: TopicModel, distinctive terms (Monroe et al. 2008) and quoted spans.

The fixture reports (tests/data/topics) are hand-written on three distinct subjects
(vaccines, an election, prisoner talks), so the right answer is known.
"""

import math
import warnings

import numpy as np
import pandas as pd
import pytest

import workbench as wb
from workbench.config import SEED
from workbench.topics import TopicModel, distinctive_terms
from workbench.topics._model import MIN_UNITS_PER_TOPIC, npmi_coherence, top_term_agreement

from ..conftest import MT, PROJECT_DIR, VIEW

TOPICS = PROJECT_DIR / "tests" / "data" / "topics"
SUBJECTS = {"health": "vaccine", "election": "election", "talks": "prisoner exchange"}


@pytest.fixture(scope="module")
def small():
    return wb.load_corpus(sorted(TOPICS.glob("*.txt")), cache=False, progress=False)


def test_init_only_stores():
    model = TopicModel(4, method="lda", unit="sentence", random_state=1)
    assert vars(model)["n_topics"] == 4 and not [k for k in vars(model) if k.endswith("_")]


@pytest.mark.parametrize("unit, key", [("paragraph", "para_id"), ("sentence", "sent_id")])
def test_three_subjects_three_topics(small, unit, key):
    model = TopicModel(random_state=SEED, unit=unit).fit(small)  # chosen by stability
    assert model.n_topics_ == 3
    shares = model.prevalence(small).pivot(index="doc_id", columns="topic", values="share")
    top = shares.idxmax(axis=1)
    assert top.nunique() == 3  # one topic per report
    for doc, term in SUBJECTS.items():  # noqa: B007 (the query reads @doc)
        topic_terms = set(model.terms_.query("topic == @top[@doc]")["term"])
        assert term in topic_terms
    weights = model.transform(small)
    assert list(weights.columns[:2]) == [key, "doc_id"]
    assert weights[key].tolist() == getattr(small, unit + "s")[key].tolist()


def test_terms_labels_and_weights(corpus):
    model = TopicModel(5, random_state=SEED).fit(corpus)
    terms = model.terms_
    assert list(terms.columns) == ["topic", "term", "weight", "rank"]
    assert terms.groupby("topic")["rank"].apply(list).map(lambda r: r == list(range(1, 11))).all()
    assert len(model.labels_) == model.n_topics_ == 5 and len(set(model.labels_)) == 5
    first = terms[terms["rank"] == 1].set_index("topic")["term"]
    assert all(label.startswith(first[k]) for k, label in enumerate(model.labels_))
    weights = model.transform(corpus)
    assert len(weights) == len(corpus.paragraphs)
    sums = weights[model.columns_].sum(axis=1).round(9)
    assert sums.isin([0.0, 1.0]).all() and (sums == 1).sum() >= len(weights) - 2


@pytest.mark.parametrize("method", ["nmf", "lda"])
def test_same_random_state_same_results(corpus, method):
    a = TopicModel(4, method=method, random_state=SEED).fit(corpus)
    b = TopicModel(4, method=method, random_state=SEED).fit(corpus)
    pd.testing.assert_frame_equal(a.terms_, b.terms_)
    pd.testing.assert_frame_equal(a.transform(corpus), b.transform(corpus))
    assert a.labels_ == b.labels_


def test_too_many_topics_warns_with_the_numbers(corpus):
    n = len(corpus.paragraphs)
    with pytest.warns(
        UserWarning, match=rf"asked for 50 topics, but {n} paragraphs .* at most {n // MIN_UNITS_PER_TOPIC}"
    ):
        model = TopicModel(50, random_state=SEED).fit(corpus)
    assert 2 <= model.n_topics_ <= n // MIN_UNITS_PER_TOPIC
    assert len(model.coherence_) > 1


def test_a_fitting_number_does_not_warn(corpus):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        model = TopicModel(3, random_state=SEED).fit(corpus)
    assert model.n_topics_ == 3 and list(model.coherence_["n_topics"]) == [3]


@pytest.mark.parametrize("candidates, select, expected", [([4], "stability", 4), ([2, 3], "coherence", None)])
def test_candidates_and_selection_can_be_overridden(small, candidates, select, expected):
    model = TopicModel(random_state=SEED, candidates=candidates, select=select).fit(small)
    table = model.coherence_
    assert list(table["n_topics"]) == candidates
    best = table.loc[table[select].round(3).idxmax(), "n_topics"] if expected is None else expected
    assert model.n_topics_ == best


@pytest.mark.parametrize(
    "options, message",
    [
        ({"unit": "document"}, "paragraphs or sentences"),
        ({"method": "pca"}, "method"),
        ({"select": "perplexity"}, "select"),
    ],
)
def test_bad_options(small, options, message):
    with pytest.raises(ValueError, match=message):
        TopicModel(2, **options).fit(small)


def test_inputs_unchanged(small):
    before = {k: v.copy() for k, v in small.tables().items()}
    TopicModel(2, random_state=SEED).fit_transform(small)
    distinctive_terms(small)
    for name, table in small.tables().items():
        pd.testing.assert_frame_equal(table, before[name])


def test_coherence_and_agreement_by_hand():
    presence = np.array([[1, 1, 0], [1, 1, 0], [0, 0, 1], [0, 0, 1]])
    assert npmi_coherence(presence, [np.array([0, 1])]) == pytest.approx(1.0)
    assert npmi_coherence(presence, [np.array([0, 2])]) == pytest.approx(-1.0)
    assert top_term_agreement(
        [np.array([0, 1]), np.array([2, 3])], [np.array([3, 2]), np.array([0, 4])]
    ) == pytest.approx((1 + 1 / 3) / 2)


# -- distinctive terms ---------------------------------------------------------------------------
def test_log_odds_by_hand(small):
    """Monroe et al. 2008, eq. 16 and 18-19, with a uniform prior α = 0.5 for every term."""
    table = distinctive_terms(small, by="doc_id", groups=["health", "election"], prior=0.5)
    row = table.query("group == 'health' and term == 'hospital'").iloc[0]
    n_i, n_j = row["n_group"], row["n_other"]
    a0 = 0.5 * table.query("group == 'health'")["term"].nunique()
    y_i, y_j = row["count"], row["count_other"]
    delta = math.log((y_i + 0.5) / (n_i + a0 - y_i - 0.5)) - math.log((y_j + 0.5) / (n_j + a0 - y_j - 0.5))
    assert (y_i, y_j) == (4, 0)
    assert row["log_odds"] == pytest.approx(delta)
    assert row["z"] == pytest.approx(delta / math.sqrt(1 / (y_i + 0.5) + 1 / (y_j + 0.5)))


def test_two_groups_are_mirror_images(small):
    table = distinctive_terms(small, groups=["health", "talks"]).set_index(["term", "group"])
    z = table["z"].unstack()
    np.testing.assert_allclose(z["health"], -z["talks"])
    assert set(table.columns) >= {"count", "count_other", "log_odds", "z"}


@pytest.mark.parametrize(
    "by, group, term",
    [
        ("doc_id", "health", "vaccine"),
        ("doc_id", "election", "polling station"),
        ("doc_id", "talks", "prisoner exchange"),
    ],
)
def test_top_terms_per_report(small, by, group, term):
    table = distinctive_terms(small, by=by)
    top = table[table["group"] == group].head(5)["term"].tolist()
    assert term in top


def test_by_mapping_of_paragraph_ids(small):
    paras = small.paragraphs
    mapping = {
        p: ("first half" if k < 3 else "second half")
        for p, k in zip(paras["para_id"], paras.groupby("doc_id").cumcount())
    }
    table = distinctive_terms(small, by=mapping)
    assert set(table["group"]) == {"first half", "second half"}
    assert (
        table.groupby("group")["n_group"].first().sum() == table["n_group"].iloc[0] + table["n_other"].iloc[0]
    )


def test_by_voice_and_quoted_only(small):
    voice = distinctive_terms(small, by="voice")  # the corpus's own quotes table
    assert set(voice["group"]) == {"narration", "quoted"}
    quoted = voice[voice["group"] == "quoted"]
    assert {"faith", "dose"} <= set(quoted.loc[quoted["count"] > 0, "term"])
    only = distinctive_terms(small, voice="quoted")  # "Observers said the ballots were counted ..."
    assert {"faith", "ballot"} <= set(only["term"]) and "candidate" not in set(only["term"])
    narration = distinctive_terms(small, voice="narration")
    assert "faith" not in set(narration["term"]) and "candidate" in set(narration["term"])


def test_reported_speech_is_the_sources_voice(small):
    """Reported speech is a source's statement, as in share of voice and tone per voice."""
    doc = small.documents.set_index("doc_id").loc["election", "text"]
    words = "ballots would be counted overnight"
    start = doc.index(words)
    quotes = pd.DataFrame(
        {
            "doc_id": ["election"],
            "quote_id": ["election:q1"],
            "char_start": [start],
            "char_end": [start + len(words)],
            "source_id": ["officials"],
            "kind": ["indirect"],
        }
    )
    table = distinctive_terms(small, by="source_id", quotes=quotes)
    said = set(table.query("group == 'officials' and count > 0")["term"])
    assert said == {"ballot", "counted", "overnight"}


def test_a_quotes_table_replaces_quotation_marks(small):
    doc = small.documents.set_index("doc_id").loc["election", "text"]
    words = "Election officials said ballots would be counted overnight"
    start = doc.index(words)
    quotes = pd.DataFrame(
        {
            "doc_id": ["election"],
            "quote_id": ["election:q1"],
            "char_start": [start],
            "char_end": [start + len(words)],
            "source_id": ["officials"],
            "kind": ["unmarked"],
        }
    )
    table = distinctive_terms(small, by="source_id", quotes=quotes)
    assert set(table["group"]) == {"officials", "narrator"}
    said = set(table.query("group == 'officials' and count > 0")["term"])
    assert said == {"election", "official", "ballot", "counted", "overnight"}
    with pytest.raises(ValueError, match="at least two groups"):  # only one report is quoted now
        distinctive_terms(small, voice="quoted", quotes=quotes, by="doc_id")


def test_seed_reports_differ(corpus):
    table = distinctive_terms(corpus)
    mt = table[table["group"] == MT].head(15)["term"].tolist()
    view = table[table["group"] == VIEW].head(15)["term"].tolist()
    assert "kremlin" in mt and "treaty" in view


# -- figures and widgets (headless) ---------------------------------------------------------------
def test_figures(small):
    import matplotlib.pyplot as plt

    from workbench.ui import _topic_plots as topic_plots

    model = TopicModel(3, random_state=SEED).fit(small)
    table = distinctive_terms(small)
    figures = [
        topic_plots.topic_terms(model),
        topic_plots.topic_prevalence(model.prevalence(small)),
        topic_plots.distinctive_scatter(table, "health"),
        topic_plots.distinctive_bars(table),
    ]
    assert [len([a for a in f.axes if a.get_visible()]) for f in figures] == [3, 1, 1, 3]
    labels = [t.get_text() for t in figures[2].axes[0].texts]
    assert "hospital" in labels and len(labels) == len(set(labels))
    with pytest.raises(ValueError, match="not in the table"):
        topic_plots.distinctive_scatter(table, "sports")
    plt.close("all")


def test_topic_explorer_follows_its_controls(small):
    from workbench.ui import TopicExplorer

    panel = TopicExplorer(small, n_topics=2)
    assert panel.model.n_topics_ == 2 and "<img" in panel.bars.chart.value  # the term chart, a chart picker
    panel.n_topics.value = 3
    panel.unit.value = "sentence"
    assert (panel.model.n_topics_, panel.model.unit) == (3, "sentence")
    assert set(panel.prevalence["topic"]) == {0, 1, 2}
    panel.method.value = "lda"
    assert panel.model.method == "lda"
    panel.n_topics.value = None
    assert (
        panel.model.n_topics_
        == panel.model.coherence_.loc[panel.model.coherence_["stability"].round(3).idxmax(), "n_topics"]
    )


def test_compare_reports_follows_its_controls(small):
    from workbench.ui import CompareReports

    panel = CompareReports(small, reports=["health", "talks"])
    assert set(panel.table["group"]) == {"health", "talks"}
    panel.reports.value = ("health",)
    assert panel.table.empty and "at least two" in panel.view.value
    panel.reports.value = ("election", "health", "talks")
    panel.voice.value = "narration"
    assert set(panel.table["group"]) == {"election", "health", "talks"}
    assert set(panel.table["term"]) == set(distinctive_terms(small, voice="narration")["term"])


def test_kwic_explorer_escapes_and_follows(small):
    from workbench.ui import KwicExplorer

    panel = KwicExplorer(small)
    assert panel.hits is None
    panel.term.value = "vaccine"
    assert (
        len(panel.hits) == 5
        and panel.view.value.count("<b>vaccine</b>") + panel.view.value.count("<b>Vaccine</b>") == 5
    )
    panel.window.value = 1
    assert panel.hits["right"].str.split().str.len().max() == 1
    panel.term.value = "<script>"
    assert "<script>" not in panel.view.value
    panel.term.value = "vaccine"
    one = sorted(small.documents["doc_id"])[0]
    panel.filters.documents.value = (one,)  # the shared panel narrows the matches
    assert set(panel.hits["doc_id"]) <= {one} and len(panel.hits) < 5


def test_same_inputs_same_tables(small):
    pd.testing.assert_frame_equal(distinctive_terms(small, by="voice"), distinctive_terms(small, by="voice"))
    a, b = TopicModel(random_state=SEED).fit(small), TopicModel(random_state=SEED).fit(small)
    pd.testing.assert_frame_equal(a.coherence_, b.coherence_)


def test_topic_model_is_a_scikit_learn_estimator():
    from sklearn.base import clone

    model = TopicModel(4, method="lda", random_state=7)
    assert model.get_params()["n_topics"] == 4 and model.get_params()["method"] == "lda"
    copy = clone(model.set_params(unit="sentence"))
    assert copy is not model and copy.get_params() == model.get_params()
    assert repr(model) == "TopicModel(method='lda', n_topics=4, random_state=7, unit='sentence')"
