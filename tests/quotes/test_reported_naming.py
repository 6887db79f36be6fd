"""A naming participle right after a noun, inside the clause a cue before it reports, is part
of the reported words ('said it was the same as a coach calling his team "..."'): the cue's
statement holds it whole, and the cue's subject is not made the one who calls. A participle
after a comma still speaks for the clause's subject. Sentences self-written."""

import pytest

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker_name"], r["text"], r["cue"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, name, content, cue",
    [
        (
            'The mayor said it was the same as a coach calling his team "the best."',
            "mayor",
            'it was the same as a coach calling his team "the best."',
            "said",
        ),
        (
            'Lund said he was tired of rivals calling him "a quitter."',
            "Lund",
            'he was tired of rivals calling him "a quitter."',
            "said",
        ),
        (
            'The report says the stadium deal was like a landlord describing a leak as "a feature."',
            "report",
            'the stadium deal was like a landlord describing a leak as "a feature."',
            "says",
        ),
        (
            'Officials warned that fans dubbing the derby "a war" were not helping.',
            "Officials",
            'fans dubbing the derby "a war" were not helping',
            "warned",
        ),
    ],
)
def test_a_naming_participle_inside_the_reported_clause_is_part_of_it(
    text: str, name: str, content: str, cue: str
) -> None:
    assert _records(text) == [(name, content, cue)]


@pytest.mark.parametrize(
    "text, name, content",
    [
        ('The mayor hit back at the council, calling it "a circus."', "mayor", 'it "a circus."'),
    ],
)
def test_a_naming_participle_after_a_comma_is_the_subject_s(text: str, name: str, content: str) -> None:
    assert _records(text) == [(name, content, "calling")]


def test_a_report_before_the_naming_participle_is_a_statement_of_its_own() -> None:
    assert _records('Ryan said he backed the plan, calling it "a good start."') == [
        ("Ryan", "he backed the plan", "said"),
        ("Ryan", 'it "a good start."', "calling"),
    ]
