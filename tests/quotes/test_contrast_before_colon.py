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


@pytest.mark.parametrize(
    "text, name",
    [
        ('The general said the war was won, but many feared the worst: "We are packing our bags."', "many"),
        (
            'The professor said the data was clear, but others disagree: "The figures say otherwise."',
            "others",
        ),
        (
            'The mayor said the plan was sound, but the fire chief was cautious: "We need more trucks."',
            "fire chief",
        ),
        (
            'The mayor said the bus lanes would help, but the Chamber of Commerce was blunt: "Our members are losing trade."',
            "Chamber of Commerce",
        ),
    ],
)
def test_quantities_roles_and_bodies_after_the_contrast_speak(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_a_chamber_of_commerce_is_a_body() -> None:
    [r] = quote_records('The Chamber of Commerce said trade was "down by a third."')
    assert (r["speaker_name"], r["source_type"]) == ("Chamber of Commerce", "organisation")
