"""An "according to" source may hold a number with a thousands comma, and a survey or poll
"of" people is the source, not the people asked. Sentences written for the test."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "According to a survey of 2,000 adults, most people now cook at home.",
            ("most people now cook at home", "a survey of 2,000 adults", "document"),
        ),
        (
            "Most people now cook at home, according to a poll of 1,500 shoppers.",
            ("Most people now cook at home", "a poll of 1,500 shoppers", "document"),
        ),
        (
            "The ferry is popular, according to a survey of residents.",
            ("The ferry is popular", "a survey of residents", "document"),
        ),
        (
            "The ferry is popular, according to a statement from the council.",
            ("The ferry is popular", "the council", "organisation"),
        ),
    ],
)
def test_the_source(text, expected):
    (r,) = quote_records("Intro.\n\n" + text)
    assert (r["text"], str(r["speaker"]), str(r["source_type"])) == expected
