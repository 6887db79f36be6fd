"""The first stage's flag columns give what the per-line reads gave."""

from __future__ import annotations

from workbench.layout._metadata_cheap import CHEAP_FEATURES, cheap_features
from workbench.layout._metadata_page import Page, lines_of

#: Lines of our own: a byline, datelines, a heading inside the body, prose.
BLOCKS = [
    {"kind": "navigation", "raw": "Home\nWeather\nSports"},
    {"kind": "title", "raw": "Harbour Council Votes to Rebuild the Old Sea Wall"},
    {"kind": "byline", "raw": "By Ana de la Cruz | March 4, 2024"},
    {
        "kind": "body",
        "raw": "Rain is expected across the valley by late afternoon.",
    },
    {"kind": "heading", "raw": "What the council decided"},
    {"kind": "body", "raw": "Updated 5 March 2024\nThe vote passed by seven to two after a long debate."},
    {"kind": "dateline", "raw": "March 6, 2024"},
    {"kind": "body", "raw": "Written by Tom Reyes"},
    {"kind": "footer", "raw": "© 2024 Harbour Weekly Media"},
]


def test_flag_columns_are_each_line_and_its_neighbours_flags():
    lines = lines_of(BLOCKS)
    page = Page(lines, 5, 10)
    pos = [0, 3, 4, 5, 8, 9, 11]
    X, _ = cheap_features(page, pos, ["far", "near", "near", "near", "mid", "tail", "tail"])
    col = {name: X[:, k] for k, name in enumerate(CHEAP_FEATURES)}
    year, by = page.year, page.by
    for r, i in enumerate(pos):
        assert col["year"][r] == year[i] and col["by"][r] == by[i]
        assert col["prev_year"][r] == year[i - 1] and col["next_year"][r] == year[i + 1]
        assert col["prev_by"][r] == by[i - 1] and col["next_by"][r] == by[i + 1]
        below = any(year[k] or by[k] for k in range(i + 1, i + 5))
        assert col["meta_below"][r] == below
    assert col["by"].any() and col["year"].any() and col["meta_below"].any()
