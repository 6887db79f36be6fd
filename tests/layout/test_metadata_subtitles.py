"""A headline's second half after a dash is kept when it holds a comma or a number; a site's
name or a short tag line after it is still cut (self-written lines)."""

import pytest

from workbench.layout._metadata_parse import clean_headline


@pytest.mark.parametrize(
    "line, headline",
    [
        ("Best Budget Tents - We Tested 14", "Best Budget Tents - We Tested 14"),
        (
            "Cheapest Phone Plans – Data, Calls, and Roaming Compared",
            "Cheapest Phone Plans – Data, Calls, and Roaming Compared",
        ),
        ("Winter Boots for Kids – 9 Pairs Reviewed", "Winter Boots for Kids – 9 Pairs Reviewed"),
        # a site's name or a short tag line: cut as before
        (
            "Harbour town votes to rebuild sea wall | The Coast Times",
            "Harbour town votes to rebuild sea wall",
        ),
        ("Harbour Wall Repairs – Council Vote Explained", "Harbour Wall Repairs"),
        ("Ten Ways to Save on Heating – Valley Post", "Ten Ways to Save on Heating"),
    ],
)
def test_subtitle_kept_site_name_cut(line, headline):
    assert clean_headline(line) == headline
