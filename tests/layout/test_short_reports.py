"""Short reports whose last paragraph is a quote (issue 14): the layout model keeps every
paragraph of a report of two or three paragraphs, the quoted last one included. Each report
is written for this test."""

import pytest

from workbench.layout import article_text, label_blocks

REPORTS = {
    "byline, dateline, teaser line after it": (
        "Ferry Strike Called Off\n\nBy Tom Ashby\n\nUpdated 12 June 2022\n\n",
        [
            "Ferry crews in the northern ports called off a planned strike late on Sunday.",
            '"We have an agreement that protects every job," said Mara Lind, the union\'s secretary.',
        ],
        "Read more: Port news\n",
    ),
    "three paragraphs, a quote without attribution at the end, rights line": (
        "Library Opens Longer Hours\n\n",
        [
            "The city library will open until ten in the evening from next month, the council said.",
            "Students had asked for longer hours during the exam season for several years.",
            '"It is the best news we have had all year."',
        ],
        "© 2023 Example Courier\n",
    ),
    "no title furniture, a quote with the speaker after it": (
        "",
        [
            "Heavy rain closed two mountain roads on Tuesday and cut power to a few hundred homes.",
            '"The crews will work through the night to reopen them," a regional spokesman said.',
        ],
        "",
    ),
}


@pytest.mark.parametrize("name", list(REPORTS))
def test_short_report_keeps_its_quoted_last_paragraph(name):
    head, paragraphs, tail = REPORTS[name]
    text = head + "\n\n".join(paragraphs) + "\n\n" + tail
    assert article_text(label_blocks(text)).split("\n\n") == paragraphs
