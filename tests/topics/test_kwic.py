"""workbench.kwic: keyword in context, collocates and term positions.

The fixture reports (tests/data/topics) are hand-written: vaccines, an election and prisoner
talks, with the counts below read off the text.
"""

import pytest

import workbench as wb
from workbench.topics import KWIC_COLUMNS, KwicIndex, collocates, kwic, term_positions

from ..conftest import PROJECT_DIR

TOPICS = PROJECT_DIR / "tests" / "data" / "topics"


@pytest.fixture(scope="module")
def small():
    return wb.load_corpus(sorted(TOPICS.glob("*.txt")), cache=False, progress=False)


@pytest.mark.parametrize(
    "pattern, n, doc",
    [
        ("negotiat*", 4, "talks"),
        ("track 1.5", 2, "talks"),
        ("Prisoner Exchange", 4, "talks"),
        ("polling station*", 4, "election"),
        ("VACCINE", 5, "health"),
        ("hospital?", 4, "health"),
        ("Vienna", 2, "talks"),
        ("booster dose*", 2, "health"),
        ("zzz", 0, None),
    ],
)
def test_kwic_matches(small, pattern, n, doc):
    hits = kwic(small, pattern)
    assert list(hits.columns) == KWIC_COLUMNS
    assert len(hits) == n
    assert set(hits["doc_id"]) == ({doc} if doc else set())


def test_offsets_give_the_match_back(small):
    texts = small.documents.set_index("doc_id")["text"]
    hits = kwic(small, "negotiat*")
    assert [texts[d][a:b] for d, a, b in zip(hits["doc_id"], hits["char_start"], hits["char_end"])] == list(
        hits["match"]
    )
    sentences = small.sentences.set_index("sent_id")
    for sent, a in zip(hits["sent_id"], hits["char_start"]):
        assert sentences.loc[sent, "char_start"] <= a < sentences.loc[sent, "char_end"]


@pytest.mark.parametrize(
    "window, left, right",
    [
        (0, "", ""),
        (2, "national vaccine", "reached two"),
        (5, "The national vaccine", "reached two million doses this"),
    ],
)
def test_window_counts_words(small, window, left, right):
    hit = kwic(small, "rollout", window=window).iloc[0]
    assert (hit["left"], hit["match"], hit["right"]) == (left, "rollout", right)


def test_context_stays_in_its_paragraph(small):
    for _i, hit in kwic(small, "voters", window=50).iterrows():
        paragraph = small.paragraphs.set_index("para_id").loc[hit["para_id"], "text"]
        words = paragraph.strip('".,')  # contexts run from the first word to the last word
        assert words.startswith(hit["left"] or hit["match"]) and words.endswith(hit["right"] or hit["match"])


def test_index_is_built_once_per_corpus(small):
    assert KwicIndex.of(small) is KwicIndex.of(small)


def test_empty_pattern_raises(small):
    with pytest.raises(ValueError, match="no words"):
        kwic(small, "  ")


def test_collocates(small):
    table = collocates(small, "prisoner exchange", window=3, min_count=1)
    assert list(table.columns) == ["collocate", "count", "total", "expected", "log_likelihood", "pmi"]
    assert table["log_likelihood"].is_monotonic_decreasing
    assert {"discuss", "envoys"} <= set(table["collocate"])
    assert "according" not in set(table["collocate"])  # a stop word (stopwords_news.txt)
    every = collocates(small, "prisoner exchange", window=3, stop_words=False, min_count=1)
    assert "according" in set(every["collocate"])
    assert collocates(small, "prisoner exchange", window=3)["count"].ge(2).all()


def test_term_positions(small):
    table = term_positions(small, ["vaccine", "ballot*"], bins=4)
    assert len(table) == 3 * 2 * 4  # every document x term x bin
    totals = table.groupby("term")["count"].sum()
    assert totals["vaccine"] == len(kwic(small, "vaccine"))
    assert totals["ballot*"] == len(kwic(small, "ballot*"))
    assert (
        table.groupby("doc_id")["n_paragraphs"].sum().div(2).to_dict()
        == small.paragraphs.groupby("doc_id").size().to_dict()
    )


def test_seed_reports(corpus):
    hits = kwic(corpus, "track 1.5")
    assert len(hits) >= 2 and set(hits["match"].str.lower()) == {"track 1.5"}


def test_kwic_html_escapes_text():
    import pandas as pd

    from workbench.ui import kwic_html

    hits = pd.DataFrame(
        {
            "doc_id": ["d"],
            "para_id": ["d:p1"],
            "sent_id": ["d:s1"],
            "left": ["<b>x"],
            "match": ["<script>"],
            "right": ["&"],
            "char_start": [0],
            "char_end": [8],
        }
    )
    page = kwic_html(hits)
    assert "<script>" not in page and "&lt;script&gt;" in page and "&lt;b&gt;x" in page
    assert kwic_html(hits.iloc[:0]) == "<p>No matches.</p>"
