"""A clause of its own between a reported statement and the colon that hands a quotation over
speaks for the quotation ("As the union said the offer was unfair, one driver shouted: ..."),
not the report's subject. Sentences self-written."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    "text, name",
    [
        ('As the union said the offer was an insult, one driver shouted: "Strike now, all of us!"', "driver"),
        (
            'Told that the council said the road was safe, a driver replied: "Nonsense, it is a death trap."',
            "driver",
        ),
    ],
)
def test_the_clause_before_the_colon_speaks(text: str, name: str) -> None:
    assert [
        r["speaker_name"] for r in quote_records(text) if r["text"].startswith(("Strike", "Nonsense"))
    ] == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a participle after the report: the report's subject goes on
        'The mayor said the budget was tight, adding: "We will not cut the libraries."',
        # a list after the report, no clause of its own
        'The coach said he was proud of the team, the players, the staff: "They gave everything."',
    ],
)
def test_no_clause_of_its_own_keeps_the_report_s_subject(text: str) -> None:
    assert {r["speaker_name"] for r in quote_records(text)} == {"mayor" if "mayor" in text else "coach"}


@pytest.mark.parametrize(
    "text, name",
    [
        # a fronted phrase inside the report: the report's subject still speaks
        (
            'Roe said that after the storm, residents were left with nothing: "We lost the roof and the barn."',
            "Roe",
        ),
        ('The nurse said that during the night, two patients had died: "We did what we could."', "nurse"),
    ],
)
def test_a_comma_inside_the_report_is_no_clause_of_its_own(text: str, name: str) -> None:
    assert {r["speaker_name"] for r in quote_records(text)} == {name}
