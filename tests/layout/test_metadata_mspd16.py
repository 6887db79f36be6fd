"""The metadata scorer's hint tests written as chains of ``in`` tests (for speed) find what
``any()`` over their documented tuples finds."""

from __future__ import annotations

import numpy as np
import pytest

from workbench.layout import _metadata_features as features
from workbench.layout import _metadata_lines as metadata_lines
from workbench.layout._metadata_features import FEATURES
from workbench.layout._metadata_page import Line, Page

#: Lines of my own, one per hint and a few without any.
TEXTS = [
    "Written by the harbour desk",
    "About the Author",
    "Our writer on the coast",
    "Reportage por Ana Lima",
    "par Luc Martin",
    "Bericht von Karl Weiss",
    "Author: Mara Olsen",
    "Autor: Jan Novak",
    "Redaktion Nord",
    "Redacción central",
    "© 2024 The Coastal Ledger",
    "Copyright 2021 Harbour Media",
    "All rights reserved.",
    "(c) 2019 Example Press",
    "Council approves the new sea wall",
    "Ferry timetable changes next week",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_author_cue_chain_matches_any_over_its_words(text):
    head = text[:60]
    low = head.lower()
    gated = head.isascii() and not any(w in low for w in features.AUTHOR_CUE_WORDS)
    expected = False if gated else features.AUTHOR_CUE.match(head) is not None
    assert features._author_cue(head) == expected


@pytest.mark.parametrize("text", [t for t in TEXTS if t])
def test_may_name_mid_chain_matches_any_over_its_hints(text):
    low = text.lower()
    hinted = any(h in low for h in metadata_lines.BY_INSIDE_HINTS)
    given = low.split(None, 1)[0].strip(".,:") in metadata_lines.given_names()
    # a body line that does not open with "By": only the hints and the given name decide
    if metadata_lines.BY.match(text) is None:
        assert metadata_lines._may_name_mid("body", text) == (hinted or given)


@pytest.mark.parametrize("text", TEXTS)
def test_role_and_copyright_columns_match_any_over_their_tuples(text):
    lines = [Line(text or "x", "metadata", 0), Line("The council met on Tuesday to vote on it.", "body", 1)]
    page = Page(lines, 1, 1)
    X = features.full_features(page, [0], np.zeros(1), [False])
    low = (text or "x")[:300].lower()
    words = set(page.scans([0])[0].long)
    role = bool(words & features.ROLE_WORDS) or any(p in low for p in features.ROLE_PREFIXES)
    copyright_ = any(h in low for h in features.COPYRIGHT_HINTS) or (
        "(c)" in low and features.COPYRIGHT_C.search(low) is not None
    )
    assert X[0, FEATURES.index("role")] == role
    assert X[0, FEATURES.index("copyright")] == copyright_
