"""Speakers with a place after them, surnames that are newspapers' words, and a possessive
pronoun's person in "in his agent's words". Sentences self-written."""

import pytest

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker_name"], r["source_type"], r["text"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            'The sign outside the shop read: "Closed until further notice, sorry for any trouble."',
            "sign",
            "document",
        ),
        (
            'The banner above the town hall read: "Welcome home, champions of the whole valley."',
            "banner",
            "document",
        ),
        ('A neighbour near the scene said she heard "a loud bang."', "neighbour", "anonymous"),
        ('Residents near the river said the flood was "the worst in years."', "Residents", "group"),
    ],
)
def test_a_place_after_the_head_is_no_part_of_the_name(text: str, name: str, kind: str) -> None:
    [(found, found_kind, _)] = _records(text)
    assert (found, found_kind) == (name, kind)


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ('"The river rose fast," Sarah Post told reporters.', "Sarah Post", "person"),
        ('"The river rose fast," Ringo Star said.', "Ringo Star", "person"),
        ('"The river rose fast," the Washington Post reported.', "Washington Post", "organisation"),
        ('"The river rose fast," the Boston Herald reported.', "Boston Herald", "organisation"),
        ('"The river rose fast," the mayor, Don Guardian, said.', "Don Guardian", "person"),
    ],
)
def test_surnames_and_newspapers(text: str, name: str, kind: str) -> None:
    [(found, found_kind, _)] = _records(text)
    assert (found, found_kind) == (name, kind)


def test_a_possessive_pronoun_s_person_speaks_in_their_words() -> None:
    [(found, _, text)] = _records('The striker is, in his agent\'s words, "delighted to be staying."')
    assert (found, text) == ("agent", "delighted to be staying.")


@pytest.mark.parametrize("place", ["near", "at"])
def test_a_report_before_a_quotation_s_own_clause_is_read_apart(place: str) -> None:
    text = (
        "Intro line.\n\nSeveral fans whistled, and when Lund thanked the town and said the square felt "
        f'like home again, a man {place} the door shouted "Go home!"\n'
    )
    found = [(r["speaker"], r["text"]) for r in quote_records(text)]
    assert ("Lund", "the square felt like home again") in found
    assert (f"a man {place} the door", "Go home!") in found


@pytest.mark.parametrize(
    "text, name",
    [
        ("Another mother, who gave her name only as Karen, said she was less sympathetic.", "Karen"),
        ("A driver, who asked to be identified only as Tom, said the road was closed.", "Tom"),
    ],
)
def test_a_name_given_in_an_aside_is_the_speaker_s(text: str, name: str) -> None:
    [(found, kind, _)] = _records(text)
    assert (found, kind) == (name, "person")


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        # "over" and "beside" open no place: a time or a state
        ('The coach, beside himself with anger, said: "That was never a penalty."', "The coach", "anonymous"),
        ("A spokesman over the weekend said the company would not comment.", "A spokesman", "anonymous"),
        # surnames and officials' titles that are newspapers' words stay people
        ("Heath Ledger said in an interview that the role had changed him.", "Heath Ledger", "person"),
        (
            "The Chief Medical Examiner said the cause of death was drowning.",
            "Medical Examiner",
            "person",
        ),
        ("Jack Herald, a farmer from Kent, said the rain had ruined his crop.", "Jack Herald", "person"),
    ],
)
def test_times_states_surnames_and_titles_keep_their_reading(text: str, speaker: str, kind: str) -> None:
    found = [(r["speaker"], r["source_type"]) for r in quote_records(text)]
    assert found == [(speaker, kind)]
