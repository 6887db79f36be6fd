"""Promises a source makes ("X vowed to ...", "has promised Monday to ..."): the speaker's
statement from "to" on. Self-written sentences."""

import pytest

from workbench.quotes import extract_quotes


def _rows(text: str) -> list[tuple[str, str, str]]:
    q = extract_quotes(text)
    return [(r.speaker, r.cue, r.text) for r in q.itertuples()]


@pytest.mark.parametrize(
    "text, row",
    [
        (
            "Dunmore vowed to rebuild the bridge before the winter storms.",
            ("Dunmore", "vowed", "to rebuild the bridge before the winter storms"),
        ),
        (
            "The senator has promised Monday to cut the ferry fares by half.",
            ("The senator", "promised", "to cut the ferry fares by half"),
        ),
    ],
)
def test_promise_is_a_statement(text, row):
    assert _rows(text) == [row]


@pytest.mark.parametrize(
    "text",
    [
        "The government has promised 20 more clinics by 2027.",  # a noun object: no content
        "The promised bridge was never built.",
    ],
)
def test_no_promise_without_an_infinitive(text):
    assert _rows(text) == []
