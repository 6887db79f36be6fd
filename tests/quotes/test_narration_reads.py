"""The narration's subjects are read on demand (``_extract._NarrationSubjects``): the few
sentences before a passage with no attribution for the continuations, all of them for the
resolution only when statements are left. These pin the records that must not change."""

from workbench.quotes import extract_quotes

_WALK = "Marguerite Oyelaran walked us along the old towpath on a wet morning.\n\n"
_PASSAGE = '"My grandfather dug this cut with his own hands, and nobody remembers it now."'


def test_a_passage_with_no_attribution_goes_to_the_narrations_person_just_before():
    f = extract_quotes(_WALK + _PASSAGE)
    assert f["speaker_name"].tolist() == ["Marguerite Oyelaran"]
    assert f["kind"].tolist() == ["direct"]


def test_a_passage_far_after_the_narrations_person_has_no_speaker():
    filler = "The canal was closed to boats in the winter of that year. " * 9
    assert extract_quotes(_WALK + filler + "\n\n" + _PASSAGE).empty


def test_a_pronoun_resolves_to_a_narration_subject_outside_any_passages_reach():
    text = (
        "Councillor Desmond Achterberg opened the new library on the corner of Mill Lane.\n\n"
        + "Builders spent two years on the brick shell and the glass roof. " * 8
        + "\n\nHe said the town had waited far too long for a public reading room."
    )
    f = extract_quotes(text)
    assert f["speaker"].tolist() == ["He"]
    assert f["speaker_name"].tolist() == ["Desmond Achterberg"]  # the title is no part of the name


def test_an_article_whose_only_passage_has_no_speaker_has_no_statement():
    assert extract_quotes(
        '"The boats will never come back to this stretch, whatever the council says."'
    ).empty
