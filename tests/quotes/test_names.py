"""Direct tests of the names module: word lists, normalising, genders, fullest names."""

import pytest

from workbench.quotes._name_forms import (
    fullest_name,
)
from workbench.quotes._name_leads import strip_postnominals
from workbench.quotes._names import gender_of, norm, noun_number, speaker_words


@pytest.mark.parametrize(
    "form, expected",
    [("officials", ("official", True)), ("people", ("people", True)), ("expert", ("expert", False))],
)
def test_noun_number(form, expected):
    assert noun_number(form) == expected


@pytest.mark.parametrize("word, expected", [("Officials,", "officials"), ("Mr.", "mr")])
def test_norm(word, expected):
    assert norm(word) == expected


@pytest.mark.parametrize(
    "tokens, gender",
    [
        (["Mr.", "Holm"], "m"),
        (["Maria", "Lund"], "f"),
        (["the", "spokeswoman"], "f"),
        (["the", "official"], None),
    ],
)
def test_gender_of(tokens, gender):
    assert gender_of(tokens, speaker_words()) == gender


@pytest.mark.parametrize("name, expected", [("Peter Holm Jr.", "Peter Holm"), ("Ana Ruiz", "Ana Ruiz")])
def test_strip_postnominals(name, expected):
    assert strip_postnominals(name) == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        (
            "Elena Suponina, a political scientist, spoke first. Later Suponina added more.",
            "Suponina",
            "Elena Suponina",
        ),
        ("Suponina spoke.", "Suponina", "Suponina"),
    ],
)
def test_fullest_name(text, name, expected):
    assert fullest_name(text, name) == expected
