"""Probe 44b's clause classes: published counts that show ("..., official figures showed on
Monday."); a source's request about its own name is no statement, and a source of a noun no
list knows keeps its statement across "who asked not to be named"; "adding that" after an
inverted attribution ("..., said X of Y, adding that ..."); a quoted manner adverbial after a
speech act and its noun object is narration; a group word and its place ("Fishermen in
Port X say"); a closing speaker phrase holds no ", and" with a new subject. Self-written
sentences."""

import pytest

from workbench.quotes import quote_records


def _recs(text: str) -> list[tuple[str, str]]:
    return [(r["text"], r["speaker_name"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "Bus fares climbed by 6 per cent last year, official figures showed on Thursday.",
            "Bus fares climbed by 6 per cent last year",
            "official figures",
        ),
        (
            "Rents in the valley fell for a third month, data released on Monday showed.",
            "Rents in the valley fell for a third month",
            "data",
        ),
        (
            "Provisional figures show that wheat yields dropped by a fifth.",
            "wheat yields dropped by a fifth",
            "provisional figures",
        ),
        (
            "Research by the Tallow Institute shows that bees avoid treated fields.",
            "bees avoid treated fields",
            "Tallow Institute",
        ),
    ],
)
def test_counts_that_show(text, content, speaker):
    assert _recs(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Mira Sol showed the inspector the broken gate.",
        "The farmer showed that he could plough in a straight line.",
        "The poll showed the mayor trailing her rival.",
    ],
)
def test_no_show_statement(text):
    assert _recs(text) == []


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "Yusuf, 40, who asked that his surname not be printed, said the boat had left at night.",
            "the boat had left at night",
            "Yusuf",
        ),
        (
            "A porter, who asked that her name be withheld, said the lifts were broken.",
            "the lifts were broken",
            "porter",
        ),
        (
            "A church warden who asked not to be identified said the organ pipes had been sold.",
            "the organ pipes had been sold",
            "church warden",
        ),
    ],
)
def test_anonymity_request_is_no_statement(text, content, speaker):
    assert _recs(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text, first, second, speaker",
    [
        (
            "The harvest came in late, said Orla Fenn of the Brackwater Growers Union, adding that "
            "prices had slumped.",
            "The harvest came in late",
            "prices had slumped",
            "Orla Fenn",
        ),
        (
            "The ferry will sail on Friday, said Tomas Reede, adding that tickets were sold out.",
            "The ferry will sail on Friday",
            "tickets were sold out",
            "Tomas Reede",
        ),
    ],
)
def test_adding_after_inverted_attribution(text, first, second, speaker):
    assert _recs(text) == [(first, speaker), (second, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        'The embassy condemned the shelling "in the strongest terms".',
        'The agency denied the allegations "categorically".',
        'The board rejected the proposal "in its entirety".',
        'The league welcomed the ruling "with open arms".',
    ],
)
def test_quoted_manner_adverbial_is_narration(text):
    assert _recs(text) == []


def test_characterising_quote_still_read():
    assert _recs('The union condemned the cuts as "an attack on nurses".') != []


@pytest.mark.parametrize(
    "text, content",
    [
        ("Trawlermen in Port Ardley say the new nets are useless.", "the new nets are useless"),
        ("Fishermen in the estuary say stocks have recovered.", "stocks have recovered"),
    ],
)
def test_group_in_place_says(text, content):
    recs = _recs(text)
    assert [c for c, _ in recs] == [content]
    assert recs[0][1].split()[0].lower() in ("trawlermen", "fishermen")


def test_closing_speaker_holds_no_new_clause():
    recs = _recs('The coach called the pitch "a swamp" after the match, and the referee agreed.')
    assert [s for _, s in recs] == ["coach"]
