"""The headline among other headline-shaped lines near an article (self-written lines): a
sidebar teaser or a subtitle nearer the body, a short form of the headline, the headline
echoed in a "Headline | Site" line."""

import numpy as np

from workbench.layout import _metadata_features as metadata_features
from workbench.layout import _metadata_head as metadata_head
from workbench.layout._metadata_page import Page, lines_of

HEADLINE = "Harbour town votes to rebuild its old sea wall"
LEDE = (
    "The harbour town voted on Tuesday to rebuild its old sea wall, which three winter storms "
    "left leaking at every high tide, at a cost the council puts at four million pounds."
)
REST = (
    "Work on the new wall begins in spring and should end before the autumn storms, the "
    "council's engineer told a meeting of residents in the church hall on Wednesday night."
)


def page_of(*top):
    """A page: the given lines above a two-paragraph article (the body starts after them)."""
    lines = lines_of(
        [{"kind": "other", "raw": line} for line in top] + [{"kind": "body", "raw": LEDE + "\n" + REST}]
    )
    return Page(lines, len(top), len(top) + 1)


def features(page, pos):
    X = metadata_head.head_features(page, pos)
    return {name: X[:, k] for k, name in enumerate(metadata_head.HEAD_FEATURES)}


def test_the_lede_restates_the_headline_not_a_teaser():
    page = page_of(HEADLINE, "Ten walking routes along the northern cliffs")
    f = features(page, [0, 1])
    assert f["lede_overlap"][0] > 0.5 and f["lede_overlap"][1] == 0
    # "sea wall", "old sea": word pairs the article writes too
    assert f["body_pairs"][0] > 0.3 and f["body_pairs"][1] == 0


def test_a_headline_echoed_in_a_longer_line():
    page = page_of(
        f"{HEADLINE} | The Coastal Ledger", HEADLINE, "Ten walking routes along the northern cliffs"
    )
    f = features(page, [1, 2])
    assert f["contained_elsewhere"].tolist() == [1, 0]


def test_equal_lines_are_no_echo():
    page = page_of(
        "Ten walking routes along the northern cliffs", "Ten walking routes along the northern cliffs"
    )
    assert features(page, [0])["contained_elsewhere"][0] == 0


def test_fuller_and_shorter_forms():
    page = page_of(
        "2025 Sea Wall Repairs the Harbour Town Must Pay For", "Sea Wall Repairs", "Ten walking routes"
    )
    f = features(page, [0, 1, 2])
    assert f["fuller_form"].tolist() == [1, 0, 0]
    assert f["shorter_form"].tolist() == [0, 1, 0]


def test_head_features_are_columns_of_the_full_scorer():
    page = page_of(HEADLINE, "Ten walking routes along the northern cliffs")
    X = metadata_features.full_features(page, [0, 1], np.zeros(2), [False, False])
    col = metadata_features.FEATURES.index("lede_overlap")
    assert X[0, col] > X[1, col]
