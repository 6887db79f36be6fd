"""A transcript's lines without quotation marks ("Anna Berg: We rebuild, starting on
Monday.") are the labelled speaker's direct statements; a newsroom's note, a headline in
title case and a label of one word the text names nowhere else are not. Texts self-written."""

import pandas as pd
import pytest

from workbench.quotes import quote_records


def test_a_labelled_line_in_the_first_person_is_a_statement() -> None:
    text = (
        "The interview was recorded on Friday.\n\nAnna Berg: We rebuild, starting on Monday. I am sure of it."
    )
    [record] = quote_records(text)
    assert (record["speaker_name"], record["kind"]) == ("Anna Berg", "direct")
    assert record["text"] == "We rebuild, starting on Monday. I am sure of it."


def test_a_one_word_label_the_text_names_elsewhere() -> None:
    text = "Anna Lund took over in May.\n\nLund: We rebuild, starting on Monday. I am sure of it."
    [record] = quote_records(text)
    assert record["speaker_name"] == "Anna Lund"


@pytest.mark.parametrize(
    "text",
    [
        "The club spoke on Friday.\n\nEditor's Note: We have added a statement from the club.",
        "The club spoke on Friday.\n\nUpdate: We have added a statement from the club.",
        "The club spoke on Friday.\n\nAnna Berg: We Will Not Let The Harbour Plan Fail.",
        "The club spoke on Friday.\n\nLund: We rebuild, starting on Monday.",
        "Anna Berg: We rebuild, starting on Monday, she says in her new book.",
    ],
)
def test_notes_headlines_and_unknown_one_word_labels_are_no_lines(text: str) -> None:
    assert not any(r["kind"] == "direct" and pd.isna(r["cue"]) for r in quote_records(text))


@pytest.mark.parametrize(
    "text",
    [
        "Buying a mower.\n\nQuick Check: You should always look at the blade before you buy.",
        "Caring for a lawn.\n\nBlade Height: You can raise the blade when the grass is long.",
        "Our evening classes.\n\nFlexible Timetable: We know that every learner moves at a different pace.",
    ],
)
def test_a_how_to_pages_headings_are_no_speakers(text: str) -> None:
    assert quote_records(text) == []


def test_a_label_in_capitals_the_text_names_in_full() -> None:
    text = "Governor Rosa Delgado spoke to the station.\n\nDELGADO: We have to bring the county together."
    [record] = quote_records(text)
    assert record["speaker_name"] == "Rosa Delgado"


@pytest.mark.parametrize(
    "text",
    [
        "Who is who on the new council.\n\nAnna Berg: Our longest-serving member, she has sat on it since 1998.",
        "Player ratings.\n\nTom Hale: You may know him from the market, where he sells fish.",
    ],
)
def test_a_profiles_lines_are_the_writers(text: str) -> None:
    assert quote_records(text) == []
