"""Statements whose source stands in the same sentence but was not read or read wrongly
(issue 15). Self-written sentences."""

from __future__ import annotations

from workbench.quotes import extract_quotes

HEAD = "Harbour fees row.\n\n"


def _q(body: str):
    return extract_quotes(HEAD + body)


def test_a_sign_that_reads_is_a_document_speaking():
    q = _q(
        "A fisherman stood at the gate holding a hand-painted board.\n\n"
        "\u201cNo fees for the small boats,\u201d it read.\n"
    )
    assert q["speaker"].tolist() == ["it"]
    assert q["source_type"].tolist() == ["document"] and q["text"].iloc[0].startswith("No fees")


def test_a_text_that_states_or_says_keeps_its_it():
    q = _q(
        "The council relies on an old harbour bylaw from 1921. It states that no boat may be "
        "charged for mooring overnight in a storm.\n"
    )
    assert q["speaker"].tolist() == ["It"] and q["source_type"].tolist() == ["organisation"]
    assert q["text"].iloc[0].startswith("no boat may be charged")


def test_a_thing_narrated_before_it_said_is_still_no_speaker():
    # past "said" outside quotation marks after a thing: no statement
    q = _q("The quay was closed on Monday after the storm. It said the repairs would take a month.\n")
    assert q.empty


def test_it_after_an_opening_phrase_or_with_now_is_the_speaker():
    q = _q(
        "The ferry company put out a statement on Monday. In bad storms, it said, \u201cthe captain "
        "alone decides when the boat sails.\u201d\n"
    )
    assert q["speaker"].tolist() == ["it"] and "the captain alone decides" in q["text"].iloc[0]
    q = _q(
        "The mayor has changed the tone of his website.\n\n"
        "\u201cThis is your harbour and your town,\u201d it now says.\n"
    )
    assert q["speaker"].tolist() == ["it"] and q["text"].iloc[0].startswith("This is your harbour")


def test_a_where_clause_reports_its_own_subject_without_where():
    q = _q(
        "The fees were raised at the council, where Mayor Ada Lund told reporters that the harbour "
        "could not pay for itself.\n"
    )
    assert q["speaker"].tolist() == ["Ada Lund"]
    assert q["text"].tolist() == ["the harbour could not pay for itself"]
    q = _q("He spoke in Harwich, where he said the quay would be rebuilt by the spring.\n")
    assert q["text"].tolist() == ["the quay would be rebuilt by the spring"]


def test_which_told_is_still_no_statement():
    q = _q("They built a new quay wall, which he told the crowd was far too short.\n")
    assert q.empty


def test_a_participle_aside_is_not_the_speaker():
    q = _q(
        "The row began early, as Ada Lund, contradicting Berg, said the town would not pay for the quay.\n"
    )
    assert q["speaker"].tolist() == ["Ada Lund"]
    q = _q("Ada Lund, contradicting Berg, said the town would not pay for the quay.\n")
    assert q["speaker"].tolist() == ["Ada Lund"]


def test_a_title_modifier_in_ing_keeps_the_role():
    q = _q(
        "But Tom Berg, acting harbour master of Harwich Port, which runs the quay, said the fees were fair.\n"
    )
    assert q["speaker"].tolist() == ["Tom Berg"] and "acting harbour master" in q["role"].iloc[0]
