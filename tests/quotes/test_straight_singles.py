"""Straight single quotes of a British-style copy quote as curly ones do ("'We are
delighted,' said the manager."), paired within a line from a capital after a space, a colon
or a dash (or a lower-case word after the attribution's comma) to a mark after the
quotation's punctuation; apostrophes ("don't", "O'Neill", "the players' union", "the '90s")
are never marks, and a copy that quotes in double marks keeps its straight singles as they
are (American headlines). Sentences self-written."""

import pytest

from workbench.quotes import quote_records
from workbench.quotes._marks import mark_view


def _records(text: str) -> list[tuple[str, str]]:
    return [(r["speaker_name"], r["text"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("'Yes,' she said.", [("unidentified speaker", "Yes")]),
        (
            "'We're not going anywhere,' said O'Neill, the club's captain. 'This is home.'",
            [("O'Neill", "We're not going anywhere This is home.")],
        ),
        (
            "'It is madness,' one farmer told the BBC, 'and we will not stand for it.'",
            [("farmer", "It is madness and we will not stand for it.")],
        ),
        (
            "He said: 'I have no idea what they mean by it.'",
            [("unidentified speaker", "I have no idea what they mean by it.")],
        ),
    ],
)
def test_british_straight_singles_quote(text: str, expected: list) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The players' union said the Kremlin's offer wasn't enough.",
        "In the '90s, the firm's founder said the '80s were better.",
        "The band's 'comeback' tour sold out.",
    ],
)
def test_apostrophes_are_no_marks(text: str) -> None:
    assert mark_view(text) == text


def test_a_copy_quoting_in_double_marks_keeps_its_singles() -> None:
    text = "Mayor: 'We will win.'\n\n\"It is done,\" the mayor said."
    assert mark_view(text) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        # an elision opens no quotation
        (
            "'Tis the season to be generous, the vicar joked. 'Everyone's welcome here,' he added.",
            # (the joke before ", the vicar joked" is the vicar's too, and "he" is the vicar)
            [("vicar", "'Tis the season to be generous"), ("vicar", "Everyone's welcome here")],
        ),
        # an opening never closed: the next opening pairs with the closing mark
        (
            "'We'll fight this all the way, said Mr Grant. 'The council is simply wrong.'",
            [("Grant", "'We'll fight this all the way"), ("Grant", "The council is simply wrong.")],
        ),
    ],
)
def test_elisions_and_unclosed_openings(text: str, expected: list) -> None:
    assert _records(text) == expected


def test_a_plural_possessive_before_a_comma_closes_nothing() -> None:
    text = "Voters said 'Yes' in the end, according to the Davies', who ran the count."
    assert mark_view(text) == text
