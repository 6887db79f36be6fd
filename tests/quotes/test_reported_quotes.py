"""Quoted words inside a clause a reporting verb or 'that' governs, in a sentence another
statement already holds (issue 15): short quotations count there, the clause runs on to its
sentence's end across later quotations, and relative clauses and opening adverbs stay out.
Self-written sentences."""

from __future__ import annotations

from workbench.quotes import extract_quotes

HEAD = "Harbour fees row.\n\n"
CALLED = "Mara Lund called the levy a \u201cdisgrace\u201d and said "


def _rows(body: str):
    q = extract_quotes(HEAD + body)
    return list(zip(q["kind"], q["speaker"], q["text"]))


def test_one_quoted_word_in_a_reported_clause_is_a_statement():
    rows = _rows(CALLED + "the fees were \u201cunfair\u201d on small boats.\n")
    assert len(rows) == 2
    assert rows[1] == ("mixed", "Mara Lund", "the fees were \u201cunfair\u201d on small boats")


def test_a_reported_clause_runs_to_its_sentence_end_across_quotations():
    rows = _rows(
        CALLED + "the council was \u201cdeaf to the owners\u201d but would \u201chave to listen\u201d "
        "to them in the end.\n"
    )
    assert len(rows) == 2
    assert rows[1][1] == "Mara Lund"
    assert rows[1][2].startswith("the council was") and rows[1][2].endswith("to them in the end")


def test_a_reported_clause_stops_at_a_dash():
    rows = _rows(
        CALLED + "the fees were \u201cfar too high\u201d for the island \u2014 a view the council "
        "does not share.\n"
    )
    assert len(rows) == 2
    assert rows[1][2] == "the fees were \u201cfar too high\u201d for the island"


def test_quoted_words_in_a_relative_clause_are_no_report():
    rows = _rows(
        "The council sent out the ferry timetables that were later called \u201cthe worst yet\u201d "
        "by the island paper.\n"
    )
    assert rows == []


def test_an_opening_adverb_is_no_speaker():
    rows = _rows(
        "The board had two tasks, the mayor said. First, its members had to prove that the "
        "harbour was \u201copen to every boat owner on the coast.\u201d\n"
    )
    assert "First" not in [speaker for _, speaker, _ in rows]


def test_a_that_clause_before_a_colon_quotation_is_one_statement():
    rows = _rows(
        "Mara Lund adds that small boat owners have two options: \u201cYou either pay or you sell.\u201d\n"
    )
    assert len(rows) == 1
    kind, speaker, text = rows[0]
    assert kind == "mixed" and speaker == "Mara Lund"
    assert text.startswith("that small boat owners") and "You either pay" in text


def test_a_quotation_a_verb_inside_a_reported_clause_hands_over():
    rows = _rows(
        "At one point, Mara Lund said the harbour officials were calling \u201cevery ten minutes.\u201d\n"
    )
    assert len(rows) == 1
    assert rows[0][1] == "Mara Lund"
    assert rows[0][2].startswith("the harbour officials were calling")


def test_a_colon_after_an_adjunct_hands_over_the_quotation_alone():
    rows = _rows("Mara Lund said on Tuesday: \u201cWe will pay.\u201d\n")
    assert [text for _, _, text in rows] == ["We will pay."]


def test_a_characterising_verb_clause_runs_on_across_a_later_quotation():
    rows = _rows(
        "Mara Lund warned of the dangers of \u201cquick-profit landlords\u201d who are \u201conly "
        "chasing the rent\u201d and not the town's good.\n"
    )
    assert len(rows) == 1
    assert rows[0][1] == "Mara Lund"
    assert rows[0][2].startswith("the dangers of") and rows[0][2].endswith("not the town's good")


def test_the_subject_after_a_subordinate_clause_speaks():
    rows = _rows(
        "While the owner kept his plans for the harbour to himself, Mara Lund did say she found "
        "the mayor to be \u201cvery charming\u201d in person.\n"
    )
    assert [(speaker, text) for _, speaker, text in rows] == [
        ("Mara Lund", "she found the mayor to be \u201cvery charming\u201d in person")
    ]
