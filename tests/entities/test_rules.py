"""The entity rules alone (before resolution): which spans each rule finds and how it labels them."""

import pytest

from workbench.entities._rules import analyse


def _mentions(text):
    doc = analyse(text, None)
    return [(text[m.start : m.end], m.label, m.entity, m.role, m.country) for m in doc.mentions]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title before a name goes to role; a country from the gazetteer; a weekday is a date
        (
            "Foreign Minister Anna Kovac met officials in Portugal on Monday.",
            [
                ("Anna Kovac", "PERSON", "Anna Kovac", "Foreign Minister", ""),
                ("Portugal", "GPE", "Portugal", "", ""),
                ("Monday", "DATE", "Monday", "", ""),
            ],
        ),
        # a head word makes an organisation ("... Council"), a leading "the" stays out
        (
            "The Northern Water Council approved the plan.",
            [("Northern Water Council", "ORG", "Northern Water Council", "", "")],
        ),
        # a nationality carries its country; a city from the gazetteer
        (
            "Dutch farmers protested in Rotterdam.",
            [("Dutch", "NORP", "Dutch", "", "Netherlands"), ("Rotterdam", "GPE", "Rotterdam", "", "")],
        ),
        # "... Sea" is a location; a day-month-year date gets its canonical spelling
        (
            "On 3 March 2021 the Baltic Sea froze.",
            [("Baltic Sea", "LOC", "Baltic Sea", "", ""), ("3 March 2021", "DATE", "March 3, 2021", "", "")],
        ),
        # a lone capitalised surname is not an entity by rule: it waits for resolution
        (
            "Anna Kovac arrived. Kovac said the talks were useful.",
            [("Anna Kovac", "PERSON", "Anna Kovac", "", "")],
        ),
        # lower-case words and relative dates are nothing
        ("the council met again yesterday.", []),
    ],
)
def test_rules(text, expected):
    assert _mentions(text) == expected


def test_a_lone_word_waits_with_its_sentence_position():
    doc = analyse("Anna Kovac arrived. Kovac said so.", None)
    words = [(doc.toks[k].text, initial) for k, initial in doc.pending]
    assert ("Kovac", True) in words  # sentence-initial: a capital says nothing about it
