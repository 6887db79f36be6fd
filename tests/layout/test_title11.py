"""The classes of bench/title_misses.py: why the metadata scorer misses a page's title (lines
written for these tests)."""

import pytest

from ._bench import bench_module

LINES = [
    "Home",  # 0
    "Harbour Council Votes to Rebuild the Old Sea Wall | The Coastal Ledger",  # 1
    "Local News",  # 2
    "Harbour council votes to rebuild the old sea wall",  # 3
    "By Jane Doe",  # 4
    "The council agreed on Tuesday to rebuild the sea wall before the winter storms.",  # 5
]
GOLD = "Harbour Council Votes to Rebuild the Old Sea Wall"


@pytest.fixture(scope="module")
def misses():
    return bench_module("title_misses")


def test_right_and_cut(misses):
    # the site name after the separator is cut off: right
    assert misses.miss_class(GOLD, LINES, {1, 3}, {1, 3}, {1, 3}, 1) == "right"
    # a kicker glued to the headline: the line holds the gold's words, with others
    glued = [*LINES, "Local News Today: Harbour Council Votes to Rebuild the Old Sea Wall, Mayor Says Again"]
    assert misses.miss_class(GOLD, glued, {6}, {6}, {6}, 6) == "cut"


def test_unreachable(misses):
    other = "Storm Season Arrives Early on the East Coast"
    assert misses.miss_class(other, LINES, {1, 3}, {1, 3}, {1, 3}, 3) == "unreachable"


def test_candidates_and_picks(misses):
    assert misses.miss_class(GOLD, LINES, {2, 4, 5}, set(), set(), None) == "not looked at"
    assert misses.miss_class(GOLD, LINES, {1, 3, 5}, {5}, {5}, 5) == "not headline-shaped"
    assert misses.miss_class(GOLD, LINES, {1, 3, 5}, {1, 3, 5}, {5}, 5) == "not kept"
    assert misses.miss_class(GOLD, LINES, {1, 3, 5}, {1, 3, 5}, {1, 5}, 5) == "other wins"
    assert misses.miss_class(GOLD, LINES, {1, 3, 5}, {1, 3, 5}, {1, 5}, None) == "none trusted"


def test_recall_counts_repeated_tokens(misses):
    assert misses.recall("sea wall", "sea wall sea wall") == 0.5
    assert misses.recall("Sea, wall!", "sea wall") == 1.0
