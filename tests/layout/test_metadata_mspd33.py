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


def _is_names_before(words: list[str]) -> bool:
    """The name test as it was written before its one loop."""
    from workbench.layout._metadata_parse import NAME_JOIN, NAME_LINK, NAME_WORD

    if not words or len(words) > 9:
        return False
    names = [w for w in words if w.lower() not in NAME_JOIN and w.lower() not in NAME_LINK]
    if not names:
        return False
    ok = sum(1 for w in names if NAME_WORD.match(w) or (w.isalpha() and w.islower() and len(words) <= 3))
    return ok == len(names)


def test_name_test_in_one_loop_reads_as_before():
    from workbench.layout._metadata_parse import _is_names, byline_name

    parts = [
        "Ana de la Cruz",
        "Tom Reyes and Lena van der Berg",
        "J. R. Okafor",
        "jane doe",
        "jane doe smith",
        "and & y",
        "Élise Durand",
        "Иван Петров",
        "O'Neil Jean-Luc",
        "the Harbour Council",
        "2024 Harbour",
        "Ana Van",
        "ÉLISE",
        "",
        "Quill Bramble Fenwick Ostrow Pell Harrow Tansy Merrow Dunlin Corrie",  # ten: too many
    ]
    for part in parts:
        words = part.split()
        assert _is_names(words) == _is_names_before(words), part
    assert byline_name("Ana de la Cruz, Senior Editor") == ("Ana de la Cruz", "Senior Editor")
    assert byline_name("Posted by Tom Reyes on March 4, 2024")[0] == "Tom Reyes"
    assert byline_name("By Jane Doe, MD, PhD")[0] == "Jane Doe, MD, PhD"
    assert byline_name("Share on Facebook") == (None, None)
