"""Speakers' names as courts and police copy (Ireland, the UK, Australia, Canada) and Gulf,
Iranian and Turkish wire copy write them: police and military ranks abbreviated before a name,
letters after it, honorifics before it and patronyms inside it. Sentences self-written, names
invented."""

import pytest

from workbench.quotes import quote_records


def records(text: str) -> list[tuple[str, str]]:
    """(statement, speaker_name) of each record of ``text``."""
    return [(r["text"], r["speaker_name"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    ("intro", "later"),
    [
        ("Garda Sergeant Cathal Brennock was the first witness.", "Sgt Brennock"),
        ("Detective Sergeant Cathal Brennock gave evidence.", "Det Sgt Brennock"),
        ("Detective Senior Constable Cathal Brennock gave evidence.", "Det Snr Const Brennock"),
        ("Inspector Cathal Brennock appealed for witnesses.", "Insp Brennock"),
        ("Superintendent Cathal Brennock appealed for witnesses.", "Supt Brennock"),
        ("Garda Cathal Brennock gave evidence.", "Garda Brennock"),
        ("Officer Cathal Brennock gave evidence.", "Officer Brennock"),
    ],
)
def test_a_rank_and_a_surname_is_the_person_named_in_full_before(intro: str, later: str) -> None:
    assert records(f"{intro}\n\n{later} said the van had been parked on the footpath.") == [
        ("the van had been parked on the footpath", "Cathal Brennock")
    ]


@pytest.mark.parametrize(
    "speaker",
    [
        "Sgt. Cathal Brennock",
        "Capt. Cathal Brennock",
        "Air Corps Capt. Cathal Brennock",
        "Det Insp Cathal Brennock",
    ],
)
def test_an_abbreviated_rank_is_no_part_of_the_name(speaker: str) -> None:
    [record] = quote_records(f'Intro.\n\n"The road is closed," said {speaker}, who led the search.')
    assert (record["text"], record["speaker"], record["speaker_name"]) == (
        "The road is closed",
        "Cathal Brennock",
        "Cathal Brennock",
    )


@pytest.mark.parametrize("letters", ["SC", "BL", "KC", "QC", "TD", "MLA", "MSP", "MP", "OBE", "MP OBE"])
def test_letters_after_a_name_are_no_part_of_it(letters: str) -> None:
    [record] = quote_records(f"Intro.\n\nNuala Pendergast {letters} said the sentence was too lenient.")
    assert (record["speaker"], record["speaker_name"], record["source_type"]) == (
        "Nuala Pendergast",
        "Nuala Pendergast",
        "person",
    )


def test_counsel_with_letters_in_an_apposition() -> None:
    assert records(
        "The prosecutor, Mr Declan Furlong SC, said the offending was at the upper end of seriousness."
    ) == [("the offending was at the upper end of seriousness", "Declan Furlong")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Labour MP said the rents were too high.", "Labour MP"),  # a role, no name
        ("The National Guard said the roads were closed.", "National Guard"),  # a body, no rank
        ("The Garda said the roads were closed.", "Garda"),
    ],
)
def test_roles_and_bodies_keep_their_reading(text: str, name: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert record["speaker_name"] == name
    assert record["source_type"] != "person"


@pytest.mark.parametrize(
    ("intro", "name"),
    [
        ("His Highness Sheikh Rashid bin Hamdan Al Qasemi", "Rashid bin Hamdan Al Qasemi"),
        ("His Excellency Sheikh Rashid bin Hamdan Al Qasemi", "Rashid bin Hamdan Al Qasemi"),
        ("His Excellency Mr. Yousef bin Khalid Al-Dosari", "Yousef bin Khalid Al-Dosari"),
        ("Sheikha Latifa bint Saeed Al Mansoori", "Latifa bint Saeed Al Mansoori"),
        ("Ayatollah Mohammad-Reza Nourbakhsh", "Mohammad-Reza Nourbakhsh"),
        ("Speaker Yousef bin Khalid Al-Dosari", "Yousef bin Khalid Al-Dosari"),
    ],
)
def test_honorifics_and_patronyms(intro: str, name: str) -> None:
    assert records(f"{intro} affirmed that the fund would double its investments.") == [
        ("the fund would double its investments", name)
    ]


@pytest.mark.parametrize(
    ("intro", "later", "name"),
    [
        (
            "Sheikh Rashid bin Hamdan Al Qasemi opened the fair.",
            "Sheikh Rashid",
            "Rashid bin Hamdan Al Qasemi",
        ),
        (
            "His Highness Sheikh Rashid bin Hamdan Al Qasemi opened the fair.",
            "Sheikh Rashid",
            "Rashid bin Hamdan Al Qasemi",
        ),
        (
            "Speaker Yousef bin Khalid Al-Dosari opened the session.",
            "Al-Dosari",
            "Yousef bin Khalid Al-Dosari",
        ),
        ("President Joost van Aalderen opened the session.", "Van Aalderen", "Joost van Aalderen"),
    ],
)
def test_a_later_short_form_is_the_full_name_given_before(intro: str, later: str, name: str) -> None:
    assert records(f"{intro}\n\n{later} underlined that trade would grow.") == [("trade would grow", name)]


def test_a_role_noun_written_as_a_title_is_no_part_of_the_name() -> None:
    [record] = quote_records(
        "Intro.\n\nColumnist Murat Kesikbas wrote in the daily Sabah Postasi that the plan had run out of steam."
    )
    assert record["speaker_name"] == "Murat Kesikbas"
