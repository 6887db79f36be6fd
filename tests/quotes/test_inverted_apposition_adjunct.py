"""An inverted speaker's name in apposition after a description keeps the statement when an
adjunct follows the name ('"...," said the firm's founder, Jane Doe, in a statement').
Sentences self-written."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    "text",
    [
        '"We are delighted," said the firm\'s founder, Jane Doe, in a statement.',
        '"We are delighted," added the firm\'s founder, Jane Doe, on Twitter.',
        '"We are delighted," said the firm\'s founder, Jane Doe.',
    ],
)
def test_the_name_in_apposition_speaks(text: str) -> None:
    [r] = quote_records(text)
    assert (r["speaker_name"], r["source_type"]) == ("Jane Doe", "person")


def test_a_participle_after_the_name() -> None:
    [r] = quote_records("\"We'll rebuild,\" vowed the town's mayor, Jo Marsh, standing in the rubble.")
    assert r["speaker_name"] == "Jo Marsh"
