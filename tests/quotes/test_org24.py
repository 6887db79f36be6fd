"""An institution's word written with a capital ("The Council said") is an organisation, as
"the council" is; people described by such a word are not (sentences written for this test)."""

import pytest

from workbench.quotes import quote_records


def types(text):
    return [(r["speaker"], r["source_type"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The Council said the bins would be collected on Friday.", "The Council"),
        ("The Trust said the gardens would reopen in May.", "The Trust"),
        ("The Board said the merger would go ahead next spring.", "The Board"),
        ("The Ministry said the exam figures had been checked twice.", "The Ministry"),
    ],
)
def test_a_capitalised_institution_word_is_an_organisation(text, speaker):
    assert types(text) == [(speaker, "organisation")]


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        (
            "A council spokesman said the bins would be collected on Friday.",
            "A council spokesman",
            "anonymous",
        ),
        ("The union official said the pay talks had failed again.", "The union official", "anonymous"),
        ("Officials at the Ministry said the exam figures were wrong.", "Officials at the Ministry", "group"),
    ],
)
def test_people_described_by_an_institution_word_are_not_one(text, speaker, kind):
    assert types(text) == [(speaker, kind)]
