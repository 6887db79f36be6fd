"""Statements with no cue of their own: which continuations are kept (``_continuations``)."""

from workbench.quotes import quote_records


def _texts(text: str) -> list[tuple[str, str]]:
    return [(r["kind"], r["text"]) for r in quote_records(text)]


def test_first_person_sentence_continues_a_lost_mark_quote():
    text = (
        "Our harbour has lost half its boats since the spring, the mayor of Tervik said. "
        "We cannot wait for the ministry any longer.\n"
    )
    kinds = _texts(text)
    assert any(t.startswith("We cannot wait") for _, t in kinds), kinds


def test_no_continuation_after_a_reported_clause():
    # the first-person words are the writer's, not the mayor's: the statement before them is
    # a reported clause with no first person of its own
    text = (
        "Yesterday the mayor of Tervik urged the council to sell the old ferry.\n\n"
        "I find the idea reckless. I have crossed on that ferry every winter since I was a boy.\n"
    )
    kinds = _texts(text)
    assert not any(t.startswith("I find") or t.startswith("I have crossed") for _, t in kinds), kinds


def test_typewriter_marks_count_as_marks():
    # ''...'' is a marked copy: words with no marks after its quotation are reported speech,
    # not a quotation whose marks were lost, and no sentence continues them
    text = (
        "''The harbour is finished,'' the mayor of Tervik said. Our town waited too long for "
        "the ministry, she added. We will sell the last boats in May.\n"
    )
    kinds = _texts(text)
    assert not any(k == "unmarked" for k, _ in kinds), kinds
    assert not any(t.startswith("We will sell") for _, t in kinds), kinds


def test_surname_that_is_a_title_word_after_a_courtesy_title():
    # "Mr. King": a title word after Mr./Ms. is a surname, so the quotation has its own cue
    # and speaker instead of continuing the statement before it
    text = (
        "Ann Lund, a former director of the Tervik Harbour Board, said the board would meet in May.\n\n"
        "''If the vote drops in the north, that is eleven seats,'' Mr. King said. ''Nobody has "
        "seen the real problem yet.''\n"
    )
    rows = [(r["cue"], r["speaker"], r["text"][:10]) for r in quote_records(text)]
    assert ("said", "King", "If the vot") in rows, rows


def test_surname_that_is_a_title_word_after_an_initial():
    text = (
        "Intro line.\n\n''It will not be easy for the mayor,'' said Representative Ann T. King of "
        "Tervik, who backed him. ''Nobody can deny that at this point Lund is ahead.''\n"
    )
    rows = [(r["cue"], r["speaker"], r["text"][:10]) for r in quote_records(text)]
    assert rows == [("said", "Ann T. King", "It will no")], rows


def test_title_word_after_a_comma_is_no_surname():
    # "Ann Lund, Republican of Tervik": the word after the comma describes her
    text = (
        "Intro line.\n\nSenator Ann Lund, Republican of Tervik, said on Sunday that the ferry must be sold.\n"
    )
    rows = [(r["speaker"], r["text"]) for r in quote_records(text)]
    assert rows == [("Ann Lund", "the ferry must be sold")], rows
