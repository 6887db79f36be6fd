"""A determiner and an adjective before a full name ("a delighted Tom Hale") give the named
person; one capitalised word after an adjective is too often a place, a club, a party or a
people ("a struggling Leeds", "a leading Tory") to be read as a name. Sentences self-written."""

from workbench.quotes import quote_records


def test_an_adjective_before_a_full_name() -> None:
    [record] = quote_records('"We won," a delighted Tom Hale said.')
    assert (record["speaker_name"], record["source_type"]) == ("Tom Hale", "person")


def test_an_adjective_before_one_capitalised_word_is_no_name() -> None:
    for text in (
        '"We were the better side," said a struggling Leeds.',
        '"It is a betrayal," a leading Tory said.',
    ):
        [record] = quote_records(text)
        assert record["source_type"] != "person"
