"""Quoted words a naming verb gives its object, found in more shapes: a second verb
coordinated after a first one ('praised X but described Y as "..."'), a relative clause after
a name ('Ann Ruiz, who called the sentence "..."'), 'what X described as "..."' and an
apposition after the naming clause's subject. Sentences self-written, on other topics."""

import pytest

from workbench.quotes import quote_records


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker_name"], r["cue"], r["text"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            'The coach praised the defense but described the midfield as "a work in progress."',
            [("coach", "described", 'the midfield as "a work in progress."')],
        ),
        (
            'The mayor thanked the volunteers and called the clean-up "a triumph of community spirit."',
            [("mayor", "called", 'the clean-up "a triumph of community spirit."')],
        ),
        (
            "The chief executive welcomed the audit and labeled the old accounts "
            '"a mess nobody wanted to touch."',
            [("chief executive", "labeled", 'the old accounts "a mess nobody wanted to touch."')],
        ),
    ],
)
def test_second_coordinated_naming_verb_takes_the_quotation(text, rows):
    assert _rows(text) == rows


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            'The verdict was condemned by Senator Ann Ruiz, who called the sentence "far too lenient."',
            [("Ann Ruiz", "called", 'the sentence "far too lenient."')],
        ),
        (
            'The league fined the striker Tom Reed, who mocked the referees as "blind and biased," '
            "after the game.",
            [("Tom Reed", "mocked", 'the referees as "blind and biased,"')],
        ),
        (
            "The trial was halted by Judge Mara Kent, who described the new evidence as "
            '"deeply troubling for the prosecution."',
            [("Mara Kent", "described", 'the new evidence as "deeply troubling for the prosecution."')],
        ),
    ],
)
def test_relative_clause_after_a_name_speaks_for_the_name(text, rows):
    assert _rows(text) == rows


def test_relative_clause_with_one_quoted_word_is_no_statement():
    # a single word named in a relative clause is mostly a label, not a statement
    assert _rows('The study was praised by nurses, who once called such wards "hopeless."') == []


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            'The plant closed in what the mayor described as "a painful but necessary step."',
            [("mayor", "described", 'as "a painful but necessary step."')],
        ),
        (
            'The court heard what the prosecutor referred to as "a pattern of deceit."',
            [("prosecutor", "referred to", 'as "a pattern of deceit."')],
        ),
        (
            'Residents fought against what Jan Berg, head of the tenants group, called "a land grab."',
            [("Jan Berg", "called", "a land grab.")],
        ),
        (
            'Shares fell after what the analyst Tom Reed characterized as "a disastrous quarter for retail."',
            [("Tom Reed", "characterized", 'as "a disastrous quarter for retail."')],
        ),
    ],
)
def test_what_x_described_as(text, rows):
    assert _rows(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        # an adverbial, not an apposition, between the subject and the verb: no guessing
        'Fans booed what the club, in a statement on Monday, called "a regrettable error."',
        # a participle of a speech verb before "what": the quotation is part of its report
        'Analysts were quoted lamenting what the authors described as "missed chances to fix the budget."',
    ],
)
def test_what_x_called_left_alone(text):
    assert [r for r in _rows(text) if r[1] in ("called", "described")] == []


@pytest.mark.parametrize(
    "text, name",
    [
        ('Police arrested a man who called the victim "a liar and a thief" during the fight.', "man"),
        ('The club fired the coach who once called the owner "a bully with a chequebook."', "coach"),
    ],
)
def test_restrictive_relative_before_naming_verb_speaks_for_its_noun(text, name):
    # the sentence's subject (the police, the club) said none of it
    assert [r[0] for r in _rows(text)] == [name]
