"""workbench.layout: the line signals and the prose score, one rule at a time."""

import pytest

from workbench.layout import label_blocks
from workbench.layout._line_pass import line_infos
from workbench.layout._runs import best_run, prose_score
from workbench.layout._signals import (
    RELATIVE_HINTS,
    RELATIVE_WORDS,
    WIDE_RE,
    WORD_RE,
    cue_kind,
    ends_sentence,
    is_dated,
    line_info,
    line_words,
    looks_like_name,
    script_of,
    weight,
)

# --- signals, one rule at a time -------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Advertisement", "advertising"),
        ("Continue reading the main story", "advertising"),
        ("ПОДПИСКА НА НОВОСТИ", "advertising"),
        ("Log in", "navigation"),
        ("Войти", "navigation"),
        ("Share", "navigation"),
        ("Related articles", "related"),
        ("Artigos relacionados", "related"),
        ("관련기사", "related"),
        ("Read more", "teaser"),
        ("Related: Five ways to grow herbs", "teaser"),
        ("Comments", "comments"),
        ("Deixe uma resposta", "comments"),
        ("© 2021 Example News", "footer"),
        ("Copyright 2019. Example Ltd. All Rights Reserved.", "footer"),
        ("無断転載を禁じます", "footer"),
        ("Homes were flooded", None),  # "home" must end at a word boundary
        ("Comments were not returned by the ministry on Monday.", None),  # a sentence
        ("The council voted to rebuild the pier after the storms.", None),
    ],
)
def test_cue_kind(text, expected):
    assert cue_kind(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He declined to comment.", True),
        ('"We lost three boats," he said.”', True),
        ("Is the old pier worth saving?", True),
        ("職員を二人増やして対応する予定である。", True),
        ("The council listed three options:", True),
        ("Harbour town votes to rebuild its pier", False),
        ("The boats came back at dawn. Then the wind turned and the", False),
    ],
)
def test_ends_sentence(text, expected):
    assert ends_sentence(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("March 3, 2021 10:15 AM", True),
        ("25.09 11:51", True),
        ("Published 1 day ago", True),
        ("18.11.2019", True),
        ("2019년 11월 19일", True),
        ("21 ноября 2019", True),
        ("ACME CORP. 225.86 -12.99", False),  # prices are not dates
        ("Harbour town votes", False),
    ],
)
def test_is_dated(text, expected):
    assert is_dated(text) is expected


@pytest.mark.parametrize(
    "text, field, expected",
    [
        ("1111", "counter", True),
        ("  • 4955", "counter", True),
        ("4.8K", "counter", True),
        ("2019 Annual Report", "counter", False),
        ("Image source: Example Photo Agency", "caption", True),
        ("The pier after the storm.Credit...Jane Roe/Example Agency", "caption", True),
        ("A man walks past the pier. (AP Photo/Jane Roe)", "caption", True),
        ("Photo: Getty Images", "caption", True),
        ("Image 2 of 5", "caption", True),
        ("© AFP / Pool", "caption", True),
        ("The source said the talks would go on.", "caption", False),
        ("By Jane Roe", "byline", True),
        ("by Ana Lima", "byline", True),
        ("By", "byline", True),
        ("(Reporting by Jane Roe; editing by John Doe)", "byline", True),
        ("Bystanders watched the boats come in.", "byline", False),
    ],
)
def test_line_shapes(text, field, expected):
    assert getattr(line_info(1, text, 1), field) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gevorg Mirzayan, Associate Professor of Finance University", True),
        ("Jane Roe", True),
        ("The council voted", False),
        ("Harbour", False),
        ("Anna\tMaria  Kovac-Berg, staff writer", True),
        ("Anna Maria De La Cruz", False),
        ("Jane 2Roe", False),
        ("", False),
    ],
)
def test_looks_like_name(text, expected):
    assert looks_like_name(text) is expected


@pytest.mark.parametrize(
    "text", ["don't stop_now 3.5 x-y", "  ", "Café au lait, 2 cups", "東京 2024年 Tokyo", "a\tb\x0bc"]
)
def test_line_words_counts_the_regex_words(text):
    expected = len(WORD_RE.findall(text)) + (0 if text.isascii() else len(WIDE_RE.findall(text)) // 2)
    assert line_words(text) == expected


def test_relative_time_words_carry_a_hint_letter():
    """is_dated skips the case-blind scan of a digit-free line without a hint letter."""
    assert all(any(h in word for h in RELATIVE_HINTS) for word in RELATIVE_WORDS)
    assert is_dated("Posted yesterday") and is_dated("ОПУБЛИКОВАНО вчера") and not is_dated("Post it")


def test_line_infos_are_line_info_of_each_non_blank_line():
    """Each distinct line is examined once; repeats get their own numbers and the same signals."""
    lines = ["Home", "", "  Home ", "By Jane Roe", "A short sentence here.", "\t", "Home", "12:45"]
    counts = {"Home": 3, "By Jane Roe": 1, "A short sentence here.": 1, "12:45": 1}
    expected = [line_info(n, s, counts[s.strip()]) for n, s in enumerate(lines, 1) if s.strip()]
    assert line_infos(lines) == expected
    assert [i.number for i in line_infos(lines)] == [1, 3, 4, 5, 7, 8]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Secret talks", "latin"),
        ("Призывники в Европе", "cyrillic"),
        ("市立図書館", "cjk"),
        ("관련기사", "cjk"),
        ("1111", "none"),
    ],
)
def test_script_of(text, expected):
    assert script_of(text) == expected


def test_wide_characters_weigh_more():
    assert weight("市立図書館が夜間開館を始める") > 2 * len("市立図書館が夜間開館を始める")
    assert weight("plain ascii") == len("plain ascii")


@pytest.mark.parametrize(
    "text, sign",
    [
        ("The council of a small harbour town voted on Tuesday to rebuild the stone pier.", 1),
        ("He declined to comment on the vote.", 1),
        ("Harbour town votes to rebuild its old stone pier after storms hit the coast", -1),
        ("World", -1),
        ("Advertisement", -1),
        ("1111", -1),
    ],
)
def test_prose_score_sign(text, sign):
    assert (prose_score(line_info(1, text, 1)) > 0) == (sign > 0)


def test_body_stops_at_a_related_cue():
    para = "This paragraph of the article is long enough to count as prose, and it ends well."
    teaser = "A teaser paragraph about another story that is also long enough to look like prose."
    text = "\n\n".join(
        [
            "Title of the story here",
            para,
            para + " Two.",
            para + " Three.",
            "Related articles",
            teaser,
            teaser + " Two.",
            teaser + " Three.",
            teaser + " Four.",
        ]
    )
    blocks = label_blocks(text)
    body = [b.raw for b in blocks if b.kind == "body"]
    assert len(body) == 3 and all(b.startswith("This paragraph") for b in body)
    assert {b.kind for b in blocks if b.raw.startswith("A teaser")} == {"related"}


@pytest.mark.parametrize(
    "scores, expected",
    [
        ([-1, 5, -2, 4, -10, 3], (1, 3)),
        ([-1, -2], None),
        ([], None),
        ([2, -5, 1], (0, 0)),
    ],
)
def test_best_run(scores, expected):
    assert best_run(scores) == expected
