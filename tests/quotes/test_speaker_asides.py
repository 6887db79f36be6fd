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


def test_number_abbreviation_does_not_end_the_sentence():
    """'the No. 2 in the party': "No." before a number ends no sentence, so the clause of
    comparison before the quotation keeps its subject."""
    text = (
        "Court\n\nFew members would back the plan. As Lena Ortiz, the No. 2 on the harbour "
        'council, put it: "This plan will not pass, and there is no point in hiding it."'
    )
    q = extract_quotes(text)
    assert list(q["speaker_name"]) == ["Lena Ortiz"]
