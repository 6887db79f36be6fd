"""A place or a building named after someone with an honorific ("Sheikh Harith Medical City")
is an organisation that speaks, not a person. Sentences self-written, names invented."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A spokesman for Sheikh Harith Medical City said the patients were stable.",
            "Sheikh Harith Medical City",
        ),
        (
            "According to Sheikh Dawood University, enrolment rose by a fifth last year.",
            "Sheikh Dawood University",
        ),
    ],
)
def test_an_honorific_opening_a_facility_is_an_organisation(text: str, name: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert (record["speaker_name"], record["source_type"]) == (name, "organisation")


def test_an_honorific_before_a_person_stays_a_person() -> None:
    [record] = quote_records("Intro.\n\nSheikh Hamad bin Saif Al Mahrouqi said the talks went well.")
    assert (record["speaker_name"], record["source_type"]) == ("Hamad bin Saif Al Mahrouqi", "person")
