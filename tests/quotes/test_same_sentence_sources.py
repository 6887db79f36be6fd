"""Quotations whose source stands in the same sentence but was not read (issue 15): long
phrases after an inverted cue, openers before a participle's subject. Sentences written for
the rules."""

import pytest

from workbench.quotes import extract_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    df = extract_quotes(text)
    return list(zip(df["speaker"], df["text"]))


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a role the lexicon does not know before the name
        (
            '"Thanks for welcoming these families," said master of ceremonies Ann Roe, '
            "a local engineer who moved to Salem decades ago.",
            "Ann Roe",
        ),
        # a description whose post-modifier the lexicon cannot read, then a participle
        (
            '"I think it is coming," said a fundraiser for one of the three campaigns, '
            "speaking on condition of anonymity to give a frank view.",
            "a fundraiser",
        ),
        (
            '"If Lund wins, the mood will shift," said one well-placed Republican familiar '
            "with the county party, who asked not to be named.",
            "one well-placed Republican",
        ),
    ],
)
def test_inverted_speaker_read_in_part(text, speaker):
    found = _speakers(text)
    assert len(found) == 1 and found[0][0] == speaker


def test_name_with_article_after_cue_is_no_description():
    # "told the Harbour Gazette of Salem": a name with its article, not a speaker cut short
    assert _speakers("Mayor Ann Roe told the Harbour Gazette of Salem last week she would run again.")[0][
        0
    ] != ("the Harbour Gazette")


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a conjunction or a place before the subject of the clause the participle ends
        (
            'And then Lund went straight on the offensive, saying, "Is the mayor going to resign at last?"',
            "Lund",
        ),
        ('And then he went straight on the offensive, saying, "Is the mayor going to resign at last?"', "he"),
        (
            'Here in Salem, Lund stepped up his push on housing, saying, "We have to build more homes."',
            "Lund",
        ),
        # a negated verb ("didn't", curly apostrophe) after the subject
        (
            "Lund didn\u2019t seem impressed with the plan on Tuesday, telling reporters, "
            "\u201cA lot of people said the mayor should step down.\u201d",
            "Lund",
        ),
        # the participle goes on from the cue right before it, not from the sentence's subject
        (
            'Moss didn\'t stay long but left after the vote, Reyes said, adding, "He was not a patient man."',
            "Reyes",
        ),
    ],
)
def test_participle_subject(text, speaker):
    found = _speakers(text)
    assert found and found[-1][0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a participle right after the closing mark goes on from the statement before it
        'On Sunday, she said, "The port would have closed," adding, "I think 1,500 people were hurt."',
        'Ann Roe said, "The port would have closed," adding, "I think 1,500 people were hurt."',
    ],
)
def test_participle_after_closing_mark(text):
    found = _speakers(text)
    assert len(found) == 2 and found[0][0] == found[1][0]


@pytest.mark.parametrize(
    "text", ['But, said Lund, "I do not want a fight."', 'And said Lund: "I do not want a fight."']
)
def test_inverted_cue_after_conjunction(text):
    assert _speakers(text) == [("Lund", "I do not want a fight.")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the subject of the characterising verb's own clause, not the sentence's
        (
            'The subject came up at a debate in May, when Ann Lee called the plan "a gift to the banks."',
            "Ann Lee",
        ),
        ('Much of the anger was aimed at Moss, whom Reyes also called a "bully with a gavel."', "Reyes"),
        ('The vote was put off to June; one councillor called the delay "a farce."', "one councillor"),
        # a description the lexicon reads only leniently, opening the sentence
        ('One strategist described the race as "an uphill battle for everyone."', "One strategist"),
    ],
)
def test_characterising_clause_subject(text, speaker):
    found = _speakers(text)
    assert len(found) == 1 and found[0][0] == speaker


def test_characterising_no_clause_for_subject():
    # a noun phrase with a plural or a verb in it is no subject of the verb after it
    found = _speakers(
        'Reporters asked about the floods in Salem and his plea for "a full review" of the levees.'
    )
    assert all("floods" not in speaker for speaker, _ in found)


@pytest.mark.parametrize(
    "text, speaker",
    [
        # two people named as one speaker: the first stands for both
        ('"The council is split down the middle," Ann Roe and Tom Lund wrote.', "Ann Roe"),
        # a description after a possessive
        (
            '"It was a cold night in the harbour," says the ad\u2019s narrator, going on to list the gifts.',
            "the ad\u2019s narrator",
        ),
        # a name in apposition to a description the lexicon does not read
        ('"It is time for a change," exhorted the mayor\'s warm-up act, singer Ann Roe.', "Ann Roe"),
        # an aside in brackets
        (
            '"The vote was a farce," said the Civitas (Citizens\' Forum) column.',
            "the Civitas (Citizens' Forum) column",
        ),
        # a description with a post-modifier after a closing mark
        ('"The plan is unlawful," the order released Monday said.', "the order"),
    ],
)
def test_tail_speaker_read_in_part(text, speaker):
    found = _speakers(text)
    assert len(found) == 1 and found[0][0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a clause goes on before the verb: no speaker read in part
        'Lee said the "voters of Salem chose me two times" for the board, so clearly believed in her.',
        'Roe denied that Lee had ever "attacked" Moss, and said she would keep quiet.',
    ],
)
def test_tail_clause_is_no_speaker(text):
    assert all(speaker not in ("council", "Moss") for speaker, _ in _speakers(text))


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a clause of comparison hands the quotation to its subject, wherever it opens
        ('But at the time, as harbour master Ann Roe put it, "there was little to worry about."', "Ann Roe"),
        (
            'But as the Gazette pointed out, "Still, the mayor has not released her tax returns."',
            "the Gazette",
        ),
        (
            'As one dock worker told the Salem Courier, "She wants us scared, and she has done that."',
            "one dock worker",
        ),
    ],
)
def test_as_clause_hands_quotation(text, speaker):
    found = _speakers(text)
    assert len(found) == 1 and found[0][0] == speaker
