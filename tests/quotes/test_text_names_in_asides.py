"""A law's or a pact's name ("the Clean Air Act", "the Paris Agreement") is a text, and a
person's description after it speaks in an aside about it ("The Clean Air Act, the senator
said, has saved lives"); so does a description right before a cue that an aside's comma
follows ("Marcus Reed, the coach said, would miss the final"). A name with its apposition
keeps its statement. Sentences self-written."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    "text, name, content",
    [
        (
            "The Clean Air Act, the senator said, has saved thousands of lives.",
            "senator",
            "The Clean Air Act has saved thousands of lives",
        ),
        (
            "The Paris Agreement, the climate envoy said, is still within reach.",
            "climate envoy",
            "The Paris Agreement is still within reach",
        ),
        ("Marcus Reed, the coach said, would miss the final.", "coach", "Marcus Reed would miss the final"),
    ],
)
def test_the_description_in_the_aside_speaks(text: str, name: str, content: str) -> None:
    [r] = quote_records(text)
    assert (r["speaker_name"], r["text"]) == (name, content)


@pytest.mark.parametrize(
    "text, name, source_type",
    [
        ("Marcus Reed, the coach, said he would miss the final.", "Marcus Reed", "person"),
        ('Bill Code of the Health Department said the outbreak was "under control."', "Bill Code", "person"),
        (
            "Jenny Charter, the club secretary, said membership had grown by a third.",
            "Jenny Charter",
            "person",
        ),
    ],
)
def test_a_person_s_name_keeps_its_statement(text: str, name: str, source_type: str) -> None:
    [r] = quote_records(text)
    assert (r["speaker_name"], r["source_type"]) == (name, source_type)
