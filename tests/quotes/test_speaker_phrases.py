"""Speaker phrases read by ``parse_speaker`` (issue 15): clauses cut to their noun phrase,
groups of people, and sentence openers that are no names. Phrases written for the rules."""

import pytest

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
