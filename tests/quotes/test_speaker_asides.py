"""A speaker's name before an aside that opens with a preposition ("X, after a long pause,
said"): the aside's noun phrase is the preposition's object, never the speaker. Sentences
written for the rule."""

import pytest

from workbench.quotes import extract_quotes


@pytest.mark.parametrize(
    "aside",
    ["after a long pause", "before the second vote", "since the flood", "until the very end"],
)
def test_name_before_a_prepositional_aside_speaks(aside):
    text = (
        "Harbour\n\nCouncillor Mara Quint has opposed the dredging plan for a year.\n\n"
        f'"We are not going to pay for it twice," Quint, {aside}, said.'
    )
    q = extract_quotes(text)
    assert list(q["speaker_name"]) == ["Mara Quint"]
    assert not q["anonymous"].any()


def test_a_descriptor_after_its_own_comma_still_speaks():
    """The rule skips only a phrase a preposition governs: an appositive role stays."""
    text = (
        'Harbour\n\n"We are not going to pay for it twice," Quint, the councillor who chairs the board, said.'
    )
    q = extract_quotes(text)
    assert list(q["speaker_name"]) == ["Quint"]
