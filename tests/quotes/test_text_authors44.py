"""A text named with its author speaks for the author ("The report by the Halden Institute
concludes that ..."); acronyms with stops or a hyphen ("the F.B.I.", "AFL-CIO") are bodies'
names, never a person whose role holds them; a country speaks by its government and is
typed organisation; "according to X, the Y Authority." takes the body's name after its
article. Self-written sentences."""

import pytest

from workbench.quotes import quote_records
from workbench.quotes._mentions import parse_speaker


def _recs(text: str) -> list[tuple[str, str, str, str]]:
    return [(r["text"], r["speaker_name"], r["source_type"], r["cue"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, speaker, kind, cue",
    [
        (
            "The report by the Institute for Coastal Studies concludes that sea levels will rise faster.",
            "Institute for Coastal Studies",
            "organisation",
            "concludes",
        ),
        (
            "Research by the Halden Centre suggests that the levy cut traffic by a tenth.",
            "Halden Centre",
            "organisation",
            "suggests",
        ),
        (
            "A study by researchers at Marlow University found that the drug halved relapse rates.",
            "researchers",
            "group",
            "found",
        ),
        (
            "New research led by scientists at Pelham University suggests that bees can count.",
            "scientists",
            "group",
            "suggests",
        ),
        (
            "A 2024 survey by the Tenants Foundation found that one in five renters were behind on rent.",
            "Tenants Foundation",
            "organisation",
            "found",
        ),
    ],
)
def test_a_text_by_its_author(text, speaker, kind, cue):
    [(content, name, typed, said)] = _recs("Intro.\n\n" + text)
    assert (name, typed, said) == (speaker, kind, cue)
    assert content == text.split(" that ", 1)[1].rstrip(".")


def test_the_author_after_by_is_read_with_the_text_noun_kept():
    m = parse_speaker("The annual report by the Halden Institute")
    assert (m.kind, m.name, m.document) == ("name", "Halden Institute", "report")
    # no text's noun before "by": no author read this way
    assert (
        parse_speaker("He was questioned by the Halden Institute") is None
        or not parse_speaker("He was questioned by the Halden Institute").document
    )


def test_a_text_whose_author_is_no_speaker_is_left_as_it_was():
    # (the phrase after "by" is a time: no author; the subject is read as before)
    assert all(
        r["speaker_name"] != "end" or r["source_type"] != "organisation"
        for r in quote_records("Intro.\n\nThe review by the end of the month will say that costs rose.")
    )


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The F.B.I. said on Monday that the suspect had fled.", "F.B.I."),
        ("The A.F.L.-C.I.O. said that the deal would cost jobs.", "A.F.L.-C.I.O."),
        ("The AFL-CIO said that the deal would cost jobs.", "AFL-CIO"),
    ],
)
def test_acronyms_with_stops_or_hyphens_are_bodies(text, speaker):
    [(_, name, typed, _)] = _recs("Intro.\n\n" + text)
    assert (name, typed) == (speaker, "organisation")


def test_an_acronym_is_not_the_person_whose_role_holds_it():
    text = (
        'Intro.\n\n"We will win," Tom Raskin, once chief organiser at the A.F.L.-C.I.O., '
        "wrote in an email. Union members backed the plan in 2020, according to the A.F.L.-C.I.O."
    )
    recs = _recs(text)
    assert recs[0][1] == "Tom Raskin"
    assert recs[1][1:3] == ("A.F.L.-C.I.O", "organisation")


def test_two_initials_stay_a_person():
    assert _recs('Intro.\n\n"It was fun," J.R. said.')[0][1:3] == ("J.R.", "person")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Russia said that the talks had failed.", "Russia"),
        ("The United States said that the talks had failed.", "United States"),
        ("The US said it would impose sanctions.", "US"),
        ("The U.S. said it would impose sanctions.", "U.S."),
        ("Britain said that the talks had failed.", "Britain"),
    ],
)
def test_a_country_speaks_as_an_organisation(text, speaker):
    [(_, name, typed, _)] = _recs("Intro.\n\n" + text)
    assert (name, typed) == (speaker, "organisation")


def test_a_given_name_that_is_a_country_stays_a_person():
    assert _recs("Intro.\n\nJordan said that the talks had failed.")[0][1:3] == ("Jordan", "person")


def test_a_country_is_no_agency_referred_back_to():
    recs = _recs("Intro.\n\nBritain said that the talks had failed. The agency said the figures were wrong.")
    assert recs[1][1] != "Britain"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Prices rose by 4 per cent, according to the exams regulator, the Examinations Authority.",
            "Examinations Authority",
        ),
        (
            "Prices rose by 4 per cent, according to figures published by the regulator, the Office of Fair Prices.",
            "Office of Fair Prices",
        ),
    ],
)
def test_a_body_named_with_its_article_after_according_to(text, speaker):
    assert _recs("Intro.\n\n" + text) == [
        ("Prices rose by 4 per cent", speaker, "organisation", "according to")
    ]


def test_a_noun_phrase_after_according_to_stays_the_content():
    recs = _recs(
        "Intro.\n\nPrices rose by 4 per cent, according to the regulator, the first rise in a decade."
    )
    assert recs[0][1] == "regulator"


@pytest.mark.parametrize(
    "text, speaker",
    [
        # (one word after a text's "by": a firm or a pollster, not a person called so)
        ("About 40 per cent of diners prefer counters, according to a study by Toastly.", "Toastly"),
        ("A poll by Gallwick found that most voters back the plan.", "Gallwick"),
    ],
)
def test_a_one_word_author_is_a_body(text, speaker):
    [(_, name, typed, _)] = _recs("Intro.\n\n" + text)
    assert (name, typed) == (speaker, "organisation")


def test_a_text_is_no_body_the_sentence_is_about():
    text = "Intro.\n\nUnfortunately, the research suggests that the cleaners are harmful to workers."
    [(_, name, typed, _)] = _recs(text)
    assert (name, typed) == ("research", "document")


def test_research_in_the_mass_is_a_text():
    [(_, name, typed, _)] = _recs("Intro.\n\nResearch suggests that most voters back the plan.")
    assert (name, typed) == ("research", "document")
