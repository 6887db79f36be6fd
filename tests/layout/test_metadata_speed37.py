"""The metadata step's exact gates (issue 14): each gives what the ungated path gives, on
written lines and on random lines made of date pieces."""

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.layout import _metadata_dates as dates
from workbench.layout._metadata_page import Line, lines_of


def month_first_ungated(texts) -> bool:
    """:func:`dates.month_first` as it was: every regex on every line."""
    texts = list(texts)
    votes = 0
    for text in texts:
        for a, b in dates.SLASH_DATE.findall(text):
            votes += (int(b) > 12 >= int(a)) - (int(a) > 12 >= int(b))
    if votes:
        return votes > 0
    for text in texts:
        if dates.YEAR.search(text):
            votes += len(dates.DATES[1].findall(text)) - len(dates.DATES[2].findall(text))
    return votes > 0


WRITTEN = [
    ["Filed 4/11/2023, revised May 2, 2023"],
    ["3 March 2022", "March 3, 2022", "MARCH 4TH, 2022", "Mar. 5 2021"],
    ["19/12/2025", "8/1/2025"],
    ["The 2019 vote", "by 20 votes", "1920 people"],
    ["sept 1st, 2024", "1 sept 2024", "2 sept 2024"],
    # each gate decides alone: a year of the 1900s, a month-first form, a slash date
    ["Posted March 3, 1999"],
    ["1999: 4 May 1999, 5 June 1999", "June 6, 2001"],
    ["Issue 12/19/1998"],
    ["Mar. 5 2021"],
]
#: Pieces of dates and of the text around them: random lines hold a day, a month, a year,
#: a slash or a dot in any order.
DATE_PIECES = "3|12|19|20|2024|1999|/|.|,| |  |\n|st|TH|de |May|march|Sept|dezembro|abc|x|-".split("|")


def test_month_first_gates_on_written_pages():
    for texts in WRITTEN:
        assert dates.month_first(texts) is month_first_ungated(texts), texts


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.lists(st.sampled_from(DATE_PIECES), max_size=12).map("".join), max_size=5))
def test_month_first_gates_on_random_pages(texts):
    assert dates.month_first(texts) is month_first_ungated(texts)


def test_lines_of_makes_the_lines_the_class_makes():
    blocks = [
        {"kind": "title", "raw": "  Sea Wall Vote Delayed  "},
        {"kind": "body", "raw": "First line.\n\n  Second line.  \n"},
        {"kind": "footer", "raw": "", "text": "Footer text"},
        {"kind": "other", "raw": "   "},
    ]
    want = [
        Line("Sea Wall Vote Delayed", "title", 0),
        Line("First line.", "body", 1),
        Line("Second line.", "body", 2),
        Line("Footer text", "footer", 3),
    ]
    assert lines_of(blocks) == want
