"""Byline and headline forms the metadata reader missed on 2025 pages (self-written lines):
bylines with dot-operator separators, "Contributors:", a writer named after a reviewer, a
copyright owner, a post's meta line of counts; a short headline followed by a tag line."""

import numpy as np
import pytest

from workbench.layout import _metadata_features as metadata_features
from workbench.layout import _metadata_lines as metadata_lines
from workbench.layout._metadata_page import Page, lines_of

from .test_metadata import PROSE, copy, meta_of


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        # a dot operator (or bullet operator) between name, role and date, as a bullet is
        ("By Mara Olsen ⋅ Senior Review Editor ⋅ Updated May 6, 2025", "Mara Olsen", "Senior Review Editor"),
        ("By Mara Olsen ∙ Staff writer", "Mara Olsen", "Staff writer"),
        # "Contributors:" opens a byline as "Author:" does
        ("Contributors: Mara Olsen", "Mara Olsen", None),
        ("Contributor: Mara Olsen and Tom Reyes", "Mara Olsen and Tom Reyes", None),
        # the writer is named after a reviewer: the "Written by" name, not the first "by"
        (
            "Medically reviewed by Tom Reyes, MD — Written by Mara Olsen — Updated on March 7, 2024",
            "Mara Olsen",
            None,
        ),
        ("Photos by Tom Reyes", "Tom Reyes", None),
        # a copyright owner (a personal site's writer; the scorer weighs the copyright cue)
        ("© 2025 Mara Olsen. All rights reserved.", "Mara Olsen", None),
        ("© Copyright 2010-2025 Mara Olsen", "Mara Olsen", None),
        ("Copyright © 2024 Harbour Tide Media", "Harbour Tide Media", None),
        ("© 2025 Jane T. Doe. All rights reserved", "Jane T. Doe", None),
        # a post's meta line: date, counts, then the writer
        ("March 3, 2024 · 12 min · 2841 words · Mara Olsen", "Mara Olsen", None),
        ("Mar 3, 2024 · 5 min read · Mara Olsen", "Mara Olsen", None),
    ],
)
def test_byline_forms(line, name, role):
    assert metadata_lines.byline_name(line) == (name, role)


@pytest.mark.parametrize("line", ["Copyright 2024", "© 2025", "March 3, 2024 · 12 min · 2841 words"])
def test_no_name_in_bare_copyright_or_counts(line):
    assert metadata_lines.byline_name(line)[0] is None


def test_a_reviewer_line_that_names_the_writer_is_not_flagged_as_not_the_writer():
    lines = lines_of(
        [
            {"kind": "byline", "raw": "Medically reviewed by Tom Reyes — Written by Mara Olsen"},
            {"kind": "byline", "raw": "Medically reviewed by Tom Reyes"},
            {"kind": "body", "raw": PROSE},
        ]
    )
    page = Page(lines, 2, 2)
    X = metadata_features.full_features(page, [0, 1], np.zeros(2), [True, True])
    col = metadata_features.FEATURES.index("not_author")
    assert X[:, col].tolist() == [0.0, 1.0]


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        # a short headline, then a short tag line or the site's name: the headline
        ("Harbour Wall Repairs – Council Vote Explained", "Harbour Wall Repairs"),
        ("Sea Wall Repair Costs | Coastal Ledger Weekly", "Sea Wall Repair Costs"),
        # a long second part is the headline's own subtitle: the line stays whole
        (
            "Harbour Wall Repairs Begin – Six Questions About the Council Vote",
            "Harbour Wall Repairs Begin – Six Questions About the Council Vote",
        ),
        # the longest part still wins where it is most of the line
        (
            "Harbour town votes to rebuild its old sea wall | The Ledger",
            "Harbour town votes to rebuild its old sea wall",
        ),
        (
            "The Ledger | Harbour town votes to rebuild its old sea wall",
            "Harbour town votes to rebuild its old sea wall",
        ),
        # two words before the separator are no headline
        ("Sea wall - Coastal Ledger", "Sea wall - Coastal Ledger"),
    ],
)
def test_headline_before_a_tag_line(line, headline):
    assert metadata_lines.clean_headline(line) == headline


def test_byline_with_dot_operators_gives_the_author():
    m = meta_of(
        copy(
            "Harbour town votes to rebuild its old sea wall",
            "By Mara Olsen ⋅ Senior Review Editor ⋅ Updated May 6, 2025",
        )
    )
    assert m["author"] == "Mara Olsen"
    assert m["author_role"] == "Senior Review Editor"


def test_a_byline_the_layout_put_in_the_body_is_looked_at():
    # the article's first lines are all body to the layout, the byline among them
    raw = [PROSE, PROSE, PROSE, PROSE, "by Mara Olsen, Senior Editor, Harbour Tide", *[PROSE] * 30]
    lines = lines_of([{"kind": "body", "raw": r} for r in raw])
    win = metadata_lines.window(lines)
    assert 4 in win.pos
    assert 20 not in win.pos  # a paragraph in the middle is not


def test_a_paragraph_opening_with_by_in_the_middle_is_not_looked_at():
    raw = [*[PROSE] * 20, "By the time the tide turned, the wall had held for a week.", *[PROSE] * 20]
    lines = lines_of([{"kind": "body", "raw": r} for r in raw])
    assert 20 not in metadata_lines.window(lines).pos
