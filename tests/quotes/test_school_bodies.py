"""Schools, colleges, academies and churches speak as organisations; a given name before a
body's word that is also a surname is a person ("Karen Church", "Tom Bank")."""

import pytest

from workbench.quotes import quote_records


def _sources(text: str) -> list[tuple[str, str]]:
    return [(r["speaker_name"], r["source_type"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The school said pupils would stay at home on Friday.", [("school", "organisation")]),
        ('"We are heartbroken," the parish church said in a statement.', [("parish church", "organisation")]),
        ("The Brixley college said the lecturer had resigned.", [("Brixley college", "organisation")]),
        ("Ann Court said the ruling was fair.", [("Ann Court", "person")]),
        ("Tom Bank, a farmer, said the harvest was late.", [("Tom Bank", "person")]),
    ],
)
def test_bodies_and_surnames(text, expected):
    assert _sources(text) == expected


def test_a_compound_possessor_does_not_head_the_phrase():
    text = 'The club board\u2019s new banner reads: "Everyone rows on Sundays."'
    assert [(r["speaker"], r["source_type"]) for r in quote_records(text)] == [
        ("The club board\u2019s new banner", "document")
    ]
