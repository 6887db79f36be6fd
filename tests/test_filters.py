import pandas as pd
import pytest

from workbench import filters
from workbench.filters import Filters, filter_quotes, filter_sentences, sentence_sources
from workbench.ui import FilterPanel

from .conftest import MT, VIEW


def test_no_filter_keeps_everything_and_an_empty_choice_nothing(corpus):
    assert len(filter_sentences(corpus, Filters())) == len(corpus.sentences)
    assert len(filter_quotes(corpus, Filters())) == len(corpus.quotes)
    assert filter_sentences(corpus, Filters(doc_ids=())).empty
    assert filter_quotes(corpus, Filters(source_ids=())).empty


@pytest.mark.parametrize(
    "f, check",
    [
        (Filters(doc_ids=(MT,)), lambda s: set(s["doc_id"]) == {MT}),
        (Filters(sentiment=(0.5, 1.0)), lambda s: s["sentiment"].between(0.5, 1.0).all() and len(s) > 0),
        (Filters(search="suponina"), lambda s: s["text"].str.contains("Suponina").all() and len(s) >= 3),
        (Filters(search="(track 2)"), lambda s: len(s) == 1),  # searched as text, not a pattern
        (Filters(doc_ids=(VIEW,), search="Peskov"), lambda s: set(s["doc_id"]) == {VIEW} and len(s) >= 1),
    ],
)
def test_filter_sentences(corpus, f, check):
    assert check(filter_sentences(corpus, f))


def test_sources_filter_keeps_quoted_and_narrated_sentences(corpus):
    src = sentence_sources(corpus)
    suslov = filter_sentences(corpus, Filters(source_ids=("dmitry-suslov",)), sources=src)
    assert len(suslov) > 0 and set(suslov["doc_id"]) == {VIEW}
    narrated = filter_sentences(corpus, Filters(source_ids=(filters.NARRATOR,)), sources=src)
    assert set(narrated["sent_id"]).isdisjoint(suslov["sent_id"])
    assert set(src["sent_id"]) == set(corpus.sentences["sent_id"])


def test_filter_quotes_by_source_and_search(corpus):
    q = filter_quotes(corpus, Filters(source_ids=("elena-suponina",), search="trust"))
    assert len(q) >= 1 and set(q["source_id"]) == {"elena-suponina"}


def test_panel_value_follows_its_controls(corpus):
    panel = FilterPanel(corpus)
    seen = []
    panel.on_change(seen.append)
    assert panel.value == Filters()
    panel.documents.value = (VIEW,)
    panel.sentiment.value = (-1.0, 0.0)
    panel.search.value = "Ukraine"
    assert seen[-1] == Filters(doc_ids=(VIEW,), sentiment=(-1.0, 0.0), search="Ukraine")
    kept = filter_sentences(corpus, panel.value)
    assert len(kept) > 0 and (kept["sentiment"] <= 0).all() and set(kept["doc_id"]) == {VIEW}


def test_panel_shows_only_the_controls_asked(corpus):
    panel = FilterPanel(corpus, show=("documents", "search"))
    shown = [c for box in panel.children for c in box.children]
    assert shown == [panel.documents, panel.search]


def test_topics_filter(corpus):
    topics = pd.Series(0, index=corpus.sentences["sent_id"])
    topics.iloc[:5] = 1
    kept = filter_sentences(corpus, Filters(topics=(1,)), topics=topics)
    assert len(kept) == 5


@pytest.mark.parametrize(
    "f",
    [
        Filters(),
        Filters(doc_ids=(MT,)),
        Filters(doc_ids=()),
        Filters(source_ids=("dmitry-suslov", filters.NARRATOR)),
        Filters(sentiment=(-1.0, -0.1)),
        Filters(search="Putin"),
        Filters(search="no such words"),
        Filters(search="the"),
        Filters(search="(track 2)"),
        Filters(search="a"),
        Filters(doc_ids=(VIEW,), source_ids=("elena-suponina",), sentiment=(-0.5, 1.0), search="the"),
    ],
)
def test_indexed_filter_equals_the_plain_one(corpus, f):
    index = filters.SentenceIndex.of(corpus)
    plain = filter_sentences(corpus, f)
    pd.testing.assert_frame_equal(filter_sentences(corpus, f, index=index), plain)
    pd.testing.assert_frame_equal(filter_sentences(corpus, f, index=index), plain)  # from its search cache


def test_frequent_searches_switch_to_the_per_row_match(corpus, monkeypatch):
    monkeypatch.setattr(filters, "MAX_SCAN_HITS", 3)
    index = filters.SentenceIndex.of(corpus)
    pd.testing.assert_frame_equal(
        filter_sentences(corpus, Filters(search="the"), index=index),
        filter_sentences(corpus, Filters(search="the")),
    )
