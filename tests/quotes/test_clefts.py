"""A cleft sentence's opening ("It was in May that ...") is no part of the statement its
clause reports, nor of the speaker: the subject after "that" speaks, an apposition of
it included. Sentences self-written."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    "text, name, content",
    [
        (
            "It was in May that Jane Smith said it was unthinkable for her to run.",
            "Jane Smith",
            "it was unthinkable for her to run",
        ),
        (
            "It was two years ago that Jane Smith, who is weighing a run for governor, said it was "
            "unthinkable for her to enter the race.",
            "Jane Smith",
            "it was unthinkable for her to enter the race",
        ),
        ("It is only now that officials say the dam is safe.", "officials", "the dam is safe"),
        ("It was the bridge that Lund said the county would pay for.", "Lund", "the county would pay for"),
    ],
)
def test_the_clause_after_a_cleft_s_that_reports(text: str, name: str, content: str) -> None:
    [r] = quote_records(text)
    assert (r["speaker_name"], r["text"]) == (name, content)


def test_a_relative_that_keeps_its_pronoun() -> None:
    [r] = quote_records("The county built a bridge that Lund said the state would pay for.")
    assert r["text"].startswith("that ") and r["speaker_name"] == "Lund"
