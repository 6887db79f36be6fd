"""A naming participle in an aside after the subject ('The mayor, calling the storm "...,"
said ...') names in the subject's words and ends at its comma; the sentence's own cue reports
a statement of the same subject. Whom a cue urges is no inverted speaker ('"...," urged
people to stay indoors'). A report ends before a naming participle only when it is a clause
('wrote a letter to X, calling it "..."' reports nothing). Sentences self-written."""

import pytest

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["text"], r["cue"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (
            'The mayor, calling the storm "a once-in-a-century event," said schools would close.',
            "said",
            "schools would close",
        ),
        (
            'The mayor, calling the storm "a once-in-a-century event," urged people to stay indoors.',
            "urged",
            "people to stay indoors",
        ),
    ],
)
def test_a_naming_aside_and_the_sentence_s_own_statement(text: str, cue: str, content: str) -> None:
    assert _records(text) == [
        ("The mayor", 'the storm "a once-in-a-century event,"', "calling"),
        ("The mayor", content, cue),
    ]


def test_an_inverted_speaker_after_urged_stays() -> None:
    assert _records('"Stay inside," urged the mayor.') == [("the mayor", "Stay inside", "urged")]


@pytest.mark.parametrize(
    "text",
    [
        'The governor wrote a letter to the president, calling the rule "an overreach."',
        'The governor told reporters on Monday, calling the rule "an overreach."',
    ],
)
def test_an_object_before_a_naming_participle_is_no_statement(text: str) -> None:
    assert _records(text) == [("The governor", 'the rule "an overreach."', "calling")]


def test_a_thing_s_repeated_warning_is_no_statement() -> None:
    assert _records("The alarm repeated its warning that the door was open.") == []
    assert _records("The company repeated its warning that profits would fall.") == [
        ("The company", "profits would fall", "repeated its warning")
    ]
