"""Speakers as wire copy names and types them (much of it translated from Russian, Ukrainian and
Chinese, or written in India, the Gulf and Nigeria): names after long roles and party tags,
posts in capitals, bodies with acronyms, services and documents. Sentences self-written, names
invented."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The head of the press service of the Ministry of Energy of Arcadia Irina Dovrenko said the "
            "blackouts would continue.",
            "Irina Dovrenko",
        ),
        (
            "The official representative of the Ministry of Foreign Affairs of Arcadia Yelena Marova said the "
            "blackouts would continue.",
            "Yelena Marova",
        ),
        ("The blackouts would continue, said the head of the committee Viktor Orlin.", "Viktor Orlin"),
        ("The spokesman of the ministry Ivan Petrin said the blackouts would continue.", "Ivan Petrin"),
    ],
)
def test_a_name_after_a_long_role(text: str, name: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert (record["text"].lower(), record["speaker_name"], record["source_type"]) == (
        "the blackouts would continue",
        name,
        "person",
    )


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the wife of farmer Tom Reed", "wife"),  # the role's object, not the speaker
        ("the lawyer of Dr. Ann Lee", "lawyer"),
        ("Members of Parents Against Cuts", "Members"),
    ],
)
def test_a_role_whose_object_is_a_person_or_a_body_keeps_its_reading(phrase: str, name: str) -> None:
    [record] = quote_records(
        f"Intro.\n\n{phrase.capitalize() if phrase[0].islower() else phrase} said the march would go ahead."
    )
    assert record["speaker_name"].lower() == name.lower()


@pytest.mark.parametrize(
    ("speaker", "name"),
    [
        ("The Armed Forces of Arcadia", "Armed Forces of Arcadia"),
        ("The Air Force", "Air Force"),
        ("The Eastern Theatre Command", "Eastern Theatre Command"),
        ("The Coast Guard", "Coast Guard"),
        ("The Federal Road Safety Corps", "Federal Road Safety Corps"),
    ],
)
def test_armed_and_security_services_are_organisations(speaker: str, name: str) -> None:
    [record] = quote_records(f"Intro.\n\n{speaker} said the attack was repelled.")
    assert (record["speaker_name"], record["source_type"]) == (name, "organisation")


def test_a_service_before_a_rank_leaves_the_person() -> None:
    [record] = quote_records("Intro.\n\nAir Force Col. Tom Reed said the attack was repelled.")
    assert (record["speaker_name"], record["source_type"]) == ("Tom Reed", "person")


@pytest.mark.parametrize(
    "text",
    [
        "Olena Savko, Deputy Minister of Economy, said the plan would work.",
        "Olena Savko, Director-General of the agency, said the plan would work.",
        "Olena Savko, Undersecretary of the Ministry of Health, said the plan would work.",
        "The plan would work, Olena Savko, Deputy Minister of Economy, said.",
    ],
)
def test_a_post_in_capitals_after_a_name_is_the_persons_role(text: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert (record["speaker_name"], record["source_type"]) == ("Olena Savko", "person")
    assert record["text"].lower() == "the plan would work"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The communique says the economy will grow.", "communique"),
        ("The Kremlin readout said the economy will grow.", "Kremlin readout"),
        ("The joint declaration said the economy will grow.", "joint declaration"),
        ("According to the decree signed by the president, the economy will grow.", "decree"),
    ],
)
def test_texts_governments_issue_are_documents(text: str, name: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert (record["speaker_name"], record["source_type"]) == (name, "document")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Captain Tom Guard said the ship was safe.", "Tom Guard"),
        ("Nurse Harriet Fleet said the ward was full.", "Harriet Fleet"),
        ("Jane Fleet, a teacher, said the school was unsafe.", "Jane Fleet"),
    ],
)
def test_a_services_word_as_a_surname_stays_a_person(text: str, name: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert (record["speaker_name"], record["source_type"]) == (name, "person")


@pytest.mark.parametrize(
    "text",
    [
        "The spokeswoman of the group Open Doors said more volunteers were needed.",
        "The head of the charity Silver Lake said more volunteers were needed.",
        "A representative of the advocacy group Fair Rivers Ellen Park said more volunteers were needed.",
    ],
)
def test_a_body_named_after_its_noun_is_no_persons_name(text: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert record["source_type"] == "anonymous"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The head of the delegation Mykola Berezin said the talks would go on.", "Mykola Berezin"),
        ("The head of the village council Petro Mazin said the talks would go on.", "Petro Mazin"),
    ],
)
def test_given_names_of_wire_copy(text: str, name: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert (record["speaker_name"], record["source_type"]) == (name, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Ann Rowe, R-Ohio, said the bill would pass.",
        "The bill will pass, Ann Rowe, D-N.Y., said.",
        "The bill will pass, said Sen. Ann Rowe, R-Ohio, on Monday.",
    ],
)
def test_a_party_and_state_tag_is_no_speaker(text: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert record["speaker_name"] == "Ann Rowe"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The daughter of the late poet Simon Grey said the letters would be sold.", "daughter"),
        ("The father of the missing boy Darren Plott said the search would go on.", "father"),
        ("Head coach of the women's team Lisa Brandvik said the squad was ready.", "Lisa Brandvik"),
    ],
)
def test_a_name_after_a_persons_noun_and_of_is_the_object(text: str, name: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert record["speaker_name"] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Office for Civic Statistics (OCS) said prices rose sharply in May.",
            "Office for Civic Statistics",
        ),
        (
            "The Food and Water Administration (FWA) said prices rose sharply in May.",
            "Food and Water Administration",
        ),
        (
            "Prices rose sharply in May, the National Bureau of Figures (NBF) said.",
            "National Bureau of Figures",
        ),
        (
            "The News Agency of Arcadia (NAA) reports that prices rose sharply in May.",
            "News Agency of Arcadia",
        ),
    ],
)
def test_a_body_that_brings_in_its_acronym(text: str, name: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert (record["speaker_name"], record["source_type"]) == (name, "organisation")
    assert record["text"].lower() == "prices rose sharply in may"


@pytest.mark.parametrize("name", ["Sipho Ndlovu", "Kwabena Asare", "Li Ming"])
def test_a_name_no_list_knows_after_a_body_of_officials(name: str) -> None:
    [record] = quote_records(f"Intro.\n\nThe head of the delegation {name} said the talks would go on.")
    assert (record["speaker_name"], record["source_type"]) == (name, "person")


def test_a_two_part_state_in_a_party_tag() -> None:
    [record] = quote_records("Intro.\n\nSen. Joe Krull, D-W.Va., said the bill would pass.")
    assert record["speaker_name"] == "Joe Krull"


def test_a_contracted_pronoun_is_no_name() -> None:
    assert quote_records("Intro.\n\nI\u2019ve said that the plan would work well.") == []
    [record] = quote_records("Intro.\n\nAnna Sova met them. She\u2019s said that the plan would work well.")
    assert (record["speaker"], record["speaker_name"]) == ("She", "Anna Sova")


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        ("The Royal Navy said the ship was safe.", "organisation"),
        ("The Red Cross said the camp was full.", "organisation"),
        ("Rhodri Cross said the camp was full.", "person"),
    ],
)
def test_services_and_relief_bodies(text: str, source_type: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert record["source_type"] == source_type


@pytest.mark.parametrize(
    ("speaker", "name"),
    [("The National Guard", "National Guard"), ("The Republican Guard", "Republican Guard")],
)
def test_a_service_named_with_a_titles_word(speaker: str, name: str) -> None:
    [record] = quote_records(f"Intro.\n\n{speaker} said troops would stay in the city.")
    assert (record["speaker_name"], record["source_type"]) == (name, "organisation")
