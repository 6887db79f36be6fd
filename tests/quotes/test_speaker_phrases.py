"""Speaker phrases read by ``parse_speaker`` (issue 15): clauses cut to their noun phrase,
groups of people, and sentence openers that are no names. Phrases written for the rules."""

import pytest

from workbench.quotes import extract_quotes
from workbench.quotes._mentions import parse_speaker


@pytest.mark.parametrize(
    "phrase, kind, text",
    [
        # a finite verb after the head's post-modifier ends the noun phrase
        ("a study from the Orton Institute had this", "organisation", "a study from the Orton Institute"),
        ("Republican insiders in the county were more", "descriptor", "Republican insiders in the county"),
        # ... but not inside a relative clause
        ("a nurse who was on duty", "descriptor", "a nurse who was on duty"),
        # the people a poll or an event gathered
        ("those surveyed", "descriptor", "those surveyed"),
        ("those who attended the hearing", "descriptor", "those who attended the hearing"),
    ],
)
def test_noun_phrases(phrase, kind, text):
    m = parse_speaker(phrase)
    assert m is not None and (m.kind, m.text) == (kind, text)


def test_groups_are_plural():
    assert parse_speaker("those polled").number == "pl"


@pytest.mark.parametrize("word", ["Likewise", "Again", "Interestingly", "Thirteen", "Eventually"])
def test_sentence_openers_are_no_names(word):
    assert parse_speaker(word) is None


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the bridge would reopen in the spring.",
        "Republicans said the harbour bill was dead for the year.",
        "Democrats said the harbour bill would pass next year.",
        "Fishermen said the new quotas would ruin the season.",
    ],
)
def test_plural_nouns_are_groups_never_named_people(text):
    q = extract_quotes(text)
    assert len(q) == 1 and bool(q["anonymous"].iloc[0]) and q["source_type"].iloc[0] == "group"


def test_a_surname_in_s_stays_a_person():
    q = extract_quotes("Senator Tom Evans said the harbour bill was dead for the year.")
    assert list(zip(q["speaker_name"], q["source_type"])) == [("Tom Evans", "person")]


def test_a_headline_in_capitals_is_no_speaker():
    assert parse_speaker("BREAKING NEWS") is None
    assert parse_speaker("POLLS NOT NECESSARILY WRONG") is None
    text = 'Harbour\n\n"The boats are gone," said Ian Cole.\n\nBREAKING NEWS: "The harbour is closed until Friday."'
    assert "BREAKING NEWS" not in set(extract_quotes(text)["speaker"])


@pytest.mark.parametrize(
    "phrase, text",
    [
        # a wire dateline and when a text came out are no part of who speaks
        ("OSLO (Reuters) \u2014 A report published Wednesday", "A report published"),
        ("A statement released on Monday", "A statement released"),
    ],
)
def test_datelines_and_dates_are_no_speaker(phrase, text):
    m = parse_speaker(phrase)
    assert m is not None and m.text == text


@pytest.mark.parametrize("phrase", ["NATO", "WASHINGTON"])
def test_a_capitalised_name_alone_is_no_dateline(phrase):
    assert parse_speaker(phrase) is not None


def test_a_dateline_alone_is_no_speaker():
    assert parse_speaker("LONDON (Reuters)") is None
