"""Quotations whose source stands in the same sentence but was not read (issue 15): a
relative pronoun or an aside between the speaker and the cue, and a clause that hands a
whole quoted sentence over with a comma as a colon does. Self-written sentences."""

from __future__ import annotations

from workbench.quotes import extract_quotes

HEAD = "Harbour fees row.\n\n"


def _rows(body: str):
    q = extract_quotes(HEAD + body)
    return list(zip(q["kind"], q["speaker"], q["speaker_name"], q["text"]))


def test_a_relative_pronoun_before_the_cue_speaks_for_the_phrase_it_refers_to():
    rows = _rows(
        "The port board sent out its yearly review, which notes, "
        '"More than half of the boats in the harbour paid no fee at all last year."\n'
    )
    assert [r[3] for r in rows] == [
        "More than half of the boats in the harbour paid no fee at all last year."
    ]
    rows = _rows(
        "The loudest reply came from the skipper Ann Roe, who wrote, "
        '"The board never listens to us. It raises the fees every spring."\n'
    )
    assert rows and rows[0][3].startswith("The board never listens to us.")


def test_a_relative_pronoun_inside_a_reported_clause_takes_no_quotation_away():
    # the quotation is part of what Roe said: the relative clause's cue is no attribution
    rows = _rows('Ann Roe said the town lost a man who said "kindness is the greatest power of all."\n')
    assert len(rows) == 1 and rows[0][1] == "Ann Roe"


def test_an_aside_in_parentheses_opens_its_own_clause():
    rows = _rows(
        "Most of the fishermen agree (Tom Berg, who ran the port for years, once said, "
        '"We saw it again and again, first in the north and then here").\n'
    )
    assert [(r[2], r[3][:20]) for r in rows] == [("Tom Berg", "We saw it again and ")]


def test_a_comma_hands_a_whole_quoted_sentence_to_the_clause_subject():
    rows = _rows('The crowd in the square chanted back at the mayor, "Send all the inspectors home now."\n')
    assert [(r[1], r[3]) for r in rows] == [("The crowd", "Send all the inspectors home now.")]


def test_a_comma_before_a_quoted_title_hands_nothing_over():
    # a title in capitals ('the film, "The Long Cold Harbour Winter"') is no statement
    rows = _rows('The council showed the old film, "The Long Cold Harbour Winter", at the meeting.\n')
    assert rows == []


def test_the_participle_of_any_listed_speech_verb_hands_over_a_quotation():
    # 'shouting' and 'pledging' are in no hand list: their verbs are in the learned one
    rows = _rows(
        'The skippers blocked the harbour gate on Monday, shouting "no fees, no fish!"\n\n'
        'Mayor Ann Roe closed the meeting early, pledging to "cut every fee by half."\n'
    )
    assert [(r[1], r[3]) for r in rows] == [
        ("The skippers", "no fees, no fish!"),
        ("Ann Roe", 'to "cut every fee by half."'),
    ]


def test_a_participle_of_no_speech_verb_hands_nothing_over():
    rows = _rows('The skippers blocked the harbour gate on Monday, carrying "no fees" banners.\n')
    assert rows == []


def test_a_progressive_participle_hands_over_a_quotation_a_reduced_relative_does_not():
    rows = _rows('Skipper Ann Roe is pledging to "fight every new fee in court."\n')
    assert [r[3] for r in rows] == ['to "fight every new fee in court."']
    # the participle after a noun is the noun's ('an article reporting'), not the subject's
    rows = _rows('Mayor Roe posted an article chanting "no fees for the small boats" on Monday.\n')
    assert all(r[3] != 'an article chanting "no fees for the small boats"' for r in rows)


def test_a_present_tense_verb_after_a_name_attributes_the_quotation_before_it():
    rows = _rows('"Some of us thought we could still work with the board," Roe points out.\n')
    assert [(r[1], r[3]) for r in rows] == [("Roe", "Some of us thought we could still work with the board")]


def test_a_plural_noun_after_a_quotation_is_no_present_tense_attribution():
    rows = _rows('"Fees for all," the posters on the harbour walls.\n')
    assert rows == []
