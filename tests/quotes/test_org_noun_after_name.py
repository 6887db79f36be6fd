"""A capitalised name and one organisation noun after it ("the EU commission", "the Brantley
board") name an organisation, never a person called "EU" or "Brantley"."""

import pytest

from workbench.quotes import quote_records


def _sources(text: str) -> list[tuple[str, str]]:
    return [(r["speaker_name"], r["source_type"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The EU commission said the rules would apply from June.", [("EU", "organisation")]),
        ("The Brantley board said the vote was final.", [("Brantley", "organisation")]),
        ('"The shelters are full," a UN agency said.', [("UN agency", "organisation")]),
        (
            "The Ostrander administration urged councils to spend the money on tutoring.",
            [("Ostrander", "organisation")],
        ),
        ("Traffic was gridlocked, Millbrook council said.", [("Millbrook council", "organisation")]),
        # the noun tells a document from a body: a study or a survey speaks for its makers
        (
            "According to a Harwick Institute study, 41% of drivers had never read the code.",
            [("Harwick Institute", "document")],
        ),
    ],
)
def test_a_name_before_an_organisation_noun_is_an_organisation(text, expected):
    assert _sources(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a person's noun after the name: an unnamed person of that body, as before
        ("The NATO spokesman said the talks would go on.", [("NATO spokesman", "anonymous")]),
        # a union's name stays its capitalised words
        (
            "The Allied Dock Workers union said the strike would go on.",
            [("Allied Dock Workers", "organisation")],
        ),
    ],
)
def test_a_persons_noun_or_a_named_union_keep_their_reading(text, expected):
    assert _sources(text) == expected
