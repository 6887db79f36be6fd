"""An unnamed source is named by a person introduced just after it only when they agree: a
woman's name never names a "he", and a role that contradicts its noun rules the name out
unless a title before the name fits the noun."""

from workbench.quotes import quote_records


def _names(text: str) -> list[str]:
    return [r["speaker_name"] for r in quote_records(text)]


def test_a_womans_name_does_not_name_an_earlier_he():
    text = (
        'The goalkeeper, 31, saved two penalties. "I guessed right twice," he said.\n\n'
        'His coach, Nora Quinn, said she was "so proud".'
    )
    assert _names(text) == ["goalkeeper", "Nora Quinn"]


def test_a_contradicting_role_does_not_name_an_earlier_description():
    text = (
        'The goalkeeper, 31, saved two penalties. "I guessed right twice," he said.\n\n'
        'His coach, Neil Quinn, said he was "so proud".'
    )
    assert _names(text) == ["goalkeeper", "Neil Quinn"]
