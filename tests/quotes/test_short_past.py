"""Irregular past forms of four letters or fewer ("fled", "died", "wept") make the words after a
cue a clause, as a longer "-ed" form does; clothing "saying" something stays no statement."""

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["text"]) for r in quote_records(text)]


def test_a_short_clause_with_an_irregular_past_is_reported():
    assert _records("The ranger said the deer fled.") == [("The ranger", "the deer fled")]
    assert _records("Her brother said the old cat died.") == [("Her brother", "the old cat died")]


def test_a_subject_with_a_short_past_before_a_coordinated_cue_speaks():
    text = 'As the mayor, a keen runner, crossed the line, the crowd sang and said, "Well done!"'
    assert [s for s, _ in _records(text)] == ["the crowd"]


def test_a_garment_saying_something_is_no_statement():
    assert _records('A steward wore a jacket saying "Ask me" at the gate.') == []


def test_longer_irregular_pasts_are_verbs_too():
    assert _records("Her neighbour wept and said she forgave him.") == [("Her neighbour", "she forgave him")]
    assert _records("The steward said the fan threw a cup.") == [("The steward", "the fan threw a cup")]
