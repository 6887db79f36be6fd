"""Firms, clubs, broadcasters and parties named without a legal form are organisations or
groups, and "the company", "the club", "the regulator" or "it" refer back to them. Sentences
self-written, names invented."""

import pytest

from workbench.quotes import quote_records


def _one(text: str) -> dict:
    [record] = quote_records(text)
    return record


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            '"We are weighing all options," Archway Capital said in a statement.',
            "Archway Capital",
            "organisation",
        ),
        (
            "Osprey City confirmed on Monday that the head coach had been sacked.",
            "Osprey City",
            "organisation",
        ),
        ("Meridian TV said the interview would air on Sunday.", "Meridian TV", "organisation"),
        (
            "The Democratic Alliance said the cuts would hurt rural schools most.",
            "Democratic Alliance",
            "organisation",
        ),
        ("House Democrats said the cuts would hurt rural schools most.", "House Democrats", "group"),
        ("Tánaiste Niamh Garvey said the cuts would hurt rural schools most.", "Niamh Garvey", "person"),
        ("Meteorologist Dan Kiley said the storm would pass by noon.", "Dan Kiley", "person"),
    ],
)
def test_names_without_a_legal_form(text: str, name: str, kind: str) -> None:
    record = _one("Intro.\n\n" + text)
    assert (record["speaker_name"], record["source_type"]) == (name, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Airline cuts flights\n\nVelloria Airlines cancelled 300 flights on Monday. It said the "
            "disruption would last until Thursday.",
            "Velloria Airlines",
        ),
        (
            "Fans banned\n\nAshford Rovers condemned the abuse on Saturday. The club said it would ban "
            "the fans for life.",
            "Ashford Rovers",
        ),
        (
            "Fine imposed\n\nThe Financial Conduct Authority fined Harlow Bank on Tuesday. The regulator "
            "said the failings were serious.",
            "Financial Conduct Authority",
        ),
        (
            "Loss\n\nHalvorsen Foods disclosed a loss on Monday. The company said it was cooperating "
            "fully with the inquiry.",
            "Halvorsen Foods",
        ),
    ],
)
def test_a_noun_or_it_refers_back_to_the_body(text: str, name: str) -> None:
    record = _one(text)
    assert (record["speaker_name"], record["source_type"]) == (name, "organisation")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The cartel agreed to extend output cuts, two delegates said.", "delegates"),
        ('"He is the best in the league," his teammates said.', "teammates"),
        ("It was the coldest night of the year, forecasters said.", "forecasters"),
        ("Early Tuesday officials said the storm would hit the coast.", "officials"),
        (
            'The storm moved inland, with roads closed across the valley and forecasters warning of "more '
            'flooding by Thursday."',
            "forecasters",
        ),
    ],
)
def test_groups_of_people(text: str, name: str) -> None:
    record = _one("Intro.\n\n" + text)
    assert (record["speaker_name"], record["source_type"]) == (name, "group")


def test_she_is_no_broadcaster() -> None:
    record = _one("Intro.\n\nSpeaking to Harbor Radio, she said the talks had stalled.")
    assert record["speaker_name"] != "Harbor Radio"


@pytest.mark.parametrize(
    "text",
    [
        "Tara Capital, a lecturer in economics at Maynooth, said the figures showed a slowdown.",
        "Dr Kate Capital, the lead author of the study, said the results were clear.",
        '"I cannot afford to heat the house," said Bernie Holdings, a pensioner from Drogheda.',
    ],
)
def test_a_person_whose_surname_is_a_firms_word(text: str) -> None:
    assert _one("Intro.\n\n" + text)["source_type"] == "person"


def test_a_spokesman_for_a_firm_is_no_person_of_the_firms_name() -> None:
    # (an unnamed spokesperson of a named body is anonymous: tests/data/quotes/GUIDELINES.md)
    record = _one("Intro.\n\nA spokesman for Archway Capital said the fund would close.")
    assert (record["speaker_name"], record["source_type"]) == ("spokesman", "anonymous")
