"""Probes 46a/46b's organisation classes: a body whose own name gives no sign of it that
speaks of itself as "it" or authors published counts ("Brightside Advice said it had ...",
"figures from Harbourside"); a firm of a trade that sells research or lines ("Oxley
Economics", "Fenwick Broadband"); a meeting's minutes as a text; and a text's title in an
opening "In its ... Report," that is where the body said it, not the body. Self-written
sentences."""

import pytest

from workbench.quotes import quote_records


def _recs(text: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["speaker_name"], r["source_type"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Brightside Advice said it had helped a record number of renters this year.", "Brightside Advice"),
        ("Haven Link says it will appeal against the ruling.", "Haven Link"),
        ("Rowan Aid said it was considering legal action against the landlord.", "Rowan Aid"),
    ],
)
def test_a_name_that_speaks_of_itself_as_it_is_a_body(text, name):
    recs = _recs(text)
    assert [(r[1], r[2]) for r in recs] == [(name, "organisation")]


def test_the_author_of_published_figures_is_a_body():
    recs = _recs("Rents in the town rose by 6%, according to figures from Harbourside.")
    assert [(r[1], r[2]) for r in recs] == [("Harbourside", "organisation")]


def test_it_of_a_situation_leaves_a_person():
    # ("it would be", "it was caused": the situation, no sign of a body)
    recs = _recs("Marnie Oduya said it would be a mistake to close the library.")
    assert [(r[1], r[2]) for r in recs] == [("Marnie Oduya", "person")]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Oxley Economics said in a note that growth would slow next year.", "Oxley Economics"),
        ("Fenwick Broadband said the outage had been fixed.", "Fenwick Broadband"),
        ("Harlow Analytics said demand had fallen sharply.", "Harlow Analytics"),
        ("Northgate Insights said consumer confidence had dropped.", "Northgate Insights"),
    ],
)
def test_firms_of_research_and_line_trades(text, name):
    recs = _recs(text)
    assert [(r[1], r[2]) for r in recs] == [(name, "organisation")]


@pytest.mark.parametrize(
    "text",
    [
        '"The risks to prices are now balanced," the minutes said.',
        "The minutes said that two members had wanted a cut.",
        "Members judged that the outlook was weaker, the minutes said.",
    ],
)
def test_minutes_are_a_text(text):
    recs = _recs(text)
    assert [(r[1], r[2]) for r in recs] == [("minutes", "document")]


@pytest.mark.parametrize(
    "text, name",
    [
        ("In its quarterly Price Stability Report, the bank said inflation would ease.", "bank"),
        ("In its Annual Review, the company said sales had fallen.", "company"),
        ("In the Inflation Report, the bank said prices would rise.", "bank"),
    ],
)
def test_a_reports_title_is_where_the_body_spoke(text, name):
    recs = _recs(text)
    assert [(r[1], r[2]) for r in recs] == [(name, "organisation")]


@pytest.mark.parametrize(
    "text",
    [
        "Pricewise?, the consumer group, said the rise would push families into debt.",
        "Pricewise? said the rise would push families into debt.",
        "The rise would push families into debt, Pricewise? said.",
        "According to Pricewise?, seven in ten kettles had faults.",
    ],
)
def test_a_name_with_a_question_mark_speaks(text):
    recs = _recs(text)
    assert [(r[1], r[2]) for r in recs] == [("Pricewise?", "organisation")]


def test_a_question_mark_inside_a_quotation_is_a_question():
    recs = _recs('She asked: "Which? The red one?" and left the shop.')
    assert [r[0] for r in recs] == ["Which? The red one?"]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            'The opposition leader has a point when she says that the buses are "a daily insult".',
            "opposition leader",
        ),
        ("The health secretary is right when he says the waiting lists are too long.", "health secretary"),
    ],
)
def test_a_two_word_role_is_the_pronoun_of_its_own_sentence(text, name):
    recs = _recs(text)
    assert [r[1] for r in recs] == [name]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            'More on that statement from the family. They said: "We are grateful for every message."',
            "family",
            "group",
        ),
        (
            'More on that statement from the union. It said: "Our members will not accept this."',
            "union",
            "organisation",
        ),
    ],
)
def test_a_pronoun_after_a_text_from_someone_is_its_author(text, name, kind):
    recs = _recs(text)
    assert [(r[1], r[2]) for r in recs] == [(name, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "Bank of Tessaly chief Oren Vale said rates would stay low.",
        "The currency fell after Bank of Tessaly chief Oren Vale said rates would stay low.",
        "Bank of Tessaly chief Oren Vale told reporters that rates would stay low.",
    ],
)
def test_a_body_of_a_place_then_a_role_then_a_name_is_the_person(text):
    recs = _recs(text)
    assert [(r[1], r[2]) for r in recs] == [("Oren Vale", "person")]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Rents rose by 4% in May, according to figures from the Harbour building society.", "Harbour"),
        ("Rents rose by 4%, according to research from the charity Hearthstone.", "Hearthstone"),
        ("Rents rose by 4%, according to the Harbour building society.", "Harbour"),
    ],
)
def test_the_author_of_figures_after_according_to(text, name):
    recs = _recs(text)
    assert [(r[1], r[2]) for r in recs] == [(name, "organisation")]


def test_a_committee_after_according_to_keeps_its_noun():
    recs = _recs("The deal was done, according to the Senate budget committee.")
    assert [r[1] for r in recs] == ["Senate budget committee"]
