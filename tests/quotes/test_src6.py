"""Quotations inside a reported clause: the clause is the statement (issue 15, src6)."""

from workbench.quotes import extract_quotes


def _rows(text: str):
    return extract_quotes(text)


def _span(text: str, row) -> str:
    return text[row.char_start : row.char_end]


def test_that_before_a_quoted_phrase_opens_the_clause():
    text = "The mayor criticised the plan, saying that “reckless spending” does more harm than good in hard times."
    rows = _rows(text)
    assert len(rows) == 1
    assert _span(text, rows.iloc[0]).startswith("that “reckless spending” does more harm")
    assert rows.iloc[0].speaker == "The mayor"


def test_a_clause_runs_on_over_a_second_quoted_phrase():
    text = "Berg admitted “a few cases” where the money may have “gone astray.”"
    rows = _rows(text)
    assert len(rows) == 1
    assert _span(text, rows.iloc[0]).startswith("“a few cases” where the money")
    assert _span(text, rows.iloc[0]).rstrip("”.").endswith("gone astray")


def test_a_later_quotation_with_its_own_naming_verb_stays_apart():
    text = "Berg said “the port is calm” tonight, which Lund called “a good sign.”"
    rows = _rows(text)
    assert not any("which Lund called" in _span(text, r) for r in rows.itertuples())


def test_a_second_reporting_predicate_ends_the_clause():
    text = (
        "Berg hit back at the council on Sunday, tweeting that the vote was a “disgrace” for the port"
        " and asking, “Who will pay the bills now?”"
    )
    rows = _rows(text)
    assert len(rows) == 2
    first = _span(text, rows.iloc[0])
    assert "a “disgrace” for the port" in first
    assert "asking" not in first
