"""A reported clause, its comma, then "the" and a noun no list knows before the cue ("The
decision was unfair, the singer said."): the noun phrase speaks, as it does after a
quotation. Not "a" and a noun before a participle that glosses ("..., a plan announced in
May"), and not a cue's bare form that is a noun ("the report said"). Sentences self-written."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The decision was unfair, the singer said.", "singer"),
        ("The decision was unfair, the singer said on Monday.", "singer"),
        ("The decision was unfair, the local singer said.", "local singer"),
        ("The ferry will not sail until Friday, the harbourmaster said.", "harbourmaster"),
        ("Rents have doubled in five years, the pensioner told the council.", "pensioner"),
    ],
)
def test_an_unlisted_noun_after_the_content_speaks(text: str, speaker: str) -> None:
    [record] = quote_records(text)
    assert record["speaker_name"] == speaker
    assert record["text"] == text.split(",")[0]


def test_no_speaker_from_a_glossing_participle() -> None:
    text = "The border checks will go on for a year, a plan announced in March."
    assert quote_records(text) == []


def test_a_listed_document_keeps_its_reading() -> None:
    [record] = quote_records("Hackers reached ten servers, the internal report said.")
    assert (record["speaker_name"], record["source_type"]) == ("internal report", "document")
