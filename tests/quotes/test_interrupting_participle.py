"""A speech participle after an interrupting or trailing cue ("The roads are closed, police
said, adding that drivers should stay at home."): the words before are one statement, the
participle's clause a second of the same speaker. Sentences self-written."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    ("text", "first", "second", "cue"),
    [
        (
            "The roads are closed, police said, adding that drivers should stay at home.",
            "The roads are closed",
            "drivers should stay at home",
            "adding",
        ),
        (
            "The trial will resume on Monday, the clerk said, adding that jurors had gone home.",
            "The trial will resume on Monday",
            "jurors had gone home",
            "adding",
        ),
        (
            "The bridge is unsafe, engineers said, warning that it could fail within a year.",
            "The bridge is unsafe",
            "it could fail within a year",
            "warning",
        ),
    ],
)
def test_the_participle_after_the_cue_is_a_second_statement(text, first, second, cue) -> None:
    got = [(r["text"], str(r["cue"])) for r in quote_records(text)]
    assert got[0][0] == first
    assert (second, cue) in got


def test_a_participle_with_an_object_adds_nothing() -> None:
    records = quote_records("The club will appeal, its manager said, adding weight to the rumours.")
    assert [r["text"] for r in records] == ["The club will appeal"]


def test_a_participle_with_a_pronoun_object_adds_nothing() -> None:
    records = quote_records("The team played well, the coach said, saying it twice for emphasis.")
    assert [r["text"] for r in records] == ["The team played well"]
