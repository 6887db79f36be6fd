"""Quoted words a naming verb gives its object, found in more shapes: a second verb
coordinated after a first one ('praised X but described Y as "..."'), a relative clause after
a name ('Ann Ruiz, who called the sentence "..."'), 'what X described as "..."' and an
apposition after the naming clause's subject. Sentences self-written, on other topics."""

import pytest

from workbench.quotes import quote_records


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker_name"], r["cue"], r["text"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            'The coach praised the defense but described the midfield as "a work in progress."',
            [("coach", "described", 'the midfield as "a work in progress."')],
        ),
        (
            'The mayor thanked the volunteers and called the clean-up "a triumph of community spirit."',
            [("mayor", "called", 'the clean-up "a triumph of community spirit."')],
        ),
        (
            "The chief executive welcomed the audit and labeled the old accounts "
            '"a mess nobody wanted to touch."',
            [("chief executive", "labeled", 'the old accounts "a mess nobody wanted to touch."')],
        ),
    ],
)
def test_second_coordinated_naming_verb_takes_the_quotation(text, rows):
    assert _rows(text) == rows


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            'The verdict was condemned by Senator Ann Ruiz, who called the sentence "far too lenient."',
            [("Ann Ruiz", "called", 'the sentence "far too lenient."')],
        ),
        (
            'The league fined the striker Tom Reed, who mocked the referees as "blind and biased," '
            "after the game.",
            [("Tom Reed", "mocked", 'the referees as "blind and biased,"')],
        ),
        (
            "The trial was halted by Judge Mara Kent, who described the new evidence as "
            '"deeply troubling for the prosecution."',
            [("Mara Kent", "described", 'the new evidence as "deeply troubling for the prosecution."')],
        ),
    ],
)
def test_relative_clause_after_a_name_speaks_for_the_name(text, rows):
    assert _rows(text) == rows


def test_relative_clause_with_one_quoted_word_is_no_statement():
    # a single word named in a relative clause is mostly a label, not a statement
    assert _rows('The study was praised by nurses, who once called such wards "hopeless."') == []


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            'The plant closed in what the mayor described as "a painful but necessary step."',
            [("mayor", "described", 'as "a painful but necessary step."')],
        ),
        (
            'The court heard what the prosecutor referred to as "a pattern of deceit."',
            [("prosecutor", "referred to", 'as "a pattern of deceit."')],
        ),
        (
            'Residents fought against what Jan Berg, head of the tenants group, called "a land grab."',
            [("Jan Berg", "called", "a land grab.")],
        ),
        (
            'Shares fell after what the analyst Tom Reed characterized as "a disastrous quarter for retail."',
            [("Tom Reed", "characterized", 'as "a disastrous quarter for retail."')],
        ),
    ],
)
def test_what_x_described_as(text, rows):
    assert _rows(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        # an adverbial, not an apposition, between the subject and the verb: no guessing
        'Fans booed what the club, in a statement on Monday, called "a regrettable error."',
        # a participle of a speech verb before "what": the quotation is part of its report
        'Analysts were quoted lamenting what the authors described as "missed chances to fix the budget."',
    ],
)
def test_what_x_called_left_alone(text):
    assert [r for r in _rows(text) if r[1] in ("called", "described")] == []


@pytest.mark.parametrize(
    "text, name",
    [
        ('Police arrested a man who called the victim "a liar and a thief" during the fight.', "man"),
        ('The club fired the coach who once called the owner "a bully with a chequebook."', "coach"),
    ],
)
def test_restrictive_relative_before_naming_verb_speaks_for_its_noun(text, name):
    # the sentence's subject (the police, the club) said none of it
    assert [r[0] for r in _rows(text)] == [name]


@pytest.mark.parametrize(
    "text, speakers",
    [
        ('From the report: "Most of the damage came from two storms in the spring."', ["report"]),
        ('More from the study: "Patients who walked daily recovered twice as fast."', ["study"]),
        ('The town is small. From the mayor: "We will rebuild every house."', ["mayor"]),
        ('Dr. Ann Lee (Mercy Hospital): "We have never seen so many cases in one week."', ["Ann Lee"]),
        ('Rep. Tom Reed (R-Ohio):"I have not seen the budget and neither have you."', ["Tom Reed"]),
        ('Sen. Ann Moss: "The bill is dead and everyone in this room knows it."', ["Ann Moss"]),
    ],
)
def test_colon_labels(text, speakers):
    assert [r[0] for r in _rows(text)] == speakers


def test_transcript_labels_with_a_role_each_speak_for_their_line():
    text = (
        'Rep. Tom Reed (R-Ohio):"I have not seen the budget. Who told you that?"\n\n'
        'Former secretary of labor Ann Lee Moss:"We learned that from the audit office and its own review."\n\n'
        'Team captain Ann Lee Moss: "We will be back next year."'
    )
    assert [r["speaker"] for r in quote_records(text)] == [
        "Tom Reed",
        "Former secretary of labor Ann Lee Moss",
        "Ann Lee Moss",
    ]


@pytest.mark.parametrize(
    "text",
    [
        'From the start: "We knew the season would be long and hard."',  # no one named
        'The results were clear (see chart): "Sales fell in every region last year."',
        'Coach Praises Club Striker Tom Reed: "Best Player I Have Seen."',  # a headline
    ],
)
def test_colon_heads_that_name_no_speaker(text):
    assert _rows(text) == []


def test_clause_ending_in_a_name_keeps_its_subject():
    # PolNeAR gives the quoting writer, not the one quoted, as the source
    text = 'Lund quotes former club adviser Ann Moss:\n"We never wanted the new stadium in the first place."'
    assert [r["speaker"] for r in quote_records(text)] == ["Lund"]


# Checks in other domains (courts, health, sport, business, science): the speaker each new
# reading gives, and what it must not take.
@pytest.mark.parametrize(
    "text, name, cue",
    [
        # "who" after a place in a prepositional phrase: the people before it
        (
            'The minister met the union leaders at the ministry, who called the offer "an insult to every nurse."',
            "union leaders",
            "called",
        ),
        (
            'The fine was criticised by the director of the museum, who called it "a blow to the arts."',
            "director",
            "called",
        ),
        # a relative after a passive's agent: the agent, never the hearers
        (
            'The players were told by the coach, who called the loss "unacceptable at this level."',
            "coach",
            "called",
        ),
        (
            'She was praised by her rival, who called her "the toughest opponent I have faced."',
            "rival",
            "called",
        ),
        # a coordinated naming verb keeps the sentence's subject
        (
            'The court fined the firm and described its conduct as "reckless and deliberate."',
            "court",
            "described",
        ),
        (
            'The company thanked its staff and praised the results as "our best quarter ever."',
            "company",
            "praised",
        ),
        # 'what X described as' opening a sentence, and with an aside after the subject
        (
            'In what the researchers described as "a surprising result," the mice lived longer.',
            "researchers",
            "described",
        ),
        (
            'He was fired after what the board, citing the audit, described as "serious misconduct."',
            "board",
            "described",
        ),
    ],
)
def test_other_domains_speaker(text, name, cue):
    assert [(r[0], r[1]) for r in _rows(text)] == [(name, cue)]


def test_survey_flight_naming_is_the_scientists():
    # 'survey' here is no poll: the naming clause's subject speaks
    text = 'The survey flight over the reef, which scientists called "a last look at a dying system," ended Tuesday.'
    assert [r[0] for r in _rows(text)] == ["scientists"]


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            "The chairman and the chief executive both issued statements, the chairman saying he was "
            '"deeply disappointed" and the chief executive calling the result "a setback."',
            [
                ("chairman", "saying", 'he was "deeply disappointed"'),
                ("chief executive", "calling", 'the result "a setback."'),
            ],
        ),
        (
            'Both coaches spoke after the draw - Reed saying his side was "the better team by far" and '
            'Moss calling it "a fair result."',
            [
                ("Reed", "saying", 'his side was "the better team by far"'),
                ("Moss", "calling", 'it "a fair result."'),
            ],
        ),
        (
            'Shares fell in Tokyo and London, analysts saying the outlook was "bleak for the rest of the year."',
            [("analysts", "saying", 'the outlook was "bleak for the rest of the year."')],
        ),
    ],
)
def test_absolute_participle_clauses_speak_for_their_own_subject(text, rows):
    assert _rows(text) == rows


def test_participle_after_a_comma_keeps_the_sentence_subject():
    # no absolute clause: the participle follows a comma, its subject is the sentence's
    text = 'The club backed its coach and the players, saying they had "full confidence in the staff."'
    assert [r[0] for r in _rows(text)] == ["club"]


@pytest.mark.parametrize(
    "text, name",
    [
        ('The minister left the stage, the crowd chanting "Four more years for the minister."', "crowd"),
        ('The plant reopened in March, the union calling the deal "a win for every worker here."', "union"),
        (
            'The senator voted against the bill, his aides saying he found it "unworkable and far too costly."',
            "aides",
        ),
    ],
)
def test_absolute_clause_subject_not_the_sentence_subject(text, name):
    assert [r[0] for r in _rows(text)] == [name]


def test_absolute_clause_of_a_thing_is_no_statement():
    assert _rows('The plant reopened in March, the roof leaking "like a sieve" as before.') == []


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            'The owner described himself as "totally loyal to the fans" and has said that he gave large sums '
            "to the youth academy.",
            [("owner", "described", 'himself as "totally loyal to the fans"')],
        ),
        (
            'The mayor called him "weak" and said he had "zero support" in the city.',
            [("mayor", "said", 'he had "zero support" in the city')],
        ),
        (
            'The striker labelled the pitch "a disgrace to the league," and added that the club '
            '"must fix it before spring."',
            [
                ("striker", "labelled", 'the pitch "a disgrace to the league,"'),
                ("striker", "added", 'the club "must fix it before spring."'),
            ],
        ),
    ],
)
def test_naming_statement_ends_before_a_second_report(text, rows):
    assert _rows(text) == rows


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            'The judge, who had earlier called the case "a simple one," adjourned until Monday.',
            [("judge", "called", 'the case "a simple one,"')],
        ),
        (
            'The coach, who has repeatedly described the pitch as "a disgrace," wants a new stadium.',
            [("coach", "described", 'the pitch as "a disgrace,"')],
        ),
    ],
)
def test_naming_in_a_relative_aside_ends_with_the_aside(text, rows):
    # the words after the aside's comma are the sentence's own predicate, no one's statement
    assert _rows(text) == rows


def test_sentence_cue_after_a_naming_aside_reports_its_own_statement():
    text = 'Lund, who calls the levy "a scam on small firms," said he would appeal the ruling.'
    assert _rows(text) == [
        ("Lund", "calls", 'the levy "a scam on small firms,"'),
        ("Lund", "said", "he would appeal the ruling"),
    ]


@pytest.mark.parametrize(
    "text, name, cue",
    [
        # a "with" object is no speaker; the relative after it speaks for the lawyer
        (
            'He met the minister with his lawyer, who described the deal as "the best we could get."',
            "lawyer",
            "described",
        ),
        # 'survey' names a team, not a poll
        (
            'The court heard from the survey team, which described the flight as "routine until the last minute."',
            "survey team",
            "described",
        ),
        (
            'The teams drew 1-1, the home side calling the result "a fair reflection of the game."',
            "home side",
            "calling",
        ),
        (
            'The firm, in what its founder called "a painful but necessary step," cut 200 jobs.',
            "founder",
            "called",
        ),
    ],
)
def test_other_domains_more(text, name, cue):
    assert [(r[0], r[1]) for r in _rows(text)] == [(name, cue)]
