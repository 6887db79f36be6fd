"""What the stop-47 review found the round's merged code reading worse, mended as classes: an
aside naming the outlet spoken to with no commas round it ('X in a comment to "Vedomosti"
said that ...' gave nothing), a minister's list of portfolios read as a body's name holding
"and" ("Sport and Media Orla Keane", an organisation), and a letter written to someone
"saying" a clause (no statement once "wrote a letter" was no statement). Self-written
sentences."""

import pytest

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(r["text"], str(r["speaker_name"]), r["source_type"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize("outlet", ['"Vedomosti"', '"Gazeta.Ru"', "RBC"])
def test_an_outlet_spoken_to_without_commas_is_no_part_of_the_speaker(outlet):
    text = f"Political scientist Ivan Lebed in a comment to {outlet} said that turnout would fall."
    assert _records(text) == [("turnout would fall", "Ivan Lebed", "person")]


def test_a_ministers_portfolios_are_no_bodys_name():
    [(_, name, kind)] = _records(
        "Minister for Culture, Sport and Media Orla Keane said the grants would double."
    )
    assert kind == "person" and "Sport and" not in name


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "U.S. Customs and Border Protection said crossings fell in May.",
            "U.S. Customs and Border Protection",
        ),
        ("The Food and Agriculture Organization said prices rose.", "Food and Agriculture Organization"),
    ],
)
def test_a_bodys_name_holding_and_stays_whole(text, name):
    [(_, got, kind)] = _records(text)
    assert (got, kind) == (name, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "Nurses wrote a letter to the minister saying wards were unsafe.",
        "Nurses sent a letter to the health minister saying wards were unsafe.",
    ],
)
def test_a_letter_saying_a_clause_is_its_writers_statement(text):
    assert _records(text) == [("wards were unsafe", "Nurses", "group")]


def test_a_letter_written_to_someone_is_no_statement():
    assert _records("Nurses wrote a letter to the minister.") == []


@pytest.mark.parametrize("name", ["Senate Republicans", "Senate Democrats", "House Republicans"])
def test_a_chambers_party_members_are_a_group(name):
    """A chamber's word opens a body's name ("Police Scotland"), but not before its party's
    members: "Senate Republicans" was an organisation where "House Democrats" was a group."""
    [(_, got, kind)] = _records(f"{name} said the bill would add to the deficit.")
    assert (got, kind) == (name, "group")
