"""After a quotation, a description whose noun no list knows is read with its modifiers: an
-ing word right after the article ("the retiring jockey") or a person's noun before it ("the
veteran jockey"). A reflexive, an adverb or a possessive does not become the head. Sentences
self-written."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    "text, name",
    [
        ('"I have no regrets," the retiring jockey said.', "retiring jockey"),
        ('"I have no regrets," the veteran jockey said.', "veteran jockey"),
        ('"I have no regrets," the jockey said.', "jockey"),
    ],
)
def test_a_modified_noun_no_list_knows_speaks(text: str, name: str) -> None:
    [r] = quote_records(text)
    assert (r["speaker_name"], r["text"]) == (name, "I have no regrets")


def test_a_reflexive_ends_no_description() -> None:
    [r] = quote_records('Fans booed what the referee, a former player himself, called "a clear penalty."')
    assert r["speaker_name"] == "referee"
