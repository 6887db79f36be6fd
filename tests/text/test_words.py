"""The one tokenizer: every word count of the package agrees."""

import pytest

import workbench as wb
from workbench.text import count_words, word_spans, words


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks resumed.", ["The", "talks", "resumed"]),
        ("Kremlin-backed groups don't agree", ["Kremlin-backed", "groups", "don't", "agree"]),
        ("Putin\u2019s aides", ["Putin\u2019s", "aides"]),
        ("peace--and war", ["peace", "and", "war"]),  # a dash between words joins nothing
        ("the students' votes", ["the", "students", "votes"]),  # a trailing apostrophe is no word
        ("1,117 words in 2022", ["1", "117", "words", "in", "2022"]),
        ("Переговоры продолжатся", ["Переговоры", "продолжатся"]),
        ("\u2014 ... !", []),
    ],
)
def test_words(text, expected):
    assert words(text) == expected
    assert count_words(text) == len(expected)
    assert [text[a:b] for a, b in word_spans(text)] == expected


def test_document_words_are_the_sum_of_share_of_voice(corpus):
    """documents.n_words, share of voice and the sources' words count the same words."""
    sov = wb.share_of_voice(corpus)
    n = corpus.documents.set_index("doc_id")["n_words"]
    assert sov.groupby("doc_id")["n_words"].sum().reindex(n.index).tolist() == n.tolist()
    quoted = sov[sov["source_id"] != "narrator"].groupby("source_id")["n_words"].sum()
    sources = corpus.sources.set_index("source_id")["n_words"]
    assert (sources.reindex(quoted.index) == quoted).all()
