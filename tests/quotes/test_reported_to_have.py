"""A speaker reported at second hand ("is reported to have said", "was said to have told
aides", "is understood to have warned ... that") speaks through the cue after "to have"; a
passive with no cue after it ("is believed to have left") reports nothing. Sentences
self-written."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The minister is reported to have said the budget was too small.", "said"),
        ("The minister was said to have told aides the budget was too small.", "told"),
        ("The minister is understood to have warned colleagues that the budget was too small.", "warned"),
    ],
)
def test_the_subject_of_the_passive_speaks(text: str, cue: str) -> None:
    assert [(r["speaker_name"], r["text"], r["cue"]) for r in quote_records(text)] == [
        ("minister", "the budget was too small", cue)
    ]


def test_no_cue_after_to_have() -> None:
    assert quote_records("The minister is believed to have left the country.") == []


def test_whom_it_was_told_before_that_is_no_part_of_it() -> None:
    [r] = quote_records("The chairman was said to have warned the board that the club faced administration.")
    assert (r["speaker_name"], r["text"]) == ("chairman", "the club faced administration")
