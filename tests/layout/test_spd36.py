"""The layout's faster paths (issue 14, speed, second round) give what the plain ones give.

Pages here are written for the test; each helper is compared with the per-line rule it
replaces.
"""

import dataclasses
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.ingest import Block
from workbench.layout import _analysis, _columns, _signals
from workbench.layout._line_pass import line_infos, line_table

from .test_lspd17 import PAGE


def test_grouped_blocks_equal_blocks_made_by_their_constructor():
    infos = line_infos(PAGE)
    blocks = _analysis.group_blocks(PAGE, infos, _analysis.label_lines(infos))
    assert blocks
    for b in blocks:
        made = Block(b.line_start, b.line_end, b.raw, b.kind, b.reason)
        assert type(b) is Block and b == made and hash(b) == hash(made) and repr(b) == repr(made)
        assert vars(b) == dataclasses.asdict(made)


#: Pieces of names and what borders them, so random lines meet NAME_RE's edges.
NAME_PIECES = ["Jane", "DOE", "O'Neil", "Ann-Marie", "Ёлкин", "Édith", "jo", "Mr.", "’s", "_", "1", "×"]
NAME_PIECES += [" ", "  ", "\t", "\u00a0", "\u2028", ",", ", Reuters", "\x1c"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(NAME_PIECES), min_size=1, max_size=10).map("".join))
def test_possessive_name_pattern_matches_where_the_greedy_one_does(text):
    word = r"[A-ZÀ-ÞА-ЯЁ][\w'’.\-]*"
    greedy = re.compile(rf"{word}(?:\s+{word}){{1,3}}")
    for part in (text, text.split(",", 1)[0].strip()):
        assert (_signals.NAME_RE.fullmatch(part) is None) == (greedy.fullmatch(part) is None)


#: Line ends and shapes the model's columns tell apart, so random lines meet them.
COLUMN_PIECES = [*".…)”’» \t", "...", "..", "Jane Doe", ", Reuters", "Related", "Comments", "Home", "By "]
COLUMN_PIECES += ["Photo: Agency", "12", "Nov 19", "Updated", "Паром", "渡轮", "x" * 1999, "headlineSummary"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(COLUMN_PIECES), max_size=6).map("".join), max_size=10))
def test_columns_of_the_line_pass_equal_the_columns_of_the_line_infos(lines):
    infos, cols = line_table(lines)
    if not infos:
        assert cols is None
        return
    reference = _columns.from_infos(infos)
    assert list(cols) == list(reference)
    for name in reference:
        assert cols[name].dtype == reference[name].dtype, name
        assert cols[name].tolist() == reference[name].tolist(), name
