"""The outer source of a nested statement: '"...," X said, according to the Herald.',
'According to the Herald, X said "..."', '(X said A), the Herald reported.' PolNeAR gives
the statement to the outlet or document it rests on. Self-written sentences."""

import pytest

from workbench.quotes import extract_quotes


def _rows(text: str) -> list[tuple[str, str]]:
    q = extract_quotes(text)
    return [(r.speaker, r.text) for r in q.itertuples()]


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            "“We will not wait for the courts to act on this,” Tom Baxter said at a rally in Akron, "
            "according to the Dayton Herald.",
            [("Dayton Herald", "We will not wait for the courts to act on this")],
        ),
        (
            # (a report, not a record of the words: a transcript leaves them to Baxter,
            # test_according_tails)
            "“Is this really the plan for the bridge?” Tom Baxter asked at a rally, according to a pool report.",
            [("a pool report", "Is this really the plan for the bridge?")],
        ),
        (
            "According to the Dayton Herald, the mayor said the new bridge was “a waste of good money.”",
            [("Dayton Herald", "the mayor said the new bridge was “a waste of good money.”")],
        ),
        (
            "The mayor said the new bridge would be finished before the winter floods, the Dayton Herald reported.",
            [("Dayton Herald", "The mayor said the new bridge would be finished before the winter floods")],
        ),
    ],
)
def test_outer_source_takes_the_statement(text, rows):
    assert _rows(text) == rows


def test_inner_speaker_stays_without_outer_source():
    text = "“We will not wait for the courts to act on this,” Tom Baxter told the Dayton Herald."
    assert _rows(text) == [("Tom Baxter", "We will not wait for the courts to act on this")]


def test_two_outlets_in_one_sentence_add_no_statement():
    text = (
        "In Akron, marchers carried white roses through the square, the Dayton Herald reported, while "
        "in Canton the parade opened with a long drum roll, the Canton Ledger reported."
    )
    assert all(speaker != "Canton Ledger" or "Akron" not in t for speaker, t in _rows(text))
