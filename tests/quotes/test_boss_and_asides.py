"""A boss is a speaker's role; an aside about the speaker's body may hold a number with a
thousands comma; a body's word first makes a name an organisation's. Sentences written for
the test."""

import pytest

from workbench.quotes import quote_records


def _row(text: str) -> tuple[str, str, str, str]:
    (r,) = quote_records("Intro.\n\n" + text)
    return r["text"], str(r["speaker"]), str(r["speaker_name"]), str(r["source_type"])


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'The boss of the bakery, which employs 40 people, said: "We have no choice."',
            ("We have no choice.", "The boss of the bakery", "boss", "anonymous"),
        ),
        (
            "A spokeswoman for the league, which has 12,500 members, said the rules would change.",
            ("the rules would change", "A spokeswoman for the league", "spokeswoman", "anonymous"),
        ),
        (
            "Police Marsbury said a man had been charged.",
            ("a man had been charged", "Police Marsbury", "Police Marsbury", "organisation"),
        ),
    ],
)
def test_speaker(text, expected):
    assert _row(text) == expected
