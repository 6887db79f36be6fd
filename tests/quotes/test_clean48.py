"""Clean wire copy (probe 48a): an apposition subject is no statement; "the company" refers
to a one-word body the text names as such; an outlet spoken to is no antecedent of "his"; a
trade one person plies, before a full name, is that person's role. Self-written sentences."""

import pytest

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(str(r["speaker_name"]), r["source_type"], r["text"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The newly elected governor, Tomas Varela, vowed on Monday to clean up the port authority.",
        "The new chairwoman, Ilse Brandvold, has since promised to publish every contract online.",
        "Its acting director, Pavel Strand, pledged to reopen the clinic by the end of the month.",
    ],
)
def test_an_apposition_subject_is_no_statement(text):
    records = _records(text)
    assert len(records) == 1
    assert records[0][2].startswith("to ")


@pytest.mark.parametrize(
    "text, content",
    [
        # a statement before its speaker stays one
        ("The harbour will close for a month, Tomas Varela said.", "The harbour will close for a month"),
        ("The end of an era, Tomas Varela said of the closure.", "The end of an era"),
        ("Prices will rise again, Tomas Varela, the new governor, said.", "Prices will rise again"),
    ],
)
def test_a_statement_before_its_speaker_stays(text, content):
    assert [r[2] for r in _records(text)] == [content]


@pytest.mark.parametrize(
    "text, name",
    [
        # the body the statement's own subject names, named as a name elsewhere in the text
        (
            "Velkor is recalling 40,000 scooters because of a faulty brake, the company said.\n\n"
            "A Velkor spokesman said no one had been hurt.",
            "Velkor",
        ),
        # a body's noun before a one-word name in the subject's "at" phrase
        ("Sales at fashion retailer Modlina fell 9 percent in May, the company said.", "Modlina"),
        ("Profits at the carmaker Tarvo fell sharply. The company said it would cut jobs.", "Tarvo"),
        # "its" after a one-word subject: no person's
        ("Velkor delivered 70 jets in May, bringing its total to 410, the planemaker said.", "Velkor"),
        ("Velkor cut its forecast on Monday. The company said demand had slowed.", "Velkor"),
    ],
)
def test_the_company_refers_to_a_one_word_body(text, name):
    assert _records(text)[0][:2] == (name, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        # a common noun opening the sentence, a surname, a month: no body
        "Demand fell in October, the company said.",
        "Sales in March fell 9 percent, the company said.",
        "Velkor is recalling 40,000 scooters, the company said.",
    ],
)
def test_no_sign_of_a_body_leaves_the_company(text):
    assert _records(text)[0][:2] == ("company", "organisation")


def test_an_outlet_spoken_to_is_no_antecedent_of_his():
    text = (
        "The founder of budget airline Flyholt, Arne Kvist, defended the fares on Tuesday.\n\n"
        '"Fuel has doubled. Someone has to pay," he told the newspaper Bergens Posten. In his '
        "view, the era of cheap tickets is over."
    )
    assert [r[:2] for r in _records(text)] == [("Arne Kvist", "person")] * 2


def test_a_person_spoken_to_of_the_pronouns_gender_stays_as_before():
    text = (
        "Arne Kvist defended the fares on Tuesday.\n\n"
        '"Fuel has doubled. Someone has to pay," he told Ines Holm. In his view, the era of '
        "cheap tickets is over."
    )
    assert [r[0] for r in _records(text)] == ["Arne Kvist"] * 2


@pytest.mark.parametrize(
    "text, role",
    [
        ('"We are losing money every day," said barge operator Henrik Dahl.', "barge operator"),
        ('"We lose money," said the publisher Anna Secker.', "publisher"),
    ],
)
def test_a_trade_before_a_full_name_is_a_persons_role(text, role):
    r = quote_records(text)[0]
    assert (r["source_type"], r["role"]) == ("person", role)


@pytest.mark.parametrize(
    "text, name",
    [
        # a body's name after the same nouns stays a body
        ('"We lose money," said ferry operator Nordlinje.', "Nordlinje"),
        ('"We lose money," said the publisher Harvill Secker.', "Harvill Secker"),
    ],
)
def test_a_trade_before_a_bodys_name_stays_a_body(text, name):
    assert _records(text)[0][:2] == (name, "organisation")


def test_the_club_refers_to_a_one_word_body_that_sacked_someone_by_their_post():
    text = (
        "Rovena sacked coach Ilka Marsh on Monday, two days after the team lost in the Harbour Cup.\n\n"
        "The club said it had acted for the good of the team."
    )
    assert _records(text)[0][:2] == ("Rovena", "organisation")


def test_a_one_word_subject_that_only_praised_someone_is_no_sign_of_a_body():
    text = "Rovena praised coach Ilka Marsh on Monday. The club said it had acted for the good of the team."
    assert _records(text)[0][:2] == ("club", "organisation")
