"""A closing "according to X" attributes the clause after a colon or inside an open bracket,
not the sentence from its start; a colon before a list hands over no clause. Self-written."""

import pytest

from workbench.quotes import extract_quotes


def _rows(text: str) -> list[tuple[str, str]]:
    q = extract_quotes(text)
    return [(r.speaker, r.text) for r in q.itertuples()]


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            "The port has kept its lead despite the new levy: Rotterdam was the busiest harbour in "
            "Europe last year, according to a shipping survey.",
            [("a shipping survey", "Rotterdam was the busiest harbour in Europe last year")],
        ),
        (
            "The mayor repeated the figure of 40 percent (the real share is closer to 12 percent, "
            "according to the Dayton Herald).",
            [("Dayton Herald", "the real share is closer to 12 percent")],
        ),
    ],
)
def test_statement_starts_after_colon_or_bracket(text, rows):
    assert _rows(text) == rows


def test_colon_before_a_list_keeps_the_sentence():
    text = (
        "The council searched the files of the three aides closest to the mayor: Ann Lee, Bo Park "
        "and Cy Moss, according to a court filing."
    )
    assert [t for _, t in _rows(text)] == [
        "The council searched the files of the three aides closest to the mayor: Ann Lee, Bo Park and Cy Moss"
    ]
