"""A prepositional phrase is never a speaker: a cue word used otherwise after one gives no
statement (sentences written for this test)."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    "text",
    [
        "More families now plan meals with apps, with parents turning to such tools for ideas and answers.",
        "Car hire is cheaper this summer, with many rental firms added to the scheme.",
        'Neighbours who called the noise "unbearable" complained to the council.',
    ],
)
def test_no_prepositional_phrase_speaks(text):
    speakers = [str(r["speaker"]) for r in quote_records(text)]
    assert not [s for s in speakers if s.split()[0].lower() in ("with", "from", "for", "into", "of", "to")]


def test_a_by_agent_and_a_share_still_speak():
    assert [
        r["speaker"] for r in quote_records("Over 70% of the tenants surveyed said the rents were too high.")
    ] == ["Over 70% of the tenants surveyed"]
