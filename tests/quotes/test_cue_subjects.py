"""Speaker phrases before a reporting cue that no list of quote_speakers.txt knows (issue 15):
person nouns learnt from train's gold sources, possessives, openers before the subject.
Sentences written for the rules."""

import pytest

from workbench.quotes import extract_quotes
from workbench.quotes._mentions import parse_speaker


def _speakers(text: str) -> list[str]:
    return list(extract_quotes(text)["speaker"])


@pytest.mark.parametrize(
    "phrase, head, number",
    [
        ("a local reporter", "reporter", "sg"),
        ("the presumptive nominee", "nominee", "sg"),
        ("Mr. Lund's confidants", "confidant", "pl"),
        ("the retired pediatrician", "pediatrician", "sg"),
    ],
)
def test_learnt_person_nouns_head_descriptors(phrase, head, number):
    m = parse_speaker(phrase)
    assert m is not None and m.kind == "descriptor" and (m.head, m.number) == (head, number)


@pytest.mark.parametrize(
    "phrase",
    [
        # a capitalised learnt noun is part of a name, not its head
        "Harbor Partners",
        # a possessive modifies the noun after it: the campaign speaks, not the nominee
        "the nominee's campaign",
    ],
)
def test_learnt_nouns_stay_out_of_names_and_possessives(phrase):
    m = parse_speaker(phrase)
    assert m is None or m.head != "partner" and m.head != "nominee"


def test_possessive_before_a_noun_cue_is_no_speaker():
    # "note" is a cue verb; "Editor's note:" is a heading, no one said it
    assert _speakers("Editor's note: The mayor has resigned after six years in office.") == []


def test_reporter_mid_sentence():
    text = "During a briefing at the harbour, a local reporter asked whether the ferry would run."
    assert _speakers(text) == ["a local reporter"]


def test_learnt_head_reads_its_post_modifier():
    # a strategist is a learnt person noun: the whole description is read, not a part of it
    text = (
        '"I expect it by spring," said a strategist for one of the four bidding firms, '
        "speaking on condition of anonymity to give a frank view."
    )
    assert _speakers(text) == ["a strategist for one of the four bidding firms"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a capitalised subordinator opening the sentence ends what stands before its subject
        ("When the moderator pointed out that the tide was turning, the crowd left.", "the moderator"),
        ("While Ms. Okafor says the tunnel is safe, engineers disagree.", "Okafor"),
        # a day opening the sentence is no organisation's name
        ("On Tuesday, the cooperative said it would close two of its mills.", "the cooperative"),
        # after an opening adjunct, a noun phrase no list knows is the subject all the same
        (
            "After the hearing in Dover, the Delaware Republican said the bill was dead.",
            "the Delaware Republican",
        ),
        ("Instead, the shipwright has insisted that the hull is sound.", "the shipwright"),
    ],
)
def test_subject_after_an_opening(text, speaker):
    assert _speakers(text)[:1] == [speaker]


def test_no_subject_after_an_opening_clause():
    # a clause, not a noun phrase, follows the opening adjunct: no speaker is made up
    assert "After the vote" not in _speakers("After the vote, a few of them said nothing at all.")


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a role no list knows, after a subordinator
        (
            "While the quartermaster has repeatedly said the stores are full, the crew is hungry.",
            "the quartermaster",
        ),
        # a possessive before an organisation's compound
        (
            "The gazette's editorial board wrote that the harbour should stay public.",
            "The gazette's editorial board",
        ),
        # "in the past" between the subject and the cue
        ("Ms. Okafor's friends have in the past said the tunnel is safe.", "Ms. Okafor's friends"),
    ],
)
def test_subject_before_cue_more(text, speaker):
    assert _speakers(text)[:1] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Lund would not say whether the ferry would run again this winter.", "Lund"),
        ("The harbour board wouldn't say if the pier will reopen before the summer.", "The harbour board"),
    ],
)
def test_modal_and_negation_before_the_cue(text, speaker):
    assert _speakers(text)[:1] == [speaker]
