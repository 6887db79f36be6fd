"""Reported statements without quotation marks that were missed (issue 15): a [that] cue
before a clause without "that" (counted on PolNeAR train, ``reported_clause_cues.txt``) and
"As X reported, ..." opening a sentence. Self-written sentences."""

from __future__ import annotations

from workbench.quotes import extract_quotes
from workbench.quotes._bare_clauses import bare_clause, bare_clause_cues

HEAD = "Harbour fees row.\n\nThe council met on Monday.\n\n"


def _rows(body: str):
    q = extract_quotes(HEAD + body)
    return list(zip(q["kind"], q["speaker"], q["text"]))


def test_report_takes_a_clause_without_that():
    rows = _rows("The Gazette reported the harbour board had raised its fees twice this year.\n")
    assert rows == [("indirect", "The Gazette", "the harbour board had raised its fees twice this year")]


def test_a_bare_clause_after_adjuncts():
    rows = _rows("The Gazette reported on Tuesday the ferry crews had voted to strike.\n")
    assert [(r[1], r[2]) for r in rows] == [("The Gazette", "the ferry crews had voted to strike")]


def test_a_noun_object_is_no_bare_clause():
    # "reported the existence of ...": a noun object is narration (tests/data/quotes/GUIDELINES.md)
    assert _rows("The Gazette first reported the existence of a second harbour contract.\n") == []
    assert not bare_clause(" a series of new steps to cut the fees")
    assert not bare_clause(" his support for the harbour board on Thursday")
    assert bare_clause(" the letter arrived days before the vote")
    assert bare_clause(" on Monday it would seek a recount")


def test_only_cues_annotated_often_enough_take_a_bare_clause():
    cues = bare_clause_cues()
    assert "report" in cues and "announce" in cues
    assert "assure" not in cues  # 0 of 2 annotated on train
    assert _rows("The harbour master assured the ferry crews were paid in full for the strike.\n") == []


def test_as_source_opening_a_sentence():
    # the "as" clause opens the sentence, not the text: a search from the sentence's start
    # missed it
    rows = _rows("As the Gazette reported, the harbour board raised its fees twice this year.\n")
    assert rows == [("indirect", "the Gazette", "the harbour board raised its fees twice this year")]
    rows = _rows("As reported by the Gazette, the ferry crews voted to strike on Friday.\n")
    assert [(r[1], r[2]) for r in rows] == [("the Gazette", "the ferry crews voted to strike on Friday")]


def test_as_without_a_source_is_no_statement():
    assert _rows("As expected, the harbour board raised its fees twice this year.\n") == []


def test_as_they_say_is_a_saying():
    # agentless hearsay (tests/data/quotes/GUIDELINES.md)
    assert _rows("As they like to say in the port, a ferry always has two captains.\n") == []
    assert _rows("As they say in the port, a ferry always has two captains.\n") == []


def test_a_name_closing_a_role_with_of_speaks():
    q = extract_quotes(
        HEAD + "As Deputy Minister of Harbours Ilse Marten said at a briefing, the fund should "
        "make the port competitive again.\n"
    )
    assert list(q["speaker"]) == ["Ilse Marten"]
    assert list(q["role"]) == ["Deputy Minister of Harbours"]


def test_states_the_plural_noun_is_no_cue():
    assert (
        _rows("The other two states holding ballots next month are broadly seen as safe for the mayor.\n")
        == []
    )
    assert _rows("The three states last backed a harbour tax in 1988.\n") == []
    rows = _rows("The harbour ruling states that ferry fees must be posted at every pier.\n")
    assert [r[2] for r in rows] == ["ferry fees must be posted at every pier"]


def test_a_subject_read_whole_before_said():
    # no name or known head in the subject: the noun phrase before the cue is the speaker
    rows = _rows("The Harbour Board and the Ferry Authority have said they followed every rule.\n")
    assert rows == [("indirect", "The Harbour Board and the Ferry Authority", "they followed every rule")]
    rows = _rows("Fishermen trying to keep the old pier open say they have a strong new argument.\n")
    assert [(r[1], r[2]) for r in rows] == [
        ("Fishermen trying to keep the old pier open", "they have a strong new argument")
    ]


def test_a_phrase_with_a_verb_or_pronoun_in_it_is_no_subject():
    from workbench.quotes._clauses import noun_phrase_subject

    for words in (
        "While he's",
        "The only regret he",
        "The firepower of Trump's",
        "Let's see if the board",
        "The",
        "Wednesday",
        "The board approved the budget and",
    ):
        assert noun_phrase_subject(words + " said", 0, len(words)) is None, words
    assert noun_phrase_subject("Her campaign workers here have", 0, 30).text == "Her campaign workers"


def test_no_phrase_read_whole_before_a_cue_another_cue_follows():
    rows = _rows("Online chatter has added one more twist to the tale of the lost ferry, she noted.\n")
    assert [r[2] for r in rows] == ["Online chatter has added one more twist to the tale of the lost ferry"]


def test_explain_or_note_before_a_question_word():
    rows = _rows("Ilse Marten explained how the board would pay for the new pier.\n")
    assert rows == [("indirect", "Ilse Marten", "how the board would pay for the new pier")]
    rows = _rows("The mayor noted what the inquiry had found about the ferry contracts.\n")
    assert [r[2] for r in rows] == ["what the inquiry had found about the ferry contracts"]


def test_a_relative_clause_on_the_speaker_of_a_quotation():
    rows = _rows(
        "\u201cThe ferry is late again,\u201d said Tom Hale, 52, from the east pier, who said he would "
        "not pay the new fees.\n"
    )
    assert rows[1] == ("indirect", "who", "he would not pay the new fees")
    q = extract_quotes(HEAD + "\u201cThe ferry is late,\u201d said Tom Hale, who said he would not pay.\n")
    assert list(q["speaker_name"])[-1] == "Tom Hale"
    # a relative clause with no reporting verb is narration
    assert len(_rows("\u201cThe ferry is late,\u201d said Tom Hale, who runs the east pier cafe.\n")) == 1


def test_according_to_a_document_inside_the_sentence():
    rows = _rows("About 9 p.m., according to a harbour board timeline, the ferry crews left the east pier.\n")
    assert rows == [
        ("indirect", "a harbour board timeline", "About 9 p.m. the ferry crews left the east pier")
    ]


def test_a_clause_with_a_negated_verb_after_an_interrupting_cue():
    # "the crews don't ..." is a clause, not an apposition ending the statement
    rows = _rows("Now, Ilse Marten said, the ferry crews don't trust the harbour board at all.\n")
    assert [r[2] for r in rows] == ["Now the ferry crews don't trust the harbour board at all"]


def test_a_bare_clause_after_a_relative_or_coordinated_cue():
    rows = _rows("Voters cheered Tom Hale, who announced he was ending his campaign for the harbour board.\n")
    assert [r[2] for r in rows] == ["he was ending his campaign for the harbour board"]
    rows = _rows(
        "The ferry union opened a fresh drive on Tuesday and announced it would ask for a "
        "recount of the strike vote.\n"
    )
    assert [(r[1], r[2]) for r in rows] == [
        ("The ferry union", "it would ask for a recount of the strike vote")
    ]


def test_the_speakers_next_clause_ends_the_reported_one():
    rows = _rows(
        "Ilse Marten said the ferry fees were far too high, and she accused the board of ignoring "
        "the crews.\n"
    )
    assert rows[0][2] == "the ferry fees were far too high"
    # inside a quotation the words run on
    rows = _rows(
        "Ilse Marten said the fees were \u201ctoo high, and she knew it all along\u201d on Monday.\n"
    )
    assert "she knew it all along" in rows[0][2]
