"""Tests of workbench.layout: whole pages (fixtures, random texts), the two seeds, the dev-set score."""

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.config import PROJECT_DIR, RAW_DIR
from workbench.layout import KINDS, article_text, label_blocks, split_lines
from workbench.layout._analysis import Block
from workbench.layout._signals import (
    script_of,
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
    from workbench.layout._signals import SCAN_CHARS, SCRIPTS

    best, best_n = "none", 0
    for name, rx in SCRIPTS:
        n = len(rx.findall(text[:SCAN_CHARS] if not text.isascii() else text))
        if n > best_n:
            best, best_n = name, n
    assert script_of(text) == best
