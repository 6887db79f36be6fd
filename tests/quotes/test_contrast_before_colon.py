"""A contrast after a report ("X said A, but Y disagree:") hands the quotation after its
colon to the contrast's subject. Sentences self-written."""

import pytest

from workbench.quotes import quote_records


def _names(text: str) -> list[str]:
    return [r["speaker_name"] for r in quote_records(text) if r["kind"] == "direct"]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            'The landlord said the heating was fixed, but the tenants disagree: "It is freezing in here."',
            "tenants",
        ),
        (
            'Critics argued the film was too long, but the director was defiant: "Every minute matters."',
            "director",
        ),
        (
            'Officials said the bridge would reopen soon, yet commuters remain wary: "We have heard that before."',
            "commuters",
        ),
    ],
)
def test_the_contrast_s_subject_speaks(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        # a pronoun after "but": the report's subject, resolved as before
        ('The mayor praised the plan, but she warned: "It will not be cheap."', "mayor"),
        # a thing after "but": no speaker of its own, the report's subject as before
        ('The mayor said the plan was fair, but the cost was high: "We cannot pay for it."', "mayor"),
    ],
)
def test_no_speaking_subject_after_the_contrast_keeps_the_reading(text: str, name: str) -> None:
    assert _names(text) == [name]
