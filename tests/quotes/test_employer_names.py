"""A person named before "of" and an institution keeps the statement, even when the
institution's name holds a title's word ("Dr Jane Ross of St Thomas Hospital", "of the
Leeds General Hospital"); a role in lower case after an institution's capitalised name
introduces the person ("Bank of England governor Andrew Bailey"). Sentences self-written."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    "text, name",
    [
        ("Dr Jane Ross of St Thomas Hospital said admissions had risen sharply.", "Jane Ross"),
        ("Jane Ross of the Leeds General Hospital said admissions had risen sharply.", "Jane Ross"),
        ("Bank of England governor Andrew Bailey said inflation would fall next year.", "Andrew Bailey"),
        ("University of Leeds professor Ann Cole said the findings were preliminary.", "Ann Cole"),
    ],
)
def test_the_person_speaks_not_the_institution(text: str, name: str) -> None:
    [r] = quote_records(text)
    assert (r["speaker_name"], r["source_type"]) == (name, "person")


def test_someone_s_relative_is_no_name() -> None:
    [r] = quote_records("The wife of farmer Tom Reed said the fields were flooded.")
    assert r["speaker_name"] != "Tom Reed"
