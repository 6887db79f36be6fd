"""A pronoun with no person named to fit it goes back to a definite person's description in
the sentence just before, its first one (the subject before an object). Sentences self-written."""

import pytest

from workbench.quotes import quote_records


def _names(text: str) -> list[str]:
    return [r["speaker_name"] for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ('Emma Hart met the widower at the church. He said the roof had "never been safe."', "widower"),
        ('Emma Hart visited the inspector on Monday. He said the school was "in good order."', "inspector"),
        # the subject of the sentence before, a narration subject, as before
        ('The mayor met the widower at the church. He said the roof had "never been safe."', "mayor"),
        ('The actress and her co-star spoke after the show. She said the run was "a joy."', "actress"),
    ],
)
def test_a_pronoun_goes_back_to_a_description_in_the_sentence_before(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a description of the other gender is no antecedent
        'Emma Hart met the widow at the church. He said the roof had "never been safe."',
        # two that fit, neither of a gender: either may have spoken
        'The governor and the mayor met on Monday. She said the talks had been "productive."',
        # two sentences back is too far
        'Emma Hart met the widower. The rain did not stop. He said the roof had "never been safe."',
    ],
)
def test_no_fitting_description_leaves_the_pronoun_unresolved(text: str) -> None:
    assert _names(text) == ["unidentified speaker"]
