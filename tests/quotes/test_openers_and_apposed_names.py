"""An adverb or a participle opening the sentence is no speaker; a name after a description
is; a body's name with "and" inside stays whole. Sentences self-written, names invented."""

import pytest

from workbench.quotes import quote_records


def _one(text: str) -> dict:
    [record] = quote_records("Intro.\n\n" + text)
    return record


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Replying, the minister said the figures would be published next week.", "the minister"),
        (
            'Predictably, the usual suspects have called the ruling "an attack on free speech."',
            "the usual suspects",
        ),
        # a surname and its apposition, closed by a comma, keep the name
        ("Harding, the minister, said the figures would be published next week.", "Harding"),
        ("The prime minister likes to say that the economy is strong.", "The prime minister"),
    ],
)
def test_openers_are_no_speakers(text: str, speaker: str) -> None:
    assert _one(text)["speaker"] == speaker


@pytest.mark.parametrize(
    "body",
    [
        "the Food and Drug Administration",
        "the Securities and Exchange Commission",
        "the Fish and Wildlife Service",
    ],
)
def test_a_bodys_name_with_and_stays_whole(body: str) -> None:
    record = _one(f"A spokesperson for {body} said the review was under way.")
    assert record["speaker"] == f"A spokesperson for {body}"
    assert record["source_type"] == "anonymous"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"This is a disgrace," the Labour MP for Wythenshawe, Kieran Doyle, told the Commons.',
            "Kieran Doyle",
        ),
        ('"We will rebuild," says the town\'s mayor, Rhona Gilfeather, with a grin.', "Rhona Gilfeather"),
        ("“We will rebuild,” the mayor of Riverton, Clara Jensen, said.", "Clara Jensen"),
    ],
)
def test_the_name_after_a_description_speaks(text: str, name: str) -> None:
    record = _one(text)
    assert (record["speaker_name"], record["source_type"]) == (name, "person")
    assert record["text"] in ("This is a disgrace", "We will rebuild")


def test_a_region_after_a_town_is_no_name() -> None:
    record = _one("“We will rebuild,” the mayor of Bolton, Greater Manchester, said.")
    assert record["speaker_name"] != "Greater Manchester"
