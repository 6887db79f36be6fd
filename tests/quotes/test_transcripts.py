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
