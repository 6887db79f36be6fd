"""A reported clause of three words is a statement when it has a verb, a past form included
("the budget rose", "she was fine"), and is none without one ("told the Finance Ministry").
Sentences written for the test."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    "text, content",
    [
        ("The mayor said the budget rose.", "the budget rose"),
        ("In a filing, the bakery said sales fell 4%.", "sales fell 4%"),
        ("She declined to comment but said she was confident.", "she was confident"),
        ("The club refused to name him but said he was fine.", "he was fine"),
    ],
)
def test_a_three_word_clause_with_its_verb(text, content):
    (r,) = quote_records("Intro.\n\n" + text)
    assert r["text"] == content


@pytest.mark.parametrize("text", ["The mayor told the Finance Ministry.", "He laughed and said so twice."])
def test_three_words_without_a_verb(text):
    assert quote_records("Intro.\n\n" + text) == []


def test_a_pronoun_after_the_topic_the_sentence_turns_to_is_that_person():
    text = 'Intro.\n\nJohn Ruiz spoke first. "We will win," he said.\n\nAs for Ines Varga, she said she was not worried.'
    rows = [(r["text"], str(r["speaker_name"])) for r in quote_records(text)]
    assert rows[-1] == ("she was not worried", "Ines Varga")
