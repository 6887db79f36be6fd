"""Which clause a quotation opened mid-sentence belongs to (issue 15): the cue before it when
that cue has its speaker, the attribution after it otherwise; a clause opened by a
conjunction after the closing mark is no attribution. Self-written sentences."""

from __future__ import annotations

from workbench.quotes import extract_quotes

HEAD = "Harbour fees row.\n\n"


def _rows(body: str):
    q = extract_quotes(HEAD + body)
    return list(zip(q["kind"], q["speaker"], q["text"]))


def test_a_noun_cue_before_the_quotation_does_not_stop_the_sentence_joining_it():
    # 'remarks' is a cue's form but a noun here: the sentence is the statement of the
    # attribution after the closing mark
    rows = _rows('The mayor\'s remarks about the ferry were "the worst kind of spin," Ms. Lund said.\n')
    assert rows == [("mixed", "Lund", 'The mayor\'s remarks about the ferry were "the worst kind of spin,"')]


def test_a_quotation_in_the_clause_of_a_cue_before_it_is_that_cues_statement():
    rows = _rows(
        'Harbour chief Ole Lund said the approach to the coast remained "one of care and patience", '
        "but he also warned the ferry company against new fees.\n"
    )
    assert rows[0][1] == "Ole Lund"
    assert rows[0][2].startswith("the approach to the coast remained")
    assert not any(r[1] == "he" and "one of care" in r[2] for r in rows)


def test_a_conjunction_after_the_closing_mark_opens_a_clause_not_an_attribution():
    rows = _rows(
        'Fishermen say the fleet was "riding out the storm" until the mayor said the port would close.\n'
    )
    assert not any(r[1] == "the mayor" and "riding out the storm" in r[2] for r in rows)
    # a comma before the attribution's subject keeps it one: the words before belong to it
    rows = _rows('"It would sink the small boats" because of the fees, he said.\n')
    assert rows and rows[0][1] == "he" and "It would sink the small boats" in rows[0][2]


def test_a_colon_of_another_cue_does_not_take_the_attribution_away():
    rows = _rows(
        '"Apparently someone here is unhappy," Lund said as a man in the crowd shouted: "Go home!"\n'
    )
    assert ("direct", "Lund", "Apparently someone here is unhappy") in rows


def test_words_before_a_participle_quotation_report_a_statement_of_their_own():
    rows = _rows(
        "Byrne also wrote the crews learned to expect the gales, saying, "
        '"They did not come every week, but we soon read the signs."\n'
    )
    assert ("indirect", "Byrne", "the crews learned to expect the gales") in rows
    assert any(r[1] == "Byrne" and r[2].startswith("They did not come") for r in rows)
    # the adjunct of the cue that hands the quotation over is no statement
    rows = _rows('Lund told reporters in Keston last week, "The ferry will run again."\n')
    assert [r[2] for r in rows] == ["The ferry will run again."]


def test_a_participle_after_an_irregular_verb_speaks_for_the_clause_subject():
    rows = _rows(
        "Mayor Anna Berg came out for Ole Lund on Wednesday, saying it is the moment "
        'to elect a "real harbour man in the town hall."\n'
    )
    assert rows == [
        ("mixed", "Anna Berg", 'it is the moment to elect a "real harbour man in the town hall."')
    ]


def test_a_bare_participle_before_a_quoted_phrase_takes_the_clause_to_its_end():
    rows = _rows('Lund opened the debate saying "of course" Berg has the skills to run the port.\n')
    assert rows == [("mixed", "Lund", '"of course" Berg has the skills to run the port')]
