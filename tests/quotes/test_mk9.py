"""Quotations whose span or attribution our rules read wrongly on real news (PolNeAR train
classes, sentences self-written)."""

import pytest

from workbench.quotes import extract_quotes


def _rows(text: str) -> list[tuple[str, str]]:
    q = extract_quotes(text)
    return [(r.speaker, r.text) for r in q.itertuples()]


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        (
            'On the radio show "Morning Talk," Lund said that the mayor is "hiding the real cost of '
            'the new bridge from everyone."',
            "Lund",
            "hiding the real cost",
        ),
        (
            'Speaking on "Evening News," Moe said, "We will not accept this budget under any circumstances."',
            "Moe",
            "We will not accept this budget",
        ),
    ],
)
def test_title_in_opening_phrase_is_not_the_statement(text, speaker, words):
    rows = _rows(text)
    assert len(rows) == 1
    assert rows[0][0] == speaker and words in rows[0][1]
    assert "Morning Talk" not in rows[0][1] and "Evening News" not in rows[0][1]


def test_a_statement_that_opens_mid_sentence_keeps_its_lead():
    # the lead-in is a clause, not an opening phrase: the words before the mark are said
    rows = _rows('Teachers at the school are "very, very loyal to the union," said Per Lund.')
    assert len(rows) == 1 and rows[0][0] == "Per Lund"
    assert rows[0][1].startswith('Teachers at the school are "very, very loyal')


@pytest.mark.parametrize(
    "text, statement",
    [
        (
            'Ranking the towns by their seat in the regional tables, Berg said, "is like reading the '
            'clouds to guess the harvest."',
            "Ranking the towns by their seat in the regional tables is like reading the clouds to guess the harvest.",
        ),
        (
            'The ferry was late again, and in the end, Berg said, "nobody in this town trusts the timetable any more."',
            "in the end nobody in this town trusts the timetable any more.",
        ),
    ],
)
def test_sentence_the_quotation_finishes_keeps_the_writers_start(text, statement):
    assert _rows(text) == [("Berg", statement)]


def test_quotation_in_capitals_after_the_attribution_stands_alone():
    rows = _rows('Of the new road, Berg said, "It is a little much for a town this size."')
    assert rows == [("Berg", "It is a little much for a town this size.")]


def test_quotation_after_a_colon_with_its_own_attribution_stands_apart():
    text = (
        "Soon after the fire at the old mill, Berg argued that the town had lost its heart: "
        '"This is no longer our town," she claimed.'
    )
    assert ("she", "This is no longer our town") in _rows(text)
    assert not any("lost its heart" in t for _, t in _rows(text))


def test_cue_right_before_the_colon_keeps_its_quotation():
    rows = _rows('Asked about the ban, Lund said: "There will always be a few holdouts," the paper reported.')
    assert [s for s, t in rows if "holdouts" in t] == ["Lund"]


def test_attribution_followed_by_another_clause_ending_in_a_colon():
    # the colon belongs to 'as the farmer yelled', not to 'Berg said' (a verb out of the list)
    text = (
        "The mayor was in town. "
        '"Apparently there is a young man here who is having some problems," Berg said as the '
        'farmer yelled: "Go home!"'
    )
    assert ("Berg", "Apparently there is a young man here who is having some problems") in _rows(text)
