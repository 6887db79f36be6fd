"""A body's name with "of" before a role noun ("A Department of Health spokesperson", "a
Bank of England official") is one unnamed speaker, described by the whole phrase. Before, the
phrase was read as no speaker, or cut to "A Department". Sentences self-written."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'A Department of Health spokesperson said: "We are investing record sums."',
            "Department of Health spokesperson",
        ),
        (
            '"We are investing record sums," a Department of Health spokesperson said.',
            "Department of Health spokesperson",
        ),
        (
            "A Ministry of the Interior spokesman said the border would reopen.",
            "Ministry of the Interior spokesman",
        ),
        ("A University of Leeds researcher said the results were clear.", "University of Leeds researcher"),
    ],
)
def test_a_body_with_of_before_a_role_is_one_speaker(text: str, name: str) -> None:
    [record] = quote_records(text)
    assert (record["speaker_name"], record["source_type"]) == (name, "anonymous")


def test_a_body_alone_stays_a_name() -> None:
    [record] = quote_records("The Bank of England said rates would stay on hold.")
    assert record["speaker_name"] == "Bank of England"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Isle of Wight council said the ferry would run.", "Isle of Wight council"),
        ("The House of Commons committee said the report was flawed.", "House of Commons committee"),
        (
            "A City of London police spokesman said two men had been arrested.",
            "City of London police spokesman",
        ),
    ],
)
def test_a_place_of_name_before_an_organisations_noun(text: str, name: str) -> None:
    [record] = quote_records(text)
    assert record["speaker_name"] == name
