"""A cue inside a relative clause with its own subject ("The bridge that Lund said ...") is
that subject's, not the speaker of the noun the clause hangs on; when the relative clause
belongs to the sentence's subject, the statement ends where the main clause's verb comes in.
"Now that X said ..." opens a subordinate clause, not a relative one. Sentences self-written."""

import pytest

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str]]:
    return [(r["speaker_name"], r["text"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, name, content",
    [
        (
            "The bridge that Lund said the county would pay for is closed.",
            "Lund",
            "that the county would pay for",
        ),
        ("A plan that critics say will raise rents was approved on Monday.", "critics", "will raise rents"),
        ("The man who police say fled the scene was arrested.", "police", "fled the scene"),
        ("The plan that critics say is unfair was approved.", "critics", "is unfair"),
        ("The county built a bridge that Lund said was unsafe.", "Lund", "was unsafe"),
    ],
)
def test_a_relative_clause_s_own_subject_speaks(text: str, name: str, content: str) -> None:
    assert _records(text) == [(name, content)]


def test_a_preposition_s_relative_clause_runs_to_its_clause_end() -> None:
    [r] = quote_records(
        "On the morning that a ferry firm announced its boats were sailing again, we drove to the port."
    )
    assert (r["speaker_name"], r["text"]) == ("ferry firm", "that its boats were sailing again")


def test_the_subject_with_a_relative_clause_of_its_own_still_speaks() -> None:
    assert _records("The man who fled said the police had lied.") == [("man", "the police had lied")]


@pytest.mark.parametrize(
    "text, name, content",
    [
        (
            "Now that the mayor has said the budget is balanced, the council can vote.",
            "mayor",
            "the budget is balanced",
        ),
        (
            "Now that Tom Reed has claimed that the port is bankrupt, the board must answer.",
            "Tom Reed",
            "the port is bankrupt",
        ),
    ],
)
def test_now_that_opens_a_subordinate_clause(text: str, name: str, content: str) -> None:
    assert _records(text) == [(name, content)]
