"""Reported statements without quotation marks (issue 15, third round): cues whose noun
object is the statement. Self-written sentences."""

from __future__ import annotations

from workbench.quotes import extract_quotes

#: a quotation in the copy, so that its other sentences are read as reported speech
HEAD = "Orchard grants.\n\nThe farm council met on Monday. \u201cWe expect a good harvest,\u201d the chair said.\n\n"


def _rows(body: str):
    q = extract_quotes(HEAD + body)
    return [r for r in zip(q["kind"], q["speaker"], q["text"]) if not r[2].startswith("We expect")]


def test_a_noted_noun_object_is_the_statement():
    rows = _rows(
        "Inspector Lina Haroun noted the steady decline in apple yields across the northern valleys.\n"
    )
    assert [(r[1], r[2]) for r in rows] == [
        ("Lina Haroun", "the steady decline in apple yields across the northern valleys")
    ]


def test_a_recalled_noun_object_is_no_statement():
    # "recall" takes back a product or an envoy as often as it remembers: its object is left
    assert (
        _rows("The cider maker recalled 40,000 bottles after a cork fault in the northern valleys.\n") == []
    )
    assert _rows("The ministry recalled its ambassador to the northern republic for consultations.\n") == []


def test_an_emphasized_noun_object_is_the_statement():
    rows = _rows("The council chair emphasized the importance of clean water for every orchard.\n")
    assert [(r[1], r[2]) for r in rows] == [
        ("The council chair", "the importance of clean water for every orchard")
    ]


def test_other_cues_with_a_noun_object_report_nothing():
    # "praised the plan", "cited a study": the object of a cue outside the list is no statement
    assert _rows("The inspector praised the steady work of the pickers in the northern valleys.\n") == []
    assert _rows("The inspector cited a recent survey of apple yields in the northern valleys.\n") == []


def test_an_added_noun_object_is_no_statement():
    # "added a room": the object of "add" is a thing added, not words
    assert _rows("Mara Velde added a second cold store to the cooperative in the northern valleys.\n") == []
    rows = _rows("Mara Velde added the cooperative would open a second cold store next year.\n")
    assert [(r[1], r[2]) for r in rows] == [
        ("Mara Velde", "the cooperative would open a second cold store next year")
    ]


def test_a_no_break_space_after_an_opening_clause_is_read_as_a_space():
    # web copies keep U+00A0 after a comma: the phrase after it is read, and nothing raises
    # (it raised IndexError: the space was left as the whole speaker phrase)
    text = "In a 2019 letter obtained by the Courier,\u00a0a retired harbour pilot said the dredging was rushed.\n"
    assert [(r[1], r[2]) for r in _rows(text)] == [("a retired harbour pilot", "the dredging was rushed")]
    for space in ("\u00a0", "\u2009", "\u202f", "\u3000"):
        text = (
            f"In a 2019 letter obtained by the Courier,{space}a retired pilot said the dredging was rushed.\n"
        )
        assert len(extract_quotes(text)) == 1


def test_a_role_in_a_title_case_headline_is_no_named_person():
    # "Harbour Chief Says ...": the headline capitalises a role; a surname stays a name
    body = "\n\nThe board met on Monday. \u201cWe expect a rise,\u201d the chair said.\n"
    role = extract_quotes("Harbour Chief Says Ferry Fees Will Rise." + body).iloc[0]
    assert (role["speaker"], role["anonymous"], role["source_type"]) == ("Harbour Chief", True, "anonymous")
    name = extract_quotes("Okafor Says Ferry Fees Will Rise." + body).iloc[0]
    assert (name["speaker"], name["anonymous"], name["source_type"]) == ("Okafor", False, "person")
