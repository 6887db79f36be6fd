"""A reported clause, its comma, then "the" and a noun no list knows before the cue ("The
decision was unfair, the singer said."): the noun phrase speaks, as it does after a
quotation. Not "a" and a noun before a participle that glosses ("..., a plan announced in
May"), and not a cue's bare form that is a noun ("the report said"). Sentences self-written."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The decision was unfair, the singer said.", "singer"),
        ("The decision was unfair, the singer said on Monday.", "singer"),
        ("The decision was unfair, the local singer said.", "local singer"),
        ("The ferry will not sail until Friday, the harbourmaster said.", "harbourmaster"),
        ("Rents have doubled in five years, the pensioner told the council.", "pensioner"),
    ],
)
def test_an_unlisted_noun_after_the_content_speaks(text: str, speaker: str) -> None:
    [record] = quote_records(text)
    assert record["speaker_name"] == speaker
    assert record["text"] == text.split(",")[0]


def test_no_speaker_from_a_glossing_participle() -> None:
    text = "The border checks will go on for a year, a plan announced in March."
    assert quote_records(text) == []


def test_a_listed_document_keeps_its_reading() -> None:
    [record] = quote_records("Hackers reached ten servers, the internal report said.")
    assert (record["speaker_name"], record["source_type"]) == ("internal report", "document")


@pytest.mark.parametrize(
    "text",
    [
        "Speaking on local radio, the teenager said the decision was unfair.",
        'Writing on social media, the singer said she was "heartbroken" by the decision.',
        "Asked about the fire, the shopkeeper said it had started in the kitchen.",
    ],
)
def test_an_unlisted_noun_after_an_opening_participle_speaks(text: str) -> None:
    said = [r for r in quote_records(text) if r["cue"] == "said"]
    assert [r["speaker"] for r in said] == [text.split(", ")[1].split(" said")[0]]


def test_no_opening_participle_read_in_a_thing_pronoun() -> None:
    # "Everything" ends in "-ing" but opens no participle's phrase
    [record] = quote_records("Everything the council did, the chef said, was wrong.")
    assert (record["speaker_name"], record["text"]) == ("chef", "Everything the council did was wrong")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The new road, the singer said, would cut his land in two.",
            "The new road would cut his land in two",
        ),
        ("The decision was unfair, said the singer.", "The decision was unfair"),
        ("The decision was unfair, said the young singer on Monday.", "The decision was unfair"),
    ],
)
def test_an_unlisted_noun_around_an_interrupting_or_inverted_cue(text: str, content: str) -> None:
    [record] = quote_records(text)
    assert record["text"] == content and record["speaker_name"].endswith("singer")


def test_a_sentence_that_opens_with_its_speaker_keeps_it() -> None:
    # the clause after "said" is the statement, not a speaker read leniently
    [record] = quote_records("A witness, named by police as Raj, said the van sped away.")
    assert (record["speaker_name"], record["text"]) == ("witness", "the van sped away")


@pytest.mark.parametrize(
    "text",
    [
        "The market is cooling, the data say.",
        "Inflation has peaked, the numbers said.",
        "Unemployment will fall, the figures say.",
        "The game was over by half-time, the scoreboard said.",
        "The virus spreads more slowly in summer, the evidence suggests.",
        "Services will be cut, the timetable announced in June.",
        "City were outclassed, the scoreline said it all.",
        "Police recovered a painting, the canvas said to be worth a million.",
    ],
)
def test_things_that_show_or_measure_are_no_speakers(text: str) -> None:
    assert quote_records(text) == []


def test_an_adverb_after_an_inverted_speaker_is_no_part_of_it() -> None:
    [record] = quote_records("The team played well, said the manager afterwards.")
    assert (record["speaker"], record["speaker_name"]) == ("the manager", "manager")


def test_an_inverted_cue_with_an_object_has_no_speaker_after_it() -> None:
    text = "The club issued a statement that, while regretting the delay, accused the league of bias."
    assert all(r["speaker"] != "the league" for r in quote_records(text))
