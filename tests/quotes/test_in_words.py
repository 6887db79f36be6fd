"""A quotation after "in X's words," is X's, the quotation alone (the words before it are the
writer's). Sentences self-written."""

import pytest

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker_name"], r["text"], r["cue"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, name, content",
    [
        (
            "The school closed early because, in the head teacher's words, "
            '"the roof could not take another storm."',
            "head teacher",
            "the roof could not take another storm.",
        ),
        (
            'The vote was, in Mayor Ruth Ellis\'s words, "a turning point for the valley."',
            "Ruth Ellis",
            "a turning point for the valley.",
        ),
        (
            "Maria Lund wants him on the board because, in her words, "
            '"he knows the harbour better than anyone."',
            "Maria Lund",
            "he knows the harbour better than anyone.",
        ),
        (
            'The club, in its own words, "will never sell the ground to a developer."',
            "club",
            "will never sell the ground to a developer.",
        ),
        (
            "The Harbour Trust met on Monday. The trust, in its words, "
            '"cannot keep a failing pier open for ever."',
            "Harbour Trust",
            "cannot keep a failing pier open for ever.",
        ),
        (
            'The growers\u2019 plan is, in the farmers\u2019 words, "the last chance for the valley."',
            "farmers",
            "the last chance for the valley.",
        ),
    ],
)
def test_a_possessor_s_words_are_its_statement(text: str, name: str, content: str) -> None:
    [(found, found_content, cue)] = _records(text)
    assert (found, found_content) == (name, content)
    assert "words" in cue


@pytest.mark.parametrize(
    "text",
    [
        'In other words, "cheap" is not the same as "good value."',
        "The fans, in a few words, wanted the manager gone.",
    ],
)
def test_words_without_a_possessor_name_no_one(text: str) -> None:
    assert all("words" not in (cue or "") for _, _, cue in _records(text))


@pytest.mark.parametrize(
    "text, name",
    [
        # a cue or a naming verb before a pronoun's words: its subject speaks, as before
        ('The chief executive said the quarter had been, in his words, "a bruising one."', "chief executive"),
        ('The central bank said inflation was, in its words, "stubbornly high."', "central bank"),
        ('Mr Greaves called the budget, in his words, "the hardest we have ever set."', "Greaves"),
        ('The tenants said the landlord had, in their words, "ignored the damp for years."', "tenants"),
    ],
)
def test_a_cue_before_a_pronoun_s_words_keeps_its_subject(text: str, name: str) -> None:
    [(found, _, cue)] = _records(text)
    assert found == name and "words" not in cue


def test_a_subject_that_cannot_stand_for_the_pronoun_is_no_speaker() -> None:
    text = 'The minister has promised to act. The plan, in his words, "will be delivered by spring."'
    [(found, _, _)] = _records(text)
    assert found == "minister"


def test_a_quoted_title_after_the_phrase_is_no_statement() -> None:
    assert _records("The band's new album is called, in the singer's words, \"Songs for Rainy Days.\"") == []
