"""A cue's bare form right before a finite verb of speech is the subject's noun ("A Home Office
report said ..."), not the cue: the statement is the clause after the verb."""

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], str(r["cue"]), r["text"]) for r in quote_records(text)]


def test_a_document_noun_before_said_is_the_subjects():
    assert _records("A Ministry of Ports report said freight volumes had fallen sharply.") == [
        ("Ministry of Ports report", "said", "freight volumes had fallen sharply")
    ]


def test_a_past_form_before_an_adjective_in_ed_stays_the_cue():
    assert _records("The ferry operator said added costs would fall on passengers.") == [
        ("The ferry operator", "said", "added costs would fall on passengers")
    ]
