"""Clauses read as speakers and cue words that are nouns (issue 15, web pages of other kinds:
guides, reviews, company blogs): ``_clause_speakers``. Sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from workbench.quotes import quote_records
from workbench.quotes._clause_speakers import clause_speaker, noun_cue
from workbench.quotes._mentions import parse_speaker


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(str(r["speaker"]), str(r["cue"])) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a speech verb whose object is a thing: no report
        "The garden's careful use of stone adds calm and texture to the yard.",
        "The bright orange trim adds warmth and character to the small kitchen.",
        "The new firmware adds offline maps and a louder alarm.",
        "Last spring the bakery added rye loaves to its weekend menu.",
        "The chip maker claims market share with its cheaper boards.",
        "The new trail adds to that record with a loop that climbs the ridge.",
        # a wording as the subject of "suggest"
        "As its name suggests, a pocket stove fits in a coat pocket.",
        "As the headline suggests, the match was a wild one.",
        # part of a hyphenated word
        "Sorting and search tools make the work easy, while the planner allows users to print plans without add-on modules.",
        "Optional add-ons: In Ohio, most movers offer packing services, and many offer storage.",
        "Often, a short, well-written letter works better than a long one.",
        # a plural noun before words only a noun takes
        "Custom reports like the weekly cash summary help owners plan. Further, reports like the tax sheet help "
        "ensure that easy savings aren't missed.",
        "The new kiosk offers instant answers to traveller questions that would have taken a clerk ten minutes.",
        # a speaker left open at its end (a preposition), a relative clause
        "You can act as your own agent, but consider hiring a filing service for added privacy and peace of mind.",
        "We received a few letters, most of which related to slow claims handling or lost parcels.",
        # a plural noun before a verb of its own
        "Dashboard reports can be shared with the whole team at once.",
        # a singular noun before the bare form: a compound or an order
        'Side note: The "travel kettle" is really a small pot with a plug.',
        'Please note, by the way, that rush orders cost more in "peak" weeks.',
    ],
)
def test_no_statement(text):
    assert _pairs(text) == []


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        # speech verbs that report a clause are kept
        ("The mayor added the bridge would reopen in May.", "The mayor", "added"),
        ("The mayor added that the bridge would reopen in May.", "The mayor", "added"),
        ('"We will reopen the bridge in May," the mayor added.', "the mayor", "added"),
        ("The ferry line claims that its boats are never late.", "The ferry line", "claims"),
        ("The city reports that tax income fell sharply last year.", "The city", "reports"),
        ("He notes that budgets would shrink next year.", "He", "notes"),
        ("The mayor tells the council that the road will reopen.", "The mayor", "tells"),
        ("The author tells the story of how a group of farmers saved the valley.", "The author", "tells"),
        # plural and collective subjects of a bare form
        ("Police say the driver fled on foot after the crash.", "Police", "say"),
        ("The team say they are ready for the final.", "The team", "say"),
        ("A large share of farmers say they will plant less corn.", "A large share of farmers", "say"),
        ("Smith and Jones say the deal is fair to both sides.", "Smith and Jones", "say"),
    ],
)
def test_statement_kept(text, speaker, cue):
    assert (speaker, cue) in _pairs(text)


@pytest.mark.parametrize(
    "phrase",
    ["Over half of the parents said they prefer", "most of which related to slow"],
)
def test_clause_read_as_speaker(phrase):
    """A phrase with its own verb of speech, or a relative clause."""
    text = phrase + " claims handling is slow."
    mention = parse_speaker(phrase, 0, lenient=True)
    assert mention is not None
    assert clause_speaker(text, mention, "claims", "claim")


@pytest.mark.parametrize(
    "text, clause",
    [
        ("The chef note: the oven is cold.", True),
        ("The chef will note that the oven is cold.", False),
        ("The chef does not note it.", False),
        ("The chef wants to note that the oven is cold.", False),
    ],
)
def test_bare_form_after_singular(text, clause):
    """A singular subject takes the bare form only after an auxiliary or "to"."""
    mention = parse_speaker("The chef", 0, lenient=True)
    assert mention is not None
    assert clause_speaker(text, mention, "note", "note") is clause


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "At a lunch on Monday, some farmers complained about the drought and said that they had lost half their crop.",
            "some farmers",
        ),
        ("The bakery keeps its recipes a secret but says its sales have doubled since May.", "The bakery"),
    ],
)
def test_subject_of_coordinated_predicate(text, speaker):
    """'X complained ... and said': the subject speaks, not its first predicate."""
    assert [sp for sp, _ in _pairs(text)] == [speaker]


def test_infinitive_to_is_no_open_end():
    """ "prompting farmers to call it ...": "to" before the cue is the infinitive's."""
    text = 'The bill passed by 40 votes to 12, prompting farmers to call it "a sad day for the valley".'
    assert [cue for _, cue in _pairs(text)] == ["call"]


def test_aside_before_coordinated_verb():
    """An aside before "turned and said" is no subject: the name before it speaks."""
    text = 'Moss, smiling, the cup in her hands, turned and said, "This is for the town."'
    assert [speaker for speaker, _ in _pairs(text)] == ["Moss"]


def test_time_before_the_subject():
    """ "a few decades ago many doctors believed": the time is no part of the speaker."""
    text = "Although it now seems odd, only a few decades ago many doctors believed that babies could not feel pain."
    assert _pairs(text) == [("many doctors", "believed")]


def test_infinitive_ends_no_statement():
    """ "..., the old families need the skills to think for themselves": an infinitive, no attribution."""
    text = (
        "Second, because they will lead the city one day, young members of the old families need "
        "the skills to think for themselves."
    )
    assert _pairs(text) == []


def test_careful_to_note_is_an_attribution():
    """ "..., the aide was careful to note": the subject's own act, an attribution."""
    text = "The deal does not mean the club is for sale, the aide was careful to note."
    assert ("the aide", "note") in _pairs(text)


@pytest.mark.parametrize(
    "text, word, noun",
    [
        ("High engagement with comments, likes and shares", "comments", True),
        ("The club relied on articles from noted scholars of sport law", "noted", True),
        ("The coach noted that the pitch was wet", "noted", False),
        ("The coach, in turn, noted that the pitch was wet", "noted", False),
    ],
)
def test_cue_after_preposition_is_a_noun(text, word, noun):
    """A verb never follows a preposition: the form after one is its object."""
    cue = re.search(r"\b" + word + r"\b", text)
    assert cue is not None
    assert noun_cue(text, 0, cue, text[cue.end() :]) is noun
