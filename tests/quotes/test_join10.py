"""Joining the two halves of a quotation around an attribution sentence that runs on past
its cue, and keeping them apart when the attribution reports something of its own.
Self-written sentences."""

import pytest

from workbench.quotes import extract_quotes


def _rows(text: str) -> list[tuple[str, str]]:
    q = extract_quotes(text)
    return [(r.speaker, r.text) for r in q.itertuples()]


@pytest.mark.parametrize(
    "text",
    [
        # a show title and a time in the attribution sentence
        '"We will carry this county by a wide margin," Lund said on the radio show "Morning Call" '
        'on Sunday. "Nobody in the party doubts it any more."',
        # a quoted phrase after the cue
        '"The harbour deal is finished and signed," Berg told reporters in Rostock after calling '
        'the talks "very hard" in May. "Work on the new quay starts in the spring."',
        # a book title in an apposition after the speaker's name
        '"The bridge will be closed for two more months," said Anna Berg, the author of "Roads '
        'of Iron," who runs the city roads office. "We are sorry for the delays."',
    ],
)
def test_quotation_joined_across_long_attribution(text):
    rows = _rows(text)
    assert len(rows) == 1, rows
    speaker, said = rows[0]
    assert "Berg" in speaker or "Lund" in speaker
    assert said.startswith(("We will", "The harbour", "The bridge")) and said.endswith(
        ("more.", "spring.", "delays.")
    )


@pytest.mark.parametrize(
    "text",
    [
        # a participle reporting more words: the gold splits as often as it joins
        '"The bridge will be closed for two more months," Berg said on "Morning Call," explaining '
        'why the repairs took so long. "We are sorry for the delays."',
        # a second cue in the attribution sentence
        '"The harbour deal is finished and signed," said Lund, the author of "Roads of Iron," '
        'who also noted that the quay was late. "Work on the new quay starts in the spring."',
        # a narration sentence between the halves
        '"The harbour deal is finished and signed," Berg said on "Morning Call." The quay opened '
        'in 1990. "Work on the new quay starts in the spring."',
    ],
)
def test_quotation_not_joined_across_a_second_report(text):
    rows = _rows(text)
    assert not any("finished and signed" in s and "spring" in s for _, s in rows), rows
    assert not any("two more months" in s and "delays" in s for _, s in rows), rows
