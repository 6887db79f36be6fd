"""Review findings of issue 15's quote rules: a month read as a surname, 'asked about' in
narration, a joined quotation's text, a relative clause's subject."""

from workbench.quotes import quote_records


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["cue"], r["text"]) for r in quote_records(text)]


def test_a_month_after_a_preposition_is_no_surname():
    # the document names a "May", but "in May" is the month: the statement stays
    for text in (
        "Intro line.\n\nGordon May opened the mill. A study released in May said prices would climb.\n",
        "Intro line.\n\nGordon May opened the mill. Costs rose, and traders in May said prices would climb.\n",
    ):
        assert [t for _, _, t in _found(text)] == ["prices would climb"]


def test_a_surname_that_is_a_word_still_speaks():
    # guard: no preposition before it, so the named person is the subject
    text = "Intro line.\n\nRuth Long chairs the trust. The fund, which Long says is sound, grew.\n"
    assert [(s, c) for s, c, _ in _found(text)] == [("Long", "says")]


def test_asked_about_a_topic_in_narration_is_no_statement():
    text = "Intro line.\n\nThe fans asked about refunds at the box office on Saturday.\n"
    assert _found(text) == []


def test_asked_about_a_topic_ends_at_the_next_act():
    text = "Intro line.\n\nThe coach was asked about his future and refused to answer.\n"
    assert all("refused" not in t for _, _, t in _found(text))


def test_asked_about_then_an_answer_keeps_the_question():
    text = "Intro line.\n\nAsked about the budget, she said the figures were sound.\n"
    assert [t for _, _, t in _found(text)] == ["about the budget", "the figures were sound"]


def test_asked_about_a_wh_clause_starts_at_the_wh_word():
    text = "Intro line.\n\nReporters asked about whether the merger would close by June.\n"
    assert _found(text) == [("Reporters", "asked", "whether the merger would close by June")]


def test_a_quotation_after_but_joins_without_but_or_a_mark():
    for q1, q2 in (('"', '"'), ("\u201c", "\u201d")):
        text = f"Intro line.\n\n{q1}We lost,{q2} Kane said. But {q1}the season is long.{q2}\n"
        assert _found(text) == [("Kane", "said", "We lost the season is long.")]


def test_the_subject_of_a_relative_clause_says_its_predicate():
    text = "Intro line.\n\nThe plan, which critics say will raise rents, passed.\n"
    assert _found(text) == [("critics", "say", "will raise rents")]
    text = "Intro line.\n\nThe striker, who fans said was unhappy, left the club.\n"
    assert _found(text) == [("fans", "said", "was unhappy")]


def test_a_relative_pronoun_as_object_stays_in_the_statement():
    # guard: the clause after the cue has its own subject, so the pronoun is its object
    text = "Intro line.\n\nVoters backed the levy, which officials said the council would double next year.\n"
    assert _found(text) == [("officials", "said", "which the council would double next year")]
