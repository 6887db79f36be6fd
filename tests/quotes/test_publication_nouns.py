"""A publication's noun ("the journal", "the tabloid") speaks for an organisation, as "the
newspaper" does."""

import pytest

from workbench.quotes import quote_records


def _types(text: str) -> list[str]:
    return [r["source_type"] for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text",
    [
        "The journal said the findings were robust.",
        "The medical journal said the trial had been flawed.",
        "The tabloid said the singer had left the country.",
        "According to the periodical, the data were flawed.",
        "The newspaper said the findings were robust.",
    ],
)
def test_a_publication_is_an_organisation(text):
    assert _types(text) == ["organisation"]


def test_a_journal_named_beside_its_noun_is_that_organisation():
    rows = quote_records("Intro.\n\nThe Torbay Review, a medical journal, said the trial was flawed.")
    assert [(r["speaker_name"], r["source_type"]) for r in rows] == [("Torbay Review", "organisation")]
