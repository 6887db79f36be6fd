"""Reported clauses and their edges: the writer's "without giving details" after a closing
attribution and a text's participle phrase after "said in a report" are no content; a
that-less clause opening with "a" or a number after confirmed/believes/thinks; a person's
description believing a that-less clause; a text's "concluded that" (assessment,
investigation) and a findings subject with a relative aside; "According to a transcript /
the minutes, X said" is X's statement; a text's aside between "said in a letter" and
"that". Self-written sentences."""

import pytest

from workbench.quotes import quote_records


def _recs(text: str) -> list[tuple[str, str]]:
    return [(r["text"], r["speaker_name"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "The bridge was damaged by a rocket, the ministry said, without giving any details.",
            "The bridge was damaged by a rocket",
            "ministry",
        ),
        (
            "Two ferries ran aground overnight, the coastguard said, without naming them.",
            "Two ferries ran aground overnight",
            "coastguard",
        ),
        (
            "The canal will reopen in June, the Harbour Board said in a report published on Friday.",
            "The canal will reopen in June",
            "Harbour Board",
        ),
        (
            "Four trains were cancelled, the operator said in a post shared on Monday.",
            "Four trains were cancelled",
            "operator",
        ),
    ],
)
def test_writer_words_after_closing_attribution(text, content, speaker):
    assert _recs(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "Dunmore Police confirmed a cyclist had been injured.",
            "a cyclist had been injured",
            "Dunmore Police",
        ),
        ("The council confirmed three libraries would close.", "three libraries would close", "council"),
        ("Mara Pell believes a second vote is now likely.", "a second vote is now likely", "Mara Pell"),
        (
            "The head gardener thinks a dry spring would ruin the roses.",
            "a dry spring would ruin the roses",
            "head gardener",
        ),
    ],
)
def test_thatless_clause_opening_with_indefinite_or_number(text, content, speaker):
    assert _recs(text) == [(content, speaker)]


def test_object_and_its_relative_clause_is_no_clause():
    assert _recs("Lena Ward recounted a walk she had taken along the dunes.") == []


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "Customs officials believe the cargo was loaded in Rotterdam.",
            "the cargo was loaded in Rotterdam",
            "Customs officials",
        ),
        (
            "Investigators believe the boiler had not been serviced.",
            "the boiler had not been serviced",
            "Investigators",
        ),
    ],
)
def test_plural_description_believes_thatless_clause(text, content, speaker):
    assert _recs(text) == [(content, speaker)]


def test_plural_subject_next_act_ends_the_belief():
    text = "Detectives believe the van was stolen and are appealing for witnesses."
    assert _recs(text) == [("the van was stolen", "detectives")]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("The safety assessment concluded that the dam was sound.", "the dam was sound", "safety assessment"),
        (
            "The investigation concluded that the alarm had been switched off.",
            "the alarm had been switched off",
            "investigation",
        ),
        ("The assessment found that the runway was too short.", "the runway was too short", "assessment"),
        (
            "The review, which took eight months, found that the wards were understaffed.",
            "the wards were understaffed",
            "review",
        ),
    ],
)
def test_text_findings(text, content, speaker):
    assert _recs(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            'According to a transcript released by the court, the defendant told the officer: "I was never there."',
            "I was never there.",
            "defendant",
        ),
        (
            "According to the minutes, the treasurer said the fund was empty.",
            "the fund was empty",
            "treasurer",
        ),
        (
            "According to a recording, the captain told the crew that the engine had failed.",
            "the engine had failed",
            "captain",
        ),
    ],
)
def test_record_opening_the_sentence_gives_its_speaker(text, content, speaker):
    assert _recs(text) == [(content, speaker)]


def test_writing_opening_the_sentence_stays_outer_source():
    # a club's post tells what another said: the club's account
    text = "According to the club's newsletter, Ivo Brandt said he would retire in May."
    assert [s for _, s in _recs(text)] == ["club's newsletter"]


@pytest.mark.parametrize(
    "text, content",
    [
        ("The mayor said in a letter, seen by the Echo, that the pool would close.", "the pool would close"),
        (
            "The governor said in a memo, obtained by the Ledger, that the budget was short.",
            "the budget was short",
        ),
        (
            "The board said in a letter to parents, which was passed to the Echo, that fees would rise.",
            "fees would rise",
        ),
        ("The firm said in a filing published on Tuesday that sales had doubled.", "sales had doubled"),
    ],
)
def test_text_aside_before_that(text, content):
    assert [c for c, _ in _recs(text)] == [content]
