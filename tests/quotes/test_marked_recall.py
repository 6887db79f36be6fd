"""Statements in quotation marks that were missed or cut short (issue 15): a reported clause
whose quotation runs over several sentences, "it said" for a document named just before,
and quoted words inside a clause that a reporting verb governs. Self-written sentences."""

from __future__ import annotations

from workbench.quotes import extract_quotes

HEAD = "Harbour fees row.\n\n"


def _rows(body: str):
    q = extract_quotes(HEAD + body)
    return list(zip(q["kind"], q["speaker"], q["text"]))


def test_reported_clause_runs_to_the_closing_mark():
    rows = _rows(
        "The mayor said that \u201cferry crews\u201d \u201cdo a wonderful job. And it matters so much. "
        "It really matters.\u201d\n"
    )
    assert len(rows) == 1
    kind, speaker, text = rows[0]
    assert speaker == "The mayor" and kind == "mixed"
    assert text.endswith("It really matters.\u201d")


def test_quoted_sentences_after_the_first_are_not_statements_of_their_own():
    rows = _rows(
        "Ms. Varga added that she was the only one to spend her career \u201cfighting for the harbour "
        "and its workers. I\u2019ll tell you this, if the mill wins, the town will lose its boats.\u201d\n"
    )
    assert [r[1] for r in rows] == ["Varga"]
    assert "the town will lose its boats" in rows[0][2]


def test_a_clause_cut_inside_one_sentence_of_the_quotation_is_left_as_it_is():
    # 'and urged' ends the reported clause inside the quotation's first sentence: the
    # quotation does not carry it on to the closing mark
    rows = _rows(
        "Ms. Varga said the fees were \u201cunfair to small boats and urged the council to drop them. "
        "Nobody listens.\u201d\n"
    )
    assert not any("Nobody listens" in r[2] and r[0] == "mixed" and "fees were" in r[2] for r in rows)


def test_it_said_speaks_for_the_document_named_before():
    rows = _rows(
        "Nine charities sent a letter on Monday urging the council to keep the ferry running.\n\n"
        "\u201cThe fact that the ferry may stop in July shows an alarming indifference to the "
        "island\u2019s families,\u201d it said.\n"
    )
    assert len(rows) == 1
    assert rows[0][1] == "it" and rows[0][2].startswith("The fact that the ferry")
    q = extract_quotes(
        HEAD + "Nine charities sent a letter on Monday urging the council to keep the ferry running.\n\n"
        "\u201cThe fact that the ferry may stop in July shows an alarming indifference,\u201d it said.\n"
    )
    assert q["speaker_name"].tolist() == ["letter"] and q["source_type"].tolist() == ["document"]


def test_it_said_with_nothing_to_speak_for_keeps_the_pronoun():
    # a quotation "it" says is a statement even when nothing named speaks (PolNeAR's
    # annotators give it the source "it"): the pronoun as written, no one named
    q = extract_quotes(
        HEAD + "The weather was poor on the island all week.\n\n"
        "\u201cThe boats will stay in the harbour until the storm is over,\u201d it said.\n"
    )
    assert q["speaker"].tolist() == ["it"] and q["anonymous"].tolist() == [True]


def test_a_statement_someone_speaks_in_is_not_what_it_stands_for():
    # "In a statement, X ...": the statement is X's medium; "It said" is never the text itself
    q = extract_quotes(
        HEAD + "In a statement, the Pipers' Society praised her playing. It said it would name a "
        "prize after her.\n"
    )
    assert "statement" not in q["speaker_name"].tolist()
    assert "document" not in q["source_type"].tolist()


def test_quoted_words_in_a_clause_a_reporting_verb_governs():
    # the verb of the clause inside the report ("were") is no cue: "said" governs it all
    q = extract_quotes(
        HEAD + "The harbour board said in its report the new fees were \u201ca burden for every small "
        "boat owner\u201d on the coast.\n"
    )
    assert len(q) == 1
    assert q["kind"].iloc[0] == "mixed" and q["speaker"].iloc[0] == "The harbour board"
    assert q["cue"].iloc[0] == "said"
    assert "the new fees were \u201ca burden" in q["text"].iloc[0]


def test_reported_words_end_with_the_clause_of_their_quotation():
    # a new clause after the closing mark (a conjunction, a participle) is narration
    q = extract_quotes(
        HEAD + "Ms. Lund says she is \u201cexcited about where the town stands\u201d as she faces a hard "
        "vote on Friday.\n\nMr. Varga said the fees had \u201calready hurt the small boats,\u201d claiming "
        "that three crews had left the island.\n\nMr. Varga called the vote \u201ca test for the whole "
        "valley\u201d and likened it to the storm of the winter before.\n"
    )
    texts = q["text"].tolist()
    assert texts[0].endswith("stands\u201d")
    assert texts[1].endswith("small boats,\u201d") or texts[1].endswith("small boats\u201d")
    assert texts[2].endswith("valley\u201d")
    assert not any("hard vote" in t or "three crews" in t or "storm" in t for t in texts)


def test_words_after_the_quotation_in_the_same_clause_stay():
    q = extract_quotes(
        HEAD + "The harbour board said the new fees were \u201ca burden for every small boat owner\u201d on "
        "the coast.\n"
    )
    assert q["text"].tolist()[0].endswith("on the coast")
