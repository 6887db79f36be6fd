"""Narrowed speaker rules of the nested-attribution work, second review: sentences where a
rule fired outside its class (a reporting verb far from its "that", a passive with an adverb
before "told", an ordinary clause read as a second apposition, a pronoun that is a reported
clause's subject, a subject pronoun with no antecedent of its own, a participle that is no
speech verb). Self-written sentences; each asserts the right speaker or no wrong one."""

from workbench.quotes import quote_records


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["cue"] if isinstance(r["cue"], str) else None) for r in quote_records(text)]


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(r["kind"], r["speaker"], r["cue"], r["text"]) for r in quote_records(text)]


def test_according_to_after_words_of_the_clause_before_that_keeps_its_source():
    # the words between the speech verb and "that" belong to the statement: dropping them
    # inverted it ("said it was unlikely that ... the goal would stand")
    text = "Reed said it was unlikely that, according to the rules, the goal would stand."
    assert _rows(text) == [
        ("indirect", "the rules", "according to", "Reed said it was unlikely that the goal would stand")
    ]
    cases = [
        ("The hospital said it doubted that, according to the survey, nurses were leaving.", "the survey"),
        ("The gallery says it was unaware that, according to experts, the painting was a fake.", "experts"),
        (
            "The judge noted the irony that, according to the defence, the victim had started the fight.",
            "the defence",
        ),
        ("The coach said the striker insisted that, according to his physio, he was fit.", "his physio"),
        (
            "The club denied reports that, according to its accounts, it was close to bankruptcy.",
            "its accounts",
        ),
    ]
    for text, speaker in cases:
        assert _speakers(text) == [(speaker, "according to")], text


def test_according_to_right_after_a_reporting_verb_is_the_reporters():
    # a day or a telling verb's object between the verb and "that" keeps the outer source
    text = "The firm said Friday evening that, according to its own lawyers, the merger was legal."
    assert _speakers(text) == [("The firm", "said")]
    text = "Reed also warned the players that, according to the referee, the pitch was unsafe."
    assert _speakers(text) == [("Reed", "warned")]
    text = "The minister said in a statement that, according to the police, the road would reopen."
    assert _speakers(text) == [("The minister", "said")]


def test_cue_noun_before_that_is_no_reporting_verb():
    # "a report that": a noun, and the statement is not lost
    text = "The paper ran a report that, according to the police, the suspect had fled."
    assert _speakers(text) == [("the police", "according to")]
    text = "The firm said in its report that, according to the auditors, the books were sound."
    assert _speakers(text) == [("The firm", "said")]


def test_hearers_of_a_passive_with_an_adverb_or_day_before_told_are_no_speaker():
    cases = [
        ("Staff were then told that, according to the board, the factory would close.", "the board"),
        ("Patients were also told that, according to the hospital, the ward was safe.", "the hospital"),
        ("Players were on Monday told that, according to the league, the match was void.", "the league"),
    ]
    for text, speaker in cases:
        assert _speakers(text) == [(speaker, "according to")], text


def test_name_after_according_to_before_a_clause_with_an_ordinary_verb_is_the_source():
    text = "According to the club's doctor, Ann Cole, the striker needs surgery, and will miss a month."
    assert _rows(text) == [
        ("indirect", "Ann Cole", "According to", "the striker needs surgery, and will miss a month")
    ]
    cases = [
        (
            "According to the museum's director, Lia Chen, the roof leaks badly, so the gallery is shut.",
            "Lia Chen",
        ),
        ("According to the team's coach, Tom Hale, the players trained hard, harder than ever.", "Tom Hale"),
        ("According to the charity's head, Mark Dean, its shops sell books, clothes and toys.", "Mark Dean"),
    ]
    for text, speaker in cases:
        assert _speakers(text) == [(speaker, "According to")], text


def test_name_after_according_to_before_a_subject_with_its_own_apposition_is_the_source():
    text = "According to the agency's chief, Ann Cole, the bridge, a key route, will close in May."
    assert _speakers(text) == [("Ann Cole", "According to")]


def test_name_with_a_described_apposition_after_according_to_is_still_the_subject():
    # near miss of the above: a person's description after the name, then the statement's verb
    text = "According to the court papers, Dana Fox, a nurse from Leeds, stole the drugs."
    assert _speakers(text) == [("the court papers", "According to")]


def test_participle_set_off_by_commas_is_no_inverted_speech_aside():
    cases = [
        "The fee, agreed privately between the clubs, was a record.",
        "The pact, agreed among the three clubs, was secret.",
        "The rules, agreed across the league, will apply next season.",
        "The loan, promised Reed's company in March, was never paid.",
    ]
    for text in cases:
        assert _speakers(text) == [], text


def test_inverted_speech_aside_with_a_noun_phrase_speaker_still_speaks():
    # near miss of the above: a speech verb proper and a noun phrase after it
    text = "The new stand, said the club's chairman, would be finished by August."
    assert _speakers(text) == [("the club's chairman", "said")]


def test_pronoun_of_a_reported_clause_before_coordinated_verbs_is_no_speaker():
    # the pronoun is the subject of what was told or said, not the one who goes on to speak
    cases = [
        ('The company told staff she resigned and said "We wish her well."', "she", "The company"),
        (
            'The club informed the striker he failed and added "The medical was not good enough."',
            "he",
            "The club",
        ),
        ('The police told reporters he confessed and said "The case is closed."', "he", "The police"),
        (
            'The union, which represents nurses, said they voted and said "The strike is on."',
            "they",
            "The union",
        ),
        ('At the hearing the court told him he lied and then said "Sit down."', "he", None),
        (
            'The university told students they passed and said "Congratulations to all of you."',
            "they",
            None,
        ),
    ]
    for text, pronoun, speaker in cases:
        rows = _rows(text)
        assert all(row[1] != pronoun for row in rows), text
        if speaker is not None:
            assert [row[1] for row in rows if row[0] == "direct"] == [speaker], text


def test_noun_form_of_a_cue_before_the_pronoun_keeps_the_pronoun_speaker():
    # near miss: "reply" here is a noun, no telling verb
    text = (
        "The club has grown fast since then, she said, but in reply to a question on the cup "
        'she grinned and conceded "losing that final still hurts."'
    )
    assert _speakers(text)[-1] == ("she", "conceded")


def _sources(text: str) -> list[tuple[str, str]]:
    return [(r["source_key"], r["cue"]) for r in quote_records(text)]


def test_clause_pronoun_that_fits_the_subject_is_the_subject():
    # the pronoun of "though afterwards he explained" is the sentence's subject, not the
    # object named between them, nor nobody
    text = 'The manager dropped the captain, though afterwards he explained, saying "It was about form."'
    assert _sources(text) == [("anon:manager", "saying")]
    text = 'The coach criticised the striker, though later he apologised, saying "I was too harsh."'
    assert _sources(text) == [("anon:coach", "saying")]
    text = 'Reed signed for the club, and later he went further, calling it "a dream".'
    assert _sources(text) == [("name:Reed", "calling")]
    text = 'On Friday, the manager dropped the captain, though afterwards he explained, saying "It was about form."'
    assert _sources(text) == [("anon:manager", "saying")]


def test_clause_pronoun_after_a_name_in_the_object_is_resolved_on_its_own():
    # near miss: the name found before the pronoun is the object's apposition, not the subject
    text = (
        "Tom Hale, the manager, picked his team on Friday. The manager dropped the captain, Ian Roe, "
        'though afterwards he explained, saying "It was about form."'
    )
    assert _sources(text) == [("name:Tom Hale", "saying")]


def test_inverted_speech_aside_with_a_bare_plural_speaker_still_speaks():
    # near miss of the adverb guard: a noun with no determiner is a speaker
    text = "The old bridge, warned engineers, could collapse within a year."
    assert _speakers(text) == [("engineers", "warned")]
    text = "The verdict, said lawyers for the family, was a victory for patients."
    assert _speakers(text) == [("lawyers for the family", "said")]


def test_pronoun_opening_its_own_clause_after_a_report_still_speaks():
    # near miss of the above: "and she sighed" opens a clause of its own after the report
    text = 'The memo said the plant would close and she sighed and admitted "It is a hard day."'
    assert _speakers(text) == [("she", "admitted")]
    text = 'The report says profits fell but they smiled and said "Next year will be better."'
    assert _speakers(text)[-1] == ("they", "said")
