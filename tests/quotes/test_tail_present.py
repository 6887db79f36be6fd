"""A second report after ", but" whose clause is in the present tense with no auxiliary is
kept; several people named by one singular noun ("the family") speak as a group and are
"they". Sentences written for the test."""

import pytest

from workbench.quotes import quote_records


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(r["text"], str(r["speaker_name"]), str(r["source_type"])) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, second",
    [
        (
            "Intro.\n\nThe board says the plan will create jobs, but residents say the sums do not add up.",
            "the sums do not add up",
        ),
        (
            "Intro.\n\nThe firm says orders are strong, but analysts say the outlook remains weak.",
            "the outlook remains weak",
        ),
        (
            "Intro.\n\nThe club says the pitch is ready, but fans say they can't see any change.",
            "they can't see any change",
        ),
    ],
)
def test_a_present_clause_after_but_is_its_speakers_statement(text, second):
    rows = _rows(text)
    assert len(rows) == 2 and rows[1][0] == second


def test_an_object_after_the_first_statement_is_no_second_one():
    rows = _rows("Intro.\n\nThe team played well, the coach said, saying it twice for emphasis.")
    assert [r[0] for r in rows] == ["The team played well"]


@pytest.mark.parametrize("noun", ["family", "pair", "couple"])
def test_a_collective_noun_is_a_group(noun):
    (row,) = _rows(f'Intro.\n\nThe {noun} said in a statement: "We are grateful for every message."')
    assert row[1:] == (noun, "group")


def test_they_after_a_family_is_the_family():
    text = 'Intro.\n\nThe Marsh family said their son was "a joy". They said he loved the sea.'
    rows = _rows(text)
    assert [r[1:] for r in rows] == [("Marsh family", "group"), ("Marsh family", "group")]


def test_she_after_a_family_is_not_the_family():
    text = 'Intro.\n\nThe victim\'s family arrived at the court. She said: "We want answers."'
    (row,) = _rows(text)
    assert row[1] != "victim's family"
