"""A second statement of the same speaker coordinated after a reported one ("said A but
said B", "said A, and urged B"). Every sentence here is self-written."""

import pytest

from workbench.quotes import extract_quotes


def _rows(text: str) -> list[tuple[str, str, str]]:
    q = extract_quotes(text)
    return [(r.speaker, r.cue, r.text) for r in q.itertuples()]


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            "She said she had spoken to the mayor once but said neither aide had any part in the contract.",
            [
                ("She", "said", "she had spoken to the mayor once"),
                ("She", "said", "neither aide had any part in the contract"),
            ],
        ),
        (
            "The mayor said the bridge was safe, and urged drivers to use it again from Monday.",
            [
                ("The mayor", "said", "the bridge was safe"),
                ("The mayor", "urged", "drivers to use it again from Monday"),
            ],
        ),
        (
            "Dunmore admitted that the date in his memoir was wrong, but said his aides had checked the diary.",
            [
                ("Dunmore", "admitted", "the date in his memoir was wrong"),
                ("Dunmore", "said", "his aides had checked the diary"),
            ],
        ),
    ],
)
def test_coordinated_second_statement(text, rows):
    assert _rows(text) == rows


def test_a_coordinated_act_is_no_second_statement():
    text = "The mayor said the bridge was safe, and walked across it with the press."
    assert _rows(text) == [("The mayor", "said", "the bridge was safe")]


def test_reported_clause_ends_before_the_writers_comparison():
    text = "Now 63 percent of the harbour workers said the new owner would do better, compared with 38 percent in May."
    assert _rows(text) == [("63 percent of the harbour workers", "said", "the new owner would do better")]
