"""Names of texts that go on through "of" ("the Bill of Rights", "the Code of Conduct") are
documents, not a person called Bill; a name that ends in a body's word is a body. Sentences
self-written."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            'The Bill of Rights says that "no soldier shall be quartered in any house."',
            "Bill of Rights",
            "document",
        ),
        ('The Code of Conduct states: "Members must declare every gift."', "Code of Conduct", "document"),
        (
            'The Rule of Law Institute said the bill "threatens the courts."',
            "Rule of Law Institute",
            "organisation",
        ),
        # a man called Bill stays a man
        ('Bill of the accounts team said the report was "late."', "Bill", "person"),
        ('Bill Jones said the plan was "a mess."', "Bill Jones", "person"),
    ],
)
def test_text_names_and_people(text: str, name: str, kind: str) -> None:
    assert [(r["speaker_name"], r["source_type"]) for r in quote_records(text)] == [(name, kind)]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # a text's word after a given name is a surname
        ('Bill Code of the Health Department said the outbreak was "under control."', "Bill Code", "person"),
        # "Chamber" alone is a surname; "the Chamber of ..." is a body
        ('Chamber, the club\'s goalkeeper, said he was "gutted" by the result.', "Chamber", "person"),
        ('Mark Chamber said the orchestra had "never sounded better."', "Mark Chamber", "person"),
        ('The Chamber of Commerce said trade was "down by a third."', "Chamber of Commerce", "organisation"),
        (
            'The Convention of Local Authorities said the cuts were "unsustainable."',
            "Convention of Local Authorities",
            "organisation",
        ),
    ],
)
def test_surnames_and_bodies_through_of(text: str, name: str, kind: str) -> None:
    assert [(r["speaker_name"], r["source_type"]) for r in quote_records(text)] == [(name, kind)]


def test_a_law_named_through_of_is_a_document_whatever_its_last_word() -> None:
    [r] = quote_records('The Act of Union says that "the two kingdoms shall be united for ever."')
    assert (r["speaker_name"], r["source_type"]) == ("Act of Union", "document")
