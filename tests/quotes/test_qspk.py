"""Speaker resolution classes fixed on PolNeAR train (issue 15): each case is a sentence
written for the rule, never taken from the bench articles."""

import pytest

from workbench.quotes import extract_quotes
from workbench.quotes._source_type import source_type

CASES = [
    # a singular "he" never stands for a name an institution's word ends (a committee whose
    # report the sentence before cites): the person the report talks about
    (
        "Pier\n\nTomas Brenner spent a decade repairing the old pier. A 2019 Harbour Safety Committee "
        'study called it "sound but tired."\n\n"I wanted to see it finished," he said.',
        [("Harbour Safety Committee", 'it "sound but tired'), ("Tomas Brenner", "I wanted to see")],
    ),
    # nor "she", when the trust that spoke last is the latest source before her
    (
        "Roof\n\nMirela Kostova spent a year on the chapel roof. The Valley Heritage Trust, which paid "
        'for it, called it "careful and honest work."\n\n"It took longer than we hoped," she said.',
        [("Valley Heritage Trust", 'it "careful'), ("Mirela Kostova", "It took longer")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_speakers(text, expected):
    q = extract_quotes(text)
    got = list(zip(q["speaker_name"], q["text"]))
    assert len(got) == len(expected), got
    for (name, t), (want_name, want_start) in zip(got, expected):
        assert name == want_name and t.startswith(want_start), (name, t)


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Farmers Union of Northmere", "organisation"),
        ("Bank of Halden", "organisation"),
        ("Ministry of Fisheries", "organisation"),
        ("Duke of Arlen", "person"),  # a title before "of", no institution
        ("Carla Ostrova", "person"),
    ],
)
def test_institution_before_of(name, kind):
    """'Farmers Union of Northmere': the institution's word comes before 'of'."""
    assert source_type("name", name) == kind
