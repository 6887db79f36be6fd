"""Reported statements (no quotation marks) of classes found missed on PolNeAR train
(sentences written for these tests)."""

from __future__ import annotations

from workbench.quotes import quote_records


def _statements(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["text"]) for r in quote_records(text)]


def test_time_between_conjunction_and_pronoun():
    # "but late Friday he announced ...": a time between the coordinator and the speaker
    got = _statements("Lee first opposed the levy, but late Friday he announced he now backed the repeal.")
    assert ("he", "he now backed the repeal") in got


def test_time_between_subordinator_and_pronoun_ends_at_comma():
    got = _statements("Although in March she said her choice of lawyer was a mistake, she kept him on.")
    assert got == [("she", "her choice of lawyer was a mistake")]


def test_dash_before_speaker():
    got = _statements("The club made money for him \u2014 he said the profits rose sharply last year.")
    assert ("he", "the profits rose sharply last year") in got


def test_time_without_pronoun_is_no_speaker():
    # a time alone before the cue names no one
    assert _statements("The vote came late Saturday said to be final.") == []


def test_participle_saying_a_clause():
    # "saying a ... was needed": a clause opening with "a", not an object
    got = _statements(
        "The judge imposed a six-month ban, saying a firm response was required to discourage theft."
    )
    assert ("The judge", "a firm response was required to discourage theft") in got


def test_participle_saying_an_object_is_no_statement():
    assert _statements("The coach thanked the fans, saying a few words about the season.") == []


def test_progressive_saying():
    got = _statements("They\u2019re saying the plan will fail within a year.")
    assert got == [("They", "the plan will fail within a year")]


def test_progressive_negated_saying_a_question():
    got = _statements("Lee isn't saying which further cuts she might accept.")
    assert got == [("Lee", "which further cuts she might accept")]


def test_progressive_telling_with_addressee():
    got = _statements("He's telling friends that he expects this to push the board to rethink.")
    assert got == [("He", "he expects this to push the board to rethink")]


def test_progressive_without_clause_is_no_statement():
    assert _statements("The band is saying goodbye to its fans in Ohio tonight.") == []


def test_request_with_addressee():
    got = _statements("The governor urged lawmakers to pass the budget before the summer recess.")
    assert got == [("The governor", "lawmakers to pass the budget before the summer recess")]


def test_request_in_subordinate_clause_ends_at_comma():
    got = _statements("When the coalition asked a judge to block the new rules, the state appealed.")
    assert ("the coalition", "a judge to block the new rules") in got


def test_passive_request_is_no_statement():
    assert _statements("She was asked to release the letters by Friday.") == []


def test_asked_not_to_be_named_is_no_request():
    assert _statements("Two aides asked not to be named because the talks are private.") == []
