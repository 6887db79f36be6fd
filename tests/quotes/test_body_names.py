"""Bodies named beside their noun or campaign name, and people whose surname is a title's word:
"the German carmaker Voltwerk" (a demonym among the noun's modifiers), "the tech giant Quorra",
"The club, Harbury Rovers, said", "Save Our Pools" (a possessive pronoun in a campaign's name)
are organisations; "Amy King said" is the whole name, a woman's."""

import pytest

from workbench.quotes import quote_records


def _sources(text: str) -> list[tuple[str, str]]:
    return [(r["speaker_name"], r["source_type"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The German carmaker Voltwerk said demand was weak.", [("Voltwerk", "organisation")]),
        ("The Dutch company Voorn said orders had fallen.", [("Voorn", "organisation")]),
        (
            "The tech giant Quorra said the outage was fixed. The company said users had been refunded.",
            [("Quorra", "organisation"), ("Quorra", "organisation")],
        ),
        ("The club, Harbury Rovers, said the manager had resigned.", [("Harbury Rovers", "organisation")]),
        ("Save Our Pools said the closure was wrong.", [("Save Our Pools", "organisation")]),
        (
            "A spokesman for the campaign group Save Our Pools said the closure was wrong.",
            [("spokesman", "anonymous")],
        ),
        # a name after a person's apposition stays a person
        ("The American actor Tom Hale said he was delighted.", [("Tom Hale", "person")]),
        ("The firm, Tom Reed said, would appeal.", [("Tom Reed", "person")]),
    ],
)
def test_bodies_by_their_noun_or_campaign_name(text, expected):
    assert _sources(text) == expected


def test_a_title_word_after_a_given_name_is_a_surname():
    records = quote_records("Amy Lord said the conditions were brutal. She added that she would return.")
    assert [(r["speaker"], r["speaker_name"]) for r in records] == [
        ("Amy Lord", "Amy Lord"),
        ("She", "Amy Lord"),
    ]
    assert _sources("Amy King said the conditions were brutal.") == [("Amy King", "person")]
    # a title before the name is still a title
    assert _sources("Lord Hale said the bill was flawed.") == [("Hale", "person")]
