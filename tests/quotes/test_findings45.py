"""Findings and their edges: a text named with its author past an "of" complement or set off
by commas; a closing ", researchers (at X) found."; a pronoun whose antecedent is a finder;
", according to the report, published on X." holds no second part; a quoted verb phrase's
own "that" is no clause start; "suggested" with an indefinite noun object is no statement;
a finder's "estimate that" is a finding.
Self-written sentences."""

import pytest

from workbench.quotes import quote_records


def _recs(text: str) -> list[tuple[str, str]]:
    return [(r["text"], r["speaker_name"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        # M4: an "of" complement between the text's noun and "by", or the author in commas
        (
            "A review of 31 studies by the Orlen Institute concluded that the tablets made no difference.",
            "the tablets made no difference",
            "Orlen Institute",
        ),
        (
            "The survey of 3,200 nurses by the Brackley Foundation found that most planned to leave.",
            "most planned to leave",
            "Brackley Foundation",
        ),
        (
            "An analysis of ambulance logs by the Tarvin Institute found that waits had tripled.",
            "waits had tripled",
            "Tarvin Institute",
        ),
        (
            "The forecast, by economists at Pellow Bank, suggests that prices will fall next year.",
            "prices will fall next year",
            "economists",
        ),
        # M8: a bare plural finder closing the sentence
        (
            "Children who walked to school were fitter, researchers found.",
            "Children who walked to school were fitter",
            "researchers",
        ),
        (
            "Frogs in warmer ponds grew faster, scientists at Marden University found.",
            "Frogs in warmer ponds grew faster",
            "scientists",
        ),
        # M9: a pronoun subject whose antecedent, the sentence before's subject, is a finder
        (
            "The researchers followed 900 cyclists for a decade. They found that helmet use had doubled.",
            "helmet use had doubled",
            "researchers",
        ),
        (
            "The team studied the hospital's records. They found that night shifts were understaffed.",
            "night shifts were understaffed",
            "team",
        ),
        (
            "The audit examined every contract. It found that two had been signed without approval.",
            "two had been signed without approval",
            "audit",
        ),
        # M18: the narrator's participle on the source is no second part of the content
        (
            "Otter numbers have doubled, according to the Clearwater report, published by the River Guild.",
            "Otter numbers have doubled",
            "Clearwater report",
        ),
        (
            "Bus fares rose by a tenth, according to the review, published on Friday.",
            "Bus fares rose by a tenth",
            "review",
        ),
        # M10: the quoted verb phrase's inner "that" is no start of the clause
        (
            'Professor Ida Holm said the results "overturn the belief that memory fades evenly".',
            'the results "overturn the belief that memory fades evenly"',
            "Ida Holm",
        ),
        (
            'The mayor said the verdict "ignores the fact that the road is unsafe".',
            'the verdict "ignores the fact that the road is unsafe"',
            "mayor",
        ),
    ],
)
def test_statement(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _recs(text)


@pytest.mark.parametrize(
    "text",
    [
        # M9: the pronoun's sentence before names no finder, or a finder of another number
        "The police searched the flat. They found that the window was open.",
        "The researchers studied the data. She found that rents had risen.",
        # M11: an indefinite noun object of "suggest" is what was put forward
        "Earlier trials have suggested a link between green tea and lower blood pressure.",
        "The mayor suggested a truce on Tuesday.",
        "Experts have suggested a range of causes for the drop.",
    ],
)
def test_no_statement(text: str) -> None:
    assert _recs(text) == []


@pytest.mark.parametrize(
    "text, content",
    [
        # "suggested" before an indefinite subject and its verb is a clause
        ("Analysts suggested a ceasefire could hold until spring.", "a ceasefire could hold until spring"),
        (
            "The poll suggested a majority of tenants backed the rent cap.",
            "a majority of tenants backed the rent cap",
        ),
    ],
)
def test_suggested_clause(text: str, content: str) -> None:
    assert content in [c for c, _ in _recs(text)]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        # K11: a finder's "estimate that" is the finder's finding
        (
            "Researchers estimate that the new vaccine could save 900 lives a year.",
            "the new vaccine could save 900 lives a year",
            "Researchers",
        ),
        (
            "Economists estimated that the closure cost the port 12 million pounds.",
            "the closure cost the port 12 million pounds",
            "Economists",
        ),
    ],
)
def test_finders_estimate(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _recs(text)


@pytest.mark.parametrize(
    "text",
    [
        # anyone else's estimate stays narration, as PolNeAR reads it
        "Insurers estimate that the storm will cost them 80 million pounds.",
        "He estimated that 400 people had come.",
    ],
)
def test_others_estimate(text: str) -> None:
    assert _recs(text) == []
