"""Speakers of a second reporting verb (review of issue 15's rules): a coordinated "and
said" after a clause with a subject of its own is not the quotation speaker's; a
coordinated verb after a mid-sentence "after" clause stays the sentence subject's; a
participle after a noun with a participle modifier keeps the person."""

from workbench.quotes import quote_records


def _pairs(sentence: str) -> list[tuple[str, str]]:
    rows = quote_records("Intro line.\n\n" + sentence + "\n")
    return [(str(r["speaker"]), r["text"]) for r in rows]


def _speakers_of(sentence: str, words: str) -> list[str]:
    return [s for s, t in _pairs(sentence) if words in t]


def test_and_said_after_an_as_clause_is_not_the_quotation_speakers():
    s = '"It stings," Moreau said as the club physio looked at his ankle and said it was broken.'
    assert "Moreau" not in _speakers_of(s, "it was broken")


def test_and_said_after_an_after_clause_is_not_the_quotation_speakers():
    s = '"We pushed," Adeyemi said after the umpire checked the replay and said the catch was clean.'
    assert "Adeyemi" not in _speakers_of(s, "the catch was clean")


def test_and_said_after_a_while_clause_is_not_the_quotation_speakers():
    s = '"Nothing moves," the governor told aides, while the treasurer nodded and said the budget was late.'
    assert not any("governor" in sp for sp in _speakers_of(s, "the budget was late"))


def test_and_said_after_a_but_clause_is_not_the_quotation_speakers():
    s = '"Buy," the broker wrote to clients, but traders dismissed her and said the bonds were risky.'
    assert not any("broker" in sp for sp in _speakers_of(s, "the bonds were risky"))


def test_and_said_after_a_pronoun_clause_keeps_the_quotation_speaker():
    # guard: the pronoun may be the speaker herself
    s = '"Not today," Okonjo said on the radio, but she said the talks would resume soon.'
    assert _speakers_of(s, "the talks would resume") == ["she"]


def test_coordinated_said_after_a_mid_sentence_after_clause_is_the_subjects():
    s = "The league fined the owner after Castell broke the rules and said a review would follow."
    assert _speakers_of(s, "a review would follow") == ["The league"]


def test_coordinated_said_after_a_mid_sentence_after_clause_person():
    s = "Varga won the race after Holm crashed on the last bend and said the win was for her coach."
    assert _speakers_of(s, "the win was for her coach") == ["Varga"]


def test_coordinated_verb_in_a_when_clause_keeps_that_clause_subject():
    # guard: the rule this round added for 'when'
    s = "The hall fell silent when Maddox raised a hand and said the vote would be held at once."
    assert _speakers_of(s, "the vote would be held") == ["Maddox"]


def test_participle_after_a_modified_inanimate_subject_keeps_the_person():
    s = "Ngata said the mill was profitable, and an audit released in June backed that, adding that costs were down."
    assert not any("audit" in sp for sp in _speakers_of(s, "costs were down"))


def test_participle_after_a_coordinated_group_clause_is_the_groups():
    # guard: a finite verb after the subject
    s = "Ngata said the mill was profitable, and the workers agreed, saying the shifts would stay."
    assert _speakers_of(s, "the shifts would stay") == ["the workers"]


def test_participle_after_a_subject_whose_verb_takes_a_time_phrase_is_the_subjects():
    # guard: "objected on Monday" is the clause's verb, not a modifier
    s = "Ngata said the mill was profitable, and the Miners Union objected on Monday, saying the pay was too low."
    assert _speakers_of(s, "the pay was too low") == ["Miners Union"]


def test_and_said_after_an_own_clause_goes_to_that_clause_subject():
    s = '"It stings," Moreau said as the club doctor looked at his ankle and said it was broken.'
    assert _speakers_of(s, "it was broken") == ["the club doctor"]


def test_and_said_after_a_while_clause_goes_to_that_clause_subject():
    s = '"Nothing moves," the governor told aides, while the finance minister nodded and said the budget was late.'
    assert _speakers_of(s, "the budget was late") == ["the finance minister"]
