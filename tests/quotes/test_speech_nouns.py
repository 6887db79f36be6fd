"""A noun naming something said, and its "that" clause, is a statement: of the possessor
("Her answer was that ...") or of the subject who makes or repeats it ("reiterated his claim
that ..."); a mood or a claim rejected is not. Sentences self-written."""

import pytest

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker_name"], r["text"], r["cue"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, name, content, cue",
    [
        (
            "Ms Carter's answer was that the family comes first.",
            "Carter",
            "the family comes first",
            "answer was",
        ),
        (
            "Mr. Hale's most surprising suggestion was that the mayor had used a private phone.",
            "Hale",
            "the mayor had used a private phone",
            "suggestion was",
        ),
        (
            "Tom Reed reiterated his claim that the board had misled the tenants.",
            "Tom Reed",
            "the board had misled the tenants",
            "reiterated his claim",
        ),
        (
            "The coach also made the point that younger players need more rest.",
            "coach",
            "younger players need more rest",
            "made the point",
        ),
        (
            "The lifeguard repeated his warning that the currents were dangerous.",
            "lifeguard",
            "the currents were dangerous",
            "repeated his warning",
        ),
        (
            "After the vote, the chief executive's message was that jobs were safe.",
            "chief executive",
            "jobs were safe",
            "message was",
        ),
        (
            'The senator\'s answer was that "the family comes first," so the city should help parents.',
            "senator",
            '"the family comes first," so the city should help parents',
            "answer was",
        ),
    ],
)
def test_a_speech_noun_s_that_clause_is_a_statement(text: str, name: str, content: str, cue: str) -> None:
    assert _records(text) == [(name, content, cue)]


@pytest.mark.parametrize(
    "text",
    [
        "Their fear is that the vote will come too late.",
        "The mayor rejected the claim that the budget was in deficit.",
        "The storm's main message was that the coast is not ready.",
    ],
)
def test_a_mood_a_rejected_claim_or_a_thing_s_point_is_no_statement(text: str) -> None:
    assert _records(text) == []
