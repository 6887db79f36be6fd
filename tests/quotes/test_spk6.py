"""Speaker failure classes (issue 15): appositive chains, places and openings before the
subject, prepositional phrases read as sources, a pronoun subject nearer the quotation."""

from __future__ import annotations

from workbench.quotes import quote_records
from workbench.quotes._mentions import parse_speaker


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["text"]) for r in quote_records(text)]


def test_apposition_chain_keeps_the_named_head():
    # "X, the editor of the Y, Z, said": Z names the paper, X speaks
    text = 'Marta Kovac, the managing editor of the city\'s oldest weekly, The Harbor Times, said every mayor was "a builder at heart."'
    assert [s for s, _ in _speakers(text)] == ["Marta Kovac"]


def test_relative_clause_then_apposition_keeps_the_named_head():
    text = (
        "Lena Ortiz, who back then was a Dayton member of the Riverside Circle, a club of local painters, "
        "said that the change was slowly reshaping the town."
    )
    assert [s for s, _ in _speakers(text)] == ["Lena Ortiz"]


def test_chain_opening_with_a_time_keeps_the_last_name():
    # "On Tuesday" opens no chain of a person's appositions
    text = 'On Tuesday, the director of the port, Tom Lund, said prices "keep rising" every month.'
    assert [s for s, _ in _speakers(text)] == ["Tom Lund"]


def test_region_dated_by_a_weekday_is_no_speaker():
    text = 'At a school board meeting in Dover, Delaware Tuesday, the teacher retorted: "There is no money left for books."'
    assert [s for s, _ in _speakers(text)] == ["the teacher"]


def test_participle_opening_names_no_speaker():
    text = 'Appearing on Channel Four\'s Meet the Town, the council leader said the new budget "caused great harm" to schools.'
    assert [s for s, _ in _speakers(text)] == ["the council leader"]


def test_participle_opening_needs_a_lower_case_word_after_it():
    # "Manning" is a name, not a participle opening a clause
    text = 'Manning, the team\'s quarterback, said the season was "a long one."'
    assert [s for s, _ in _speakers(text)] == ["Manning"]


def test_prepositional_phrase_is_no_source():
    for phrase in ("In the email", "In a city council poll", "Among the critics", "Throughout the campaign"):
        assert parse_speaker(phrase) is None, phrase
    # a group's description opening with a capitalised adjective is still one
    assert parse_speaker("Outside experts") is not None


def test_colon_quote_after_an_opening_prepositional_phrase():
    text = (
        "The board met on Friday. In the memo, Ruiz described the step as a \u201cplain lapse of judgment,\u201d "
        "adding: \u201cI am writing to each trustee about what happened.\u201d"
    )
    assert [s for s, _ in _speakers(text)] == ["Ruiz", "Ruiz"]


def test_pronoun_subject_of_the_nearer_clause_speaks():
    # the quotation is in the clause "she" opens: she speaks (resolved to the subject named in full)
    text = (
        "The council voted on Monday. Council member Ana Reyes backed the budget deal. Reyes praised "
        "the deal, though she made it clear that she had \u201creal worries\u201d about several "
        "of its clauses."
    )
    rows = quote_records(text)
    assert [(r["speaker"], r["speaker_name"]) for r in rows] == [("she", "Ana Reyes")]


def test_pronoun_nearer_needs_a_subject_named_in_full():
    # a surname alone the resolver cannot take "she" back to: the subject stays the speaker
    text = (
        "The council voted on Monday. Reyes backed the budget deal, though she made it clear that she "
        "had \u201creal worries\u201d about several of its clauses."
    )
    assert [s for s, _ in _speakers(text)] == ["Reyes"]


def test_possessor_of_a_speech_noun_speaks():
    # "X's claim that ... "..."": the quoted words are the possessor's
    text = (
        "Governor Tom Lund on Monday faulted the papers for making a fuss about Mayor Ann Reyes\u2019s "
        "claim that the council \u201crigged the tender,\u201d saying the reporters were splitting hairs."
    )
    assert [s for s, _ in _speakers(text)] == ["Ann Reyes"]


def test_possessive_pronoun_before_a_remark_speaks():
    text = (
        "The union is unlikely to back Reyes after her April comment that, \"We're going to close a lot "
        'of old ferry docks for good." The union will probably stay out of the race.'
    )
    assert [s for s, _ in _speakers(text)] == ["her"]


def test_possessor_with_a_phrase_before_was():
    text = (
        "Lund studied under Wayne Barton, the reporter who uncovered many scandals; Barton\u2019s dictum "
        "to his interns was, \u201cIt\u2019s not worth printing if nobody\u2019s angry about it.\u201d"
    )
    rows = quote_records(text)
    assert [(r["speaker"], r["speaker_name"]) for r in rows] == [("Barton", "Wayne Barton")]


def test_possessor_not_across_as():
    # 'her claim that she opposed the plan as "..."': the name given is not the claim's words
    from workbench.quotes._speaker_possessor import possessor_speaker

    text = "Lund called Reyes's claim that she opposed the plan as \u201c"
    assert possessor_speaker(text, 0, len(text)) is None
    text = "Lund rejected Reyes's claim that the plan \u201c"
    found = possessor_speaker(text, 0, len(text))
    assert found is not None and found.text == "Reyes"
