"""Where a statement was made is no part of who made it ('"...," said Tom Reyes in a statement'
was listed as a document called "Tom Reyes in statement"); a letter, an op-ed or a guide
someone wrote is no statement; a numbered list's number opens no speaker's name. Self-written
sentences."""

import pytest

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(r["text"], str(r["speaker_name"]), r["source_type"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ('"We must act now," said Tom Reyes in a statement.', "Tom Reyes", "person"),
        ('"This is a disgrace," wrote Anna Berg in a letter to the paper.', "Anna Berg", "person"),
        ('"We must act now," said Tom Reyes in his resignation letter.', "Tom Reyes", "person"),
        ('"Prices will rise," said the ministry in a statement.', "ministry", "organisation"),
        ('"We must act now," wrote the senator in an op-ed for the Post.', "senator", "anonymous"),
        ('"Prices will rise in April," said Skelby in a statement.', "Skelby", "organisation"),
        ('"Prices will rise," said Port spokesman Ari Lund in a statement.', "Ari Lund", "person"),
    ],
)
def test_the_channel_after_an_inverted_speaker_is_cut(text, name, kind):
    [(_, got, got_kind)] = _records(text)
    assert (got, got_kind) == (name, kind)


def test_a_place_after_a_description_stays_part_of_it():
    [(_, name, _)] = _records('"It was the last one," said a publican in the village.')
    assert name == "publican"


@pytest.mark.parametrize(
    "text",
    [
        "Maria Koval wrote a comprehensive guide to the new rules last year.",
        "Maria Koval wrote a letter to the mayor demanding an apology.",
        "The scientist wrote the paper with colleagues in Oslo.",
    ],
)
def test_what_was_written_is_no_statement(text):
    assert _records(text) == []


def test_a_written_clause_stays_a_statement():
    [(content, _, _)] = _records('Maria Koval wrote that the plan was "deeply flawed".')
    assert content == 'the plan was "deeply flawed"'


@pytest.mark.parametrize("mark", ["1. ", "2) ", "12. "])
def test_a_numbered_items_number_is_no_part_of_its_speaker(mark):
    [(content, name, kind)] = _records(mark + "The council says the road will reopen in May.")
    assert (content, name, kind) == ("the road will reopen in May", "council", "organisation")
