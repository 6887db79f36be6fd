"""Speaker rules of the quote extractor added for issue 3, round 3: each case is a new
sentence written for the rule (not taken from a gold article), with the expected
(speaker_name, start of the statement's text) of every statement found."""
import pytest

from workbench.quotes import extract_quotes

SPEAKER_CASES = [
    # a quotation that opens inside a sentence of narration and ends it belongs to that
    # sentence's cue, not to "He added ..." in the next sentence
    ('Port\n\nNadia Brandt chairs the harbour board. Tomas Lindqvist, who runs the ferry company, later '
     'claimed that the board had been "asleep at the wheel." He added that he would sue.',
     [("Tomas Lindqvist", "the board had been"), ("Tomas Lindqvist", "he would sue")]),
    ('Port\n\nTomas Lindqvist said, "We will not pay." Nadia Brandt added that the board would meet on '
     'Monday.', [("Tomas Lindqvist", "We will not pay"), ("Nadia Brandt", "the board would meet")]),
]


@pytest.mark.parametrize("text, expected", SPEAKER_CASES)
def test_speakers(text, expected):
    q = extract_quotes(text)
    got = list(zip(q["speaker_name"], q["text"]))
    assert len(got) == len(expected), got
    for (name, t), (want_name, want_start) in zip(got, expected):
        assert name == want_name and t.startswith(want_start), (name, t)
