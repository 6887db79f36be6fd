"""Two descriptions joined by "and" that a cue's subject reads whole ("The mayor and the
police chief said") are a group of speakers, not one anonymous person; one person with two
roles ("a contender and former surgeon, Ned Carver") and names on both sides are left as
they were. Sentences self-written."""

from workbench.quotes import quote_records


def test_two_descriptions_are_a_group() -> None:
    [r] = quote_records("The mayor and the police chief said the road would reopen.")
    assert (r["speaker_name"], r["source_type"]) == ("mayor and the police chief", "group")


def test_one_person_with_two_roles_is_no_group() -> None:
    [r] = quote_records("Party contender and former surgeon Ned Carver said the plan would fail.")
    assert r["source_type"] != "group"
