"""Where or when something was said, between the cue and its clause, is no part of the
statement: a platform or programme ("said on Instagram"), an event ("said at a press
conference"), a match or a vote ("said after the game"). Sentences written for the test."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    "text, content",
    [
        ("The singer said on Instagram she was sorry.", "she was sorry"),
        ("The host said on Radio Marsby Breakfast the show would end.", "the show would end"),
        ("The actor wrote on social media he was taking a break.", "he was taking a break"),
        ("The mayor said at a press conference the road would reopen.", "the road would reopen"),
        ("The coach said after the match his players were exhausted.", "his players were exhausted"),
        ("The mayor said in a joint statement the ferry would resume.", "the ferry would resume"),
        ("The mayor told reporters on Marsby News the ferry would resume.", "the ferry would resume"),
    ],
)
def test_the_adjunct_is_no_content(text, content):
    (r,) = quote_records("Intro.\n\n" + text)
    assert r["text"] == content
