"""A surname after a title in the sentence before (Mr, Mrs, Ms, Miss) is a person a pronoun
of the title's gender may refer to; not when a description of a person opens that sentence
as its subject ("The judge told Mr Pike ... '...,' he said" is the judge's). Texts self-written."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Mr Hale and Ms Dunn both attended. "It was a good meeting," he said.', "Hale"),
        ('Mr Hale and Ms Dunn both attended. "It was a good meeting," she said.', "Dunn"),
        ('Mrs Garvey met Mr Sloane at the station. "She was very kind," he said.', "Sloane"),
        ("Police questioned Mr Hale for six hours. He said he was innocent.", "Hale"),
        ('The judge told Mr Pike he would be jailed. "This was a cruel crime," he said.', "judge"),
        ('The nurse cared for Mrs Oduya for a decade. "She was like family," she said.', "nurse"),
    ],
)
def test_the_pronoun_of_a_titled_surname(text: str, speaker: str) -> None:
    assert quote_records(text)[-1]["speaker_name"] == speaker
