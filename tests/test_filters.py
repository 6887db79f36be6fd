from types import SimpleNamespace

import numpy as np
import pandas as pd
import pyarrow as pa
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


def _sentences(texts: list[str]) -> pd.DataFrame:
    n = len(texts)
    return pd.DataFrame(
        {
            "doc_id": pd.array(["d1"] * n, dtype="string[pyarrow]"),
            "sent_id": pd.array([f"d1:s{k:04d}" for k in range(n)], dtype="string[pyarrow]"),
            "text": pd.array(texts, dtype="string[pyarrow]"),
            "char_start": range(0, 10 * n, 10),
            "char_end": range(5, 10 * n + 5, 10),
            "sentiment": [0.1 * k for k in range(n)],
        }
    )


@pytest.mark.parametrize("search", ["café", "МОСКВА", "東京", "é t", "e", "cafe", "tower\ntown"])
def test_indexed_search_in_text_of_any_script(search):
    # the index scans the sentences as UTF-8 bytes: byte offsets must still find each sentence
    texts = ["A café tower", "Москва и Петербург", "東京 tower", None, "plain words", "Ещё café"]
    fake = SimpleNamespace(
        sentences=_sentences(texts),
        quotes=pd.DataFrame({"doc_id": ["d1"], "source_id": ["someone"], "char_start": [0], "char_end": [3]}),
    )
    index = filters.SentenceIndex.of(fake)
    f = Filters(search=search)
    pd.testing.assert_frame_equal(filter_sentences(fake, f, index=index), filter_sentences(fake, f))


@pytest.mark.parametrize("share", [0.0, 0.01, 0.3, 1.0])
def test_take_rows_equals_boolean_indexing_on_chunked_columns(share):
    # a built corpus's tables are memory-mapped in chunks; take_rows filters them chunk by chunk
    frame = _sentences([f"sentence {k}" for k in range(500)])
    whole = pa.array(frame["text"].tolist(), type=pa.large_string())
    frame["text"] = pd.arrays.ArrowStringArray(
        pa.chunked_array([whole.slice(k, 100) for k in range(0, 500, 100)])
    )
    assert frame["text"].array.__arrow_array__().num_chunks == 5
    keep = np.random.default_rng(3).random(len(frame)) < share
    got = filters.take_rows(frame, keep)
    pd.testing.assert_frame_equal(got, frame[keep])
    assert type(got.index) is type(frame[keep].index)
