"""Speakers the parser did not read next to a quotation (issue 15): a surname that is also
a title or an adverb of the auxiliaries ("King", "Quick"), a quantifier alone after the
quotation ("most said"), "this source", and a text that "read" its words. Sentences
written for the rules."""

import pytest

from workbench.quotes import extract_quotes


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ('"The pier needs repairs," Quick said after the meeting.', "Quick", "The pier needs repairs"),
        ('"The pier needs repairs," Keen told the council.', "Keen", "The pier needs repairs"),
        ('Bishop says the pier "needs repairs."', "Bishop", 'the pier "needs repairs."'),
        ('"The pier needs repairs," says King.', "King", "The pier needs repairs"),
        ('"We will not move," most said.', "most", "We will not move"),
        ('"We will not move," several added.', "several", "We will not move"),
        ('"The deal is dead," this source told the paper.', "this source", "The deal is dead"),
        ('"Closed until spring," the sign read.', "the sign", "Closed until spring"),
        ('Another said, "The ferry is late again."', "Another", "The ferry is late again."),
        ('Vance himself said that "the ferry is late again."', "Vance", '"the ferry is late again."'),
    ],
)
def test_speaker_next_to_quotation(text, speaker, content):
    df = extract_quotes(text)
    assert list(df["speaker"]) == [speaker]
    assert list(df["text"]) == [content]


def test_auxiliary_adjective_still_dropped():
    df = extract_quotes('The mayor was quick to say the pier "needs repairs."')
    assert list(df["speaker"]) == ["The mayor"]


def test_title_with_article_is_no_surname():
    df = extract_quotes("The King opened the new pier on Monday.")
    assert df.empty
