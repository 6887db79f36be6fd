"""The first stage's flag columns give what the per-line reads gave."""

from __future__ import annotations

import re

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


#: Dated lines of our own, in the forms the reader knows (and a few it does not).
DATED = [
    "March 4, 2024",
    "Posted on Sept. 4th 2025 by Jane Doe",
    "MARCH 4TH, 2024 | 5 min read",
    "Tuesday, August 29, 2023",
    "HealthDECEMBER 22, 2022",
    "4 September 2025",
    "2025-09-04 10:15",
    "04/09/2025",
    "Updated: Jan\u00a05,\u20032024",
    "Mar 3 2024",
    "May 32, 2024, then June 2, 2024",
    "Copyright 2024 Harbour Weekly",
    "On 12 Oct 2024, the council met",
    "Filed 2024 under March notes, 4 items",
]


def test_month_form_gate_keeps_every_date(monkeypatch):
    from workbench.layout import _metadata_dates as md

    gated = [md._find_date.__wrapped__(t) for t in DATED]
    monkeypatch.setattr(md, "MONTH_DAY_YEAR_GATE", re.compile(""))  # the month form on every line
    assert [md._find_date.__wrapped__(t) for t in DATED] == gated
    assert sum(d is not None for d in gated) >= 10
