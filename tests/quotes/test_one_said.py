"""'"...," one said' after a quotation: one of the people the report is about speaks, and the
quotation is theirs; a reporting verb inside the quotation ('"They said that last year," one
said') is no statement of the narration's. Sentences self-written."""

from workbench.quotes import quote_records


def test_one_of_them_said() -> None:
    text = 'Residents are sceptical. "They said that last year," one said.'
    assert [(r["speaker"], r["text"], r["cue"]) for r in quote_records(text)] == [
        ("one", "They said that last year", "said")
    ]


def test_what_one_would_have_said_is_no_statement() -> None:
    assert quote_records('"Peace at last," one would have said a year ago.') == []
