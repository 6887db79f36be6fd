"""Shortcuts of the metadata step give what the plain computations gave (texts of our own)."""

from __future__ import annotations

import math

import numpy as np

from workbench.layout import _metadata_lines as ml
from workbench.layout._metadata_page import Page, lines_of
from workbench.layout._metadata_words import word_view

#: Lines of our own: ASCII and not (a Kelvin sign lower-cases to an ASCII "k", a dotted capital
#: I to two characters), short and longer than SCAN characters.
BLOCKS = [
    {"kind": "navigation", "raw": "Home\nWeather\nSports"},
    {"kind": "title", "raw": "Harbour Council Votes to Rebuild the Old Sea Wall"},
    {"kind": "byline", "raw": "By Ana de la Cruz | March 4, 2024"},
    {"kind": "body", "raw": "Rain is expected across the valley by late afternoon, İzmir's ferry said."},
    {"kind": "heading", "raw": "Cold nights: 270 \u212a in the lab, Ümit Kaya writes"},
    {"kind": "body", "raw": " ".join(["The vote passed by seven to two after a long debate."] * 12)},
    {"kind": "body", "raw": "word " * 40 + "x" * 400},
    {"kind": "body", "raw": "Updated 5 March 2024"},
    {"kind": "footer", "raw": "© 2024 Harbour Weekly Media"},
]


def test_scan_views_are_the_lowercased_lines_views():
    lines = lines_of(BLOCKS)
    page = Page(lines, 3, len(lines) - 2)
    at = list(range(len(lines)))
    for i, sc in zip(at, page.scans(at)):
        assert sc.view == word_view(page.heads[i].lower()), lines[i].text


def test_word_counts_from_scans_are_the_split_counts():
    lines = lines_of(BLOCKS)
    at = list(range(-2, len(lines) + 3))
    for cap in (3, 8, 30, 60):
        page = Page(lines, 3, len(lines) - 2)
        page.scans([k for k in at if 0 <= k < len(lines) and k % 2])  # some lines scanned, some not
        counts = page.detail(at, cap)[2]
        for k in at:
            want = len(lines[k].text.split(None, cap)) if 0 <= k < len(lines) else 0
            assert counts[k] == want, (k, cap)


def test_pick_is_the_first_best_allowed():
    scores = np.array([0.5, 2.0, 2.0, -1.0, 3.0])
    for ok, want in (
        ([True] * 5, 4),
        ([True, True, True, True, False], 1),
        ([False, False, True, True, False], 2),
        ([True, False, False, False, False], 0),
    ):
        ok_arr = np.array(ok)
        masked = np.where(ok_arr, scores, -np.inf)
        assert int(np.argmax(masked)) == want
        k, best = ml.pick("date", scores, ok_arr, {"threshold": 0.0})
        assert (k, best) == (want, float(masked[want]))
    assert ml.pick("date", scores, np.array([True, False, False, True, False]), {"threshold": 1.0}) == (
        None,
        0.5,
    )
    assert ml.pick("date", scores, np.zeros(5, bool), {"threshold": 0.0}) == (None, -math.inf)


def test_score_reads_the_same_columns_for_names_of_another_object():
    X = np.arange(12, dtype=float).reshape(3, 4)
    params = {
        "features": ["b", "d"],
        "coef": [1.0, 2.0],
        "mean": [0.0, 0.0],
        "scale": [1.0, 1.0],
        "intercept": 0.5,
    }
    assert ml.score("x", X, params, names=("a", "b", "c", "d")).tolist() == [7.5, 19.5, 31.5]
    # the same params with other names: other columns, not the cached ones
    assert ml.score("x", X, params, names=("b", "d", "a", "c")).tolist() == [2.5, 14.5, 26.5]


def test_gated_regexes_answer_as_the_regexes():
    from workbench.layout import _metadata_features as mf
    from workbench.layout import _metadata_parse as mp

    words = [
        "Harbour",
        "Élan",
        "O'Neil",
        "Anne-Marie",
        "×Ray",
        "J.R.",
        "de",
        "van",
        "the",
        "İzmir",
        "Ümit",
        "42",
    ]
    for w in words:
        plain = w[0] in mp.NAME_INITIALS and mp.NAME_WORD.match(w) is not None
        assert bool(w[0] in mp.NAME_INITIALS and (w.isalpha() or mp.NAME_WORD.match(w))) == plain, w
    lines = [
        "",
        "12 : 45",
        "2024",
        "— 1,203 —",
        "Edited by Mara Olsen",
        "Photos by the harbour office",
        "Reviewed by Ana Cruz — Written by Tom Reyes",
        "Related stories",
        "ſhare this story",
        "Share on the harbour forum",
        "Leave a reply",
        "You may also like",
        "The council said the wall would be rebuilt",
        "© 2024 Harbour Weekly",
        "(c) 2023 Ana Cruz. All rights reserved.",
        "Copyright 2022 Tom Reyes",
        "copyright notice",
    ]
    for text in lines:
        low = text.lower()
        assert mp.is_counter(text) == (mp.COUNTER.match(text) is not None), text
        gated = "by" in low and mf.NOT_AUTHOR.match(text) is not None
        assert gated == (mf.NOT_AUTHOR.match(text) is not None), text
        first = not text[:1].isascii() or text[:1].lower() in mf.CUE_FIRST
        assert (first and mf.CUE_AFTER.match(text) is not None) == (mf.CUE_AFTER.match(text) is not None), (
            text
        )
        lead = mp.COPYRIGHT_LEAD.match(text)
        assert (text[:1] in mp.COPYRIGHT_FIRST and lead is not None and lead.end() > 0) == (
            lead is not None and lead.end() > 0
        ), text


def test_a_dateline_without_a_colon_reads_midnights_only():
    """from_blocks asks the dateline grammar for a time of day only where the line has a colon:
    without one, every full date it finds is a midnight."""
    from workbench.layout._metadata import parse_date
    from workbench.text import find_full_dates

    for line in (
        "Published 2024-03-04",
        "4.3.2024",
        "March 4, 2024 by Ana Cruz",
        "Updated 04/03/2024, 10 am",
    ):
        found = find_full_dates(line)
        assert found and all(t.hour == 0 and t.minute == 0 for _, _, t in found), line
    timed = parse_date("Published 2024-03-04 10:32")
    assert timed is not None and (timed.hour, timed.minute) == (10, 32)
