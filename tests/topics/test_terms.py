"""workbench.terms: tokens, stop words, the light lemmatiser and phrases."""

import pytest

import workbench as wb
from workbench.topics import TermAnalyzer
from workbench.topics import _terms as terms
from workbench.topics._terms import normalise, stop_words, tokens

from ..conftest import PROJECT_DIR

TOPICS = PROJECT_DIR / "tests" / "data" / "topics"


@pytest.mark.parametrize(
    "word, expected",
    [
        ("negotiations", "negotiation"),
        ("Kremlin's", "kremlin"),
        ("Kremlin’s", "kremlin"),
        ("parties", "party"),
        ("taxes", "tax"),
        ("Russians", "russian"),
        ("process", "process"),
        ("news", "news"),
        ("crisis", "crisis"),
        ("crises", "crisis"),
        ("arms", "arms"),
        ("men", "man"),
        ("bus", "bus"),
        ("1.5", "1.5"),
        ("talks", "talk"),
    ],
)
def test_normalise(word, expected):
    assert normalise(word) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("United States-Russia ties", ["United", "States", "Russia", "ties"]),
        ("back-channel talks", ["back-channel", "talks"]),
        ("the START-3 treaty", ["the", "START-3", "treaty"]),
        ("US-Russian talks", ["US", "Russian", "talks"]),
        ("track 1.5 diplomacy", ["track", "1.5", "diplomacy"]),
        ("the Kremlin's view", ["the", "Kremlin's", "view"]),
    ],
)
def test_tokens_and_offsets(text, expected):
    found = tokens(text, offset=3)
    assert [w for w, _a, _b in found] == expected
    assert all(("...".ljust(3) + text)[a:b] == w for w, a, b in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prisoner exchanges resumed", ["prisoner exchange", "resumed"]),
        ("the US and the U.S. agreed", ["united states", "united states", "agreed"]),
        ("it was us", []),
        ("track 1.5 diplomacy", ["track 1.5", "diplomacy"]),
        ("he said, according to reports, that", []),
        ("United, States", ["united", "state"]),  # a comma breaks a phrase
        ("the White House's view", ["white house", "view"]),
        ("the former official", ["former", "official"]),  # 'former' is kept (stopwords_news.txt [keep])
        ("They don't know", ["know"]),
    ],
)
def test_analyzer_without_corpus(text, expected):
    assert TermAnalyzer()(text) == expected


def test_alias_offsets_include_final_period():
    text = "in the U.S. today"
    ((term, a, b),) = TermAnalyzer().terms(text)
    assert (term, text[a:b]) == ("united states", "U.S.")


@pytest.mark.parametrize(
    "word, is_stop",
    [
        ("said", True),
        ("according", True),
        ("told", True),
        ("the", True),
        ("former", False),
        ("system", False),
        ("vaccine", False),
    ],
)
def test_stop_words(word, is_stop):
    assert (word in stop_words()) is is_stop


SENTENCES = [
    "The hybrid war goes on.",
    "A hybrid war is a new norm.",
    "War is costly.",
    "Paul Whelan was moved.",
    "Paul Whelan waits.",
    "Peace would be welcome.",
]


@pytest.mark.parametrize(
    "options, phrase, kind",
    [
        ({}, "hybrid war", "collocation"),
        ({}, "paul whelan", "name"),
        ({"min_count": 3}, "hybrid war", None),
        ({"threshold": 0.99}, "hybrid war", None),
        ({"phrases": False}, "hybrid war", None),
    ],
)
def test_learned_phrases(options, phrase, kind):
    analyzer = TermAnalyzer(**options).fit(SENTENCES)
    table = analyzer.phrases_.set_index("phrase")["kind"]
    assert table.get(phrase) == kind
    assert (phrase in analyzer("Hybrid war and Paul Whelan")) is (kind is not None)


def test_phrase_scores_are_npmi():
    table = TermAnalyzer().fit(SENTENCES).phrases_.set_index("phrase")
    assert table.loc["hybrid war", "count"] == 2
    assert -1 <= table.loc["hybrid war", "score"] <= 1


def test_term_table_offsets_point_into_documents():
    corpus = wb.load_corpus(sorted(TOPICS.glob("*.txt")), cache=False, progress=False)
    table = terms.term_table(corpus)
    texts = corpus.documents.set_index("doc_id")["text"]
    assert list(table.columns) == ["doc_id", "para_id", "sent_id", "term", "char_start", "char_end"]
    spans = [
        texts[d][a:b].lower() for d, a, b in zip(table["doc_id"], table["char_start"], table["char_end"])
    ]
    assert all(s.replace("’", "'").startswith(t[0]) for s, t in zip(spans, table["term"]))
    assert "polling station" in set(table["term"])
