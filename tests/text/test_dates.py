"""The date grammar in text/: months, full dates of datelines, and their use by layout and timeline."""

import pandas as pd
import pytest

from workbench.layout import parse_date
from workbench.text import date_expressions, find_dates, find_full_dates, month_number, parse_date_expression


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


# -- one grammar: each rule of the finder, seen through its three views -------------------------
# (sentence, DATE mentions of find_dates, (text, kind) of date_expressions)
RULES = [
    # a bare month is a date after a preposition, in any case of the preposition, and not elsewhere
    ("The talks resumed in March.", ["March"], [("March", "month")]),
    ("In March the talks resumed.", ["March"], [("March", "month")]),
    ("March on, the officer shouted.", [], []),
    ("The soldiers will march in silence.", [], []),
    # "May" the verb, the name and the month
    ("It may rain, and May I ask why?", [], []),
    ("The vote was held in May.", ["May"], [("May", "month")]),
    ("He said that May would resign.", [], []),
    # years as numbers: counted things, thousands with a comma, money and percentages
    ("The ministry sent 2000 troops.", [], []),
    ("About 2,000 troops and $1,999 were sent, 2014% more.", [], []),
    ("Sales rose 1999 percent.", [], []),
    ("The treaty was signed in 1783.", ["1783"], [("1783", "year")]),
    ("2014 was the year the war began.", ["2014"], [("2014", "year")]),
    ("2020 Election Results", [], []),
    ("The ceasefire of 2014, agreed in Minsk, held.", ["2014"], [("2014", "year")]),
    # a date in an ISO stamp is not a year of its own
    ("Updated 2021-05-04 by the desk.", [], []),
    # decades and weekdays are DATE mentions but name no month or year for the timeline
    ("Prices rose in the 1990s.", ["1990s"], []),
    ("The envoys met on Tuesday.", ["Tuesday"], []),
    (
        "The envoys met on Tuesday, Feb. 21, in Geneva.",
        ["Tuesday, February 21"],
        [("Tuesday, Feb. 21", "day")],
    ),
    ("The deadline is Feb. 21.", ["February 21"], [("Feb. 21", "day")]),
    ("The deadline is Sept 3rd, 2021.", ["September 3, 2021"], [("Sept 3rd, 2021", "day")]),
    # ranges: one expression for the timeline, each end a DATE mention
    (
        "It will be held in late November – early December.",
        ["late November", "early December"],
        [("late November – early December", "range")],
    ),
    (
        "It ran from November to December 2022.",
        ["November", "December 2022"],
        [("November to December 2022", "range")],
    ),
    ("The war lasted from 1808–1812 in the north.", ["1808", "1812"], [("1808–1812", "range")]),
    ("Copyright 2005-2019 by the paper.", ["2005", "2019"], [("2005-2019", "range")]),
    ("Prices doubled between 2014 and 2022.", ["2014", "2022"], [("2014 and 2022", "range")]),
    ("Elections were held in 2014 and 2022.", ["2014", "2022"], [("2014", "year"), ("2022", "year")]),
    ("Flowers open in June and July.", ["June", "July"], [("June", "month"), ("July", "month")]),
    # parts of a month or year, spelled out or not
    ("Talks stalled at the end of June.", ["the end of June"], [("the end of June", "month")]),
    ("Early 2022, the talks stalled.", ["Early 2022"], [("Early 2022", "year")]),
    # datelines in capitals
    ("PUBLISHED 4 MAY 2021", ["May 4, 2021"], [("4 MAY 2021", "day")]),
]


@pytest.mark.parametrize("text, mentions, expressions", RULES)
def test_one_grammar_three_views(text, mentions, expressions):
    assert [c for _s, _e, c in find_dates(text)] == mentions
    got = date_expressions(text)
    assert [(t, x.kind) for _s, _e, t, x in got] == expressions
    assert all(text[s:e] == t for s, e, t, _x in got)


@pytest.mark.parametrize(
    "text, part, month, year",
    [
        ("the end of June", "late", 6, None),
        ("the beginning of 2020", "early", None, 2020),
        ("mid-March 2020", "mid", 3, 2020),
        ("Christmas 2021", None, None, 2021),  # a holiday with a year dates to its year
    ],
)
def test_parts_of_a_month_or_year(text, part, month, year):
    x = parse_date_expression(text)
    assert (x.part, x.month, x.year) == (part, month, year)


def test_parse_needs_a_month_or_year():
    assert parse_date_expression("on Tuesday") is None
    assert parse_date_expression("the 1990s") is None


def test_dateline_glued_to_the_next_word():
    assert [w for _a, _b, w in find_full_dates("December 12, 2025Read more")] == [
        pd.Timestamp("2025-12-12", tz="UTC")
    ]
    assert [w for _a, _b, w in find_full_dates("November 20th, 2019 - 07:29 GMT")] == [
        pd.Timestamp("2019-11-20", tz="UTC")
    ]
