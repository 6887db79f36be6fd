"""A capitalised name and one organisation noun after it ("the EU commission", "the Brantley
board") name an organisation, never a person called "EU" or "Brantley"."""

import pytest

from workbench.quotes import quote_records


def _sources(text: str) -> list[tuple[str, str]]:
    return [(r["speaker_name"], r["source_type"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The EU commission said the rules would apply from June.", [("EU commission", "organisation")]),
        ("The Brantley board said the vote was final.", [("Brantley board", "organisation")]),
        ('"The shelters are full," a UN agency said.', [("UN agency", "organisation")]),
        (
            "The Ostrander administration urged councils to spend the money on tutoring.",
            [("Ostrander administration", "organisation")],
        ),
        ("Traffic was gridlocked, Millbrook council said.", [("Millbrook council", "organisation")]),
        # the noun tells a document from a body: a study or a survey speaks for its makers
        (
            "According to a Harwick Institute study, 41% of drivers had never read the code.",
            [("Harwick Institute study", "document")],
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


def test_the_body_is_not_the_person_it_is_named_after():
    text = (
        'President Ada Ostrander toured the plant. "It is a good day," Ostrander said.\n\n'
        "The Ostrander administration said the plant would get new funding."
    )
    assert _sources(text) == [("Ada Ostrander", "person"), ("Ostrander administration", "organisation")]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Al Brandt said the bridge would reopen.", "Al Brandt"),
        ('"We go on," said Van Hollis.', "Van Hollis"),
        ("The Al Noor network said its crew was safe.", "Al Noor"),
    ],
)
def test_a_capitalised_particle_opens_the_name(text, name):
    assert [r["speaker"] for r in quote_records(text)] == [name]


def test_a_makers_by_phrase_in_an_aside_is_not_the_speaker():
    # (the text's author set off by commas speaks for it, as "The review by X" does)
    text = "The review, by the Office of Rail Standards, said delays had doubled."
    assert _sources(text) == [("Office of Rail Standards", "organisation")]


def test_an_opening_by_phrase_is_an_adjunct_before_the_speaker():
    assert _sources("By Friday, the harbour board said, the quay would reopen.") == [
        ("harbour board", "organisation")
    ]
