"""An unnamed source is named by a person introduced just after it only when their genders agree:
a woman's name never names a "he" (a noun in -man tells no gender); roles are not compared."""

from workbench.quotes import quote_records


def _names(text: str) -> list[str]:
    return [r["speaker_name"] for r in quote_records(text)]


def test_a_womans_name_does_not_name_an_earlier_he():
    text = (
        'The goalkeeper, 31, saved two penalties. "I guessed right twice," he said.\n\n'
        'His coach, Lisa Quinn, said she was "so proud".'
    )
    assert _names(text) == ["goalkeeper", "Lisa Quinn"]


def test_a_chairman_may_be_a_woman():
    text = '"The club is in safe hands," the chairman said. Lisa Quinn, who has led the board since 2019, added that debts were falling.'
    assert _names(text) == ["Lisa Quinn", "Lisa Quinn"]


def test_a_role_of_other_words_still_names_the_description():
    # the lists know few of the words one person goes by ("the boss", "the manager")
    text = '"The side showed real character," the boss said. Neil Quinn, the club\'s manager, said the players were superb.'
    assert _names(text) == ["Neil Quinn", "Neil Quinn"]


def test_a_papers_noun_is_not_the_person_named_next():
    text = (
        '"The visit was a success," the paper noted on Tuesday. Lena Ortiz, a retired teacher, '
        "said she had not read it."
    )
    assert _names(text) == ["paper", "Lena Ortiz"]
