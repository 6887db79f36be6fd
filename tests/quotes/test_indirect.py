"""Direct tests of the indirect module: one attributed statement per sentence outside marks."""

import pytest

from workbench.quotes._extract import Doc
from workbench.quotes._indirect import sentence_statement


def _statement(sentence: str):
    doc = Doc(sentence, [(0, len(sentence))], [(0, len(sentence))])
    found = sentence_statement(doc, 0, len(sentence))
    assert found == bool(doc.rows)
    return doc.rows[0] if doc.rows else None


@pytest.mark.parametrize(
    "sentence, kind, speaker, cue, content",
    [
        # the cue's adjunct is no part of the content
        ("Norland Shipping said on Tuesday its profit rose sharply.", "indirect", "Norland Shipping", "said",
         "its profit rose sharply"),
        ("According to the regulator, prices will rise next year.", "indirect", "regulator", "According to",
         "prices will rise next year"),
        # a copy without quotation marks: verbatim speech that lost its marks
        ("Prices will rise next year, the regulator said.", "unmarked", "regulator", "said",
         "Prices will rise next year"),
        ("The minister has confirmed that the plant will close.", "indirect", "minister", "confirmed",
         "the plant will close"),
    ],
)  # fmt: skip
def test_sentence_statement(sentence, kind, speaker, cue, content):
    row = _statement(sentence)
    assert (row["kind"], row["mention"].name, row["cue"], row["text"]) == (kind, speaker, cue, content)


@pytest.mark.parametrize("sentence", ["He thinks about it a lot.", "The weather was fine all day."])
def test_no_statement(sentence):
    assert _statement(sentence) is None


def test_a_speaker_after_a_comma_and_a_conjunction_or_with_an_aside():
    from workbench.quotes import extract_quotes

    q = extract_quotes(
        "The ferry ran late all week, but the operator said the new engines would arrive in May."
    )
    assert q[["speaker", "text"]].values.tolist() == [["the operator", "the new engines would arrive in May"]]
    q = extract_quotes("Councillor Brandt, though, said she would vote against the harbour budget again.")
    assert q["speaker"].tolist() == ["Councillor Brandt"]
    assert q["text"].tolist() == ["she would vote against the harbour budget again"]


def test_an_inverted_speaker_followed_by_a_phrase_of_place_or_manner():
    from workbench.quotes import extract_quotes

    q = extract_quotes('"The levy will cost us dearly," said port union chief Ana Kowal in a statement.')
    assert q["speaker"].tolist() == ["Ana Kowal"]


@pytest.mark.parametrize(
    "sentence, speaker, cue, content",
    [
        # a speech participle before a clause that opens with a noun, after a dash or "by"
        # a plural descriptor: the speaker "The two councils", named by its noun (a group)
        ("The two councils rejected the offer, saying they cannot discuss the sale yet.", "councils",
         "saying", "they cannot discuss the sale yet"),
        ("Maria Ostrova changed her vote at the last minute \u2013 saying she understood the risk.",
         "Maria Ostrova", "saying", "she understood the risk"),
        ("Dario Pell closed the meeting by saying he is keen to serve the county.", "Dario Pell", "saying",
         "he is keen to serve the county"),
        # "telling" and its addressee before "that"
        ("Ines Varga attacked the budget, telling a local radio host that the cuts would hurt schools.",
         "Ines Varga", "telling", "the cuts would hurt schools"),
        # a share or number of people as the subject
        ("Nearly half said they would vote for the incumbent again.", "Nearly half", "said",
         "they would vote for the incumbent again"),
        ("Some 30 percent of farmers in the county survey said they had sold land this year.",
         "Some 30 percent of farmers in the county survey", "said", "they had sold land this year"),
        ("Others, however, say the tax is long overdue.", "Others", "say", "the tax is long overdue"),
        # a speaker after a colon, and a plural noun phrase after an opening adjunct
        ("The mood in the valley has changed: 61% say the dam should never have been built.", "61%", "say",
         "the dam should never have been built"),
        ("Despite the long delays, local traders said they welcome the new bridge.", "local traders", "said",
         "they welcome the new bridge"),
        # a group between the two parts of the content (a descriptor: named without its article)
        ("The first task, the mayor's friends say, will be to retake the harbour ward.", "mayor's friends",
         "say", "The first task will be to retake the harbour ward"),
        # a speech verb coordinated after the subject's first act, past an auxiliary
        ("Her union also announced a new fund for the miners and said some of the money would go to widows.",
         "union", "said", "some of the money would go to widows"),
        ("Mayor Lena Fisk describes herself as a moderate and has said that she would veto the levy.", "Lena Fisk",
         "said", "she would veto the levy"),
        # the source in an "as" clause before the content
        ("As the Harbour Gazette recently noted, ferry fares have doubled since 2019.", "Harbour Gazette", "noted",
         "ferry fares have doubled since 2019"),
        ("But as Ruth Okoro reported, the council never voted on the plan.", "Ruth Okoro", "reported",
         "the council never voted on the plan"),
        # a time before the speaker is neither content nor a group
        ("Then, two minutes into the meeting, Ana Okafor said the vote had been rigged.", "Ana Okafor", "said",
         "the vote had been rigged"),
        # an opening adjunct before the subject
        ("In a speech at the harbour on Friday, Mr. Osei sounded upbeat, saying he shared the "
         "worries of the fishermen.", "Osei", "saying", "he shared the worries of the fishermen"),
    ],
)  # fmt: skip
def test_reported_class(sentence, speaker, cue, content):
    row = _statement(sentence)
    assert row is not None
    assert (row["mention"].name, row["cue"], row["text"]) == (speaker, cue, content)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor left the hall, saying goodbye to the staff.",
        "The guests lined up at the door, saying a few words to the host.",
        # "states" after a number is a noun
        "Eleven states hold their primaries on the same day next spring.",
        "In 2019, 14 states passed laws on the matter.",
        # an "as" clause with no source
        "As expected, the council approved the budget on Monday.",
        "She paused, as if to say the meeting was over.",
        # no clause after the cue of a relative
        "The mayor repeated what he said this week.",
        # what a group might say is no statement; a time is no group
        "Some will say this is the usual complaint of people who never take the ferry.",
    ],
)
def test_no_reported_statement(sentence):
    assert _statement(sentence) is None


def _statements(sentence: str):
    doc = Doc(sentence, [(0, len(sentence))], [(0, len(sentence))])
    sentence_statement(doc, 0, len(sentence))
    return [(r["mention"].text, r["text"]) for r in doc.rows]


@pytest.mark.parametrize(
    "sentence, statements",
    [
        # two reporting clauses in one sentence, each with its speaker
        ("Most members said the fee was fair, but a few said it was too high.",
         [("Most members", "the fee was fair"), ("a few", "it was too high")]),
        ("Harriet Osei said she had no intention of resigning, while her spokesman said they want a vote soon.",
         [("Harriet Osei", "she had no intention of resigning"), ("her spokesman", "they want a vote soon")]),
        # a statement inside a relative clause: its pronoun and the words after the cue
        ("The council promised a new footbridge, which the mayor said the county would pay for.",
         [("the mayor", "which the county would pay for")]),
        # (as the clause's subject, the pronoun is no word of it: the predicate alone)
        ("The court struck down rules that campaigners said discriminated against tenants.",
         [("campaigners", "discriminated against tenants")]),
        # a relative "who" without a comma after a group
        ("The plan gave new hope to farmers who say the drought has ruined them.",
         [("who", "the drought has ruined them")]),
        # one speaker, one verb: the clause after "and that" stays part of the statement
        ("Harriet Osei said the budget was balanced and that the council would vote on it.",
         [("Harriet Osei", "the budget was balanced and that the council would vote on it")]),
    ],
)  # fmt: skip
def test_two_reporting_clauses(sentence, statements):
    assert _statements(sentence) == statements
