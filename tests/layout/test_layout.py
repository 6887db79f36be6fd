"""Tests of workbench.layout: per-rule tables, fixtures, the two seeds, the dev-set score."""

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.config import PROJECT_DIR, RAW_DIR
from workbench.layout import KINDS, article_text, label_blocks, split_lines
from workbench.layout._analysis import Block
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

FIXTURES = Path(__file__).parents[1] / "data" / "layout"
DEV_DIR = PROJECT_DIR.parent / "shared" / "bench" / "extraction" / "dev"
MT = RAW_DIR / "000_22f02c29782b9ea9.txt"
VIEW = RAW_DIR / "003_bf1a606aa709ab04.txt"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def kinds_by_line(blocks: list[Block]) -> dict[int, str]:
    return {n: b.kind for b in blocks for n in range(b.line_start, b.line_end + 1)}


def assert_covers(text: str, blocks: list[Block]) -> None:
    """Every non-blank line in exactly one block, in order, raw untouched, no blank line."""
    lines = split_lines(text)
    seen = []
    for b in blocks:
        assert b.kind in KINDS and b.reason
        assert b.raw == "\n".join(lines[b.line_start - 1 : b.line_end])
        span = range(b.line_start, b.line_end + 1)
        assert all(lines[n - 1].strip() for n in span), "a block holds a blank line"
        if b.kind == "body":
            assert b.line_start == b.line_end, "one body block is one line"
        seen.extend(span)
    assert seen == [n for n, line in enumerate(lines, 1) if line.strip()]


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


# --- whole pages (self-written fixtures) ------------------------------------------

FIXTURE_EXPECTATIONS = {
    "english_news.txt": {
        1: "navigation",
        6: "navigation",
        8: "title",
        10: "byline",
        11: "dateline",
        12: "caption",
        14: "body",
        16: "body",
        17: "advertising",
        18: "body",
        20: "heading",
        22: "body",
        24: "body",
        26: "related",
        27: "related",
        30: "comments",
        32: "comments",
        34: "comments",
        35: "footer",
    },
    "portuguese_blog.txt": {
        5: "title",
        9: "body",
        11: "related",
        13: "body",
        15: "body",
        17: "comments",
        19: "footer",
    },
    "japanese_news.txt": {
        1: "navigation",
        4: "navigation",
        6: "title",
        8: "body",
        10: "body",
        12: "body",
        14: "related",
        15: "related",
        17: "footer",
    },
    "menu_only.txt": {1: "navigation", 6: "footer"},
}


@pytest.mark.parametrize("name, expected", FIXTURE_EXPECTATIONS.items())
def test_fixture_kinds(name, expected):
    text = fixture(name)
    blocks = label_blocks(text)
    assert_covers(text, blocks)
    got = kinds_by_line(blocks)
    assert {n: got[n] for n in expected} == expected


def test_article_text_joins_headings_and_body():
    text = article_text(label_blocks(fixture("english_news.txt")))
    paragraphs = text.split("\n\n")
    assert paragraphs[0].startswith("The council of a small harbour town")
    assert "A long winter" in paragraphs
    assert "Harbour town votes" not in text  # the title is excluded
    assert "Advertisement" not in text and "Related" not in text


def test_menu_only_has_no_body():
    assert article_text(label_blocks(fixture("menu_only.txt"))) == ""


@pytest.mark.parametrize("text", ["", "\n\n", "   \t ", "\r\n\r\n", "one line"])
def test_degenerate_inputs(text):
    blocks = label_blocks(text)
    assert_covers(text, blocks)


def test_line_endings_are_normalised():
    text = fixture("english_news.txt")
    crlf = label_blocks(text.replace("\n", "\r\n"))
    cr = label_blocks(text.replace("\n", "\r"))
    plain = label_blocks(text)
    assert [(b.line_start, b.kind) for b in crlf] == [(b.line_start, b.kind) for b in plain]
    assert [(b.line_start, b.kind) for b in cr] == [(b.line_start, b.kind) for b in plain]


def test_deterministic():
    text = fixture("english_news.txt")
    assert label_blocks(text) == label_blocks(text)


def test_large_inputs_stay_fast():
    import time

    one_line = "word " * 400_000  # one 2 MB line
    many = "\n".join(f"Line {i} of a long file. It goes on." for i in range(50_000))
    for text in (one_line, many):
        start = time.perf_counter()
        assert_covers(text, label_blocks(text))
        assert time.perf_counter() - start < 30  # linear: a quadratic step takes minutes here


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_crashes_and_covers_every_line(text):
    assert_covers(text, label_blocks(text))


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "",
                "Home",
                "By Jane Roe",
                "1111",
                "Advertisement",
                "Related articles",
                "© 2020 X",
                "Image source: agency",
                "25.09 11:51",
                "Short headline of a related story here",
                "A long sentence of the article body that goes on for a while and ends well.",
                "Призывники в Европе – «обреченная» элита общества",
            ]
        ),
        max_size=60,
    )
)
def test_covers_every_line_of_page_like_texts(lines):
    text = "\n".join(lines)
    blocks = label_blocks(text)
    assert_covers(text, blocks)
    assert blocks == label_blocks(text)


# --- the two seed reports ----------------------------------------------------------


def seed_kinds(path: Path) -> dict[int, str]:
    return kinds_by_line(label_blocks(path.read_text(encoding="utf-8")))


def body_lines(kinds: dict[int, str]) -> list[int]:
    return [n for n, kind in kinds.items() if kind in ("body", "heading")]


def test_seed_moscow_times_body():
    kinds = seed_kinds(MT)
    assert body_lines(kinds) == list(range(3, 18))
    assert kinds[1] in ("metadata", "navigation")  # "Russia": section label
    after = [kind for n, kind in kinds.items() if n > 17]
    assert after and set(after) <= {"related", "advertising", "navigation", "footer", "other"}
    assert after.count("related") >= 75


def test_seed_moscow_times_article_text():
    text = MT.read_text(encoding="utf-8")
    article = article_text(label_blocks(text))
    assert article.startswith("Secret diplomatic talks")
    assert article.rstrip().endswith("not current, official.")


def test_seed_view_layout():
    kinds = seed_kinds(VIEW)
    lines = split_lines(VIEW.read_text(encoding="utf-8"))
    assert kinds[3] == "title"
    expected_body = [n for n in range(10, 57) if lines[n - 1].strip()]
    assert body_lines(kinds) == expected_body
    assert all(kinds[n] == "body" for n in (18, 32))  # run-in headings stay body
    assert kinds[1] == "navigation"  # "Войти"
    assert [kinds[n] for n in (5, 6, 7)] == ["metadata"] * 3  # counters 1111, 0, 0
    assert kinds[8] == "caption"  # "Image source: ..."
    assert kinds[59] == "byline"  # author signature
    assert kinds[61] == kinds[62] == "footer"  # rights lines
    assert all(kinds[n] == "comments" for n in range(67, 100) if n in kinds)


def test_seed_view_article_text():
    article = article_text(label_blocks(VIEW.read_text(encoding="utf-8")))
    assert article.startswith("Recently, there have been")
    assert "Suslov" in article.split("\n\n")[-1]


# --- the extraction benchmark (real pages, read from ../shared at run time) ---------


def load_bench():
    path = PROJECT_DIR / "bench" / "bench_extraction.py"
    spec = importlib.util.spec_from_file_location("bench_extraction", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: Floors of the layout's F1 on text copies: each the figure measured with the shipped model
#: (bench/bench_extraction.py --text-only) minus 0.02, on both sets and both parts; and the
#: largest share of held-out pages under F1 0.5 (the issue's target, 3%).
F1_FLOORS = {
    ("dev", "tuning"): 0.970 - 0.02,
    ("dev", "held-out"): 0.978 - 0.02,
    ("wcxb-dev", "tuning"): 0.914 - 0.02,
    ("wcxb-dev", "held-out"): 0.929 - 0.02,
}
MAX_LOW_SHARE = 0.03


@pytest.mark.slow
@pytest.mark.skipif(not (DEV_DIR / "gold.jsonl").exists(), reason="no extraction benchmark in ../shared")
def test_extraction_f1_floors():
    bench = load_bench()
    for set_name in ("dev", "wcxb-dev"):
        result = bench.score_set(bench.SETS[set_name], ("layout",))["layout"]
        for part in ("tuning", "held-out"):
            assert result[part]["f1"] >= F1_FLOORS[set_name, part], (set_name, part, result[part])
        assert result["held-out"]["low_share"] <= MAX_LOW_SHARE, (set_name, result["held-out"])


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab Z.,1") + list("\u2019\u201c\u2014\u00e9\u0436\u4e2d\u05d0\u03b1")),
        max_size=60,
    )
)
def test_script_of_counts_every_script(text):
    """The shortcuts of script_of give what counting every script's letters gives."""
    from workbench.layout._signals import SCAN_CHARS, SCRIPTS, script_of

    best, best_n = "none", 0
    for name, rx in SCRIPTS:
        n = len(rx.findall(text[:SCAN_CHARS] if not text.isascii() else text))
        if n > best_n:
            best, best_n = name, n
    assert script_of(text) == best
