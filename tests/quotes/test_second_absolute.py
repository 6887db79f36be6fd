"""Of two absolute clauses joined by "and" ("with residents welcoming the plan and shop owners
saying ..."), the second's subject speaks. Sentences self-written."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    "text, name",
    [
        (
            'Fans gathered outside, with residents welcoming the plan and shop owners saying it was "a disaster."',
            "shop owners",
        ),
        (
            'The vote passed, with the council praising the plan and traders calling it "a disaster."',
            "traders",
        ),
        ('The vote passed, with Ann Lee backing it and Tom Reed saying it was "a disaster."', "Tom Reed"),
    ],
)
def test_the_second_absolute_clause_s_subject_speaks(text: str, name: str) -> None:
    assert [r["speaker_name"] for r in quote_records(text)] == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        # a first absolute clause of a thing and its state, then the speaking one's
        (
            "The storm moved inland overnight, with roads closed across the valley and forecasters "
            'warning of "the heaviest rain in a decade."',
            "forecasters",
        ),
        (
            'The fair sold out, with fans delighted and the organiser promising "a bigger show next year."',
            "organiser",
        ),
    ],
)
def test_the_speaking_subject_after_a_thing_s_state(text: str, name: str) -> None:
    assert [r["speaker_name"] for r in quote_records(text)] == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        # a thing in -er after "and" is no one: the sentence's subject, as before
        (
            'The studio was thrilled, with the film finished and the trailer calling it "the hit of the summer."',
            "studio",
        ),
        # "X and Y" as one company's name is no clause and a subject
        (
            'The retailer was hit, with the merger approved and Marks and Spencer saying "we are delighted."',
            "retailer",
        ),
    ],
)
def test_things_and_company_names_after_and_keep_the_reading(text: str, name: str) -> None:
    assert [r["speaker_name"] for r in quote_records(text)] == [name]
