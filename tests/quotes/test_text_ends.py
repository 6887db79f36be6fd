"""Reads that replaced copies of the text up to an offset (quadratic on one long line) give
what the copies gave."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.quotes._body_evidence import _acronym_after, _acronym_names, _second_initial
from workbench.quotes._text_ends import first_char, last_char, stripped_end

_TEXT = st.text(alphabet=st.sampled_from(list("ab ,\t\n\u00a0\u2003(AB)JDS.")), max_size=60)


@given(_TEXT, st.integers(min_value=0, max_value=70))
@settings(max_examples=300, deadline=None)
def test_stripped_end_is_the_length_of_the_stripped_prefix(text, end):
    assert stripped_end(text, end) == len(text[:end].rstrip())
    assert stripped_end(text, end, " ,") == len(text[:end].rstrip(" ,"))


@given(_TEXT, st.integers(min_value=0, max_value=70), st.integers(min_value=0, max_value=70))
@settings(max_examples=300, deadline=None)
def test_first_and_last_characters_are_the_stripped_slices(text, k, limit):
    assert last_char(text, k) == text[:k].rstrip()[-1:]
    assert first_char(text, k, limit) == text[k:limit].lstrip()[:1]


def _scanned(text: str, name: str) -> bool:
    """The test before the index: every bracketed acronym of the text tried for the name."""
    return any(
        m.group(1)[0] == name[0]
        and text[max(0, m.start() - 80) : m.start()].endswith(name)
        and _second_initial(m.group(1), name)
        for m in re.finditer(r"\s+\(([A-Z]{2,8})\)", text)
    )


_WORDS = st.sampled_from(
    ["Joint", "Defense", "Staff", "JointStaff", "Staff.", "the", "(JDS)", "(JS)", "(DS)", "said"]
)


@given(st.lists(_WORDS, max_size=14).map(" ".join), st.lists(_WORDS, min_size=1, max_size=3).map(" ".join))
@settings(max_examples=400, deadline=None)
def test_acronym_index_finds_what_a_scan_of_every_acronym_finds(text, name):
    assert _acronym_after(_acronym_names(text), name) == _scanned(text, name)


def test_a_name_written_with_its_acronym():
    text = "The Joint Defense Staff (JDS) said on Monday that the drills would go on."
    acronyms = _acronym_names(text)
    assert _acronym_after(acronyms, "Joint Defense Staff")
    assert not _acronym_after(acronyms, "Defense Staff")  # (D is not the acronym's initial)
    assert not _acronym_after(acronyms, "Joint Defense")
