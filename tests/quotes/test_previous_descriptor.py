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


@pytest.mark.parametrize(
    "text",
    [
        # a possessive is no person of its own: the driver, not the mayor
        'Tom Reyes spoke to the mayor\'s driver after the crash. She said: "I never saw the lorry."',
        # a group is no "she"
        'The hospital apologised to the family. She said: "We are sorry."',
        # "his" marks the minister as a man
        'Andrew Bloom met the minister and his aide. She said: "The policy stands."',
        # half of a pair with a noun no list knows: either may have spoken
        'The author and the publisher met at the festival. He said: "Writing is lonely."',
    ],
)
def test_possessives_groups_other_genders_and_pairs_give_no_antecedent(text: str) -> None:
    assert _names(text) == ["unidentified speaker"]
