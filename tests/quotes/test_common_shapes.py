"""Common attribution shapes a review found misread: "the head of X" as a speaker, a day or a
month opening the sentence taken for the organisation that speaks, "head" as a body part or a
modifier. Sentences self-written."""

import pytest

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["speaker_name"], r["text"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The plan is dead, said the head of the regulator.", "the head of the regulator"),
        (
            "The fares are fair, the head of the transport authority said.",
            "the head of the transport authority",
        ),
        ('Heads of state said the summit had been "a success".', "Heads of state"),
    ],
)
def test_the_head_of_a_body_speaks(text: str, speaker: str) -> None:
    assert [s for s, _, _ in _records(text)] == [speaker]


@pytest.mark.parametrize(
    "text, name",
    [
        ("On Tuesday, the council said the road would reopen.", "council"),
        ("In March, the company said profits had doubled.", "company"),
        ("Yesterday, the agency said the flights were cancelled.", "agency"),
    ],
)
def test_a_date_opening_the_sentence_is_no_organisation(text: str, name: str) -> None:
    assert [n for _, n, _ in _records(text)] == [name]


def test_head_as_a_body_part_or_a_modifier() -> None:
    assert [n for _, n, _ in _records('Ms Reed shook her head and said, "No, the plan is dead."')] == ["Reed"]
    assert [
        n
        for _, n, _ in _records('The pond, which the head gardener called "our pride and joy", was drained.')
    ] == ["head gardener"]


@pytest.mark.parametrize(
    "text, speaker, said",
    [
        (
            "The evidence tells a different story, the lawyer said.",
            "the lawyer",
            "The evidence tells a different story",
        ),
        (
            "The figures show the scheme is working, the mayor said.",
            "the mayor",
            "The figures show the scheme is working",
        ),
    ],
)
def test_a_things_cue_inside_a_persons_words(text: str, speaker: str, said: str) -> None:
    assert [(s, t) for s, _, t in _records(text)] == [(speaker, said)]


def test_a_persons_cue_before_a_trailing_attribution_keeps_its_speaker() -> None:
    assert [s for s, _, _ in _records("Ann Lee said the plan was flawed, her lawyer said.")][:1] == [
        "Ann Lee"
    ]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The jury says it cannot reach a verdict, the judge said.", "The jury"),
        ("The witnesses say the car was travelling fast, the officer said.", "The witnesses"),
    ],
)
def test_people_as_the_inner_subject_keep_their_statement(text: str, speaker: str) -> None:
    assert [s for s, _, _ in _records(text)] == [speaker]


@pytest.mark.parametrize(
    "text, name",
    [
        ("The family said they were grateful for the support.", "family"),
        ('In a statement, the family said they were "grateful for the support".', "family"),
        ('The victim\'s family said they were "heartbroken".', "victim's family"),
        # the relative clause with a singular pronoun is the named one's, as before
        ("The family of the cyclist, who said she had been riding home, asked for witnesses.", "cyclist"),
        # a second absolute clause's subject speaks, not the first's
        (
            "The verdict split the town, with the family welcoming it and the defence lawyers saying they "
            'would "appeal at once."',
            "defence lawyers",
        ),
    ],
)
def test_a_family_speaks(text: str, name: str) -> None:
    assert [n for _, n, _ in _records(text)] == [name]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"She was everything to us," her family said.', "her family"),
        ('"We just want answers," the boy\'s family said in a statement.', "the boy's family"),
        ('"He has always been loyal," a close ally said.', "a close ally"),
        # an adverb in -ly before the cue is still no part of the speaker
        ('"We will win," the mayor has consistently said.', "the mayor"),
    ],
)
def test_a_noun_in_ly_before_the_cue_is_the_speakers(text: str, speaker: str) -> None:
    assert [s for s, _, _ in _records(text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"This will not stand," the governor angrily said.', "the governor"),
        ("The chairman eventually said he would resign.", "The chairman"),
    ],
)
def test_an_adverb_after_a_noun_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    assert [s for s, _, _ in _records(text)] == [speaker]
