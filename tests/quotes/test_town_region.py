"""The region after a town ("in Dayton, Ohio,") is never the speaker (issue 15): the
commas around it belong to the place, not to an apposition. Sentences written for the rules."""

import pytest

from workbench.quotes import extract_quotes


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Moss, during a rally in Dayton, Ohio, said she would "keep fighting."', "Moss"),
        ('"We keep fighting," Dana Moss, 67, a retired nurse in Dayton, Ohio, said on Friday.', "Dana Moss"),
        ('"We keep fighting," Dana Moss, 30, of Dayton, Ohio, who came with her sons, said.', "Dana Moss"),
        ('"We keep fighting," Mr. Moss, now retired in Ava, Mo., said by telephone.', "Moss"),
        ('Dana Moss of Albany, New York, said she would "keep fighting."', "Dana Moss"),
        ('A nurse in Dayton, Ohio, said she would "keep fighting."', "A nurse"),
    ],
)
def test_region_is_no_speaker(text, speaker):
    df = extract_quotes(text)
    assert list(df["speaker"]) == [speaker]


def test_name_after_opening_place_is_the_speaker():
    df = extract_quotes('In Dayton, Dana Moss said she would "keep fighting."')
    assert list(df["speaker"]) == ["Dana Moss"]
