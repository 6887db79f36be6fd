"""A title before the speaker's name is the speaker's, with or without its full stop (British
copy writes "Mr Hale"): a statement opened before a quotation mark and ended by the
attribution stops before the title. Sentences self-written."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize("title", ["Mr", "Mr.", "Dr", "Prof", "Mrs"])
def test_the_statement_ends_before_the_speaker_s_title(title: str) -> None:
    text = f'The schools are less likely to be "swamped with new pupils," {title} Hale said.'
    [r] = quote_records(text)
    assert (r["speaker_name"], r["text"]) == (
        "Hale",
        'The schools are less likely to be "swamped with new pupils,"',
    )


def test_a_title_after_words_that_go_on_from_the_quotation() -> None:
    [r] = quote_records('The board made an "error" in the audit, Dr Lund told the inquiry.')
    assert (r["speaker_name"], r["text"], r["cue"]) == (
        "Lund",
        'The board made an "error" in the audit',
        "told",
    )
