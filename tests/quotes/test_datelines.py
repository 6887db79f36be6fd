"""A wire dateline opening a sentence (issue 15) is no part of its speaker or statement:
the sentence rules read the sentence from the first word after it, also when the
segmenter ended a sentence at the state's full stop ("HARLOW, Ore."). Sentences written
for the rules."""

import pytest

from workbench.quotes import extract_quotes

DATELINES = [
    "HARLOW, Ore. (AP) \u2014 ",
    "HARLOW, Ore. \u2014 ",
    "HARLOW, New Mexico - ",
    "HARLOW, Ore., Feb. 9 (UPI) \u2014 ",
    "HARLOW \u2014 ",
]


@pytest.mark.parametrize("dateline", DATELINES)
def test_dateline_before_the_speaker(dateline):
    text = f'{dateline}Democratic state Sen. Tessa Brandt on Friday criticised the plan as "a gift to developers."'
    df = extract_quotes(text)
    assert list(df["speaker"]) == ["Tessa Brandt"]
    assert list(df["text"]) == ["a gift to developers."]


@pytest.mark.parametrize("dateline", DATELINES)
def test_dateline_is_no_part_of_the_content(dateline):
    df = extract_quotes(f"{dateline}The next ferry will sail in May, the company announced.")
    assert list(df["text"]) == ["The next ferry will sail in May"]


@pytest.mark.parametrize("dateline", DATELINES)
def test_dateline_is_no_speaker(dateline):
    df = extract_quotes(f"{dateline}Ferry operators on Monday predicted a busy summer for the island.")
    assert list(df["speaker"]) == ["Ferry operators"]


def test_capitals_without_a_dash_stay_in_the_sentence():
    df = extract_quotes("NATO officials said the exercise would go ahead.")
    assert list(df["speaker"]) == ["NATO officials"]
