"""What the stop-46 review found the round's merged code reading worse, mended as classes:
a person's "it" (weather, a situation) made the speaker a body, "the Sunday papers" were typed
a document, and a country's short name kept before a body's word ("the US Treasury") made the
pair a person. Self-written sentences."""

import pytest

from workbench.quotes import quote_records


def _types(text: str) -> list[tuple[str, str]]:
    return [(r["speaker_name"], r["source_type"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Quarrie said it would rain all weekend, so the fair moved indoors.", "Quarrie"),
        ("Dr Quarrie said it had snowed overnight in the hills.", "Quarrie"),
        ("Tamsin Ordell said it was going to be a long night.", "Tamsin Ordell"),
        ("Brack said it was getting harder to find staff.", "Brack"),
        ("Ludo Fenner said it would happen again, and she was sure of it.", "Ludo Fenner"),
    ],
)
def test_a_persons_it_keeps_the_person(text, name):
    assert _types(text) == [(name, "person")]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Harrowgate said it would close 12 branches by March.", "Harrowgate"),
        ("Pellowick said it had cut 300 jobs this year.", "Pellowick"),
    ],
)
def test_a_bodys_it_makes_a_body(text, name):
    assert _types(text) == [(name, "organisation")]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The Sunday papers said the cabinet would be reshuffled.", "Sunday papers", "group"),
        ("The vote was unanimous, the minutes said.", "minutes", "document"),
        ("Court papers said the firm owed £2m.", "Court papers", "document"),
    ],
)
def test_newspapers_are_no_document(text, name, kind):
    assert _types(text) == [(name, kind)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("The US Treasury said it would impose sanctions on two banks.", "US Treasury"),
        ("The UK Treasury said borrowing had fallen.", "UK Treasury"),
        ("UK Hospitality said pubs were closing at a rate of two a day.", "UK Hospitality"),
    ],
)
def test_a_country_short_name_opens_a_body(text, name):
    assert _types(text) == [(name, "organisation")]


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Fenmoor Bypass will open two years late, the council said.", "council"),
        ("The Coastal Line will close for repairs in March, the operator said.", "operator"),
        ("Thieves raided a bakery on Quayside Row overnight, the force said.", "force"),
        ("The Tenancy Reform Bill will end short leases, the government says.", "government"),
        ("Aldmoor Park will host the regional games, the council said.", "council"),
    ],
)
def test_a_closing_body_is_no_place_or_law_of_its_content(text, name):
    # a street, a route, a park or a bill named in the content is no body the closing
    # "the council" could stand for ("Brightway Foods will cut jobs, the company said" is
    # the firm's: tests/quotes/test_closing45.py)
    assert [n for n, _ in _types(text)] == [name]


@pytest.mark.parametrize(
    "text, names",
    [
        ('Statement:\n\n"We are shocked and saddened by the loss of our colleague."', []),
        ('Quote:\n\n"This is the best harvest we have had in a decade."', []),
        (
            'The Wenlow Trust issued a statement on Friday. Statement: "Our doors will stay open."',
            ["Wenlow Trust"],
        ),
        ('Statement from the Ansell family:\n\n"She lit up every room."', ["Ansell family"]),
    ],
)
def test_a_bare_press_label_names_no_one(text, names):
    # "Statement:" or "Quote:" alone is what follows, not who said it: the sentence before
    # may name the speaker, else no one is named (a speaker called "Statement" was listed)
    assert [n for n, _ in _types(text)] == names
