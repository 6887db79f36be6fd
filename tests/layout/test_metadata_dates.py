"""Slash dates read the way the page writes its dates: "8/1/2025" is 1 August on a page that
writes "12/19/2025" or "December 19, 2025", 8 January on one that writes "19/12/2025" or
"19 December 2025" (self-written lines)."""

from datetime import date

import pandas as pd
import pytest

from workbench.layout import _metadata_dates as dates
from workbench.layout import _metadata_parse as parse

from .test_metadata import copy, meta_of


@pytest.mark.parametrize(
    "texts, month_first",
    [
        (["Posted 12/19/2025 by the desk"], True),
        (["Posted 19/12/2025 by the desk"], False),
        (["Tuesday, December 19, 2025"], True),
        (["19 December 2025"], False),
        # the numbers outvote the words: they are the form in question
        (["3/25/2024", "2 May 2024", "9 June 2024"], True),
        (["25/3/2024", "May 2, 2024", "June 9, 2024"], False),
        # no evidence, or a tie: day first, as the dot form and most of the world write it
        (["8/1/2025", "nothing else dated"], False),
        (["12/19/2025", "19/12/2025"], False),
        ([], False),
    ],
)
def test_month_first_from_the_pages_own_dates(texts, month_first):
    assert dates.month_first(texts) is month_first


@pytest.mark.parametrize(
    "line, ambiguous",
    [("8/1/2025", True), ("08/01/2025 10:30", True), ("8/8/2025", False), ("19/1/2025", False)]
    + [("1/19/2025", False), ("8.1.2025", False), ("2025/8/1", False), ("18/1/20255", False)],
)
def test_ambiguous_slash(line, ambiguous):
    assert dates.ambiguous_slash(line) is ambiguous


def test_find_date_month_first_only_where_either_way_reads():
    assert dates.find_date("8/1/2025") == date(2025, 1, 8)
    assert dates.find_date("8/1/2025", month_first=True) == date(2025, 8, 1)
    # one reading only: the order asked for does not matter
    assert dates.find_date("1/19/2025", month_first=False) == date(2025, 1, 19)
    assert dates.find_date("19/1/2025", month_first=True) == date(2025, 1, 19)
    # dots are day first wherever they are written
    assert dates.find_date("8.1.2025", month_first=True) == date(2025, 1, 8)
    # the line readers still import the reader from _metadata_parse
    assert parse.find_date is dates.find_date


@pytest.mark.parametrize(
    "other, day",
    [
        ("Related: Ferry timetable changes announced 12/19/2024", "2025-08-01"),
        ("Related: Ferry timetable changes announced 19/12/2024", "2025-01-08"),
        ("Related: Ferry timetable changes announced December 19, 2024", "2025-08-01"),
        ("Related: Ferry timetable changes announced 19 December 2024", "2025-01-08"),
    ],
)
def test_dateline_read_the_way_the_page_writes_dates(other, day):
    text = copy(
        "Harbour town votes to rebuild its old sea wall",
        "By Mara Olsen",
        "Published 8/1/2025",
        tail=(other,),
    )
    assert meta_of(text)["published"] == pd.Timestamp(day, tz="UTC")
