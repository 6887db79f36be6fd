"""The subject of a statement's own clause: a relative pronoun ("..., who said ...") is the
speaker as written (``speaker``), resolved to the phrase before it (``speaker_name``)."""

from __future__ import annotations

import pytest

from workbench.quotes import extract_quotes

RELATIVE_CASES = [
    # after an inverted attribution: the relative clause's statement is "who"'s, not "He"'s
    (
        'Rally\n\n"He is a danger to us," said Rob Vance, who said there were "too many '
        'troubling things" about the mayor.',
        "there were",
        "Rob Vance",
    ),
    # the relative clause before the main clause's cue ("X, who said A, said B")
    (
        "Firm\n\nPaul Odero, who said the project was checked by his engineers, said he knew of no defect.",
        "the project",
        "Paul Odero",
    ),
    # a dash opens the relative clause, an adverb stands before the cue
    (
        'Rally\n\nFavourite Tom Hale - who previously said he would "fix every pothole in town" - '
        "said at a rally that he would win.",
        "he would",
        "Tom Hale",
    ),
    # the cue's clause runs on to a direct quotation
    (
        "Unity\n\nReyes won the backing of Councillor Mike Lowe, who declared in the lobby, "
        '"I am telling everyone that we must pull together now."',
        "I am telling",
        "Mike Lowe",
    ),
    # an organisation's relative pronoun is "which"
    (
        "Media\n\nThe Daily Ledger, which initially said it would list the race under "
        "sport, said it would treat it as news.",
        "it would list",
        "Daily Ledger",
    ),
]


@pytest.mark.parametrize(("text", "start", "name"), RELATIVE_CASES)
def test_relative_pronoun_is_the_speaker_as_written(text, start, name):
    q = extract_quotes(text)
    rows = [(s, n) for s, n, t in zip(q.speaker, q.speaker_name, q.text) if t.startswith(start)]
    assert rows, list(zip(q.speaker, q.speaker_name, q.text))
    assert rows[0][0] in ("who", "which")
    assert rows[0][1] == name


def test_main_clause_speaker_stays_the_name():
    # the main clause's own statement keeps its name as written
    q = extract_quotes(
        'Anger\n\n"People are angry," said Alderman Jon Ruiz, who thinks the mayor and his staff '
        '"need to listen more to the residents."'
    )
    first = q.iloc[0]
    assert first.text == "People are angry"
    assert first.speaker != "who"
    assert list(q.speaker)[-1] == "who"


def test_relative_pronoun_names_a_lede_source():
    # "A woman ... said X. Maria Lopez, who said Y, ...": the lede's unnamed source is still named
    q = extract_quotes(
        "Claim\n\nA builder who has accused former Governor Tom Reyes of fraud said Sunday night "
        "that Reyes had offered her a contract days after he had cheated her. She also described a "
        "meeting with his lawyer.\n\nMaria Lopez, who said Reyes cheated her in 1990, recounted "
        "the incident on a radio show."
    )
    assert list(q.speaker_name)[0] == "Maria Lopez"
    assert list(q.speaker)[-1] == "who"


PRONOUN_CASES = [
    # the sentence's subject acts first; the statement's clause opens with its own pronoun
    (
        'Tax\n\nSenator Ines Varga thanks the voters for their patience -- but she said the tax cut was "too '
        'small for the families."',
        "she",
        "Ines Varga",
    ),
    # a relative clause whose subject is a pronoun ("which he argued ...")
    (
        "Schools\n\nBen Ortiz, a Tacoma Republican who was first chosen in 2014, faulted his rivals "
        "for their scorn toward the board, which he argued aims to bring back balance where local "
        "levies skew it.",
        "he",
        "Ben Ortiz",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "name"), PRONOUN_CASES)
def test_own_clause_pronoun_is_the_speaker_as_written(text, speaker, name):
    q = extract_quotes(text)
    assert list(zip(q.speaker, q.speaker_name))[-1] == (speaker, name), list(zip(q.speaker, q.text))


def test_relative_clause_of_a_quotation_with_no_cue_recorded():
    # the quoted words' clause opens with "who noted that": the relative pronoun speaks
    q = extract_quotes(
        '"Sales are a little better," said Mr. Oduya, who noted that in the lean years the value of '
        'some boats had "crashed" to half their price.'
    )
    assert list(zip(q.speaker, q.speaker_name))[-1] == ("who", "Oduya")


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause with no reporting verb ("who ended his campaign") is no cue's
        'Race\n\nReyes is hailing Tom Hale, who left the race on Monday, as "a rival who always '
        'played fair" and kept calm.',
    ],
)
def test_no_relative_speaker_without_a_cue_clause(text):
    q = extract_quotes(text)
    assert "who" not in list(q.speaker)


def test_a_restrictive_clause_speaks_for_its_head_not_a_person_before():
    # "Critics who say": the relative pronoun is the critics, up to the main verb
    q = extract_quotes(
        "Poll\n\nTom Hale opened the meeting. Critics who say the plan is too costly have urged the council to wait."
    )
    assert list(zip(q.speaker_name, q.text)) == [("Critics", "the plan is too costly")]


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        # the sentence's cue is before the quotation, its own "she said" after it
        (
            "Awards\n\nIn her speech, Dana Wells declared the need for courage: \u201cBuild the thing and "
            "when you have built it, build it again,\u201d she said.",
            "she",
            "Dana Wells",
        ),
        # no cue recorded for the quotation; the clause before it is "in which he declares"
        (
            "Ads\n\nSenator Paul Adeyemi of Ohio is airing a new ad aimed at farmers, in which he "
            "declares, \u201cThe soil is our first duty.\u201d",
            "he",
            "Paul Adeyemi",
        ),
    ],
)
def test_pronoun_of_the_quotations_own_clause(text, speaker, name):
    q = extract_quotes(text)
    assert list(zip(q.speaker, q.speaker_name))[-1] == (speaker, name), list(zip(q.speaker, q.text))


def test_elided_subject_after_and_or_but_is_the_sentence_opening_pronoun():
    # "She endorsed Hale, but told ...": Hale is the object of the first verb, not the speaker
    q = extract_quotes(
        'Vote\n\n"It is a younger universe," said Ann Rice, a former state senator. She endorsed '
        "Hale, but told the Ledger on Monday that she thought Ortiz would win."
    )
    assert list(zip(q.speaker, q.speaker_name))[-1] == ("She", "Ann Rice")
