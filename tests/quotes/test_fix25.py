"""Classes a review of fix24's rules judged worse, each with sentences of my own (and a few of
the reviewer's own, not from any benchmark). Sentences self-written."""

import pytest

from workbench.quotes import quote_records


def _names(text: str) -> list[str]:
    return [r["speaker_name"] for r in quote_records(text)]


# R6: a time word opening a sentence is an adverb, cut before an organisation's name too
# (a name that opens with one, "Later Life Trust", is much rarer than the adverb)


@pytest.mark.parametrize(
    "text, name",
    [
        ('Later Acme Bank said its systems had been "fully restored".', "Acme Bank"),
        (
            'Earlier Harbour Housing Trust said tenants would be "rehoused within a week".',
            "Harbour Housing Trust",
        ),
        ('Now Coral Group said the offer was "final".', "Coral Group"),
        ("Later Dunmore Rail Trust said the line would reopen on Monday morning.", "Dunmore Rail Trust"),
        (
            'Earlier Kestrel Water Company called the leak "a minor fault in an old main."',
            "Kestrel Water Company",
        ),
        (
            "Now Fenwick Arts Foundation has said the gallery will stay shut until June.",
            "Fenwick Arts Foundation",
        ),
        (
            "Later Marlow Sports Club backed the plan, saying it would bring more players to the town.",
            "Marlow Sports Club",
        ),
    ],
)
def test_a_time_word_before_an_organisation_is_cut(text, name):
    assert _names(text) == [name]


# R5: "called" places a call only when the quoted words say how often or how the call was
# made, or belong to a clause between; a phone line followed by a description is named


def _called(text: str) -> list[str]:
    return [r["speaker_name"] for r in quote_records(text) if r["cue"] == "called"]


@pytest.mark.parametrize(
    "text, name",
    [
        ('He called the helpline "utterly useless" after waiting two hours.', "unidentified speaker"),
        ('Critics called the emergency services "overstretched and under-resourced".', "Critics"),
        ('The minister called the helpline "a lifeline for thousands".', "minister"),
        ('The manager called a taxi "a waste of money" and walked home.', "manager"),
        ('Shoppers called the customer service line "a maze with no way out."', "shoppers"),
        ('The inspector called the tip line "badly staffed and poorly run."', "inspector"),
        ('Parents called the school switchboard "a wall of silence" during the strike.', "Parents"),
    ],
)
def test_a_phone_line_before_a_description_is_named(text, name):
    assert _called(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        'She called 999 "in a blind panic" after finding her father collapsed.',
        'The widow called the hospital "every day" for news of her son.',
        'Residents called the council "again and again" but nobody came.',
        'He called the hotline when he heard "rumours of a recall".',
        'The nurse called 911 "in a state of total shock" when the lights went out.',
        'Drivers who called the breakdown hotline "for hours on end" got no answer.',
        'The shop owner called the bank "four times" before the card was stopped.',
    ],
)
def test_a_call_placed_names_nothing(text):
    assert _called(text) == []
