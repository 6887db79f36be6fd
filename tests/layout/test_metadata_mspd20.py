"""The second stage's one-pass word counts and the page's cut line heads give what the
separate reads gave."""

from __future__ import annotations

from workbench.layout._metadata import outlet_from_footer
from workbench.layout._metadata_cheap import cheap_features
from workbench.layout._metadata_features import (
    NAME_LINK,
    _name_share,
    _name_share_count,
    _name_tokens,
    _role_line,
    _word_stats,
)
from workbench.layout._metadata_page import Page, lines_of
from workbench.layout._metadata_parse import DIGIT, SCAN, by_match, has_role

#: Lines of our own: names with particles and joins, initials, capitals inside words, short
#: words, digits and punctuation around words.
LINES = [
    "By Ana de la Cruz and Tom Reyes, Senior Editor",
    "Harbour Council Votes to Rebuild the Old Sea Wall",
    "rain expected across the valley by late afternoon, forecasters say",
    "J. R. Okafor & Lena van der Berg | Staff Writer",
    "dE vAn AND Und ET y e ... , – 2024 iPhone eBay O'Neil Jean-Luc",
    "Город Москва: Автор Иван Петров",
    "Élise Durand, Reporter, 3 May 2024",
    "x",
]


def test_word_stats_count_what_the_separate_loops_count():
    for line in LINES:
        words = line.split()
        long_caps = [w[0].isupper() for w in words if len(w) > 3 and w[0].isalpha()]
        old = (_name_tokens(words), sum(map(NAME_LINK.__contains__, words)), sum(long_caps), len(long_caps))
        assert _word_stats(words, False)[:4] == old
        head = words[:6]
        named, linked, caps, longs, shared = _word_stats(head, True)
        more = _word_stats(words[6:], False)
        assert (named + more[0], linked + more[1], caps + more[2], longs + more[3]) == old
        assert shared == _name_share_count(head)
        assert (shared / len(head) if head else 0.0) == _name_share(head)


def test_role_line_splits_no_further_than_it_needs():
    for line in [*LINES, "Senior Reporter", "Chief Editor of the Weekly Garden and Home Section Today"]:
        head = line[:80]
        assert _role_line(line) == (len(head.split()) <= 8 and has_role(head) and not DIGIT.search(head))


def test_page_heads_are_the_lines_first_characters():
    long_line = "word " * 200
    blocks = [{"kind": "title", "raw": LINES[1]}, {"kind": "body", "raw": long_line + "\n" + LINES[2]}]
    lines = lines_of(blocks)
    page = Page(lines, 1, 2)
    assert page.heads == [x.text[:SCAN] for x in lines]
    assert page.heads[1] == long_line.strip()[:SCAN]


def _page() -> tuple[Page, list]:
    blocks = [
        {"kind": "navigation", "raw": "Home\nWeather\nSports"},
        {"kind": "title", "raw": LINES[1]},
        {"kind": "byline", "raw": "By Ana de la Cruz | March 4, 2024"},
        {"kind": "body", "raw": "\n".join(LINES[2:5] + ["word " * 90, "Written by Tom Reyes"])},
        {"kind": "footer", "raw": "© 2024 Harbour Weekly Media"},
    ]
    lines = lines_of(blocks)
    return Page(lines, 5, 9), lines


def test_cheap_features_flag_every_line_around_the_window():
    page, lines = _page()
    pos = [0, 3, 4, 7, 9]
    cheap_features(page, pos, ["far", "near", "near", "mid", "tail"])
    around = {k for i in pos for k in range(i - 1, i + 5)}
    assert around <= page.year.keys() and around <= page.by.keys()


def test_by_head_is_the_byline_match_of_the_first_characters():
    page, lines = _page()
    for k, line in enumerate(lines):
        assert page.by_head(k) == (by_match(line.text[:40]) is not None)


def test_outlet_lines_are_read_only_up_to_the_first_outlet():
    read = []

    def footer():
        for line in ["About us", "© 2024 Harbour Weekly Media", "Follow Other Paper on Facebook"]:
            read.append(line)
            yield line

    assert outlet_from_footer(footer()) == "Harbour Weekly"
    assert len(read) == 2
