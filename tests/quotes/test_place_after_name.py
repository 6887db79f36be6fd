"""A place after a speaker's name ("Maria Lopez outside her home said ...") is where the
speaker stood, not part of the name: the named person speaks. Sentences self-written."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    "text, name",
    [
        ("Maria Lopez outside her home said the water had risen overnight.", "Maria Lopez"),
        ("Tom Reed near the scene said the water had risen overnight.", "Tom Reed"),
        ("Ada Varga behind the counter said the shop would close for good.", "Ada Varga"),
    ],
)
def test_the_named_person_before_a_place_speaks(text: str, name: str) -> None:
    [r] = quote_records(text)
    assert (r["speaker_name"], r["source_type"]) == (name, "person")
