"""Reported statements found where a sentence's other statement hid them (issue 15): a
speech verb coordinated after a quotation ('..., calling it "X," and said ...'), and the
clause before a participle that hands a quotation over with a colon."""

from workbench.quotes import quote_records


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["cue"], r["text"]) for r in quote_records(text)]


def test_and_said_after_a_quoted_phrase_reports_the_sentence_subject():
    text = (
        "Intro line.\n\nThe mayor toured the flooded market, calling it \u201ca disgrace to the town,\u201d "
        "and said the city would pay for the repairs.\n"
    )
    assert ("The mayor", "said", "the city would pay for the repairs") in _found(text)


def test_but_pronoun_said_after_a_quotation_and_its_attribution():
    text = (
        "Intro line.\n\n\u201cNot this week,\u201d the union leader said on the radio, "
        "but she said talks with the port would go on.\n"
    )
    assert ("she", "said", "talks with the port would go on") in _found(text)


def test_relative_clause_between_leaves_the_second_verb_unattributed():
    # guard: 'who' is the subject of "and said", not the quotation's speaker
    text = (
        "Intro line.\n\n\u201cWe close at six,\u201d the baker told Rosa Park, who runs the shop "
        "next door and said she would stay open late.\n"
    )
    assert all(cue != "said" for _, cue, _ in _found(text))


def test_clause_before_a_colon_handover_is_a_statement():
    text = (
        "Intro line.\n\nThe bakery's owner would not discuss the sale but said the talks had stalled over "
        'the rent, adding: "If they send an offer we will read it."\n'
    )
    found = _found(text)
    assert ("The bakery's owner", "said", "the talks had stalled over the rent") in found
    assert ("The bakery's owner", "adding", "If they send an offer we will read it.") in found


def test_colon_after_the_cue_itself_hands_the_quotation_over():
    # guard: 'The owner said: "..."' has no clause of its own before the colon
    text = 'Intro line.\n\nThe owner of the old mill said on Monday: "We will sell it to the town."\n'
    assert _found(text) == [("The owner of the old mill", "said", "We will sell it to the town.")]


def test_noun_object_before_a_colon_handover_is_no_statement():
    # guard: "claimed victory" names no clause of its own
    text = (
        "Intro line.\n\nThe rowing coach claimed victory for the club in a short speech, saying: "
        '"It belongs to the rowers. They earned it in the rain."\n'
    )
    assert [cue for _, cue, _ in _found(text)] == ["saying"]


def test_a_second_group_saying_the_same_after_a_reported_statement():
    text = "Intro line.\n\nMost of the bakers surveyed said flour had grown dearer, and a third said the same of sugar.\n"
    assert ("a third", "said", "the same of sugar") in _found(text)


def test_pronoun_statement_after_a_mixed_statement_in_the_same_sentence():
    text = (
        'Intro line.\n\nThe harbour master said the storm did "real damage" to the pier, '
        "but he said his crew could reopen it by Friday.\n"
    )
    assert ("he", "said", "his crew could reopen it by Friday") in _found(text)


def test_the_tail_of_an_attributed_sentence_is_not_read_again():
    # guard: the words after the content are its own attribution, no second statement
    text = (
        "Intro line.\n\nThe school will reopen on Monday after the storm, a school spokesman told the "
        "Valley Herald on Friday night.\n"
    )
    assert [cue for _, cue, _ in _found(text)] == ["told"]


def test_asked_about_a_topic_opening_the_sentence_is_an_unnamed_askers_question():
    text = "Intro line.\n\nAsked about the new harbour fees, the mayor said she would review them.\n"
    rows = [(r["speaker_name"], r["cue"], r["text"]) for r in quote_records(text)]
    assert rows[0][1:] == ("Asked", "about the new harbour fees")
    assert rows[0][0] != "the mayor"


def test_passive_asked_about_with_its_subject():
    text = "Intro line.\n\nThe transport minister was asked about the delays at the border crossing.\n"
    assert [(cue, t) for _, cue, t in _found(text)] == [("asked", "about the delays at the border crossing")]


def test_participle_asked_about_after_the_subject_has_no_named_asker():
    text = "Intro line.\n\nLund, asked about the closure of the library, said the town had no money left.\n"
    found = _found(text)
    assert ("Lund", "said", "the town had no money left") in found
    assert [s for s, cue, _ in found if cue == "asked"] == [""]


def test_named_asker_after_an_appositive_asks_about_a_topic():
    # guard: "X, an editor, asked the mayor about ...": the appositive's subject asks
    text = (
        "Intro line.\n\nAnn Berg, an editor at the county paper, asked the mayor about the library budget.\n"
    )
    assert _found(text) == [("Ann Berg", "asked", "about the library budget")]


def test_asked_about_a_pronoun_or_inside_a_report_is_no_question():
    # guards: "about it" names no topic; "said she was asked about" is her report
    assert _found("Intro line.\n\nThe mayor was asked about it on Monday.\n") == []
    text = (
        "Intro line.\n\n\u201cNot today,\u201d the ferry captain told listeners, but she said she had "
        "been asked about the harbour fees every day.\n"
    )
    assert ("she", "said", "she had been asked about the harbour fees every day") in _found(text)


def test_participle_after_a_clause_whose_subject_the_narration_does_not_read():
    text = (
        "Intro line.\n\nTwo advisers to the harbour board have been pressing the council to sell the "
        "old pier, saying that the land would only lose value.\n"
    )
    assert _found(text) == [("Two advisers to the harbour board", "saying", "the land would only lose value")]


def test_a_share_of_people_saying_a_clause_in_an_absolute_clause():
    text = (
        "Intro line.\n\nThe ferry company lost riders this year, with 40 percent of commuters saying the "
        "boats were often late.\n\nThe drought has left two-thirds of growers saying the river is too low "
        "to water their orchards.\n"
    )
    assert _found(text) == [
        ("40 percent of commuters", "saying", "the boats were often late"),
        ("two-thirds of growers", "saying", "the river is too low to water their orchards"),
    ]


def test_a_person_saying_nothing_in_an_absolute_clause_is_no_statement():
    # guard: "with her husband saying nothing": no share of people, no clause
    assert _found("Intro line.\n\nThe mayor won the vote with her husband saying nothing at all.\n") == []


def test_coordinated_request_with_its_addressee_and_infinitive():
    text = "Intro line.\n\nThe coach held an open practice and asked young rowers to pull more slowly.\n"
    assert _found(text) == [("The coach", "asked", "young rowers to pull more slowly")]


def test_coordinated_cue_in_a_subordinate_clause_has_that_clauses_subject():
    text = (
        "Intro line.\n\nThe crowd cheered when Lund spotted a banner near the stage and said it was the "
        "best sign of the night.\n"
    )
    assert _found(text) == [("Lund", "said", "it was the best sign of the night")]


def test_coordinated_cue_in_a_subordinate_clause_before_its_main_clause_ends_at_the_comma():
    text = (
        "Intro line.\n\nSeveral fans whistled, and when Lund thanked the town and said the square felt "
        'like home again, a man near the door shouted "Go home!"\n'
    )
    assert ("Lund", "said", "the square felt like home again") in _found(text)


def test_asked_about_a_wh_question_starts_at_its_wh_word():
    text = "Intro line.\n\nAsked about how the new harbour fees would be spent, the mayor said she had no plan yet.\n"
    assert [(c, t) for _, c, t in _found(text) if c == "Asked"] == [
        ("Asked", "how the new harbour fees would be spent")
    ]
