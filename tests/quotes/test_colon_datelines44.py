"""A city's colon dateline opening a paragraph, as Gulf and South Asian copy writes it
("ISLAMABAD: The minister said ..."), is no speaker and no part of the sentence's subject; a
transcript's speaker labelled in capitals on several lines stays one. Self-written sentences."""

import pytest

from workbench.quotes import quote_records


def _names(text: str) -> list[str]:
    return [r["speaker_name"] for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, names",
    [
        ("WELLINGTON: The prime minister said the budget would be balanced next year.", ["prime minister"]),
        ("ISLAMABAD: Prime Minister Farooq Jamali said the talks would resume.", ["Farooq Jamali"]),
        ("NEW DELHI: The central bank said inflation would ease by March.", ["central bank"]),
    ],
)
def test_a_citys_colon_dateline_is_no_speaker(text, names):
    assert _names("Intro.\n\n" + text) == names


def test_the_dateline_is_no_part_of_the_content():
    [r] = quote_records("Intro.\n\nLONDON: Shares fell sharply on Tuesday, traders said.")
    assert r["text"] == "Shares fell sharply on Tuesday"


def test_a_label_that_is_a_surname_of_the_text_stays_a_speaker():
    text = "Governor Ana Bolton spoke to the station.\n\nBOLTON: We have to bring the county together."
    assert _names(text) == ["Ana Bolton"]
