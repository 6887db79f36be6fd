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


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We pray for peace," Father Tom Church told the congregation.', [("Tom Church", "person")]),
        ("Canon Mary Church said the tower needed repairs.", [("Mary Church", "person")]),
        # a body and its kind keep the kind ("the San Marco company" is no place)
        ("The Brindle company said profits had doubled.", [("Brindle company", "organisation")]),
    ],
)
def test_titled_surnames_and_a_company(text, expected):
    assert _sources(text) == expected


def test_a_whole_phrase_is_named_without_its_article():
    assert _sources("A club steward said the gates opened late.") == [("club steward", "anonymous")]
