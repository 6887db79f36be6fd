"""Quotations whose source stands in the same sentence but whose subject was not found
(issue 15, round 7). Sentences written for the rules."""

import pytest

from workbench.quotes import extract_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    df = extract_quotes(text)
    return list(zip(df["speaker"], df["text"]))


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a quantifier's descriptor with a place after it, then a verb before the participle (the
        # place is the descriptor's, as PolNeAR writes such a source)
        (
            'One aide inside the hall tried to play down the vote, saying it was "a small hiccup."',
            "One aide inside the hall",
        ),
        (
            "Another official within the ministry sought to calm the growers, saying the tariff was "
            '"only a first offer."',
            "Another official within the ministry",
        ),
    ],
)
def test_participle_subject_with_place(text, speaker):
    found = _speakers(text)
    assert len(found) == 1 and found[0][0] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "Mr." before a name in the participle's clause is no sentence end: the clause's own
        # subject speaks, not the name after the title
        (
            'The union leader, Ann Roe, launched an attack on Mr. Smith, the mayor, saying he had "failed the workers."',
            "Ann Roe",
        ),
        # a party tag between a name and its verb
        (
            'But Sen. Ann Roe (R-Ohio) refused to discuss the race, responding that she is "not going to talk '
            'about that."',
            "Ann Roe",
        ),
        # a town, its region and a time open the sentence: the subject comes after them
        (
            'At a town hall in Bend, Oregon, on Monday, Lund tried to soften his remarks, saying the plan was "still alive."',
            "Lund",
        ),
    ],
)
def test_participle_subject_past_titles_tags_and_places(text, speaker):
    found = _speakers(text)
    assert len(found) == 1 and found[0][0] == speaker


def test_quoted_sentence_end_bounds_the_participle_clause():
    """'called it "worse than nothing." And Holm ...': a full stop inside closing marks ends
    the sentence before the participle's clause, whose subject is after it (the absolute
    "with the staff ... saying": the staff, as "with the aides ... saying" gives the aides)."""
    text = (
        'Rep. Tom Berg (D-Ohio) called it "worse than nothing." And Per Holm turned on Berg, with the staff '
        'of the former mayor saying he was "not a real reformer."'
    )
    assert _speakers(text)[-1][0] == "the staff of the former mayor"


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a role too long to read before the name that is the subject of "called"
        (
            'Port authority director for trade and shipping Kevin Lund called the deal "a disaster."',
            "Kevin Lund",
        ),
        ('The merger led to what aide Per Holm called "the end of an era" in the town.', "Per Holm"),
    ],
)
def test_name_after_long_role_before_called(text, speaker):
    found = _speakers(text)
    assert len(found) == 1 and found[0][0] == speaker


def test_name_after_preposition_is_no_subject_of_called():
    assert _speakers('The board sent a letter to Ann Roe called the plan "a disaster."') == []
