"""'The company' refers to the business the report opens with, also when the lede names it
after its noun ("The airline Skyvane has cancelled ..."), and only to a body of its class
("Westshire County Council has cut ... The company said" is another body)."""

import pytest

from workbench.quotes import quote_records


def _sources(text: str) -> list[tuple[str, str]]:
    return [(r["speaker_name"], r["source_type"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Airline cancels flights\n\nThe airline Skyvane has cancelled 40 flights after a strike.\n\n"
            "The company said passengers would be offered refunds.",
            [("Skyvane", "organisation")],
        ),
        (
            "Lender cuts jobs\n\nBrightwell Bank has cut 300 jobs.\n\nThe company said demand had fallen sharply.",
            [("Brightwell Bank", "organisation")],
        ),
        (
            "Carmaker cuts jobs\n\nThe German carmaker Voltwerk has cut 300 jobs.\n\n"
            "The company said demand had fallen sharply.",
            [("Voltwerk", "organisation")],
        ),
        # the lede's own noun refers back to it
        (
            "Bank cuts jobs\n\nThe bank Harcourt Lyle has cut 300 jobs.\n\nThe bank said demand had fallen sharply.",
            [("Harcourt Lyle", "organisation")],
        ),
        (
            "Strike\n\nThe union Fairwork has called a strike.\n\nThe union said talks had failed.",
            [("Fairwork", "organisation")],
        ),
        # a council is no company
        (
            "Council cuts\n\nWestshire County Council has cut 200 jobs.\n\nThe company said the cuts were painful.",
            [("company", "organisation")],
        ),
        # a union is no company
        (
            "Strike called\n\nThe union Fairwork has called a strike.\n\nThe company said talks would go on.",
            [("company", "organisation")],
        ),
        # a person's noun before the name: no body for "the club" to mean
        (
            "Striker shines\n\nThe striker Tom Okafor scored twice.\n\nThe club said he would sign a new deal.",
            [("club", "organisation")],
        ),
    ],
)
def test_the_company_is_the_business_the_lede_names(text, expected):
    assert _sources(text) == expected
