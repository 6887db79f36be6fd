"""Bodies named by acronyms: "the FA", "TfL", an acronym's branch for a place ("NHS Wales") and a body's branch for a country ("Brightwell UK") are
organisations, not people; a country's code before a title stays a title's word."""

import pytest

from workbench.quotes import quote_records


def _sources(text: str) -> list[tuple[str, str]]:
    return [(r["speaker_name"], r["source_type"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("NHS Wales said the ward would reopen.", [("NHS Wales", "organisation")]),
        ("BBC Scotland said the programme would return.", [("BBC Scotland", "organisation")]),
        ("The FA said it would investigate the incident.", [("FA", "organisation")]),
        ("TfL said the strike would disrupt services.", [("TfL", "organisation")]),
        ("The AA said traffic was heavy.", [("AA", "organisation")]),
        ("Brightwell UK said mortgage rates would fall.", [("Brightwell UK", "organisation")]),
        ("Save the Otters UK said the cuts would cost lives.", [("Save the Otters UK", "organisation")]),
    ],
)
def test_acronyms_and_country_branches_are_organisations(text, expected):
    assert _sources(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("UK Foreign Secretary Jane Doe said the talks would go on.", [("Jane Doe", "person")]),
        ('"We played well," AJ said.', [("AJ", "person")]),
        # initials before a surname, a title's country: people
        ("JRR Tolkien wrote that the tale grew in the telling.", [("JRR Tolkien", "person")]),
        ("The GP said the patient was stable.", [("GP", "person")]),
        ("The plan is good, said Mark Ellis of Leeds UK.", [("Mark Ellis", "person")]),
        ("Tom Reed said the plan was sound.", [("Tom Reed", "person")]),
    ],
)
def test_people_stay_people(text, expected):
    assert _sources(text) == expected
