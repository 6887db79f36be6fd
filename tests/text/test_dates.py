"""The date grammar in text/: months, full dates of datelines, and their use by layout and timeline."""

import pandas as pd
import pytest

from workbench.layout import parse_date
from workbench.text import find_full_dates, month_number, parse_date_expression


@pytest.mark.parametrize(
    "word, number",
    [
        ("March", 3),
        ("march", 3),
        ("Mar.", 3),
        ("Sept.", 9),
        ("Sep", 9),
        ("Jun", 6),
        ("May", 5),
        ("Mayor", None),
    ],
)
def test_month_number(word, number):
    assert month_number(word) == number


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Updated 2021-05-04T10:30", [pd.Timestamp("2021-05-04 10:30", tz="UTC")]),
        ("04.05.2021, 9:15", [pd.Timestamp("2021-05-04 09:15", tz="UTC")]),
        ("Jun. 4, 2021", [pd.Timestamp("2021-06-04", tz="UTC")]),  # not May: one month list
        ("4 Aug 2021", [pd.Timestamp("2021-08-04", tz="UTC")]),
        ("31 February 2021", []),  # no such day
        ("Flight 12 Dec 1500 left", []),  # no year of the range 1900-2099
        ("in May", []),  # no day and year: not a full date
    ],
)
def test_find_full_dates(text, expected):
    assert [when for _a, _b, when in find_full_dates(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Published 4 May 2021 | 2021-05-05", pd.Timestamp("2021-05-05", tz="UTC")),  # ISO first
        ("Sept. 3, 2019", pd.Timestamp("2019-09-03", tz="UTC")),
        ("no date here", None),
    ],
)
def test_dateline_parse_date_uses_the_grammar(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text, month", [("late Sept. 2022", 9), ("in Aug. 2021", 8), ("on 2 Jun 2020", 6)])
def test_timeline_months_are_the_same_months(text, month):
    assert parse_date_expression(text).month == month
