"""Quoted words inside narration (self-written sentences): statements of the clause's
subject, content from the governing verb or preposition; titles and short names are not."""

from workbench.quotes import extract_quotes


def _rows(text: str):
    return extract_quotes(text)[["kind", "speaker", "cue", "text"]]


def test_a_quoted_label_after_called_is_a_statement_of_the_subject():
    q = _rows(
        'Harbour Commissioner Ida Weller called the new levy "a costly mistake for the port" on Monday.'
    )
    assert len(q) == 1, q
    row = q.iloc[0]
    assert row["speaker"] == "Ida Weller" and row["cue"] == "called"
    assert row["text"].startswith("the new levy") and "costly mistake for the port" in row["text"]


def test_the_content_starts_after_the_governing_preposition():
    q = _rows('The mayor, for her part, blamed the board for "ruining the harbour for a generation."')
    assert len(q) == 1, q
    assert q.iloc[0]["speaker"].startswith("The mayor")
    assert q.iloc[0]["text"] == "ruining the harbour for a generation."
    assert q.iloc[0]["kind"] == "direct"


def test_an_opening_phrase_and_an_adverb_do_not_hide_the_subject():
    q = _rows('In an interview on Friday, Tomas Brandt also described the plan as "the worst deal in years."')
    assert q["speaker"].tolist() == ["Tomas Brandt"]


def test_the_clause_after_the_closing_mark_belongs_to_the_content():
    q = _rows('Ms. Lund repeated her claim that the council "has no plan at all" for the flooded roads.')
    assert len(q) == 1, q
    assert q.iloc[0]["text"].endswith("for the flooded roads")


def test_titles_slogans_and_short_names_are_not_statements():
    assert _rows('The mayor read from her book "The Long Road Back Home" to the crowd.').empty
    assert _rows('Supporters waved signs reading "Keep The Harbour Open Forever" outside.').empty
    assert _rows('The council discussed the so-called "harbour tax" at length on Tuesday.').empty
    assert _rows('The plan was dubbed "the great harbour giveaway of the year" by critics.').empty


def test_placards_carried_are_not_statements():
    # (a banner named with its determiner is its words' source: GUIDELINES.md, test_cues47)
    q = _rows(
        'Outside the hall, a few dozen fishermen held a banner reading "Quotas kill our harbour towns."'
    )
    assert q["speaker"].tolist() == ["a banner"]
    assert _rows(
        'Several residents held placards reading "No more tolls on the ferry road" at the gate.'
    ).empty


def test_a_short_quotation_inside_a_that_clause_makes_the_clause_a_statement():
    q = _rows(
        'Mayor Brandt toured the docks on Friday, reminding everyone that the new quay was "a great thing."'
    )
    assert q["speaker"].tolist() == ["Brandt"]  # the title is its role
    assert q.iloc[0]["text"].startswith("the new quay was")
    # outside a that-clause a two-word quotation stays a label
    assert _rows('Mayor Brandt toured the "new quay" on Friday morning.').empty


def test_an_opening_adverb_is_no_subject():
    assert _rows('Specifically, the plan covers "a giveaway to the ferry owners" in full.').empty
