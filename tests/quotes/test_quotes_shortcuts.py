"""Shortcuts taken for speed give what the long way gives: the pairing of quotation marks
(alternating marks skip the dynamic programme), the word "as" found without splitting,
one scan of a text for glued sentences and datelines, one cue search a sentence."""

from __future__ import annotations

import itertools

import pytest

from workbench.quotes._as_source import _has_as_word
from workbench.quotes._cues import cue_re, cues_in
from workbench.quotes._doc import split_glued
from workbench.quotes._extract import _after_datelines
from workbench.quotes._marks import (
    _DOUBLE_RE,
    _NEST,
    _ORPHAN_CLOSE,
    _STRAY,
    _UNCLOSED,
    _pair_doubles,
    _scores,
)
from workbench.quotes._memo import new_document


def _best_roles(text: str) -> list[list[str]]:
    """Every best-scoring sequence of roles of the marks of ``text``, by trying them all."""
    ks = [m.start() for m in _DOUBLE_RE.finditer(text)]
    scores = _scores(text, ks, 0, len(text))
    best, found = float("-inf"), []
    for roles in itertools.product(("open", "close", "orphan", "stray"), repeat=len(ks)):
        depth, total = 0, 0.0
        for (s_open, s_close), role in zip(scores, roles):
            if role == "open" and depth < 2:
                total += s_open + (_NEST if depth == 1 else 0.0)
                depth += 1
            elif role == "close" and depth > 0:
                total += s_close
                depth -= 1
            elif role == "orphan" and depth == 0:
                total += s_close + _ORPHAN_CLOSE
            elif role == "stray":
                total += _STRAY
            else:
                break
        else:
            total += _UNCLOSED * depth
            if total > best:
                best, found = total, [list(roles)]
            elif total == best:
                found.append(list(roles))
    return found


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe will rebuild,\u201d the mayor said. \u201cAll of it.\u201d",  # curly, alternating
        '"We will rebuild," the mayor said. "All of it."',  # straight, spaced as they should be
        '"We will rebuild," the mayor said, "all of it.',  # one left open
        '"We" "will"rebuild" it," she said.',  # straight marks whose places disagree
        "\u201cA \u201csmall\u201d step,\u201d he said.",  # nested
        "\u201eDas ist gut\u201c, sagte sie.",  # German marks
    ],
)
def test_pairing_is_the_best_sequence_of_roles(text):
    ks = [m.start() for m in _DOUBLE_RE.finditer(text)]
    roles = _pair_doubles(text, ks, 0, len(text))
    best = _best_roles(text)
    assert roles in best
    if len(best) == 1:
        assert roles == best[0]


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("As the minister put it, prices rose.", 0, 35),
        ("Prices rose, as the minister put it.", 0, 35),
        ("He was asked.As", 13, 15),  # a word at the start, glued to the sentence before
        ("He was asked.As", 13, 14),  # cut inside it
        ("The bias has grown", 0, 18),  # "as" inside words only
        ("rates\u00a0as\u2003before", 0, 15),  # other spaces
    ],
)
def test_as_word_is_what_split_finds(text, a, b):
    words = text[a:b].split()
    assert _has_as_word(text, a, b) == ("as" in words or "As" in words)


def test_glued_sentence_split_needs_the_letters_inside_the_sentence():
    text = "The pier closed.Marta Ruiz left.Bo"
    assert split_glued(text, [(0, len(text))]) == [(0, 16), (16, 32), (32, 34)]
    # the two letters after the second stop lie past the sentence's end: no split there
    assert split_glued(text, [(0, 33)]) == [(0, 16), (16, 33)]


def test_dateline_is_dropped_only_where_a_spaced_dash_is():
    text = "KESTRELTON, Ore. - The council met. It voted - twice. No dash here."
    sentences = [(0, 35), (36, 53), (54, len(text))]
    assert _after_datelines(text, sentences) == [(19, 35), (36, 53), (54, len(text))]


def test_cues_of_a_sentence_are_the_cue_search():
    new_document()
    text = "The warden said the gates would open, and officials added that staff agreed."
    assert [m.span() for m in cues_in(text, 0, len(text))] == [
        m.span() for m in cue_re().finditer(text, 0, len(text))
    ]
    assert len(cues_in(text, 0, len(text))) >= 2
