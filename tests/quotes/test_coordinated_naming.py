"""A naming verb's quotation is in its own clause: when a clause with a subject and a finite
verb of its own is coordinated after the object, the quotation is that clause's. Sentences
self-written."""

import pytest

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["cue"], r["text"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text",
    [
        'They called the council for help with the flood, but the line was "always engaged".',
        'He called the hotel to cancel, and the manager was "extremely helpful".',
    ],
)
def test_a_call_then_another_clause_names_nothing(text: str) -> None:
    assert _records(text) == []


def test_the_naming_of_the_second_clause_is_its_subjects() -> None:
    assert _records('They called it a draw, but the coach called the result "a robbery".') == [
        ("the coach", "called", 'the result "a robbery"')
    ]


@pytest.mark.parametrize(
    "text, said",
    [
        # coordinated objects, no clause: the naming holds
        (
            'He called the plan, and the budget behind it, "a fraud".',
            'the plan, and the budget behind it, "a fraud"',
        ),
        ('She called the scheme "a gift to landlords".', 'the scheme "a gift to landlords"'),
    ],
)
def test_a_naming_without_a_clause_between_holds(text: str, said: str) -> None:
    assert [t for _, _, t in _records(text)] == [said]


def test_a_pronoun_never_takes_a_description_after_it() -> None:
    # the manager is named after "He": no antecedent of his
    records = quote_records('He went to the hotel, and the manager was "very understanding about it".')
    assert [r["speaker_name"] for r in records] == ["unidentified speaker"]
    records = quote_records(
        'When the mayor unveiled the plans, she called them "a fresh start for the town".'
    )
    assert [r["speaker_name"] for r in records] == ["mayor"]


@pytest.mark.parametrize(
    "text",
    [
        'He called the deal, and the way it was negotiated, "shameful".',
        'He called the plan, and the minister who backed it, "reckless".',
        'She called the report, and the data it was based on, "deeply misleading".',
    ],
)
def test_a_coordinated_object_with_a_clause_keeps_the_naming(text: str) -> None:
    assert [c for _, c, _ in _records(text)] == ["called"]


@pytest.mark.parametrize(
    "text, said",
    [
        ('She called the offer "derisory", and the union agreed.', 'the offer "derisory"'),
        (
            'Ann called the plan "a total waste of money", and she was not alone.',
            'the plan "a total waste of money"',
        ),
        (
            'He described the ruling as "a victory for common sense", and his lawyers began drafting a reply.',
            'the ruling as "a victory for common sense"',
        ),
    ],
)
def test_a_naming_ends_before_a_clause_of_its_own(text: str, said: str) -> None:
    assert [t for _, _, t in _records(text)] == [said]


def test_a_naming_ends_before_a_named_subjects_clause() -> None:
    assert [t for _, _, t in _records('Smith called the move "bold", and Jones called it "foolish".')][
        :1
    ] == ['the move "bold"']


def test_a_statement_opened_before_the_mark_keeps_its_closing_mark() -> None:
    assert [
        t
        for _, _, t in _records(
            'Police arrived within minutes, but the suspect was "long gone", a witness said.'
        )
    ] == ['Police arrived within minutes, but the suspect was "long gone"']
