"""Entity resolution within a document: surnames to full names, acronyms to their definitions."""

import pytest

from workbench.entities._resolve import resolve, surname_index
from workbench.entities._rules import analyse


@pytest.mark.parametrize(
    "persons, first_names, expected",
    [
        # the last word, then the first (family name first, or a first-name reference)
        (
            ["Anna Kovac", "Yoon Suk Yeol", "Mark Ode"],
            True,
            {"Kovac": "Anna Kovac", "Anna": "Anna Kovac", "Yeol": "Yoon Suk Yeol", "Yoon": "Yoon Suk Yeol",
             "Mark": "Mark Ode", "Ode": "Mark Ode"},
        ),
        # across documents a first name says little: surnames only
        (["Anna Kovac", "Mark Ode"], False, {"Kovac": "Anna Kovac", "Ode": "Mark Ode"}),
        # a surname two people share stands for neither
        (["Anna Kovac", "Boris Kovac"], False, {}),
        # a one-word name indexes nothing
        (["Madonna"], True, {}),
    ],
)  # fmt: skip
def test_surname_index(persons, first_names, expected):
    assert surname_index(persons, first_names=first_names) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lone surname after the full name joins it
        (
            "Anna Kovac arrived. Kovac said the talks were useful.",
            [("Anna Kovac", "PERSON", "Anna Kovac"), ("Kovac", "PERSON", "Anna Kovac")],
        ),
        # an acronym defined in brackets takes its long form as the entity
        (
            "The Treaty on Open Skies Review (TOSR) was signed. TOSR ends in 2031.",
            [
                ("Treaty on Open Skies Review", "ORG", "Treaty on Open Skies Review"),
                ("TOSR", "ORG", "Treaty on Open Skies Review"),
                ("TOSR", "ORG", "Treaty on Open Skies Review"),
                ("2031", "DATE", "2031"),
            ],
        ),
        # nothing to resolve: the rules' mentions stay as they are
        (
            "Dutch farmers protested in Rotterdam.",
            [("Dutch", "NORP", "Dutch"), ("Rotterdam", "GPE", "Rotterdam")],
        ),
    ],
)
def test_resolve(text, expected):
    doc = analyse(text, None)
    resolve(doc)
    assert [(text[m.start : m.end], m.label, m.entity) for m in doc.mentions] == expected
