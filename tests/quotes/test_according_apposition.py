"""'According to Ann Cole, the council's leader, the budget is balanced': the person's
description in apposition after the name is no part of the statement; a thing after the
name's comma opens the statement ("the bridge, a key route, will close"). Sentences
self-written."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    "text, content",
    [
        ("According to Ann Cole, the council's leader, the budget is balanced.", "the budget is balanced"),
        (
            "According to Ann Cole, the bridge, a key route, will close.",
            "the bridge, a key route, will close",
        ),
        ("According to Ann Cole, the bridge is unsafe.", "the bridge is unsafe"),
    ],
)
def test_the_name_s_description_is_no_part_of_the_statement(text: str, content: str) -> None:
    [r] = quote_records(text)
    assert (r["speaker_name"], r["text"]) == ("Ann Cole", content)


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "According to Ann Cole, the mayor, however, will not resign.",
            "the mayor, however, will not resign",
        ),
        (
            "According to Ann Cole, the victims, two teenagers, were taken to hospital.",
            "the victims, two teenagers, were taken to hospital",
        ),
    ],
)
def test_the_statement_s_own_subject_stays(text: str, content: str) -> None:
    [r] = quote_records(text)
    assert r["text"] == content
