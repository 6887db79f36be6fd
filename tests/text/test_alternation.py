"""alternation(): a trie of words matches what an alternation sorted longest first matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.text import alternation

WORDS = st.lists(st.text(alphabet="abs. -", min_size=1, max_size=5), min_size=1, max_size=12, unique=True)
TEXT = st.text(alphabet="abs. -x\n", max_size=60)


def _sorted_alternation(words) -> str:
    return "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")"


@settings(max_examples=400, deadline=None)
@given(WORDS, TEXT)
def test_same_matches_as_the_longest_first_alternation(words, text):
    for wrap in ("{}", r"\b{}\b", r"{}\s+"):
        trie = re.compile(wrap.format(alternation(words)))
        plain = re.compile(wrap.format(_sorted_alternation(words)))
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert bool(trie.match(text)) == bool(plain.match(text))
        if trie.match(text):
            assert trie.match(text).group() == plain.match(text).group()


def test_longer_word_first_and_special_characters():
    rx = re.compile(alternation(["say", "says", "said", "(c)", "a.b"]))
    assert rx.match("says so").group() == "says"
    assert rx.match("(c) 2024").group() == "(c)"
    assert rx.match("axb") is None


def test_an_empty_word_is_refused():
    with pytest.raises(ValueError):
        alternation(["said", ""])
