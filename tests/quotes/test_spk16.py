"""Speakers of statements whose clause's subject is not the sentence's (issue 15): the noun
phrase of an absolute "with ... -ing" clause, a subordinate clause's object, a verb's object,
a second reporting clause after "while" or "although", a clause with a subject of its own
before a coordinated cue or a participle, a pronoun opening a "though" clause or following an
opening time phrase, and "who" after a definite noun phrase."""

from workbench.quotes import quote_records


def _speakers(text: str) -> list[tuple[str, str, str]]:
    """Each statement's speaker as written, its cue and its text."""
    return [(r["speaker"], r["cue"], r["text"]) for r in quote_records(text)]


def test_absolute_with_clause_of_a_plural_group_speaks_through_its_participle():
    text = 'The strike entered its third day, with dozens of nurses chanting "Safe staffing saves lives."\n'
    assert _speakers(text) == [("dozens of nurses", "chanting", "Safe staffing saves lives.")]


def test_absolute_with_clause_of_a_long_noun_phrase_speaks_through_its_participle():
    text = (
        "Ada Reyes attacked the harbour plan, with the office of the retired harbour master "
        'saying the plan was "a gift to developers."\n'
    )
    rows = _speakers(text)
    assert [r[:2] for r in rows] == [("the office of the retired harbour master", "saying")]


def test_a_comma_before_the_participle_ends_the_with_phrase():
    # "backed the airline against the union, saying": the regulator speaks, not the union
    text = "The regulator backed the airline against the pilots' union, saying the new rosters met every safety rule.\n"
    assert _speakers(text) == [("The regulator", "saying", "the new rosters met every safety rule")]


def test_a_name_inside_an_opening_subordinate_clause_is_no_apposition_of_the_subject():
    # the mayor is the object of "a dispute with", the engineers speak
    text = (
        "Across the valley, where the dam project stalled after a long dispute with Mayor Ines Vogt, "
        "local engineers warned that the spillway was cracking.\n"
    )
    assert _speakers(text) == [("local engineers", "warned", "the spillway was cracking")]


def test_a_name_opening_a_subordinate_clause_keeps_its_apposition():
    # the name is the subordinate clause's subject, its role's "with" notwithstanding
    text = (
        "When Lena Dorn, a ferry captain with a talent for numbers, said that the fares would rise, "
        "the crowd booed.\n"
    )
    assert _speakers(text) == [("Lena Dorn", "said", "the fares would rise")]


def test_the_object_of_the_first_verb_is_no_speaker_of_a_coordinated_cue():
    text = "Ingrid Holm thanked Paul Varga in her speech and suggested that the merger would fail.\n"
    assert _speakers(text) == [("Ingrid Holm", "suggested", "the merger would fail")]


def test_a_pronoun_subject_before_the_first_verb_still_speaks_for_the_coordinated_cue():
    text = (
        "Ann Roe, a former senator, backed the plan. She praised Lund, but wrote in her newsletter "
        "that she expected Berg to win the seat.\n"
    )
    assert ("She", "wrote", "she expected Berg to win the seat") in _speakers(text)


def test_a_second_reporting_clause_holding_the_quotation_is_its_own_statement():
    text = (
        "The builder argued that the tower was safe, while Ines Vogt said that the wiring was "
        '"a fire waiting to happen" in every flat.\n'
    )
    assert _speakers(text) == [
        ("The builder", "argued", "the tower was safe"),
        ("Ines Vogt", "said", 'the wiring was "a fire waiting to happen" in every flat'),
    ]


def test_who_said_after_a_definite_noun_phrase_speaks_for_that_phrase():
    text = (
        "In Oslo, Ines Vogt sat through a long talk from the Danish president, who said that the "
        'generators were "past their useful life" and that spare parts were scarce.\n'
    )
    rows = [(r["speaker"], r["speaker_name"]) for r in quote_records(text)]
    assert rows == [("who", "Danish president")]


def test_a_second_clause_of_a_that_cue_after_although_is_its_own_statement():
    text = (
        "The coach said on Sunday that the team would travel as planned, although he tweeted "
        "that he deplored the league's handling of the fixtures.\n"
    )
    assert _speakers(text) == [
        ("The coach", "said", "the team would travel as planned"),
        ("he", "tweeted", "he deplored the league's handling of the fixtures"),
    ]


def test_and_said_after_a_clause_with_its_own_subject_speaks_for_that_subject():
    text = (
        "Residents said the landfill smelled, and the county health board sharply criticised the "
        'permit and said it would "seek a full review" next month.\n'
    )
    rows = _speakers(text)
    assert ("the county health board", "said", 'it would "seek a full review" next month') in rows


def test_a_quotation_in_a_while_clause_with_its_own_subject_is_that_subjects():
    text = (
        "Hale backed the deal, while Ruth Dorn, the former mayor of Easton, proposed that the "
        'city "sell the old depot" at once.\n'
    )
    assert [r[0] for r in _speakers(text)] == ["Ruth Dorn"]


def test_a_while_clause_of_a_participle_keeps_the_sentences_subject():
    text = (
        "The union leader walked out on the owners on Monday while praising the new manager as "
        '"a fair man who listens to the crew."\n'
    )
    assert [r[0] for r in _speakers(text)] == ["The union leader"]


def test_a_participle_after_a_clause_with_its_own_subject_speaks_for_that_subject():
    text = (
        "Tenants say the heating is broken, and the Renters Alliance has already petitioned the "
        "council, saying families had gone without hot water for weeks.\n"
    )
    assert ("Renters Alliance", "saying", "families had gone without hot water for weeks") in _speakers(text)


def test_and_said_after_a_though_clause_with_a_pronoun_subject_is_that_pronouns():
    text = "The minister, though she welcomed the report and said its authors deserved thanks, refused to adopt it.\n"
    rows = [(r["speaker"], r["speaker_name"], r["cue"]) for r in quote_records(text)]
    assert rows == [("she", "minister", "said")]


def test_and_said_after_an_after_clause_keeps_the_main_subject():
    # "after he bought the mill" is another person's clause; "and said" goes with the main verb
    text = "Nora Quist met the new owner after he bought the mill and said this week that the town would need a new bridge.\n"
    assert [r["speaker"] for r in quote_records(text)] == ["Nora Quist"]


def test_a_pronoun_after_an_opening_time_phrase_speaks_for_a_coordinated_cue():
    text = (
        "The referees first said the match would go ahead. Two hours later they changed course "
        "and said the pitch was too wet to play on.\n"
    )
    rows = [(r["speaker"], r["speaker_name"], r["cue"]) for r in quote_records(text)]
    assert rows[-1] == ("they", "referees", "said")
