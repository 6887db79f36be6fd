"""Narrowed speaker rules of the nested-attribution work: sentences where a rule fired
outside its class and took the wrong speaker (a passive's hearers, a statement's own subject
read as an apposition, the naming verb's named subject, a poll that is no source, a
pronoun that refers to the object, a person subject dropped for a later pronoun, the
object after "with", the subject of a contrast clause). Self-written sentences."""

from workbench.quotes import quote_records


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["cue"] if isinstance(r["cue"], str) else None) for r in quote_records(text)]


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(r["kind"], r["speaker"], r["cue"], r["text"]) for r in quote_records(text)]


def test_hearers_of_a_passive_report_are_no_speaker():
    text = "Fans were told on Monday that, according to the league, the match would be replayed."
    assert _speakers(text) == [("the league", "according to")]
    text = "Parents were warned on Friday that, according to the school, the roof was unsafe."
    assert _speakers(text) == [("the school", "according to")]
    text = "Players were told that, according to the doctors, the virus had spread."
    assert _speakers(text) == [("the doctors", "according to")]


def test_name_in_apposition_to_the_source_before_a_clause_with_commas():
    text = "According to the club's owner, Jan Roe, the stadium will be rebuilt, starting next spring."
    assert _rows(text) == [
        ("indirect", "Jan Roe", "According to", "the stadium will be rebuilt, starting next spring")
    ]
    text = "According to the band's manager, Tom Hale, the tour was cancelled, and fans will be refunded."
    assert _speakers(text) == [("Tom Hale", "According to")]
    text = "According to its founder, Lia Chen, the company makes a profit, though a small one."
    assert _speakers(text) == [("Lia Chen", "According to")]


def test_named_subject_of_a_naming_verb_after_a_speech_aside_keeps_its_statement():
    text = 'Reed, the coach said, called the referee\'s decision "baffling".'
    assert _rows(text) == [("mixed", "Reed", "called", 'the referee\'s decision "baffling"')]
    text = 'Ann Holt, fans said, called the new kit "hideous" in a private message.'
    assert _speakers(text) == [("Ann Holt", "called")]
    text = 'Reed, her agent said, called the offer "an insult".'
    assert _speakers(text) == [("Reed", "called")]
    text = 'Reed, the coach said on Monday, called the decision "a disgrace" and left.'
    assert _speakers(text) == [("Reed", "called")]


def test_phrase_that_only_mentions_a_poll_is_no_source():
    cases = [
        ("In an interview about the poll, half the panel said the question was unfair.", "half the panel"),
        ("In a speech after the poll closed, 2 candidates said they would concede.", "2 candidates"),
        ("In a survey flight over the fires, 2 pilots said they saw new blazes.", "2 pilots"),
        ("In the poll's comment section, 30 readers said the question was biased.", "30 readers"),
        (
            "In a report on the survey, 45 percent of teachers said they planned to leave.",
            "45 percent of teachers",
        ),
    ]
    for text, speaker in cases:
        assert _speakers(text) == [(speaker, "said")], text


def test_count_of_people_after_a_survey_is_no_share_of_respondents():
    text = "In a survey of the reef last month, 3 divers said they saw sharks near the wreck."
    assert _speakers(text) == [("3 divers", "said")]


def test_poll_heading_the_opening_phrase_is_still_the_source():
    # near miss: the poll heads the phrase ("poll of voters") and a share of them speaks
    text = "In a new Harbor Institute poll of voters, 55 percent said the tax was unfair."
    assert _speakers(text) == [("a new Harbor Institute poll of voters", "In")]


def test_pronoun_of_a_clause_that_refers_to_the_object_does_not_speak():
    text = 'Dorn thanked the fans because they stayed loyal, saying "This club is nothing without them."'
    assert _speakers(text) == [("Dorn", "saying")]
    text = 'The mayor met the protesters when they arrived, telling them "The park will stay open."'
    assert _speakers(text) == [("The mayor", "telling")]
    text = 'The judge spoke to the jurors while they waited, adding "This will take some time."'
    assert _speakers(text) == [("The judge", "adding")]


def test_pronoun_of_a_clause_that_fits_the_subject_still_speaks():
    # near miss: "he" can be Dorn, so the clause's pronoun is the participle's subject
    text = 'Dorn thanked the board because he felt supported, saying "This club is nothing without them."'
    assert _speakers(text) == [("he", "saying")]


def test_person_subject_is_kept_over_a_later_pronoun():
    text = 'The company\'s founder stepped down, and he smiled and said "It was time."'
    assert _speakers(text) == [("The company's founder", "said")]
    text = 'Reed\'s lawyer spoke first, and he paused and said "My client is innocent."'
    assert _speakers(text) == [("Reed's lawyer", "said")]


def test_pronoun_after_a_subordinator_keeps_the_quotation_whole():
    text = 'At the press conference the coach watched as they argued and then said "Enough."'
    assert [(kind, body) for kind, _, _, body in _rows(text)] == [("direct", "Enough.")]


def test_object_after_with_is_no_participle_subject():
    text = 'Reed spoke with reporters on Tuesday saying "The team is ready."'
    assert _speakers(text) == [("Reed", "saying")]
    text = 'Hart shared a video with fans on Monday saying "Thank you for everything."'
    assert _speakers(text) == [("Hart", "saying")]


def test_subject_of_a_contrast_clause_after_an_attribution_speaks():
    text = '"Ready," she said, while her rival insisted she was "not fit".'
    assert _speakers(text) == [("she", "said"), ("her rival", "insisted")]
