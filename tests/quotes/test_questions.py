"""Questions a named asker puts ("X asked Y whether ...", "was asked by X why ..."): the
asker's statement from the wh-word on; no asker named, no statement. Self-written sentences."""

import pytest

from workbench.quotes import extract_quotes


def _rows(text: str) -> list[tuple[str, str]]:
    q = extract_quotes(text)
    return [(r.speaker, r.text) for r in q.itertuples()]


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            "The mayor was asked by a reporter whether the council would pay for the bridge.",
            [("a reporter", "whether the council would pay for the bridge")],
        ),
        (
            "When a reporter later asked Dunmore if the bridge would reopen, he said it was too early to tell.",
            [("a reporter", "if the bridge would reopen"), ("he", "it was too early to tell")],
        ),
    ],
)
def test_question_of_a_named_asker(text, rows):
    assert _rows(text) == rows


def test_question_without_asker_is_no_statement():
    text = "Asked whether the council would pay for the bridge, the mayor said it was too early to tell."
    assert _rows(text) == [("the mayor", "it was too early to tell")]
