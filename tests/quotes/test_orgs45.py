"""Organisations typed as such: firms whose names end in a trade's word ("Quillon
Therapeutics"), a one-word name the text describes as a body ("Brask, the food-delivery
app,"), that speaks through a firm's channel ("said in a filing") or of "its" things; a trade
written as a title before a firm's name is no part of it ("Drugmaker X"); a school's bodies
("the district", "the governing body"); documents after "according to" ("minutes of the
meeting", "results presented at X"); outlets, clubs and agencies named abroad; staff as a
group. Self-written sentences."""

import pytest

from workbench.quotes import quote_records


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(r["speaker_name"], r["source_type"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Quillon Therapeutics said the trial had reached its main goal.", "Quillon Therapeutics"),
        ("Dunmore Hospitals said two wards had been closed.", "Dunmore Hospitals"),
        ("Brellis Ratings said the outlook for the lender was stable.", "Brellis Ratings"),
        ("Kestow Retail said takings fell 4 per cent in March.", "Kestow Retail"),
        ("Orchard Lane Collective said its members would march on Sunday.", "Orchard Lane Collective"),
        ("Fennick Renewables said the turbines would be running by May.", "Fennick Renewables"),
        ("Upland Athletics said the sprinter had been suspended.", "Upland Athletics"),
    ],
)
def test_trade_word_ends_a_firm_name(text, name):
    assert _speakers(text) == [(name, "organisation")]


@pytest.mark.parametrize(
    "text, name",
    [
        # a body's noun in apposition
        ("Brask, the food-delivery app, said it would raise its fees.", "Brask"),
        ("Merrow, a housing charity, said the waiting list had doubled.", "Merrow"),
        # a firm's channel, or "its" things, right after the verb
        ("Tolvex said in a filing that revenue had fallen by a fifth.", "Tolvex"),
        ("Prices will rise in April, Skelby said in a statement.", "Skelby"),
        ("Harnox said its shops would close early on Friday.", "Harnox"),
        ("Gazeta Wolna, citing its own sources, writes that the mayor will step down.", "Gazeta Wolna"),
    ],
)
def test_text_shows_a_body(text, name):
    assert _speakers(text)[0] == (name, "organisation")


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # a given name, or the head of a body in the apposition: a person, as before
        ("Mira Tolvex said in a statement that revenue had fallen.", "Mira Tolvex", "person"),
        ("Dawlish, the head of the union, said the offer was too low.", "Dawlish", "person"),
    ],
)
def test_person_stays_person(text, name, kind):
    assert _speakers(text)[0] == (name, kind)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Drugmaker Velloran Pharma said the trial had failed.", "Velloran Pharma"),
        ("Housebuilder Crayford Homes warned that profits would fall.", "Crayford Homes"),
        ("Insurer Ashby Mutual said claims had doubled this winter.", "Ashby Mutual"),
        ("Carmaker Voltane said demand for its vans was weak.", "Voltane"),
    ],
)
def test_trade_before_firm_name(text, name):
    assert _speakers(text) == [(name, "organisation")]


@pytest.mark.parametrize(
    "text, name",
    [
        ("The district said the coach had been placed on leave.", "district"),
        ("The school district said lessons would resume on Monday.", "school district"),
        ("The governing body said it had full confidence in the head.", "governing body"),
    ],
)
def test_school_bodies(text, name):
    assert _speakers(text) == [(name, "organisation")]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The board agreed to sell the depot, according to minutes of the meeting.",
            "minutes of the meeting",
        ),
        ("The pill halved the risk, according to results presented at a congress in Porto.", "results"),
        ("The town will shed 80 jobs, according to council papers.", "council papers"),
    ],
)
def test_documents_after_according_to(text, name):
    assert _speakers(text) == [(name, "document")]


@pytest.mark.parametrize(
    "text, name",
    [
        ("The daily Sabah Yolu reported that the talks had collapsed.", "Sabah Yolu"),
        ("Elections Canada said turnout had reached 64 per cent.", "Elections Canada"),
        ("Real Cardona announced on Monday that the coach had been dismissed.", "Real Cardona"),
        ("The National Voter Registry said the count was complete.", "National Voter Registry"),
    ],
)
def test_outlets_clubs_agencies(text, name):
    assert _speakers(text) == [(name, "organisation")]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Staff said their shifts would be cut.", "Staff"),
        ("Staff at the depot said their shifts would be cut.", "Staff"),
        ("Teaching staff said morale had never been lower.", "Teaching staff"),
        ("The staff said their shifts would be cut.", "staff"),
    ],
)
def test_staff_are_a_group(text, name):
    assert _speakers(text) == [(name, "group")]
