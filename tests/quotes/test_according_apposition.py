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
