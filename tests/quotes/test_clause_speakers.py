"""Clauses read as speakers and cue words that are nouns (issue 15, web pages of other kinds:
guides, reviews, company blogs): ``_clause_speakers``. Sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from workbench.quotes import quote_records
from workbench.quotes._clause_speakers import clause_speaker, infinitive_cue, noun_cue
from workbench.quotes._mentions import Mention, parse_speaker


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(str(r["speaker"]), str(r["cue"])) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a speech verb whose object is a thing: no report
        "A row of tall hedges adds privacy to the small yard.",
        "The new firmware adds offline maps and a louder alarm.",
        "Last spring the bakery added rye loaves to its weekend menu.",
        "The bakery claims first place at the county fair every year.",
        "The new bridge adds to the town's charm with lamps that glow at night.",
        # part of a hyphenated word
        "Optional add-ons: a second battery, a rain cover and a padded case.",
        # a plural noun before words only a noun takes
        "Further, reports like the stock list help make sure that slow items are marked down.",
        "Payroll reports can be printed from the app.",
        "The help desk bot gives quick answers to questions that would otherwise sit in a queue for days.",
        # a relative clause read as the speaker
        "The clinic got forty letters this year, most of which were about slow claims payouts.",
        # a singular noun before the bare form: a compound or an order
        'Side note: our test kettle held "two cups" at most.',
        'Please note, by the way, that rush orders cost more in "peak" weeks.',
        # a wording as the subject of "suggest"
        "As its name suggests, a pocket stove fits in a coat pocket.",
        "As the title suggests, the film is about a long walk.",
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
        ("The author tells the story of the farmers who saved the valley.", "The author", "tells"),
        # plural and collective subjects of a bare form
        ("Police say the driver fled on foot after the crash.", "Police", "say"),
        ("The team say they are ready for the final.", "The team", "say"),
        ("A good part of the farmers say they will plant less corn.", "A good part of the farmers", "say"),
        ("Smith and Jones say the deal is fair to both sides.", "Smith and Jones", "say"),
        # the subject's own act of speech after "to"
        ("The deal does not mean the club is for sale, the aide was careful to note.", "the aide", "note"),
    ],
)
def test_statement_kept(text, speaker, cue):
    assert (speaker, cue) in _pairs(text)


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the subject of a first predicate joined by "and"/"but" to the cue
        (
            "At the fair on Sunday, several growers praised the weather and said that the harvest would be early.",
            "several growers",
        ),
        ("The ferry firm runs four boats a day but says its timetable will change in May.", "The ferry firm"),
        # a time before the subject
        ("Not long ago most bakers believed that rye bread would never sell in the south.", "most bakers"),
        # an aside before "turned and said" is no subject: the name before it speaks
        ('Moss, smiling, the cup in her hands, turned and said, "This is for the town."', "Moss"),
    ],
)
def test_speaker_is_the_subject(text, speaker):
    assert [sp for sp, _ in _pairs(text)] == [speaker]


def test_infinitive_to_is_no_open_end():
    """ "prompting farmers to call it ...": "to" before the cue is the infinitive's."""
    text = 'The bill passed by 40 votes to 12, prompting farmers to call it "a sad day for the valley".'
    assert [cue for _, cue in _pairs(text)] == ["call"]


@pytest.mark.parametrize(
    "phrase",
    ["Most of the parents said they prefer", "some of which were about slow", "a tent for"],
)
def test_clause_read_as_speaker(phrase):
    """A phrase with its own verb of speech, a relative clause, or one left open at its end."""
    text = phrase + " claims handling is slow."
    mention = Mention("descriptor", phrase, 0, len(phrase), head=phrase.split()[-1], number="pl")
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
    "text, word, noun",
    [
        ("The post drew praise in comments and reposts", "comments", True),
        ("The guide quotes a book by noted chefs of the region", "noted", True),
        ("A plain, well-written guide to trout fishing", "written", True),
        ("Buy the stove without add-on burners", "add", True),
        ("The coach noted that the pitch was wet", "noted", False),
        ("The coach, in turn, noted that the pitch was wet", "noted", False),
    ],
)
def test_cue_that_is_a_noun(text, word, noun):
    """A verb never follows a preposition nor sits inside a hyphenated word."""
    cue = re.search(r"\b" + word + r"\b", text)
    assert cue is not None
    assert noun_cue(text, 0, cue, text[cue.end() :]) is noun


@pytest.mark.parametrize(
    "text, infinitive",
    [
        ("the eldest sons need the time to think", True),
        ("the aide was careful to note", False),
        ("the coach went on to say", False),
        ("the coach said", False),
    ],
)
def test_infinitive_cue(text, infinitive):
    """A cue after "to" ends no attribution, unless the word before "to" makes it the subject's act."""
    assert infinitive_cue(text, text.rindex(" ") + 1) is infinitive
