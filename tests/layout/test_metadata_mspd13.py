"""The metadata scorer's gated checks give what the plain regexes and splits gave (lines written
for these tests)."""

import re

import pytest

from workbench.layout import _metadata_features as mf
from workbench.layout import _metadata_lines as ml
from workbench.layout._metadata_page import WORDS_CAP, Line, Page
from workbench.layout._metadata_words import class_counts, class_counts_of, float_rows, lines_holding

GLUE_LINES = [
    "Garden Soil TestedHomemade Butter RecipeWinter Squash Soup",
    "Only one PlayStation here",
    "News • Sport • Weather",
    "a·b",
    "all lower case words here",
    "MOSTLY CAPITALS AND NO GLUE",
    "tidyUp and cleanUp and sortOut",
    "xyzAbcdeFg",
    "Café résuméÉcole niveauDeux",
    "",
]


@pytest.mark.parametrize("text", GLUE_LINES)
def test_glued_counts_the_glue_points_of_the_whole_regex(text):
    assert mf.glued(text) == (len(mf.GLUE_POINT.findall(text)) >= 2)


CUE_LINES = [
    "About the Author",
    "ABOUT THE WRITERS:",
    "Article written by:",
    "Posted by",
    "By",
    "Meet the author",
    "Authors",
    "Mara Olsen",
    "The council voted on Tuesday",
    "Ауторы",
    "Über den Autor",
    "— by —",
    "Written ﬀ by",
    "",
]


@pytest.mark.parametrize("text", CUE_LINES)
def test_author_cue_is_the_regex(text):
    assert mf._author_cue(text) == (mf.AUTHOR_CUE.match(text) is not None)


def test_class_counts_of_match_per_text_regexes_with_empty_texts():
    texts = ["", "Two 2 digits 3", "", "tab\there and\u00a0there", "x"]
    # "\n" joins the texts inside: a white-space class must not count it
    assert class_counts(texts, r"\s") == [len(re.findall(r"\s", t)) for t in texts]
    digits, caps = class_counts_of(texts, ((r"\d", False), (r"[A-Z]", True)))
    assert digits == [len(re.findall(r"\d", t)) for t in texts]
    assert caps == [len(re.findall(r"(?<!\S)[A-Z]", t)) for t in texts]
    assert class_counts_of([], ((r"\d", False),)) == [[]]


def test_lines_holding_finds_every_part_with_a_string():
    parts = ["listen to this", "no hint", "4 min read", "share", "reading and sharing", "x"]
    subs = ("min", "read", "share", "listen")
    assert lines_holding(parts, subs) == {k for k, p in enumerate(parts) if any(s in p for s in subs)}
    assert lines_holding(["abc"], ("zz",)) == set()


def test_word_counts_of_long_neighbours_are_capped_but_compare_the_same():
    paragraph = " ".join(["word"] * (WORDS_CAP + 40))
    lines = [Line("Harbour Wall Repairs Approved", "title", 0), Line(paragraph, "body", 1)]
    page = Page(lines, 1, 1)
    _, _, n_words = page.detail([0, 1, 2])
    assert n_words[1] == WORDS_CAP + 1 and n_words[2] == 0
    X = mf.full_features(page, [0], ml.np.zeros(1), [False])
    # the headline is not longer than the paragraph below it, and prose follows it
    assert X[0, mf.FEATURES.index("longer_than_neighbours")] == 0
    assert X[0, mf.FEATURES.index("prose_below")] == 1


def test_bio_below_reads_a_long_line_by_its_first_words():
    lines = [
        Line("Mara Olsen", "byline", 0),
        Line("Mara Olsen has covered the harbour for the paper since the flood " * 20, "body", 1),
    ]
    assert mf._bio_below(lines, 0, ["Mara", "Olsen"])
    assert not mf._bio_below(lines, 0, ["Tom", "Reyes"])


def test_words_among_gives_the_page_words_lower_word_finds():
    lines = [
        Line("Harbour Wall Repairs Approved", "title", 0),
        Line("The harbour wall will be repaired, the council said.", "body", 1),
        Line("Wall of fame", "related", 2),
    ]
    page = Page(lines, 1, 1)
    asked = {"harbour", "wall", "repairs", "the", "council said", "fame"}
    found = page.words_among(asked)
    assert found == {"harbour", "wall", "the", "fame"}
    assert {w for w in asked if page.lower_word(w)} == found
    # the feature counts, of the headline's first words, those the page writes in lower case
    X = mf.full_features(page, [0], ml.np.zeros(1), [False])
    assert X[0, mf.FEATURES.index("lower_elsewhere")] == 2 / 4


def test_float_rows_is_np_array_of_the_rows():
    rows = [(1, True, 0.25, False), (3, False, 1.5, True)]
    assert (float_rows(rows, 4) == ml.np.array(rows, dtype=float)).all()
    assert float_rows([], 4).shape == (0, 4)
    with pytest.raises(ValueError):
        float_rows(rows, 3)


def test_aid_hints_by_substrings_are_the_regex_hits():
    from workbench.layout import _metadata_page as mp
    from workbench.layout._metadata_words import hit_lines

    lows = ["4 min read", "the council met", "listen to this story", "previewed", "12 likes"]
    assert mp.AID_PLAIN
    assert mp.aid_hinted(lows) == set(hit_lines("\n".join(lows), mp.AID_HINT))
