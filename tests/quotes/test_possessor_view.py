"""'In the coach's view, ...' and 'In his manager's words, ...': a person's noun after "the" or
a possessive holds the view, as a name does ('In Lund's view'). Sentences self-written."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    "text, name, content",
    [
        (
            "In the coach's view, the team needs two new defenders.",
            "coach",
            "the team needs two new defenders",
        ),
        (
            'In his manager\'s words, the striker was "devastated" by the injury.',
            "manager",
            'the striker was "devastated" by the injury',
        ),
        (
            "In the farmers' view, the river is too low for the crops.",
            "farmers",
            "the river is too low for the crops",
        ),
    ],
)
def test_a_person_s_noun_holds_the_view(text: str, name: str, content: str) -> None:
    assert [(r["speaker_name"], r["text"]) for r in quote_records(text)] == [(name, content)]


def test_a_noun_that_is_no_one_holds_no_view() -> None:
    assert quote_records("In the end's view, nothing changed at all on the farm.") == []
