"""Classes a review of round 48 found read wrong in both versions, and mended after it:
a person named before "of" and an institution whose name holds its word inside it, not at its
end ("Dr Ann Lee of King's College London"); an apposed subject whose name is followed by an
aside before the cue. Self-written sentences, invented names."""

import pytest

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(str(r["speaker_name"]), r["source_type"], r["text"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ('"We were surprised," said Dr Ann Lee of King\'s College London.', "Ann Lee"),
        ('"We were surprised," said Dr Ola Adewale of Queen Mary University of London.', "Ola Adewale"),
        ("Dr Ann Lee of King's College London said the results were clear.", "Ann Lee"),
        # as before: an institution's word at the name's end, and "the" before it
        ('"It held," said Jane Ross of St Thomas Hospital.', "Jane Ross"),
        ('"It held," said Ann Lee of the University of Leeds.', "Ann Lee"),
    ],
)
def test_a_person_of_an_institution_is_the_speaker(text, name):
    assert [(n, t) for n, t, _ in _records(text)] == [(name, "person")]


def test_a_body_named_after_of_with_no_person_before_stays_the_speaker():
    # (no person before "of": the college itself)
    text = "The Board of Imperial College London said the fees would rise."
    assert _records(text)[0][1] == "organisation"


def test_an_apposed_subject_with_an_aside_before_the_cue_is_no_statement():
    text = (
        "The spokesperson of the Foreign Office, Nadia Karimi, while responding to a question about "
        "the talks, said the country wanted good relations with its neighbours."
    )
    assert _records(text) == [
        ("Nadia Karimi", "person", "the country wanted good relations with its neighbours")
    ]
