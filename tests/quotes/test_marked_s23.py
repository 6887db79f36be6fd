"""Quotation-mark statements whose boundaries PolNeAR draws past the marks: a quotation that
opens its sentence and runs on in narration before the attribution, and a statement whose
attribution ends in a quoted title before its second half. Every sentence here is self-written."""

import pytest

from workbench.quotes import extract_quotes


def _rows(text: str) -> list[tuple[str, str]]:
    q = extract_quotes(text)
    return [(r.speaker, r.text) for r in q.itertuples()]


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        (
            'Anna Berg toured the mill on Monday. "We are stunned and upset" by the closure of the '
            "plant, Berg said.",
            "Berg",
            '"We are stunned and upset" by the closure of the plant',
        ),
        (
            '"It is calm again now," and donations rose again last week, Lund said.',
            "Lund",
            '"It is calm again now," and donations rose again last week',
        ),
        (
            '"A big van" drove through the barriers on the square, said Per Lund.',
            "Per Lund",
            '"A big van" drove through the barriers on the square',
        ),
    ],
)
def test_quotation_running_on_in_narration(text, speaker, content):
    assert _rows(text)[-1] == (speaker, content)


@pytest.mark.parametrize(
    "text, content",
    [
        # the words after the mark describe the speaker, they are no narration of the statement
        ('"We need him home," his wife, Eva Lund, said.', "We need him home"),
        ('"We will win," the mayor, Anna Berg, said.', "We will win"),
        # a quotation that ends its own sentence is no clause the narration goes on with
        ('"We will win." The crowd cheered for an hour, Lund said.', "We will win."),
    ],
)
def test_no_run_on_past_a_description_or_a_full_stop(text, content):
    assert _rows(text)[0][1] == content


def test_attribution_ending_in_a_quoted_title_joins_the_second_half():
    text = (
        '"We will fix the roads first," Lund said Sunday on Radio North\'s "Town Talk." '
        '"Then we will look at the schools and the pool."'
    )
    assert _rows(text) == [
        ("Lund", "We will fix the roads first Then we will look at the schools and the pool."),
    ]


def test_quote_after_a_title_with_its_own_attribution_stays_apart():
    text = (
        '"We will fix the roads first," Lund said Sunday on Radio North\'s "Town Talk." '
        '"Then the schools," Berg said.'
    )
    assert _rows(text) == [("Lund", "We will fix the roads first"), ("Berg", "Then the schools")]


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ('Lund hit out at what he calls the "dock syndicate" in his speech.', "he", 'the "dock syndicate"'),
        (
            'The port deal led to what aide Per Berg called "the start of a new era" in his book.',
            "Per Berg",
            "the start of a new era",
        ),
        (
            'Much of the anger was aimed at Berg, who Lund on Monday called "a cruel and selfish man."',
            "Lund",
            "a cruel and selfish man.",
        ),
        ('Lund has a new plan, which the mayor called "a waste of time."', "the mayor", "a waste of time."),
    ],
)
def test_relative_clause_naming_in_the_speakers_words(text, speaker, content):
    assert _rows(text) == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        'It is what they call "a done deal" in the town.',  # agentless
        'The fee is what some call "a tax on the poor."',
        'Lund railed against what he calls "graft" in the port.',  # one word: a scare quote
    ],
)
def test_no_naming_statement_without_a_speaker_or_for_one_word(text):
    assert _rows(text) == []


def test_naming_inside_a_reported_statement_stays_in_it():
    rows = _rows('Berg said the town needs what she calls "lasting fixes" for the port.')
    assert rows == [("Berg", 'the town needs what she calls "lasting fixes" for the port')]


def test_quoted_phrases_of_a_sentence_with_its_attribution_after_them():
    # an earlier quoted phrase in the sentence, attributed to no one, is part of the statement
    text = (
        'After the ruling, her backing will add "a good measure of clout" and give ports the '
        '"boats and crews" they lack, party spokesman Per Lund said.'
    )
    assert _rows(text) == [
        (
            "Per Lund",
            'After the ruling, her backing will add "a good measure of clout" and give ports the '
            '"boats and crews" they lack',
        )
    ]


def test_an_earlier_attributed_quotation_stays_its_own():
    text = '"We will win," Berg said, and the crowd was "very happy" with it, Lund said.'
    rows = _rows(text)
    assert rows[0] == ("Berg", "We will win")
