"""A campaign named by its people and its cause ("Tenants for Fair Heating", "Cyclists
Against Potholes") is one organisation, and so is a name set beside a body's noun
("Save Our Pier, a local charity, said"); "the tenants", "the group" or "the campaigners"
later refer back to it. People and whom they work for ("Lawyers for Hale") stay a group."""

import pytest

from workbench.quotes import quote_records


def _sources(text: str) -> list[tuple[str, str]]:
    return [(r["speaker_name"], r["source_type"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tenants for Fair Heating said the new boilers were unsafe.",
            [("Tenants for Fair Heating", "organisation")],
        ),
        ("Nurses for Safer Wards said the rota was dangerous.", [("Nurses for Safer Wards", "organisation")]),
        ("Pensioners for Justice said the cut was cruel.", [("Pensioners for Justice", "organisation")]),
        (
            '"The fares are a scandal," said Commuters for Cheaper Trains.',
            [("Commuters for Cheaper Trains", "organisation")],
        ),
        (
            "Cyclists Against Potholes, a local campaign group, said the road was a death trap.",
            [("Cyclists Against Potholes", "organisation")],
        ),
        ("Save Our Pier, a local charity, said the sale was wrong.", [("Save Our Pier", "organisation")]),
        ("Blue Meadows, a charity, said the hedges should stay.", [("Blue Meadows", "organisation")]),
        ("Forgeworks, a trade union, said members would strike.", [("Forgeworks", "organisation")]),
        ("The Harbour Fund, a charity, said the pier would close.", [("Harbour Fund", "organisation")]),
    ],
)
def test_a_campaign_or_a_name_beside_a_body_noun_is_an_organisation(text, expected):
    assert _sources(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tenants for Fair Heating said the boilers were unsafe. The tenants said they would withhold rent.",
        "Tenants for Fair Heating said the boilers were unsafe. The group said it would withhold rent.",
        "Tenants for Fair Heating said the boilers were unsafe. The campaigners said they would withhold rent.",
        "Surgeons for Clean Air said the smog was deadly. The physicians said they would march.",
    ],
)
def test_a_later_noun_refers_back_to_the_campaign(text):
    names = _sources(text)
    assert len(names) == 2 and names[1] == names[0] and names[0][1] == "organisation"


@pytest.mark.parametrize(
    "text, expected",
    [
        # whom the people act for, not a cause: a group of people, as before
        ("Lawyers for Hale said the charges would be fought.", [("Lawyers", "group")]),
        ("Engineers for NASA said the rocket was safe.", [("Engineers", "group")]),
        ("Nurses for the hospital said the wards were full.", [("Nurses", "group")]),
        ("Residents of Millbrook said the road was dangerous.", [("Residents", "group")]),
        # a person beside a body's noun stays the person
        ("Ann Lowe, a charity worker, said the closure was a disgrace.", [("Ann Lowe", "person")]),
        ("Mr Hale, a local campaigner, said the closure was a disgrace.", [("Hale", "person")]),
    ],
)
def test_people_and_whom_they_serve_stay_a_group(text, expected):
    assert _sources(text) == expected


def test_a_persons_noun_before_a_body_noun_modifies_it():
    assert _sources("A local union said the road was dangerous.") == [("local union", "organisation")]
    assert _sources("The nurses union said the wards were unsafe.") == [("nurses union", "organisation")]
