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
