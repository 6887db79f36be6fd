"""An absolute "with" clause whose person is followed by a speech participle reports what
that person says ("..., with the chairman saying the result was fair"). Sentences written
for the test."""

import pytest

from workbench.quotes import quote_records


def _rows(text: str) -> list[tuple[str, str]]:
    return [(r["text"], str(r["speaker_name"])) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The vote passed easily, with the chairman saying the result was fair.",
            [("the result was fair", "chairman")],
        ),
        (
            "The vote passed easily, with Ada Moss saying that the result was fair.",
            [("the result was fair", "Ada Moss")],
        ),
        (
            "The ferry was cancelled, with the operator warning that storms would last all week.",
            [("storms would last all week", "operator")],
        ),
        (
            "The levy was approved, with costs rising and the council saying it had no choice.",
            [("it had no choice", "council")],
        ),
        (
            "The hall was sold, with the trustees saying it was too costly and tenants objecting to the price.",
            [("it was too costly", "trustees")],
        ),
    ],
)
def test_the_absolute_clauses_person_speaks(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The band played on, with the crowd saying nothing.",
        "The storm hit the coast, with forecasters warning of more rain.",
    ],
)
def test_no_clause_no_statement(text):
    assert _rows(text) == []
