"""Rules of workbench.segment: run-in headings and sentence boundaries."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.config import RAW_DIR
from workbench.text import sentence_spans, sentences, split_run_in_heading

# ---------------------------------------------------------------- run-in headings


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Rockets without Cheating As for the specific topics of real discussions, "
            "Moscow initially did not comment on such information.",
            "Rockets without Cheating",
        ),
        (
            '"2 on 1" did not work out Meanwhile, the Russian-American negotiations do not end at the START.',
            '"2 on 1" did not work out',
        ),
        ("Talks resume However, nobody expects a breakthrough this year.", "Talks resume"),
        ("What comes next The talks will resume in Geneva next week.", "What comes next"),
        ("Background In 2019, the two sides agreed to meet again.", "Background"),
    ],
)
def test_run_in_heading_splits(text, expected):
    heading, rest, offset = split_run_in_heading(text)
    assert heading == expected
    assert text[offset:] == rest
    assert text[: len(heading)] == heading
    assert rest[:1].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "The United States and Russia are holding talks in Geneva.",
        "President Joseph Biden officially almost heads a global company to isolate Russia.",
        "In turn, Moscow has never refused to negotiate with the United States.",
        "According to Suponina, back on February 21, Nikolai Patrushev said so.",
        "Indeed, the START theme is important for both States.",
        "Sources told The Moscow Times that the talks continue.",
        "He wrote In the spring a new round of talks would begin.",
        "Talks with the Kremlin resumed on Monday after a long pause.",
        "However, the parties have not yet found anything.",
        "Short title",
        "No punctuation at the end As for the rest of it",
        "",
    ],
)
def test_run_in_heading_does_not_split_sentences(text):
    assert split_run_in_heading(text) == (None, text, 0)


# ---------------------------------------------------------------- sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        # abbreviations and titles
        ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
        (
            "Gov. Newsom and Sen. Padilla spoke on Jan. 5 in St. Louis.",
            ["Gov. Newsom and Sen. Padilla spoke on Jan. 5 in St. Louis."],
        ),
        (
            "Some states, e.g. Texas, refused. Others agreed.",
            ["Some states, e.g. Texas, refused.", "Others agreed."],
        ),
        ("That is, i.e. the treaty, expired.", ["That is, i.e. the treaty, expired."]),
        ("U.S. officials and U.K. diplomats met.", ["U.S. officials and U.K. diplomats met."]),
        (
            "The deal was signed in the U.S. The talks ended.",
            ["The deal was signed in the U.S.", "The talks ended."],
        ),
        ("He joined Apple Inc. in 2010.", ["He joined Apple Inc. in 2010."]),
        # initials
        (
            "J. K. Rowling wrote it. Joseph R. Biden read it.",
            ["J. K. Rowling wrote it.", "Joseph R. Biden read it."],
        ),
        # numbers
        (
            "Track 1.5 diplomacy grew by 3.14 percent. It works.",
            ["Track 1.5 diplomacy grew by 3.14 percent.", "It works."],
        ),
        (
            "It was annexed in 2014. If Russia lost it, war would follow.",
            ["It was annexed in 2014.", "If Russia lost it, war would follow."],
        ),
        # ellipses
        ("He paused... The room was silent.", ["He paused...", "The room was silent."]),
        ("He paused... and went on.", ["He paused... and went on."]),
        ("Wait\u2026 What happened?", ["Wait\u2026", "What happened?"]),
        # quotations
        ('"We will talk," he said. "Not now."', ['"We will talk," he said.', '"Not now."']),
        ('"Yes," he said.', ['"Yes," he said.']),
        ('He said: "It is over." Next came the vote.', ['He said: "It is over."', "Next came the vote."]),
        ('"Who?" he asked.', ['"Who?" he asked.']),
        (
            'They spoke of "humanitarian issues". In particular, prisoners.',
            ['They spoke of "humanitarian issues".', "In particular, prisoners."],
        ),
        ("\u201cNo.\u201d Then silence.", ["\u201cNo.\u201d", "Then silence."]),
        ("See No. 5 and Fig. 3. No. The other one.", ["See No. 5 and Fig. 3.", "No.", "The other one."]),
        # question and exclamation marks
        ("Is it over? Nobody knows! We wait.", ["Is it over?", "Nobody knows!", "We wait."]),
        # brackets
        (
            "They met (track 2). The Moscow Times reported it.",
            ["They met (track 2).", "The Moscow Times reported it."],
        ),
        ("He praised the iPhone. iPhones sold well.", ["He praised the iPhone.", "iPhones sold well."]),
        # a paragraph that ends without punctuation
        ("The talks ended. Nothing was agreed", ["The talks ended.", "Nothing was agreed"]),
        ("No punctuation at all", ["No punctuation at all"]),
        # not glued text: that is repair's business
        ("See example.com for details.", ["See example.com for details."]),
        # enumerations
        ("1. Introduction to the topic", ["1. Introduction to the topic"]),
        # line breaks
        ("First line\nSecond line", ["First line", "Second line"]),
        ("a hard-wrapped\nline of text.", ["a hard-wrapped\nline of text."]),
        # other scripts
        (
            "Путин встретился с Байденом. Переговоры продолжатся.",
            ["Путин встретился с Байденом.", "Переговоры продолжатся."],
        ),
        (
            "В. В. Путин приехал в г. Москва. Однако встреча отменена.",
            ["В. В. Путин приехал в г. Москва.", "Однако встреча отменена."],
        ),
        ("会谈结束了。双方没有达成协议！下一步呢？", ["会谈结束了。", "双方没有达成协议！", "下一步呢？"]),
        # whitespace only
        ("", []),
        ("   \n ", []),
    ],
)
def test_sentences(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("  One. Two.  ", [(2, 6), (7, 11)]),
        ("One.\n\nTwo.", [(0, 4), (6, 10)]),
    ],
)
def test_sentence_spans_are_stripped_offsets(text, expected):
    assert sentence_spans(text) == expected


# ---------------------------------------------------------------- properties

_ALPHABET = st.sampled_from(
    list("aAbB zZ.,!?\"'()\n\t\u2026\u3002\u201c\u201d1.Mr.U.S.e.g") + ["Mr.", " The ", "J. ", "..."]
)


def _check_spans(text, spans):
    prev_end = 0
    covered = set()
    for s, e in spans:
        assert prev_end <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        covered.update(range(s, e))
        prev_end = e
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_spans_cover_any_text(text):
    _check_spans(text, sentence_spans(text))


@given(st.lists(_ALPHABET, max_size=60).map("".join))
@settings(max_examples=300, deadline=None)
def test_spans_cover_sentence_like_text(text):
    _check_spans(text, sentence_spans(text))
    assert sentence_spans(text) == sentence_spans(text)


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_run_in_heading_any_text(text):
    heading, rest, offset = split_run_in_heading(text)
    assert text[offset:] == rest
    if heading is not None:
        assert text.startswith(heading) and len(heading) <= offset


def test_long_text_is_fast():
    import time

    text = 'Mr. Smith went to Washington. He said: "Yes." ' * 5000 + "X" * 100_000
    t0 = time.perf_counter()
    spans = sentence_spans(text)
    assert len(spans) == 10_001
    assert time.perf_counter() - t0 < 5


# ---------------------------------------------------------------- the seed reports


def _lines(name, first, last):
    return (RAW_DIR / name).read_text(encoding="utf-8").splitlines()[first - 1 : last]


def test_seed_run_in_headings():
    body = _lines("003_bf1a606aa709ab04.txt", 10, 56)
    found = {}
    for number, line in enumerate(body, start=10):
        heading, rest, offset = split_run_in_heading(line)
        if heading is not None:
            found[number] = heading
    assert found == {18: "Rockets without Cheating", 32: '"2 on 1" did not work out'}


def test_seed_sentences_end_where_expected():
    body = [line for line in _lines("003_bf1a606aa709ab04.txt", 10, 56) if line.strip()]
    all_sentences = [s for line in body for s in sentences(split_run_in_heading(line)[1])]
    assert "Indeed, the START theme is important for both States." in all_sentences
    assert (
        'According to my data, first of all it was about contacts on so-called "humanitarian issues".'
        in all_sentences
    )
    assert "But just for now." in all_sentences
    # every sentence starts with a capital or a quote: no split after an abbreviation or initial
    assert all(s[0].isupper() or s[0] in '"\u201c(' for s in all_sentences)
