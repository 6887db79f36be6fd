"""A definite description is not the named person a clause before set beside it as another
participant ("Ann Lowe met the minister ... The minister said"), but stays the person an
apposition or a copula made it ("Tom Reed, the coach", "Tom Reed became the coach")."""

import pytest

from workbench.quotes import quote_records


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["speaker_name"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Ann Lowe met the minister on Monday. "It went well," she said.\n\n'
            "The minister said he would consider the proposal.",
            [("she", "Ann Lowe"), ("The minister", "minister")],
        ),
        (
            "The coach thanked Tom Reed after the game. Reed said the fans had been superb. "
            "The coach said the team would rest on Sunday.",
            [("Reed", "Tom Reed"), ("The coach", "coach")],
        ),
    ],
)
def test_another_participant_of_an_earlier_clause_is_not_the_named_person(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed, the coach, said the fans had been superb. The coach said the team would rest.",
        "Tom Reed became the coach in May. He said the fans had been superb. The coach said the team would rest.",
    ],
)
def test_an_apposition_or_a_copula_keeps_the_named_person(text):
    assert [name for _, name in _speakers(text)] == ["Tom Reed", "Tom Reed"]
