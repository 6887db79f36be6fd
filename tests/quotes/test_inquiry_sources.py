"""Bodies that hold hearings ("the tribunal", "the inquiry", "the panel") are organisations,
and what they write ("the review", "the probe") documents, not unnamed people. Sentences
self-written."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        ("The tribunal said she had been unfairly dismissed.", "organisation"),
        ("The inquiry said the warnings had been ignored for years.", "organisation"),
        ("The panel said the rules had been broken.", "organisation"),
        ("The review said the hospital had failed its patients.", "document"),
        ("The probe said the files had been deleted on purpose.", "document"),
    ],
)
def test_bodies_and_their_texts_are_typed(text: str, source_type: str) -> None:
    [record] = quote_records(text)
    assert record["source_type"] == source_type
    assert record["speaker"] == text.split(" said")[0]


def test_a_second_clause_with_a_texts_subject() -> None:
    text = "The vote was held on Monday, and the review said the rules had been broken."
    [record] = quote_records(text)
    assert (record["speaker_name"], record["text"]) == ("review", "the rules had been broken")


def test_a_census_is_a_document() -> None:
    [record] = quote_records("According to the latest census, the town's population has doubled.")
    assert (record["speaker_name"], record["source_type"]) == ("latest census", "document")


def test_an_outlet_of_several_words_told_is_no_part_of_the_statement() -> None:
    text = 'Ms Okafor told BBC Radio 4\'s Today programme she was "shocked" by the figures.'
    [record] = quote_records(text)
    assert record["text"] == 'she was "shocked" by the figures'
