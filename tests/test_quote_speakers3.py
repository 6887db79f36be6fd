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
    # a person named by a given name only, in the sentence before: "She"/"He" means them,
    # not an older source of unknown gender
    ('Storm\n\nTom Okafor, the harbour master, said the wall would hold. Port Authority staff '
     'had closed the gates. At the church hall, which opened as a shelter, Fatima, 41, sat with her '
     'sons. She said the water had risen "in minutes."',
     [("Tom Okafor", "the wall would hold"), ("Fatima", "the water had risen")]),
    # a capitalised plural noun for people at the start of a sentence is a group, not a
    # person of unknown gender that a later "he" could mean
    ('Storm\n\nForecasters said the rain would ease by Friday. His brother Omar, who is 60, was '
     'calmer. He said he had moved the car before dawn. "You learn to watch the sky," he said.',
     [("forecasters", "the rain would ease"), ("Omar", "he had moved"), ("Omar", "You learn")]),
    ('Harbour\n\nRuth Okafor, the harbour master, said the wall would hold. Forecasters said the rain '
     'would ease by Friday. "We are ready for it," she said.',
     [("Ruth Okafor", "the wall would hold"), ("forecasters", "the rain would ease"),
      ("Ruth Okafor", "We are ready")]),
    # "the union" is the organisation whose name the noun heads before "of ..."
    ('Rail\n\nDrivers who belong to the National Union of Rail Workers walked out at dawn. The union '
     'said it would strike again in May.', [("National Union of Rail Workers", "it would strike")]),
    # a role in lower case without an article is an apposition to the name before it
    ('Ports\n\nHamid Rostami, founder of the National Freight Association, said freight rates would double.',
     [("Hamid Rostami", "freight rates")]),
    # a lede's "one of the ..." is one person, named in the next sentence with a description
    # (a doctor's title agrees with "doctors")
    ("Clinics\n\nOne of the region's leading heart doctors has warned that the new clinics will "
     "lure nurses from public wards.\n\nDr Ilse Brandauer, president of the Cardiac Society, said the "
     "plan would leave wards short of staff by winter.",
     [("Ilse Brandauer", "the new clinics"), ("Ilse Brandauer", "the plan would leave")]),
    # "one of the diplomats" with no one named after it stays unnamed
    ('Talks\n\nThe talks would resume on Monday, one of the diplomats said.',
     [("diplomats", "The talks would resume")]),
]


@pytest.mark.parametrize("text, expected", SPEAKER_CASES)
def test_speakers(text, expected):
    q = extract_quotes(text)
    got = list(zip(q["speaker_name"], q["text"]))
    assert len(got) == len(expected), got
    for (name, t), (want_name, want_start) in zip(got, expected):
        assert name == want_name and t.startswith(want_start), (name, t)
