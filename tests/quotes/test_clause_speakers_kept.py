"""Statements the clause-speaker rules must keep, from a review of them: a body's or team's
name with a plural bare verb, a claim whose clause has a name and a present verb, an added
clause opening with a count, and a relative clause of "some of whom". Sentences self-written."""

import pytest

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["text"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, speaker, said",
    [
        (
            "Arsenal say the injury is not as serious as first feared.",
            "Arsenal",
            "the injury is not as serious as first feared",
        ),
        ("Microsoft say the outage has been fixed.", "Microsoft", "the outage has been fixed"),
        ("Prices will rise again in the autumn, say Ofgem.", "Ofgem", "Prices will rise again in the autumn"),
        (
            "Henrik Sorensen claims Lund lies about the accounts.",
            "Henrik Sorensen",
            "Lund lies about the accounts",
        ),
        (
            "The prosecutor claims Varga owns three shell companies.",
            "The prosecutor",
            "Varga owns three shell companies",
        ),
        ("She added 30 percent of staff had already left.", "She", "30 percent of staff had already left"),
        (
            "Fans of the club, some of whom travelled 300 miles, said the trip was worth it.",
            "Fans of the club, some of whom travelled 300 miles",
            "the trip was worth it",
        ),
        # the relative clause's report ends before the main verb
        (
            "Officials, some of whom said they feared for their jobs, spoke anonymously.",
            "some of whom",
            "they feared for their jobs",
        ),
    ],
)
def test_kept(text: str, speaker: str, said: str) -> None:
    assert _records(text) == [(speaker, said)]


@pytest.mark.parametrize(
    "text",
    ["Marsh note: the gallery closes at six.", 'Special report by our correspondent: "A night on the ward."'],
)
def test_a_name_before_a_label_is_no_speaker(text: str) -> None:
    assert _records(text) == []
