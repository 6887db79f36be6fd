"""A participle after a quotation inside its clause ('Lund told reporters he was "sure" of
it, adding: "..."') speaks for the sentence's subject when no subject stands between the
quotation and the participle; its cue is the participle. Sentences self-written."""

from workbench.quotes import quote_records


def test_the_participle_after_a_quotation_in_the_report() -> None:
    text = 'Lund told reporters he was "absolutely confident" of victory, adding: "The fans deserve it."'
    assert [(r["speaker_name"], r["text"], r["cue"]) for r in quote_records(text)] == [
        ("Lund", 'he was "absolutely confident" of victory', "told"),
        ("Lund", "The fans deserve it.", "adding"),
    ]


def test_a_participle_and_its_clause_right_after_a_quotation_in_a_report() -> None:
    # the quotation's end cut the report right before the participle, which reports too
    for text in (
        'Police said the driver was "lucky to be alive," adding that the road was closed.',
        'Police said the driver was "lucky to be alive", adding that the road was closed.',
    ):
        got = [(r["speaker_name"], r["text"], r["cue"]) for r in quote_records(text)]
        assert got[1:] == [("Police", "the road was closed", "adding")]
        assert got[0][2] == "said" and got[0][1].startswith('the driver was "lucky to be alive')


def test_the_participle_after_a_quotation_speaks_for_the_sentence_subject() -> None:
    # the quotation's report is a clause of a claim inside the sentence: the participle is
    # the sentence subject's, not the claimant's
    text = (
        "Mayor Ruth Okafor on Tuesday blamed the press for the row over Lund's claim that the "
        'council had "lost its way," saying the story had been twisted.'
    )
    got = [(r["speaker_name"], r["text"], r["cue"]) for r in quote_records(text)]
    assert ("Lund", "the story had been twisted", "saying") not in got


def test_no_participle_record_when_words_stand_between_quotation_and_participle() -> None:
    text = 'Ella Price, head of the river trust, who said the water was "filthy", urged action, adding that fines were needed.'
    got = [(r["speaker_name"], r["text"]) for r in quote_records(text)]
    assert ("Ella Price", 'the water was "filthy"') in got


def test_no_participle_record_after_a_quoted_phrase_without_a_cue() -> None:
    # "The court heard" reports no words of the court's: the insisting is the defendant's
    text = (
        'The court heard that Reed had described the victim as "a friend," insisting he had not touched her.'
    )
    assert "insisting" not in [str(r["cue"]) for r in quote_records(text)]
