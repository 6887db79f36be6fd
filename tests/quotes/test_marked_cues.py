"""Quotations whose attribution the gold of real news keeps and the rules used to miss
(self-written sentences, one per failure class)."""

from workbench.quotes import extract_quotes


def _one(text: str):
    q = extract_quotes(text)
    assert len(q) == 1, q[["speaker", "text"]]
    return q.iloc[0]


def test_document_subject_with_a_cue_noun_attributes_the_quote():
    # "report" is also a reporting verb: after "the" it is the subject, "said" the cue
    row = _one('"The roads will be fixed before winter comes," the report said.')
    assert row["speaker"] == "the report" and row["cue"] == "said"


def test_one_as_determiner_of_an_inverted_speaker():
    row = _one('"We will win the vote in the spring," said one Ohio Republican.')
    assert row["speaker"] == "one Ohio Republican"
    assert row["text"].startswith("We will win")


def test_a_campaign_and_an_email_are_sources():
    row = _one("His campaign said the speech would be about the budget and nothing else.")
    assert row["speaker"] == "His campaign" and row["kind"] == "indirect"
    row = _one('"We close the office at noon on Fridays," the email said.')
    assert row["speaker"] == "the email" and row["source_type"] == "document"


def test_a_noun_phrase_before_said_comma_hands_over_the_quotation():
    row = _one("Another reader said, \u201cWe all know how the council feels about the roads.\u201d")
    assert row["speaker"] == "Another reader"
    row = _one("In the extract, the author wrote, \u201cThe mayor moved at a quicker pace.\u201d")
    assert row["speaker"] == "the author"


def test_an_inverted_speaker_with_a_to_phrase():
    row = _one(
        "\u201cWe have a long road ahead of us,\u201d said a veteran aide to both mayors, "
        "who asked not to be named."
    )
    assert row["speaker"] == "a veteran aide to both mayors"


def test_calling_participle_names_its_object_up_to_the_closing_mark():
    row = _one(
        'The mayor mocked the governor, calling him a "paper tiger" and "absentee landlord," '
        "and contrasted the two budgets."
    )
    assert row["speaker"] == "The mayor" and row["cue"] == "calling"
    assert row["text"] == 'him a "paper tiger" and "absentee landlord,"'


def test_a_quotation_opened_mid_sentence_takes_the_words_before_it():
    row = _one('Nurses who meet online through the forum are "very, very pro-strike," said the organiser.')
    assert row["speaker"] == "the organiser" and row["kind"] == "mixed"
    assert row["text"].startswith("Nurses who meet")
    # a quotation that opens the sentence keeps its own words only
    assert _one('"We will win," said the mayor.')["text"] == "We will win"


def test_a_bare_cue_before_a_quoted_phrase_takes_the_clause_to_its_end():
    row = _one('Many residents said "most people on the council" cannot be relied on at all.')
    assert row["text"] == '"most people on the council" cannot be relied on at all'


def test_adding_after_a_closing_mark_starts_the_speakers_second_statement():
    q = extract_quotes(
        "The mayor said the bridge \u201cwould have probably collapsed, which would have been "
        "dangerous,\u201d adding, \u201cI guess about 2,000 vans use it each day.\u201d"
    )
    assert q["cue"].tolist() == ["said", "adding"]
    assert q["speaker"].tolist() == ["The mayor", "The mayor"]
    assert q["text"].iloc[0].endswith("dangerous,\u201d")
    assert q["kind"].iloc[1] == "direct" and q["text"].iloc[1] == "I guess about 2,000 vans use it each day."


def test_and_said_comma_hands_the_quotation_to_the_coordinated_clauses_subject():
    row = _one(
        "Six years ago, he backed the mayor against the governor and said, "
        "\u201cThe governor has never done anything for us.\u201d"
    )
    assert row["speaker"] == "he"
    assert (
        _one("The mayor visited the school and said, \u201cThe roof will be fixed this summer.\u201d")[
            "speaker"
        ]
        == "The mayor"
    )


def test_a_quotation_inside_a_sentence_with_the_speaker_at_its_end():
    # the words after the closing mark, up to the speaker, belong to the statement
    row = _one('The harbour board made a "serious mistake" in the dredging tender, Lund said.')
    assert row["speaker"] == "Lund"
    assert row["text"].startswith("The harbour board") and row["text"].endswith("dredging tender")
    # a sentence that opens with a phrase set off by commas before the mark
    row = _one(
        'The gala, held each spring in the old market hall, "keeps our members together," said Ana Brandt.'
    )
    assert row["speaker"] == "Ana Brandt" and row["text"].startswith("The gala")
