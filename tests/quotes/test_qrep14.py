"""Reported statements without quotation marks (issue 15, second round): where a reported
clause ends before the subject's next act. Self-written sentences."""

from __future__ import annotations

from workbench.quotes import extract_quotes

#: a quotation in the copy, so that its other sentences are read as reported speech
HEAD = (
    "Bakery permits.\n\nThe school board met on Tuesday. \u201cWe will decide soon,\u201d the chair said.\n\n"
)


def _rows(body: str):
    q = extract_quotes(HEAD + body)
    return [r for r in zip(q["kind"], q["speaker"], q["text"]) if not r[2].startswith("We will decide")]


def test_a_relative_statement_ends_before_the_main_verb_after_an_adverb():
    # "..., who said A, quietly closed B": the adverb does not hide the main clause's verb
    rows = _rows(
        "The baker, who said he would hire six cooks from the village, quietly closed the shop in June.\n"
    )
    assert [r[2] for r in rows] == ["he would hire six cooks from the village"]
    rows = _rows(
        "The baker, who said he would hire six cooks from the village, ultimately did not open a shop.\n"
    )
    assert [r[2] for r in rows] == ["he would hire six cooks from the village"]


def test_a_concessive_clause_between_commas_ends_before_the_main_verb():
    # "The mayor, though she praised A and said B, refused C": the main clause is no content
    rows = _rows(
        "The mayor, though she praised the harbour plan and said the board should hold a vote,"
        " flatly refused to pay for it this year.\n"
    )
    assert [r[2] for r in rows] == ["the board should hold a vote"]


def test_a_present_clause_ends_before_the_subjects_next_act_in_the_past():
    rows = _rows("The baker said she admires the inspector's patience and praised the new permit rules.\n")
    assert [r[2] for r in rows] == ["she admires the inspector's patience"]
    rows = _rows(
        "The teacher said that he earns little as a substitute and questioned how the levy would help.\n"
    )
    assert [r[2] for r in rows] == ["he earns little as a substitute"]
    rows = _rows("The coach said she is going to back the levy but has delayed her vote on the new gym.\n")
    assert [r[2] for r in rows] == ["she is going to back the levy"]


def test_a_past_clause_keeps_its_own_coordinated_verb():
    # "said the mayor was patient and praised ...": no tense tells whose act the second is
    rows = _rows("The baker said the inspector was patient and praised the new permit rules.\n")
    assert [r[2] for r in rows] == ["the inspector was patient and praised the new permit rules"]


def test_a_reported_clause_ends_before_but_and_a_new_subject():
    rows = _rows("The inspector said the oven was safe to use, but there were no records of a check.\n")
    assert [r[2] for r in rows] == ["the oven was safe to use"]
    rows = _rows("The principal said the roof would be fixed by May, but Lund had doubts about the money.\n")
    assert [r[2] for r in rows] == ["the roof would be fixed by May"]
    rows = _rows(
        "The harbour master said the pier could take more boats, and Lund agreed to a trial in June.\n"
    )
    assert [r[2] for r in rows] == ["the pier could take more boats"]


def test_but_without_a_new_subject_stays_in_the_clause():
    rows = _rows("The inspector said the oven was old but safe to use for another year.\n")
    assert [r[2] for r in rows] == ["the oven was old but safe to use for another year"]


def test_an_aside_between_dashes_before_that():
    # "said - in a letter, as it happens - that ...": the aside may hold a comma
    rows = _rows(
        "The principal said \u2014 in a letter, as it happens \u2014 that the school would stay open.\n"
    )
    assert [(r[1], r[2]) for r in rows] == [("The principal", "the school would stay open")]
    rows = _rows("The principal said -- in a letter, as it happens -- that the school would stay open.\n")
    assert [(r[1], r[2]) for r in rows] == [("The principal", "the school would stay open")]


def test_an_aside_between_commas_opens_a_spoken_clause():
    # "says, rain or shine, she is opening ...": the aside is part of what is said
    rows = _rows("The baker says, rain or shine on Saturday, she's opening the market stall.\n")
    assert [(r[1], r[2]) for r in rows] == [
        ("The baker", "rain or shine on Saturday, she's opening the market stall")
    ]
