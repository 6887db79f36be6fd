"""Probes 46a/46b's cue classes: a feature's manner verb inverted after a quotation ('"...,"
laughs Nell Garvey'); "forecast that", "projected that"; "reckon" and a belief verb's clause
without "that" ("Police believe he knew ..."); "were quick to point out that", "was at pains
to say that"; "As X put it to me,"; "is supposed to have said"; a hypothetical speaker ("Any
plumber will tell you that ..."). Self-written sentences."""

import pytest

from workbench.quotes import quote_records


def _recs(text: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["speaker_name"], r["cue"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ('"I never wanted the shop," laughs Nell Garvey.', "I never wanted the shop", "Nell Garvey"),
        (
            '"The roof came in at midnight," remembers Ossie Brandt.',
            "The roof came in at midnight",
            "Ossie Brandt",
        ),
        (
            '"It was the best summer of my life," smiles Petra Lund.',
            "It was the best summer of my life",
            "Petra Lund",
        ),
        ('"Not again," sighs Wim Rask.', "Not again", "Wim Rask"),
        ('"You learn to live with it," reflects Hal Ebbing.', "You learn to live with it", "Hal Ebbing"),
        ('"Who can say?" shrugs Dora Finch.', "Who can say?", "Dora Finch"),
        (
            "\"Grandad always told us, 'Mind the tide,'\" laughs Nell Garvey.",
            "Grandad always told us, 'Mind the tide,'",
            "Nell Garvey",
        ),
    ],
)
def test_inverted_manner_verb_after_a_quotation(text, content, speaker):
    recs = _recs(text)
    assert [(r[0], r[1]) for r in recs] == [(content, speaker)]


def test_inverted_begins_hands_over_to_the_next_speaker():
    text = 'The brothers talk over each other. "We opened in 1979—" begins Rolf. "—in a shed," adds Anton.'
    assert [(r[0], r[1]) for r in _recs(text)] == [("We opened in 1979", "Rolf"), ("in a shed", "Anton")]


def test_manner_verb_elsewhere_is_no_cue():
    assert _recs("Nell Garvey laughs at the idea that the shop could close.") == []
    assert _recs("Ossie Brandt remembers the flood of 1998 and the weeks after it.") == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The fiscal council forecast that the deficit would narrow to 3 per cent.", "fiscal council"),
        ("Economists forecast that prices would rise again in the spring.", "Economists"),
        ("The weather service forecasts that the storm will reach the coast by Friday.", "weather service"),
        ("The bank projected that lending would fall for a third year.", "bank"),
    ],
)
def test_forecast_and_projected_that(text, speaker):
    recs = _recs(text)
    assert len(recs) == 1 and recs[0][1] == speaker


def test_forecast_as_a_noun_is_no_cue():
    assert _recs("The forecast for the weekend is dry and bright across the region.") == []


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Analysts reckon the port will double its traffic by 2030.",
            "the port will double its traffic by 2030",
        ),
        ("Hal Ebbing reckons that the ferry will never run again.", "the ferry will never run again"),
        ("Detectives believe he knew the layout of the warehouse.", "he knew the layout of the warehouse"),
        ("Police believe the driver was travelling far too fast.", "the driver was travelling far too fast"),
        ("Most economists think demand has peaked for now.", "demand has peaked for now"),
        (
            "Economists at the Tarnby Institute think the shortfall in the county budget is larger.",
            "the shortfall in the county budget is larger",
        ),
    ],
)
def test_belief_clause_without_that(text, content):
    recs = _recs(text)
    assert [r[0] for r in recs] == [content]


def test_belief_with_a_noun_object_is_no_statement():
    assert _recs("Most shoppers believe the adverts about the new mall.") == []


@pytest.mark.parametrize(
    "text, content",
    [
        ("Shoppers were quick to point out that the prices had gone up.", "the prices had gone up"),
        ("Fans were quick to note that the striker had been offside.", "the striker had been offside"),
        ("The mayor was keen to stress that the closure was temporary.", "the closure was temporary"),
        ("The coach was at pains to say that nobody had been dropped.", "nobody had been dropped"),
    ],
)
def test_eager_infinitive_cues(text, content):
    assert [r[0] for r in _recs(text)] == [content]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ('As one shepherd put it to me, "The hills are empty now."', "The hills are empty now.", "shepherd"),
        ('As Ossie Brandt put it to the Courier, "We are done."', "We are done.", "Ossie Brandt"),
        (
            'As a ferryman put it to me last spring, the crossing is "a lottery".',
            'the crossing is "a lottery"',
            "ferryman",
        ),
    ],
)
def test_as_x_put_it_to_whom(text, content, speaker):
    recs = _recs(text)
    assert [(r[0], r[1]) for r in recs] == [(content, speaker)]


def test_is_supposed_to_have_said():
    recs = _recs('"A harbour is only as good as its wall," Admiral Fenwick is supposed to have said.')
    assert [(r[0], r[1]) for r in recs] == [("A harbour is only as good as its wall", "Fenwick")]


@pytest.mark.parametrize(
    "text",
    [
        "Any plumber will tell you that the pipes in these houses are too narrow.",
        "Ask any ferryman and they will tell you that the tides have changed.",
        "Ask any baker and they will tell you the same thing.",
    ],
)
def test_hypothetical_speaker_is_no_statement(text):
    assert _recs(text) == []


def test_named_future_telling_is_kept():
    recs = _recs("Nell Garvey will tell the panel that the shop was never insured.")
    assert [r[0] for r in recs] == ["the shop was never insured"]
