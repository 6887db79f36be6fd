"""Words before a cue that are the cue's subject or an opening phrase, not its statement:
"Echoing ..., she pledged to ...", "Gov. X, one of ..., had pledged to ..." (the statement
follows the cue). Sentences written for these tests."""

from workbench.quotes import quote_records


def _statements(text):
    return [(r["text"], r["speaker"]) for r in quote_records(text)]


def test_an_opening_participle_before_an_infinitive_cue_is_no_statement():
    text = (
        "Echoing her mother's caution, she pledged to put Ohio, which has not backed a Democrat "
        "in a governor's race in 20 years, within reach."
    )
    got = _statements(text)
    assert all(not t.startswith("Echoing") for t, _ in got)
    assert any(t.startswith("to put Ohio") for t, _ in got)


def test_a_subject_and_its_apposition_before_an_auxiliary_cue_is_no_statement():
    text = (
        "Maine Gov. Tom Ridley, one of the rivals defeated by Smith in the spring caucus vote, "
        "had pledged to endorse the eventual winner, but sounded unsure this week."
    )
    got = _statements(text)
    assert all(not t.startswith("Maine Gov.") for t, _ in got)
    assert all(not (s or "").startswith("to endorse") for _, s in got)


def test_a_statement_before_said_to_whom_is_kept():
    text = "The bridge will stay closed until the spring, he said to reporters, citing the repairs."
    got = _statements(text)
    assert got and got[0][0] == "The bridge will stay closed until the spring"


def test_an_inverted_speaker_is_still_read():
    text = "The levy will pay for two new schools and a library, said Dana Pruitt, the board treasurer."
    got = _statements(text)
    assert got and got[0][0].startswith("The levy will pay") and "Pruitt" in (got[0][1] or "")


def _first_text(text):
    return quote_records(text)[0]["text"]


def test_a_second_speakers_clause_ends_the_reported_statement():
    text = (
        "The mayor said the pool would reopen in June, but the contractor did not say when work would start."
    )
    assert _first_text(text) == "the pool would reopen in June"


def test_a_second_speakers_verb_after_and_ends_the_reported_statement():
    text = "Most parents said the new bus routes were safer, and two-thirds said the same of the later start."
    assert _first_text(text) == "the new bus routes were safer"


def test_a_likened_subject_after_as_has_ends_the_reported_statement():
    text = "Two county judges have said they will not run again next year, as has the longtime sheriff of the county."
    assert _first_text(text) == "they will not run again next year"


def test_the_writers_gloss_after_the_latter_ends_the_reported_statement():
    # (a text with a quotation: its statements without marks are "indirect", cut by the rule)
    text = (
        '"We saw it coming," the baker said. '
        "Most of the closings, she said, have hit small and family-run bakeries, the latter a term for shops "
        "that have stayed in one family for two generations."
    )
    assert quote_records(text)[1]["text"] == "Most of the closings have hit small and family-run bakeries"


def test_a_reported_statement_goes_on_past_a_plain_but():
    text = "The governor said the plan was costly, but it would pay for itself within a decade."
    assert _first_text(text) == "the plan was costly, but it would pay for itself within a decade"
