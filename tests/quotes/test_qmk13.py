"""Statements in quotation marks whose speaker or span a sentence's shape hid (issue 15):
a participle cue after a sentence-opening time adverb, and a quotation that opens its
sentence and runs on in narration up to the attribution ending it."""

from workbench.quotes import quote_records


def _rows(text: str) -> list[tuple[str, str, list[str]]]:
    """Each statement's kind, speaker and the text of its parts (``parts`` is "a-b;c-d")."""
    out = []
    for r in quote_records(text):
        parts = [text[int(a) : int(b)] for a, b in (p.split("-") for p in r["parts"].split(";"))]
        out.append((r["kind"], r["speaker"], parts))
    return out


def test_participle_cue_after_an_opening_time_adverb_speaks_for_the_subject():
    text = (
        'Intro line.\n\nThen the mayor went on the offensive, saying, "The governor should resign at once!"\n'
    )
    assert _rows(text) == [("direct", "the mayor", ["The governor should resign at once!"])]


def test_participle_cue_after_and_then_following_a_quotation_in_the_sentence_before():
    text = (
        'Intro line.\n\nHe claimed credit for "seeing the ferry crisis coming." And then the mayor '
        'turned hard on the board, saying, "The governor should resign at once!"\n'
    )
    assert ("direct", "the mayor", ["The governor should resign at once!"]) in _rows(text)


def test_quotation_running_on_in_narration_to_the_attribution_is_not_cut_at_before():
    text = "Intro line.\n\n\u201cWe stayed and talked\u201d with the crews before placing wreaths at the quay, he said.\n"
    assert _rows(text) == [
        (
            "mixed",
            "he",
            ["\u201cWe stayed and talked\u201d with the crews before placing wreaths at the quay"],
        )
    ]


def test_narration_opening_the_sentence_runs_to_the_attribution_past_as():
    text = 'Intro line.\n\nThe ferry was "a lost cause" as early as March, Berg said on Tuesday.\n'
    assert _rows(text) == [("mixed", "Berg", ['The ferry was "a lost cause" as early as March'])]


def test_head_attribution_after_a_full_stop_reads_the_sentence_from_its_first_word():
    text = (
        "Intro line.\n\nThe ferry plan stalled in May. But Sen. Tom Harlow "
        '(D-Ore.), pointing to the waiting list, said, "Mark my words, that queue is the real scandal."\n'
    )
    assert _rows(text) == [("direct", "Tom Harlow", ["Mark my words, that queue is the real scandal."])]


def test_conjunction_and_pronoun_speaker_after_the_sentence_before():
    text = (
        'Intro line.\n\n"The harbour is full," one councillor said. Yet another said, "The vote will be very '
        'close in the north this time" by most counts.\n'
    )
    assert ("direct", "another", ["The vote will be very close in the north this time"]) in _rows(text)


def test_first_name_in_ly_is_a_subject_not_an_adverb():
    text = (
        "Intro line.\n\nKelly Voss threw her weight behind the levy on Friday, saying the town owes its readers "
        "a \u201cbuilding with heat in it.\u201d\n"
    )
    assert _rows(text) == [
        ("mixed", "Kelly Voss", ["the town owes its readers a \u201cbuilding with heat in it.\u201d"])
    ]


def test_participle_subject_after_a_long_amid_circumstance():
    text = (
        "Intro line.\n\nAmid calls from some readers to publish a list of those who voted for the closure, "
        "The Herald\u2019s Tom Walsh gave a defence of the list, saying it is necessary to \u201clist "
        "every councillor who voted for the closure.\u201d\n"
    )
    assert _rows(text) == [
        (
            "mixed",
            "Tom Walsh",
            ["it is necessary to \u201clist every councillor who voted for the closure.\u201d"],
        )
    ]


def test_participle_subject_after_an_age_and_a_long_apposition():
    text = (
        "Intro line.\n\n76-year-old Tom Berg, founder of the Harbour Institute, council member in the 1990s "
        "and long time chairman of the port board, endorsed Lund last week, saying she \u201chas always "
        "stood by the harbour.\u201d\n"
    )
    assert _rows(text) == [("mixed", "Tom Berg", ["she \u201chas always stood by the harbour.\u201d"])]


def test_cue_with_prepositional_phrases_before_the_quotation():
    text = (
        "Intro line.\n\nShe announced on her campaign page, in bold capitals, "
        '"I am leaving the council and joining the harbour board!"\n'
    )
    assert _rows(text) == [("direct", "She", ["I am leaving the council and joining the harbour board!"])]
    assert [r["cue"] for r in quote_records(text)] == ["announced"]  # (not a colon's bare hand-over)


def test_cue_after_a_subordinator_speaks_for_the_subject_of_its_clause():
    text = (
        "Intro line.\n\nThe meeting ran so late that a spokesman for the mayor could only joke: "
        '"I suppose the town hall was taken."\n'
    )
    assert _rows(text) == [("direct", "a spokesman for the mayor", ["I suppose the town hall was taken."])]


def test_clause_after_an_earlier_cue_stays_that_cues_report():
    text = (
        "Intro line.\n\nShe said that her campaign would continue \u201cto fight for the harbour\u201d "
        "across the county.\n"
    )
    assert [r["speaker"] for r in quote_records(text)] == ["She"]


def test_writers_gloss_after_a_quotation_ends_the_reported_clause():
    text = (
        "Intro line.\n\nLund argued that the count had been \u201cfixed\u201d from the start, a claim "
        "that the harbour board rejected.\n"
    )
    assert _rows(text) == [("mixed", "Lund", ["the count had been \u201cfixed\u201d from the start"])]


def test_relative_clause_on_a_name_after_a_quotation_ends_the_reported_clause():
    text = (
        "Intro line.\n\nLund told reporters she was \u201cstill undecided\u201d about Berg, who faces "
        "a rival in the May vote.\n"
    )
    assert _rows(text) == [("mixed", "Lund", ["she was \u201cstill undecided\u201d about Berg"])]


def test_relative_aside_closed_by_a_comma_leaves_the_clause_whole():
    text = (
        'Intro line.\n\nLund said the board is "grateful" that Berg, who left in May, still '
        "answers its calls.\n"
    )
    assert _rows(text) == [
        (
            "mixed",
            "Lund",
            ['the board is "grateful" that Berg, who left in May, still answers its calls'],
        )
    ]


def test_cue_with_a_that_clause_after_a_title_reports_the_clause_not_the_title():
    text = (
        'Intro line.\n\nSitting down with a local station\'s "Harbour Hour" on Friday, during which she also '
        'spoke about the ferry, Lund remarked that she was "quite taken aback" to be arguing about tolls.\n'
    )
    assert _rows(text) == [("mixed", "Lund", ['she was "quite taken aback" to be arguing about tolls'])]


def test_name_before_a_long_apposition_ending_at_the_cue_is_the_speaker():
    text = (
        "Intro line.\n\n\u201cThe ferry will run all winter, every single day,\u201d Lund, the harbour board's "
        "longest-serving member and its chair for most of the decade since the old pier closed in the "
        "storms, said when Berg pressed her on the timetable.\n"
    )
    assert _rows(text) == [("direct", "Lund", ["The ferry will run all winter, every single day"])]


def test_closing_curly_mark_opening_a_paragraph_opens_the_quotation():
    text = (
        "Intro line.\n\nReaders answered the post at once.\n\n\u202a\u201dThe ferry is finished and the "
        "council will pay for it. See you at the quay!!!\u201d wrote Tom Berg.\n"
    )
    assert _rows(text) == [
        (
            "direct",
            "Tom Berg",
            ["The ferry is finished and the council will pay for it. See you at the quay!!!"],
        )
    ]


def test_narration_after_a_quotation_up_to_an_inverted_attribution():
    text = (
        'Intro line.\n\n"Councils are short of cash. Ports have plenty of it. They have no other option" but '
        "to pay for the dredging, says Tom Berg, a consultant in Salem.\n"
    )
    assert _rows(text) == [
        (
            "mixed",
            "Tom Berg",
            [
                '"Councils are short of cash. Ports have plenty of it. They have no other option" but to pay for the dredging'
            ],
        )
    ]


def test_next_speech_act_after_an_earlier_quotation_ends_the_first_report():
    text = (
        "Intro line.\n\nLund called the plan \u201ca costly mistake\u201d and likened it to the ferry scheme "
        "that failed \u201cwithin a single year.\u201d\n"
    )
    assert _rows(text)[0] == ("mixed", "Lund", ["the plan \u201ca costly mistake\u201d"])


def test_as_x_puts_it_opening_the_sentence_gives_x_the_clause_after_the_comma():
    text = (
        "Intro line.\n\nAs the Herald's Anna Lund puts it, the mayor is trying to make the board "
        '"a deal it cannot walk away from."\n'
    )
    assert _rows(text) == [
        (
            "mixed",
            "Anna Lund",
            ['the mayor is trying to make the board "a deal it cannot walk away from."'],
        )
    ]


def test_but_she_also_noted_after_an_earlier_quotation_starts_a_second_report():
    text = (
        'Intro line.\n\nSpeaking briefly, Lund called the closure of the quay "a loss for everyone here," but '
        'she also noted the "patient, quiet effort" of the harbour staff over the winter.\n'
    )
    rows = _rows(text)
    assert rows[0] == ("mixed", "Lund", ['the closure of the quay "a loss for everyone here,"'])
    assert rows[1][0] == "mixed" and rows[1][2] == [
        'the "patient, quiet effort" of the harbour staff over the winter'
    ]


def test_colon_after_a_clause_with_a_far_cue_hands_the_quotation_to_its_subject():
    text = (
        "Intro line.\n\nWhen Berg suggested that the county might take the town to court over the ferry, Lund "
        "shot back: \u201cIf the county takes us to court over this, the county will lose,\u201d "
        "referring to the old case.\n"
    )
    assert _rows(text) == [
        ("direct", "Lund", ["If the county takes us to court over this, the county will lose"])
    ]


def test_quotation_opening_a_parenthetical_aside_is_not_the_sentence_before_it():
    text = (
        'Intro line.\n\nThe new fees drew complaints from members ("Give us our money back," wrote Tom Berg, '
        "a welder in Salem, on the club's forum).\n"
    )
    assert _rows(text) == [("direct", "Tom Berg", ["Give us our money back"])]
