"""Reported statements (no quotation marks) of classes found missed on PolNeAR train
(sentences written for these tests)."""

from __future__ import annotations

from workbench.quotes import quote_records


def _statements(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["text"]) for r in quote_records(text)]


def test_time_between_conjunction_and_pronoun():
    # "but late Saturday he announced ...": a time between the coordinator and the speaker
    got = _statements("Lee first opposed the levy, but late Saturday he announced he supported the repeal.")
    assert ("he", "he supported the repeal") in got


def test_time_between_subordinator_and_pronoun_ends_at_comma():
    got = _statements("Although in March she said her choice of lawyer was a mistake, she kept him on.")
    assert got == [("she", "her choice of lawyer was a mistake")]


def test_dash_before_speaker():
    got = _statements("The club made money for him \u2014 he said the profits rose sharply last year.")
    assert ("he", "the profits rose sharply last year") in got


def test_time_without_pronoun_is_no_speaker():
    # a time alone before the cue names no one
    assert _statements("The vote came late Saturday said to be final.") == []
