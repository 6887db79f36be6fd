"""A speaker's employer is no speaker: a person described as "ROLE of/for/at the <modifiers>
<organisation noun> NAME" is that person, not the organisation named in the role; and a role
without an article after a name ("Dana Reyes, legal director for ...") is the name's apposition.
Sentences of our own."""

import pytest

from workbench.quotes import quote_records
from workbench.quotes._mentions import parse_speaker


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["speaker_name"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Dana Reyes, executive director of the advocacy group Fair Rivers, said the council ignored the flood reports.",
        "Dana Reyes, executive director of the advocacy group Fair Rivers, has said the council ignored the flood reports.",
        "Dana Reyes, a spokeswoman for the lobbying firm Harlan Partners, said the deal was off.",
    ],
)
def test_the_person_speaks_not_the_organisation_in_her_role(text):
    assert _speakers(text) == [("Dana Reyes", "Dana Reyes")]


def test_an_unnamed_role_holder_is_a_descriptor_not_the_employer():
    m = parse_speaker("the director of the civic group Fair Rivers", 0)
    assert m is not None and m.kind == "descriptor" and m.head == "director"
    # the organisation introduced by its noun alone is named by its name, an organisation
    m = parse_speaker("the advocacy group Fair Rivers", 0)
    assert m is not None and m.kind == "organisation" and m.name == "Fair Rivers"
    # a person named after a long role without "of/for/at" before her is still the name
    m = parse_speaker("the former head of the party youth wing Anna Lund", 0)
    assert m is not None and m.kind == "name" and m.name == "Anna Lund"


def test_the_maker_of_a_document_is_not_an_employer():
    # "by": the firm made the forecast that speaks; it stays its name (an organisation's)
    m = parse_speaker("A forecast by the research firm Harbor Analytics", 0)
    assert m is not None and m.kind == "organisation" and m.name == "Harbor Analytics"


@pytest.mark.parametrize(
    "text",
    [
        '"We will appeal the ruling," Dana Reyes, legal director for the advocacy group Fair Rivers, said in a statement.',
        '"We will appeal the ruling," Dana Reyes, legal director for Fair Rivers, said in a statement.',
    ],
)
def test_a_role_without_article_after_a_name_is_its_apposition(text):
    assert _speakers(text) == [("Dana Reyes", "Dana Reyes")]
    assert quote_records(text)[0]["role"].startswith("legal director for")


def test_a_clause_after_a_name_is_still_no_role():
    m = parse_speaker("Ray Dunne, lost by five points", 0)
    assert m is None or m.role in (None, "")
