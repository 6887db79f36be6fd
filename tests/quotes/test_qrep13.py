"""Reported statements without quotation marks (issue 15, PolNeAR train F1): cues used
non-reportingly and missed reported clauses. Self-written sentences."""

from __future__ import annotations

from workbench.quotes import extract_quotes

#: a quotation in the copy, so that its other sentences are read as reported speech
HEAD = "Harbour fees row.\n\nThe council met on Monday. \u201cWe are ready,\u201d the mayor said.\n\n"


def _rows(body: str):
    q = extract_quotes(HEAD + body)
    return [r for r in zip(q["kind"], q["speaker"], q["text"]) if not r[2].startswith("We are ready")]


def test_a_cue_with_its_own_object_reports_nothing_before_it():
    # "announced his resignation": the words before the cue are an adjunct, not its content
    assert _rows("Shortly after the vote on the fees, Tom Hale announced his resignation.\n") == []
    assert _rows("Late on the night of the harbour vote, Tom Hale posted the clip to his page.\n") == []


def test_a_trailing_cue_with_an_addressee_still_reports():
    rows = _rows("The ferry fees will rise again in the spring, Tom Hale told the paper.\n")
    assert [(r[1], r[2]) for r in rows] == [("Tom Hale", "The ferry fees will rise again in the spring")]


def test_a_passive_cue_has_no_speaker():
    # "is expected to", "was posted from": the subject of a passive says nothing
    assert (
        _rows("The board is expected to pass a new budget later this week that would cut the fees.\n") == []
    )
    assert _rows("The harbour clip was posted from an account that calls itself Ferry Watch.\n") == []


def test_a_passive_question_is_still_one():
    rows = _rows("Tom Hale was asked whether the ferry fees would rise again.\n")
    assert [r[2] for r in rows] == ["whether the ferry fees would rise again"]


def test_a_that_clause_in_an_opening_subordinate_clause_ends_at_its_comma():
    rows = _rows(
        "While Hale said that the ferry fees would not rise, the board raised them twice in the spring.\n"
    )
    assert [r[2] for r in rows] == ["the ferry fees would not rise"]
    rows = _rows("Years after Tom Hale claimed that the harbour was safe, the port flooded again.\n")
    assert [r[2] for r in rows] == ["the harbour was safe"]


def test_a_time_before_after_opens_a_subordinate_clause():
    rows = _rows("Years after Tom Hale said the harbour was safe, the port flooded again.\n")
    assert [r[2] for r in rows] == ["the harbour was safe"]


def test_a_main_clause_statement_keeps_its_comma():
    rows = _rows("Tom Hale said that the fees would rise, and the board agreed with him on Monday.\n")
    assert [r[2] for r in rows] == ["the fees would rise, and the board agreed with him on Monday"]


def test_a_connective_before_the_opening_subordinate_clause():
    rows = _rows(
        "But while Tom Hale said the ferry fees would not rise, the board raised them twice in the spring.\n"
    )
    assert [r[2] for r in rows] == ["the ferry fees would not rise"]


def test_a_closing_according_to_before_a_dash_or_bracket():
    rows = _rows(
        "The plan would cost about four million a year, according to the harbour board (half the budget).\n"
    )
    assert [(r[1], r[2]) for r in rows] == [
        ("the harbour board", "The plan would cost about four million a year")
    ]
    rows = _rows(
        "The plan would cost about four million a year, according to Tom Hale - half the town budget.\n"
    )
    assert [(r[1], r[2]) for r in rows] == [("Tom Hale", "The plan would cost about four million a year")]


def test_according_to_a_quantified_group():
    rows = _rows("The mayor is also gaining from the ferry deal, according to many local party officials.\n")
    assert [(r[1], r[2]) for r in rows] == [
        ("many local party officials", "The mayor is also gaining from the ferry deal")
    ]
    assert _rows("The plan would cost about four million a year, according to many.\n") == []


def _title_rows(title: str):
    q = extract_quotes(title + "\n\nThe council met on Monday. \u201cWe are ready,\u201d the mayor said.\n")
    return [
        (r[1], r[2]) for r in zip(q["kind"], q["speaker"], q["text"]) if not r[2].startswith("We are ready")
    ]


def test_a_title_case_headline_with_a_capitalised_cue():
    assert _title_rows("Tom Hale Says Ferry Fees Will Rise Again.") == [
        ("Tom Hale", "Ferry Fees Will Rise Again")
    ]
    assert _title_rows("Ferry Fees Will Rise Again, Harbour Chief Tom Hale Says.") == [
        ("Tom Hale", "Ferry Fees Will Rise Again")
    ]


def test_headline_cues_that_report_nothing():
    assert _title_rows("Tom Hale Calls For A Ferry Inquiry.") == []
    assert _title_rows("If Tom Hale Says It, It Must Be True.") == []
    assert _title_rows("Tom Hale says the ferry fees will rise.") == [
        ("Tom Hale", "the ferry fees will rise")
    ]


def test_a_participle_speaker_past_the_words_before_its_verb():
    rows = _rows(
        "Republicans, who hold a majority on the council, have blocked a number of ferry measures, "
        "saying they infringe on the rights of owners.\n"
    )
    assert [(r[1], r[2]) for r in rows] == [("Republicans", "they infringe on the rights of owners")]
    rows = _rows(
        "Tom Hale on Thursday blamed the press for the row, saying they were nitpicking about the fees.\n"
    )
    assert [(r[1], r[2]) for r in rows] == [("Tom Hale", "they were nitpicking about the fees")]


def test_an_aside_between_dashes_before_the_cue():
    rows = _rows(
        "Jane Moss - his partner and co-host on the radio show - told the Gazette that Hale had turned on the board.\n"
    )
    assert [(r[1], r[2]) for r in rows] == [("Jane Moss", "Hale had turned on the board")]
    rows = _rows(
        "The harbour chief \u2014 who has been in a row with the mayor \u2014 said she regretted her remarks on the fees.\n"
    )
    assert [(r[1], r[2]) for r in rows] == [("The harbour chief", "she regretted her remarks on the fees")]


def test_a_free_relative_before_the_cue_is_no_statement():
    # "what she said is ...": the writer's noun phrase; PolNeAR train annotates 3 of 16
    assert (
        _rows(
            "Tom Reyes steered the bakers\u2019 co-op toward what he said is a fairer way to price flour.\n"
        )
        == []
    )
    rows = _rows("The mayor promised a new quay, which he said the board would pay for by the spring.\n")
    assert [r[2] for r in rows] == ["which the board would pay for by the spring"]


def test_telling_an_addressee_a_clause_without_that():
    rows = _rows("Tom Hale criticised the closure, telling the Gazette his office never saw the plan.\n")
    assert [(r[1], r[2]) for r in rows] == [("Tom Hale", "his office never saw the plan")]
    assert _rows("Tom Hale met the board, telling stories about the old ferry days.\n") == []


def test_a_clause_before_a_cue_that_hands_a_quotation_over_with_adding():
    q = extract_quotes(
        HEAD
        + 'The two boards will meet sometime next week, Tom Hale said, adding, "Both sides owe the riders a timetable."\n'
    )
    rows = list(zip(q["kind"], q["speaker"], q["text"]))
    assert ("indirect", "Tom Hale", "The two boards will meet sometime next week") in rows
    assert ("direct", "Tom Hale", "Both sides owe the riders a timetable.") in rows


def test_a_clause_before_a_cue_with_adding_that_and_a_quotation():
    q = extract_quotes(
        HEAD + "Hale will speak at the club this month, Tom Moss said, adding that he would also "
        "visit the harbour towns to mend his \u201cwinter slump.\u201d\n"
    )
    rows = list(zip(q["kind"], q["speaker"], q["text"]))
    assert ("indirect", "Tom Moss", "Hale will speak at the club this month") in rows


def test_a_contracted_negative_makes_a_clause_after_the_cue():
    # "announced she wasn't coming": a clause of its own, so the words before the speaker
    # are no statement that the cue ends
    rows = _rows(
        "Sarah Moss had been due to open the quay in Casper, but on Thursday, "
        "the harbour party announced she wasn\u2019t coming.\n"
    )
    assert all(not r[2].startswith("Sarah Moss") for r in rows)
    rows = _rows("Tom Hale announced he wasn't coming to the quay.\n")
    assert [r[2] for r in rows] == ["he wasn't coming to the quay"]


def test_claimed_with_a_noun_object_is_no_statement():
    assert (
        _rows("Tom Hale claimed a victory in the harbour ward last month but trails Moss in the count.\n")
        == []
    )
    rows = _rows("Tom Hale claimed the ferry fees had risen twice this year.\n")
    assert [r[2] for r in rows] == ["the ferry fees had risen twice this year"]


def test_a_relative_clause_statement_ends_before_the_main_verb():
    rows = _rows("Jane Moss, who said the ferry had been sold, told the board it was lying about the fees.\n")
    assert [(r[1], r[2]) for r in rows] == [
        ("who", "the ferry had been sold"),
        ("Jane Moss", "it was lying about the fees"),
    ]
    rows = _rows("Tom Hale, who has argued for years that the quay cannot be sold, will speak on Monday.\n")
    assert [r[2] for r in rows] == ["the quay cannot be sold"]


def test_the_main_verb_after_a_relative_clause_needs_a_clause():
    rows = _rows(
        "Jane Moss, who said Hale misled the board in 1990, recounted the meeting on a radio show.\n"
    )
    assert [(r[1], r[2]) for r in rows] == [("who", "Hale misled the board in 1990")]


def test_a_title_case_headline_with_said():
    assert _title_rows("Tom Hale Said The Ferry Fees Will Rise Again.") == [
        ("Tom Hale", "The Ferry Fees Will Rise Again")
    ]
    assert _title_rows("The Seven Most Striking Things Harbour Voters Said In 2015.") == []
