"""Speakers handed a quoted passage by the clause that introduces it (issue 15): each case is
a sentence written for the rule, with the expected (speaker as written, speaker_name, start
of the statement's text) of every statement found."""

import pytest

from workbench.quotes import extract_quotes
from workbench.quotes._speaker_intro import colon_speaker, introduced_speaker, participle_subject

INTRO_CASES = [
    # the subject of the clause nearest the colon, not the speaker quoted before
    (
        'Vote\n\n"It is a bad bill," said Senator Hal Brody.\n\n'
        "Senator Ines Varga mocked both rivals on Monday, but she paid the mayor a compliment: "
        '"You always know where he stands."',
        [("Hal Brody", "Hal Brody", "It is a bad bill"), ("she", "Ines Varga", "You always know")],
    ),
    # a paragraph that ends "She said:" hands over the passage that opens the next one
    (
        'Dock\n\n"We will strike," said union leader Tom Ashe.\n\nThe port director, Ruth Kole, took the '
        'floor next. She said:\n\n"Nobody will be locked out of this port."',
        [("Tom Ashe", "Tom Ashe", "We will strike"), ("She", "Ruth Kole", "Nobody will be")],
    ),
    # "Name:" labels, one after the other on a line
    (
        'Debate\n\n"We will see," said moderator Joan Pell.\n\nGarver: "Our goal is to win the state." '
        'Lindqvist: "The mission is to keep it."',
        [
            ("Joan Pell", "Joan Pell", "We will see"),
            ("Garver", "Garver", "Our goal"),
            ("Lindqvist", "Lindqvist", "The mission"),
        ],
    ),
    # a document as the subject of the introducing clause
    (
        'Audit\n\n"The books are clean," said treasurer Ola Brenn.\n\nA footnote in the audit makes the '
        'point plain: "These figures do not include the pension fund."',
        [("Ola Brenn", "Ola Brenn", "The books"), ("A footnote", "footnote", "These figures")],
    ),
    # an adverb opening the sentence is no speaker; the noun phrase after it is
    (
        'Fees\n\n"Tuition must fall," said Senator Ada Morrow.\n\nLikewise, a study from the Harlan '
        'Institute had harsh words for the plan: "Well-off households would gain the most."',
        [
            ("Ada Morrow", "Ada Morrow", "Tuition must fall"),
            ("a study from the Harlan Institute", "study", "Well-off households"),
        ],
    ),
    # a sentence of a subject and a reporting verb only, before the passage
    (
        'Race\n\n"It is a two-horse race," said Ken Dole, who edits a local blog.\n\n'
        'Political scientist Vera Lund agreed. "Voters are running out of time."',
        [("Ken Dole", "Ken Dole", "It is a two-horse race"), ("Vera Lund", "Vera Lund", "Voters are")],
    ),
]

PARTICIPLE_CASES = [
    # a participle cue speaks for the person of an absolute "with X -ing" clause
    (
        "Jail\n\nThe plan drew fire in the Senate, with Senator Rosa Kell telling reporters on Monday she "
        'would "fight it to the end."',
        [("Rosa Kell", "Rosa Kell", "reporters on Monday")],
    ),
    # ... for a pronoun subject of the clause nearest it, taken back to the sentence's subject
    (
        'Budget\n\n"We will cut nothing," said Mayor Lena Roth.\n\nGovernor Al Dent, a staunch ally of the '
        'mayor, conceded some errors even as he defended the budget, saying, "Ninety percent of it is sound."',
        [("Lena Roth", "Lena Roth", "We will cut"), ("he", "Al Dent", "Ninety percent")],
    ),
    # ... never for the speaker of the paragraph before
    (
        'Budget\n\nMayor Lena Roth was firm: "We will cut nothing."\n\nA spokeswoman for the finance committee '
        'acknowledged the error in an email, arguing, "The cuts are already in the law."',
        [
            ("Lena Roth", "Lena Roth", "We will cut"),
            # 'acknowledged <object>' reports a statement of its own, as in a sentence alone
            ("A spokeswoman for the finance committee", "spokeswoman", "the error"),
            ("A spokeswoman for the finance committee", "spokeswoman", "The cuts"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", INTRO_CASES + PARTICIPLE_CASES)
def test_introduced_speakers(text, expected):
    q = extract_quotes(text)
    got = list(zip(q["speaker"], q["speaker_name"], q["text"]))
    assert len(got) == len(expected), got
    for (spk, name, t), (want_spk, want_name, want_start) in zip(got, expected):
        assert (spk, name) == (want_spk, want_name) and t.startswith(want_start), (spk, name, t)


@pytest.mark.parametrize(
    "head, speaker",
    [
        ("When the mayor died in 2001, Governor Alma Fisk released this statement", "Alma Fisk"),
        ("At a rally in Dayton, Ohio, on Friday, fans booed, with Kendrick reportedly shouting", "Kendrick"),
        ("The Courier printed the claims in June, and the Daily Ledger responded", "Daily Ledger"),
        ("Markets slid all week - analyst Rhea Moss", "Rhea Moss"),
        ("In 2010 she said of the merger", "she"),
    ],
)
def test_colon_speaker(head, speaker):
    m = colon_speaker(head + ': "..."', 0, len(head))
    assert m is not None and m.text == speaker


@pytest.mark.parametrize(
    "clause, speaker",
    [
        ("Ann Ruiz sided with the unions", "Ann Ruiz"),  # "with" and no participle: no absolute clause
        ("Ann Ruiz left the room after they voted", "Ann Ruiz"),  # "they" is not her
        ("The debate flared, with Ann Ruiz", "Ann Ruiz"),
    ],
)
def test_participle_subject(clause, speaker):
    m = participle_subject(clause + ", saying", 0, len(clause))
    assert m is not None and m.text == speaker


def test_no_introduction():
    # a passage that opens its paragraph after one that does not end in a colon, and one
    # after a sentence whose verb reports nothing, have no introducing clause
    text = 'The mayor left early.\n\n"We are done here."'
    assert introduced_speaker(text, text.index("We")) is None
    text = 'The mayor left early. "We are done here."'
    assert introduced_speaker(text, text.index("We")) is None


@pytest.mark.parametrize(
    "text, names",
    [
        # a pronoun after another speaker's quotation: that speaker when the gender fits ...
        (
            "Talks\n\nMike Pompeo met Ashraf Ghani in Kabul. Pompeo said the talks had been useful.\n\n"
            '"We are ready," said Ghani. He said the army would hold the line.',
            ["Mike Pompeo", "Ashraf Ghani", "Ashraf Ghani"],
        ),
        # ... else the person of that gender named before it
        (
            "Talks\n\nAnna Berg met Tom Hale in Oslo on Monday. Berg said the mood was good.\n\n"
            '"We are close," Hale said. "There is one issue left."\n\nShe said the deal would be signed '
            "within a week.",
            ["Anna Berg", "Tom Hale", "Anna Berg"],
        ),
    ],
)
def test_pronouns_agree(text, names):
    assert list(extract_quotes(text)["speaker_name"]) == names
