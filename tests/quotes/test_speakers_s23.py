"""Speaker rules of issue 15 (round s23): each case is a sentence written for the rule (not
taken from a gold article), with the expected (speaker_name, start of the statement's text)
of every statement found, or the speaker as written where that is what the rule reads."""

import pytest

from workbench.quotes import extract_quotes

SPEAKER_CASES = [
    # "the company" refers to the organisation the text introduces just before it, known as
    # one by "which" after its name, not to an organisation quoted earlier
    (
        "Vote\n\nThe bill passed on Friday.\n\nThe Harbour Board said the vote would be close. The bill "
        'drew notice from employers such as Quarrybrook, which opposed it.\n\n"We ask others to join us," '
        "the company wrote.",
        [("Harbour Board", "the vote would"), ("Quarrybrook", "We ask others")],
    ),
    # ... by an apposition's noun ("a research firm")
    (
        "Rich list\n\nIn 2010 two former editors set up Tallis-K, a private research firm.\n\n"
        "The company says its staff found 1,900 billionaires.",
        [("Tallis-K", "its staff found")],
    ),
    # ... by the last word of its name: "the newspaper" is the "Daily Ledger", "the group" the
    # "Morrow Street Foundation" (its given name does not make it a person)
    (
        "Guns\n\nOn Monday the Daily Ledger took aim at the gun lobby.\n\n"
        "According to the newspaper, the laws let dealers sell to almost anyone.",
        [("Daily Ledger", "the laws let")],
    ),
    (
        "Auction\n\nThe Elena Morrow Foundation would not discuss the sale.\n\n"
        '"We are focused on our work," the group said.',
        [("Elena Morrow Foundation", "We are focused")],
    ),
    # a participle that names where the speaker's words come from ("citing", "quoting") opens
    # an aside about the speaker: the organisation in it is not the speaker
    (
        "Rents\n\nMarta Ruiz, citing figures from the Regional Lettings Office, said that some 70,000 "
        "families rent their flats.",
        [("Marta Ruiz", "some 70,000")],
    ),
    (
        "Cash\n\nThe Gazette, quoting leaked minutes, reported that the club is short of cash.",
        [("Gazette", "the club is")],
    ),
    # a pronoun after the first part of a quotation that its sentence's subject introduces is
    # that subject, not the person quoted before
    (
        'Row\n\n"The plan wins praise from its own spokesman," Rob Axel tweeted on Sunday, after spokesman '
        'Brian Vale defended it online.\n\nVale fired back: "As the guardian of this plan," he wrote, "we '
        'know you mean well."',
        [("Rob Axel", "The plan wins"), ("Brian Vale", "As the guardian")],
    ),
    # ... but not when the quotation names another person of the pronoun's gender, nor when the
    # "sentence" starts inside a quotation
    (
        "Row\n\nLeo Marsh spoke first. \"Hale said the plan was 'wrong from the start,' and I agree,\" "
        'he said.\n\n"Then Sam Ortiz stood up. Ortiz said nothing about it," he added.',
        [("Leo Marsh", "Hale said the"), ("Leo Marsh", "Then Sam Ortiz")],
    ),
    # an opening clause before the subject (a participle's with its complement, or a
    # preposition's) names no speaker: the speaker follows its comma
    (
        'Vote\n\nDriven apparently by anger at the mayor, Hale explained the vote as a result of "bad faith."',
        [("Hale", "the vote as")],
    ),
    # a document made by someone ("filed by", "provided by", "sent out by") speaks for its maker
    (
        'Case\n\n"The records do not back the claim made," according to a legal document filed by '
        "county counsel Dana Ruiz.",
        [("Dana Ruiz", '"The records do not')],
    ),
    (
        "Fight\n\nIn addition, a campaign email sent out by Ortiz on Friday morning warned of the work ahead: "
        '"We have barely begun."',
        [("Ortiz", "We have bar")],
    ),
    # an aside of where the speaker works or speaks ("at a firm called X", "in its summary")
    (
        "Trade\n\nBut Tom Keller, at a shipping broker called Brightline Partners, argues that as trade "
        'picks up, "the port will matter more."',
        [("Tom Keller", "that as trade")],
    ),
    (
        "Feud\n\nThe party enjoys the row. The Harbour Party, in its weekly press digest Monday, "
        'emailed a magazine article reporting that "Lowe is out of patience."',
        [("Harbour Party", '"Lowe is out of')],
    ),
]


def test_acronym_is_an_organisation():
    # "the RNC" is an organisation: a later "he" is the man named, not the acronym
    q = extract_quotes(
        "Debate\n\nTom Reyes wants more debates. The RNC said in a statement that the schedule was fair.\n\n"
        'On Friday, he told the Daily Ledger that the party "is hiding from voters."'
    )
    assert list(q.source_type)[0] == "organisation"
    assert list(q.speaker_name)[-1] == "Tom Reyes"


@pytest.mark.parametrize(("text", "expected"), SPEAKER_CASES)
def test_speaker_cases(text, expected):
    q = extract_quotes(text)
    got = [
        (name, t[: len(start)]) for name, t, start in zip(q.speaker_name, q.text, [s for _, s in expected])
    ]
    assert got == expected, list(zip(q.speaker, q.speaker_name, q.text))
    assert len(q) == len(expected)


def test_place_descriptor_is_no_person():
    # "the state" is a place speaking through its government: never the person quoted before
    q = extract_quotes(
        'Water\n\nSenator Ben Ortiz toured the plant on Monday. "It is a disgrace," Ortiz said.\n\n'
        "The city admitted it was wrong when a nurse found mold in the school pipes."
    )
    assert list(q.speaker_name)[-1] != "Ben Ortiz"


def test_pronoun_subject_written_in_full_only_as_possessor():
    # the subject's full name appears only as a possessor ("rival Tom Hale's stance"), and a
    # title-like word alone ("European") names no other person between it and the pronoun
    q = extract_quotes(
        "Vote\n\nMayor Ada Brandt has criticised rival Tom Hale\u2019s stance on the vote.\n\n"
        "Hale has praised the European Union vote as \u201csuperb,\u201d telling reporters during a stop "
        "in Leeds on Friday that he believes the outcome is \u201ca fine result.\u201d"
    )
    rows = [(s, n) for s, n in zip(q.speaker, q.speaker_name) if s == "he"]
    assert rows == [("he", "Tom Hale")]
