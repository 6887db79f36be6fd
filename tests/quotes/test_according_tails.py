"""A closing "according to" a record of the speaker's words (a statement, a recording, a
transcript) leaves the statement with the speaker the sentence names; an outlet or a report
stays the outer source. The source's relative clause after "according to X," ("who asked
not to be named") is neither content nor name. "The minutes record X as saying" is X's.
Self-written sentences."""

import pytest

from workbench.quotes import extract_quotes


def _rows(text: str) -> list[tuple[str, str]]:
    q = extract_quotes(text)
    return [(r.speaker, r.text) for r in q.itertuples()]


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            "“We held the course as long as we could,” the skipper said over the harbour radio, "
            "according to a recording obtained by the Coastal Courier.",
            [("the skipper", "We held the course as long as we could")],
        ),
        (
            "The bakery chain said its new ovens were safe, according to a statement.",
            [("The bakery chain", "its new ovens were safe")],
        ),
        (
            "The treasurer told the committee the reserve fund had been miscounted, according to a "
            "transcript of the meeting.",
            [("The treasurer", "the reserve fund had been miscounted")],
        ),
        (
            "The Sunday timetable will change in April, the ferry operator said, according to a press release.",
            [("the ferry operator", "The Sunday timetable will change in April")],
        ),
        (
            "“Is the bypass really going ahead?” Nadia Ferrant asked at the hustings, according to a "
            "video posted by the organisers.",
            [("Nadia Ferrant", "Is the bypass really going ahead?")],
        ),
        (
            "The night porter told officers he had locked every door, according to court papers filed on Tuesday.",
            [("The night porter", "he had locked every door")],
        ),
    ],
)
def test_record_leaves_the_speaker(text, rows):
    assert _rows(text) == rows


@pytest.mark.parametrize(
    "text, rows",
    [
        # no other speaker: the record's own statement
        (
            "The library will close for repairs in June, according to a statement released on Monday.",
            [("statement", "The library will close for repairs in June")],
        ),
        # an outlet or a report is the outer source still
        (
            "“We will not back down,” the union leader said at the rally, according to the Millbrook Tribune.",
            [("Millbrook Tribune", "We will not back down")],
        ),
        (
            "“We will not back down,” the union leader said at the rally, according to a pool report.",
            [("pool report", "We will not back down")],
        ),
        # a speech clause inside a relative clause: the record states the sentence
        (
            "The driver who witnesses say ran the red light is 52, according to court records.",
            [("court records", "The driver who witnesses say ran the red light is 52")],
        ),
    ],
)
def test_record_alone_or_outlet_keeps_the_statement(text, rows):
    assert [(r.speaker_name, r.text) for r in extract_quotes(text).itertuples()] == rows


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            "Shares in the shipping group will be suspended on Friday, according to a person familiar "
            "with the plans, who asked not to be identified because the decision is not yet public.",
            [
                (
                    "a person familiar with the plans",
                    "Shares in the shipping group will be suspended on Friday",
                )
            ],
        ),
        (
            "The merger talks have stalled, according to people close to the board, who declined to be named.",
            [("people close to the board", "The merger talks have stalled")],
        ),
        (
            "The pilot had flown the route twice before, according to an airline official, who spoke "
            "on condition of anonymity.",
            [("an airline official", "The pilot had flown the route twice before")],
        ),
        (
            "Fares will rise by four percent, according to the rail operator, which declined to say why.",
            [("the rail operator", "Fares will rise by four percent")],
        ),
        (
            "Fares will rise by four percent, according to Imogen Tarrant, whose office drew up the plan.",
            [("Imogen Tarrant", "Fares will rise by four percent")],
        ),
        (
            "According to a fisheries inspector, who asked not to be named, the quota will be cut by a third.",
            [("a fisheries inspector", "the quota will be cut by a third")],
        ),
        (
            "The quota, according to a fisheries inspector, who asked not to be named, will be cut by a third.",
            [("a fisheries inspector", "The quota will be cut by a third")],
        ),
    ],
)
def test_source_relative_clause_is_no_content(text, rows):
    assert _rows(text) == rows


def test_source_relative_clause_stays_out_of_the_role_as_after_said():
    said = "The merger talks have stalled, said a person close to the board, who declined to be named."
    according = (
        "The merger talks have stalled, according to a person close to the board, who declined to be named."
    )
    (s,), (a,) = extract_quotes(said).itertuples(), extract_quotes(according).itertuples()
    assert (a.speaker_name, a.role, a.text) == (s.speaker_name, s.role, s.text)


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            "The parliamentary record quotes the member for Dunmore as saying: “We were never consulted.”",
            [("the member for Dunmore", "We were never consulted.")],
        ),
        (
            "The minutes record the chairman as saying the accounts had been balanced in March.",
            [("the chairman", "the accounts had been balanced in March")],
        ),
        (
            "The agency quoted the fisheries minister as saying: “No ship leaves until the storm passes.”",
            [("the fisheries minister", "No ship leaves until the storm passes.")],
        ),
    ],
)
def test_record_quoting_a_speaker_gives_the_speaker(text, rows):
    assert _rows(text) == rows
