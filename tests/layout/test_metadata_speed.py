"""The metadata scorer's faster word handling gives what the regexes gave (self-written lines)."""

import re

import pytest

from workbench.layout import _metadata_features as metadata_features
from workbench.layout import _metadata_parse as metadata_parse
from workbench.layout._metadata_cheap import CAP_START
from workbench.layout._metadata_page import CAP_CLASS, LONG_WORD, Page, lines_of
from workbench.layout._metadata_words import class_counts, hit_lines, word_view

WORD = re.compile(r"\w+")


@pytest.mark.parametrize(
    "text",
    [
        "Harbour wall—repairs: £2.4m (approved)\nBy Mara Olsen, staff_writer",
        "Rua São João, 12 · Crónica\tde İstanbul ΟΔΟΣ café",
        "Emoji 🙂 between words, 𝐁old maths letters and 中文字 text\n\n",
        "",
        "\n\n",
        "a\u0307b ǅemal Ⅻ ½ ٣٤ tail_",
    ],
)
def test_word_view_splits_into_the_regex_words(text):
    view = word_view(text)
    assert view.split() == WORD.findall(text)
    assert [v.split() for v in view.split("\n")] == [WORD.findall(t) for t in text.split("\n")]


def test_only_dotted_capital_i_lengthens_when_lowered():
    # the body's words are counted lower-cased without dropping the short ones: a word looked
    # up (four word characters or more) is never a shorter word lower-cased
    longer = [c for c in map(chr, range(0x110000)) if len(c.lower()) > 1]
    assert longer == ["İ"]
    assert not WORD.fullmatch("İ".lower())


def test_cue_words_are_long_words():
    # the full features look cue words up among a line's long words only
    for words in (
        metadata_features.DATE_WORDS,
        metadata_features.UPDATED_WORDS,
        metadata_features.PUBLISHED_WORDS,
        metadata_features.ROLE_WORDS,
    ):
        assert all(LONG_WORD.fullmatch(w) for w in words)


def test_page_counts_body_words_and_finds_lowercase_words():
    rows = [
        {"kind": "navigation", "raw": "Home\nOpinion pieces"},
        {"kind": "title", "raw": "Tide Gauge Readings Rise Again"},
        {"kind": "body", "raw": "The tide gauge readings rose again, the harbour master said.\nTide tables"},
    ]
    lines = lines_of(rows)
    page = Page(lines, 3, 4)
    counts = page.body_counts(["tide", "readings", "opinion"])
    assert counts["tide"] == 2 and counts["readings"] == 1
    assert "opinion" not in counts and counts["opinion"] == 0
    # every word of the body is counted at the first call, asked about or not
    assert counts["gauge"] == 1 and page.body_counts(["gauge"]) is counts
    assert page.lower_word("gauge") and page.lower_word("the")
    assert not page.lower_word("opinion")  # written capitalised only
    assert not page.lower_word("harbour master")  # not a word of its own


def test_digit_counts_and_hit_lines_match_per_line_regexes():
    texts = ["Updated 3 May 2024, 10:45", "٣ comments", "no digits here", "𝟙𝟚 read 🙂", "4 min read"]
    assert class_counts(texts, r"\d") == [len(re.findall(r"\d", t)) for t in texts]
    caps = ["Élan Vital ×2 Über", "all lower", "(Ἀθῆναι) Москва Ёлка", "𝐁old X", "\tTab\u00a0Start"]
    assert class_counts(caps, CAP_CLASS, word_start=True) == [len(CAP_START.findall(t)) for t in caps]
    hint = re.compile(r"min|read")
    assert hit_lines("\n".join(texts), hint) == [k for k, t in enumerate(texts) if hint.search(t)]
    assert hit_lines("read\nread", hint) == [0, 1] and hit_lines("", hint) == []


@pytest.mark.parametrize(
    "line",
    [
        "By Mara OlsenPublished: Jan 29",
        "Tom ReyesMar 5, 2025",
        "harbour report2024",
        "By Mara Olsen | Staff writer",
        "Dr. Ines Alvarez, Ph.D. - Updated 3 May",
    ],
)
def test_glue_gate_passes_every_glued_line(line):
    glued = metadata_parse.GLUE.sub(" | ", line) != line
    assert not glued or metadata_parse.GLUE_GATE.search(line)
    assert glued == (line.startswith(("By Mara OlsenP", "Tom", "harbour")))
