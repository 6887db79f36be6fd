"""A plural or a text's description ("according to the deeds") is never the person named
next ("said the solicitor, Ann Price"); a singular person's description still is. Sentences
self-written."""

from workbench.quotes import quote_records


def test_a_plural_text_is_not_the_next_name() -> None:
    text = 'The land belonged to the Joneses, according to the deeds. "That settles it," said the solicitor, Ann Price.'
    assert [r["speaker_name"] for r in quote_records(text)] == ["deeds", "Ann Price"]


def test_a_person_s_description_is_the_next_name() -> None:
    text = '"We will appeal," the former minister said. Richard Hale, who held the post for a decade, added that he was shocked.'
    assert [r["speaker_name"] for r in quote_records(text)] == ["Richard Hale", "Richard Hale"]
