"""Whom a statement is told is neither its content nor its speaker's antecedent, and a name
after a post "of" a town is the speaker, not the town's region. Sentences self-written,
names and places invented."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The mayor of Riverton, Clara Jensen, said the bridge would reopen in May.", "Clara Jensen"),
        (
            "The governor of Oduna, Kemi Adeyola-Bassey, said the bridge would reopen in May.",
            "Kemi Adeyola-Bassey",
        ),
        # a known given name, as before
        ("The mayor of Kestrelby, Harriet Vance, said the bridge would reopen in May.", "Harriet Vance"),
    ],
)
def test_a_name_after_a_post_of_a_town(text: str, name: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert (record["speaker_name"], record["source_type"]) == (name, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Dana Ruiz of Lansing, Mich., said the bridge would reopen in May.",
        "Dana Ruiz of Albany, New York, said the bridge would reopen in May.",
        "Dana Ruiz of Dorvik, Dorvik Oblast, said the bridge would reopen in May.",
    ],
)
def test_a_region_after_a_town_is_still_no_speaker(text: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert record["speaker_name"] == "Dana Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        "She told Harbor Radio the talks had been friendly.",
        "She told Harbor Radio’s morning programme the talks had been friendly.",
        "She told Channel 9’s “Morning Desk” on Monday the talks had been friendly.",
    ],
)
def test_whom_she_told_is_neither_content_nor_antecedent(text: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert record["text"] == "the talks had been friendly"
    assert "Harbor" not in record["speaker_name"] and "Channel" not in record["speaker_name"]


def test_a_pronoun_still_finds_the_person_named_before() -> None:
    [record] = quote_records(
        "Intro.\n\nAnna Berg spoke on Monday. She told Harbor Radio the talks had been friendly."
    )
    assert record["speaker_name"] == "Anna Berg"


@pytest.mark.parametrize(
    "text",
    [
        "The former judge gave no details, saying only that he was taking time to reflect.",
        "The former judge gave no details, saying in his statement only that he was “taking time to reflect.”",
        "The club issued a statement on Monday saying simply that he was taking time to reflect.",
    ],
)
def test_a_limiting_adverb_before_that_is_no_content(text: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert record["text"].startswith("he was")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("At least half of voters say the plan is about right.", "At least half of voters"),
        ("At least three people said they had seen the car.", "At least three people"),
        ("Up to 40 percent of nurses said they would strike.", "Up to 40 percent of nurses"),
    ],
)
def test_a_count_opened_by_at_least_speaks(text: str, speaker: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert (record["speaker"], record["source_type"]) == (speaker, "group")


def test_at_least_as_an_adverb_is_no_speaker() -> None:
    [record] = quote_records("Intro.\n\nAt least once, Dora Lind said the plan was dead.")
    assert record["speaker_name"] == "Dora Lind"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pelle Ormond of Bolton, Greater Manchester, said rents had doubled.", "Pelle Ormond"),
        ("Nell Farrow of Oakland, Bay Area, said rents had doubled.", "Nell Farrow"),
        ("Oda Brenner, of Hannover, Lower Saxony, said rents had doubled.", "Oda Brenner"),
        ("The mayor of Bolton, Greater Manchester, said rents had doubled.", "mayor"),
        ("A farmer from Yountville, Napa Valley, said rents had doubled.", "farmer"),
        ("The spokesman for the mayor of Riverton, Clara Jensen, said rents had doubled.", "spokesman"),
    ],
)
def test_a_region_of_two_words_is_no_name_after_a_town(text: str, name: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert record["speaker_name"] == name


@pytest.mark.parametrize(
    "text",
    [
        "At least 12 people were killed, police said.",
        "Police said at least 12 people were killed.",
        "Over 200 homes lost power overnight, police said.",
    ],
)
def test_a_count_opening_the_content_is_no_adverbial(text: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert record["speaker_name"].lower() == "police" and record["text"].lower().startswith(
        ("at least", "over 200")
    )


def test_the_ministry_is_no_body_whose_name_lacks_the_word() -> None:
    text = "Intro.\n\nPolice said 12 people were killed. The ministry said 40 houses had been destroyed."
    assert [r["speaker_name"] for r in quote_records(text)] == ["Police", "ministry"]
