"""Speakers next to their cue that the word lists misread (issue 15): a surname that is also a
common word ("May", "Will") right before a finite cue is the cue's subject when the text names
that person in full."""

import pandas as pd

from workbench.quotes import quote_records

_INTRO = "Ruth May runs the port authority. "


def _speakers(text: str) -> list[tuple[str, str, str]]:
    """Each statement's speaker as written, its resolved name and its cue."""
    return [(r["speaker"], r["speaker_name"], r["cue"]) for r in quote_records(text + "\n")]


def test_a_word_surname_in_a_relative_clause_speaks_for_its_cue():
    text = _INTRO + 'The board backed the contract, which May claims saves "a fortune in fuel."'
    assert _speakers(text) == [("May", "Ruth May", "claims")]


def test_a_word_surname_after_a_place_in_a_relative_clause():
    text = (
        _INTRO
        + 'Her board approved the ferry contract with Bergen, which May says will "end the long queues at the pier."'
    )
    assert _speakers(text) == [("May", "Ruth May", "says")]


def test_a_word_surname_opening_a_coordinated_clause():
    text = (
        _INTRO
        + "The board, which May chairs, approved the ferry contract, and May says the pier will reopen in June."
    )
    assert _speakers(text) == [("May", "Ruth May", "says")]


def test_a_word_surname_after_a_subordinator():
    text = (
        _INTRO
        + 'The board backed the contract after May argued that the ferries were "older than the pier itself."'
    )
    assert _speakers(text) == [("May", "Ruth May", "argued")]


def test_without_the_full_name_the_word_is_no_speaker():
    text = 'The board backed the contract, which May claims saves "a fortune in fuel."'
    assert [s for s, _, _ in _speakers(text)] == ["The board"]


def test_a_modal_before_a_bare_verb_is_no_surname():
    text = "Tom Will chairs the board. The board, the mayor said, will claim the pier is safe."
    assert [s for s, _, _ in _speakers(text)] == ["the mayor"]


def test_a_name_inside_quotation_marks_is_no_subject_of_a_coordinated_promise():
    # "Hill" is a word of the quoted nickname the subject mocks; she is the one who vows
    text = (
        'Lena Holm spoke in Oslo. She mocks the "Castle Hill of Forms" and vows to cut "forms nobody reads."'
    )
    assert _speakers(text)[-1] == ("She", "Lena Holm", "vows")


def test_the_noun_phrase_after_which_speaks_for_a_said_clause():
    # the toll rise is what is said of: "which" stands for it, the officials say it
    text = "The toll rise, which port officials said would start after Easter, angered every ferry captain."
    assert [s for s, _, _ in _speakers(text)] == ["port officials"]


def test_a_named_speaker_after_which_is_resolved():
    text = "Lena Holm spoke in Oslo. The toll rise, which Holm says would start after Easter, angered every captain."
    assert [(s, n) for s, n, _ in _speakers(text)] == [("Holm", "Lena Holm")]


def test_a_name_after_and_speaks_for_the_cue_of_its_own_clause():
    # the trader offered; Lund answered with the quotation
    text = (
        "Ann Lund toured the fish market on Sunday. Halfway along the quay, a trader offered her a "
        "smoked herring and Lund said, \u201conly if the harbour master pays for it.\u201d"
    )
    assert _speakers(text) == [("Lund", "Ann Lund", "said")]


def test_two_speakers_joined_by_and_stay_one_group():
    text = "The mayor and Lund said the pier would reopen in June."
    assert [s for s, _, _ in _speakers(text)] == ["The mayor and Lund"]


def test_the_subject_of_a_retort_speaks_for_the_quotation_after_it():
    # "shot back" is in no verb list; the chairman of the opening clause is no speaker
    text = (
        "When harbour board chairman Per Berg mocked her net quotas at the town meeting, Ingrid "
        "shot back, \u201cNobody on that board has mended a single net in twenty years.\u201d"
    )
    assert _speakers(text) == [("Ingrid", "Ingrid", "shot back")]


def test_the_possessor_of_a_reply_before_a_colon_speaks_it():
    text = (
        "Tom Berg wrote to her about the Middle East. Lund\u2019s reply was: "
        "\u201cIs the ferry from Oslo or from Bergen?\u201d"
    )
    assert _speakers(text) == [("Lund", "Lund", pd.NA)]


def test_the_possessor_of_a_statement_after_from_speaks_it():
    text = (
        "The harbour party split in March. From Berg\u2019s campaign statement: \u201cWe must end "
        "the quarrels in the harbour party, or we will lose the port to the shipping lobby.\u201d"
    )
    assert [s for s, _, _ in _speakers(text)] == ["Berg"]


def test_here_is_a_name_before_a_colon_hands_over_their_words():
    text = (
        "Critics came later. Here is Lund on the harbour levy: \u201cThe port must compete with every "
        "port on the coast, and it will.\u201d"
    )
    assert [s for s, _, _ in _speakers(text)] == ["Lund"]


def test_a_quotation_after_a_colon_ending_a_reported_clause_is_the_reporters():
    # Berg is the subject of what Roe said; the words after the colon go on with it
    text = (
        "Ann Roe, whose firm, North Quay Lines, ships herring to three countries, said Tom Berg was a "
        "mayor who changed course with every turn of the tide in the harbour: \u201cNobody on the quay "
        "knows what he will want next week, and nobody asks anymore.\u201d"
    )
    assert [s for s, _, _ in _speakers(text)] == ["Ann Roe"]


def test_a_question_mark_before_an_inverted_attribution_ends_no_sentence():
    # the quoted question opens mid-sentence; "asked Lund" after it is its attribution
    text = (
        "After the third storm of the month, \u201cwho will pay for the sea wall this time?\u201d asked "
        "Tove Lie, who runs the bakery on the quay."
    )
    assert [(s, c) for s, _, c in _speakers(text)] == [("Tove Lie", "asked")]
