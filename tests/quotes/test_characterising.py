"""Quoted words a characterising verb gives its object are the subject's statement, even one
word (issue 15): 'dismissed the complaint as "absurd"'. Self-written sentences."""

from __future__ import annotations

from workbench.quotes import extract_quotes

HEAD = "Harbour fees row.\n\n"


def _rows(body: str):
    q = extract_quotes(HEAD + body)
    return list(zip(q["kind"], q["speaker"], q["cue"], q["text"]))


def test_a_characterising_verb_makes_its_object_and_quoted_words_a_statement():
    assert _rows('The mayor dismissed the complaint as "absurd."\n') == [
        ("mixed", "The mayor", "dismissed", 'the complaint as "absurd."')
    ]
    assert _rows('Sheila Brandt blamed the closure on "careless regulators."\n') == [
        ("mixed", "Sheila Brandt", "blamed", 'the closure on "careless regulators."')
    ]


def test_the_clause_runs_on_past_the_mark_but_not_into_the_next():
    rows = _rows('Lund decried the council for "turning its back" on the small boats.\n')
    assert rows == [("mixed", "Lund", "decried", 'the council for "turning its back" on the small boats')]
    rows = _rows('Lund praised the crews for "holding the line" and asked for more boats.\n')
    assert rows[0] == ("mixed", "Lund", "praised", 'the crews for "holding the line"')


def test_two_verbs_of_one_subject_give_two_statements():
    rows = _rows(
        'Berg referred to Lund as "a bright, able leader" but described his budget as a "house without a roof."\n'
    )
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ("Berg", "referred to", 'Lund as "a bright, able leader"'),
        ("Berg", "described", 'his budget as a "house without a roof."'),
    ]


def test_names_passives_and_other_clauses_are_no_statements():
    # ('what he calls the "dock syndicate"' is the subject's naming: test_marked_s23)
    for body in (
        'Lund posted a reading list for a course called "Tides" on his site.\n',
        'The so-called "harbour tax" was dropped in May.\n',
        'The new levy was described as "temporary" by the clerk.\n',
        'Though people first hailed the plan as bold, the "harbour deal" was a way to cut wages.\n',
    ):
        assert not any(r[2] in ("called", "calls", "described", "hailed") for r in _rows(body)), body


def test_a_promise_or_request_takes_the_infinitive_holding_the_quoted_words():
    assert _rows('And she vowed to "carry our case" to the eleven towns along the coast.\n') == [
        ("mixed", "she", "vowed", 'to "carry our case" to the eleven towns along the coast')
    ]
    assert _rows('Berg urged voters to "stay calm" and wait for the count.\n') == [
        ("mixed", "Berg", "urged", 'voters to "stay calm"')
    ]


def test_a_belief_or_wish_takes_the_complement_holding_the_quoted_words():
    assert _rows('Lund believes in a harbour press that "takes sides."\n') == [
        ("mixed", "Lund", "believes", 'in a harbour press that "takes sides."')
    ]


def test_a_verb_taking_a_stance_on_its_object_makes_it_a_statement():
    assert _rows('Berg attacked the plan for "ignoring the small boats."\n') == [
        ("mixed", "Berg", "attacked", 'the plan for "ignoring the small boats."')
    ]
    assert _rows('Lund warned of "a long and hungry winter" for the crews.\n')[0][:3] == (
        "mixed",
        "Lund",
        "warned of",
    )
