"""A speech verb's infinitive of purpose after an act of the subject's ("The club took to
social media to say ...", "wrote to parents to say ...") reports what the subject says; a
wish or a refusal ("wanted to say", "declined to say") reports nothing. Sentences
self-written."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    ("text", "speaker", "content", "cue"),
    [
        (
            "The head teacher wrote to parents to say the school would close early.",
            "head teacher",
            "the school would close early",
            "to say",
        ),
        (
            'Ms Okafor took to social media to say she was "heartbroken".',
            "Okafor",
            'she was "heartbroken"',
            "to say",
        ),
        (
            "Hale called a press conference to announce that he would retire.",
            "Hale",
            "he would retire",
            "to announce",
        ),
        (
            "Residents rang the council to complain that the bins had not been emptied.",
            "Residents",
            "the bins had not been emptied",
            "to complain",
        ),
    ],
)
def test_an_infinitive_of_purpose_reports(text, speaker, content, cue) -> None:
    [record] = quote_records(text)
    assert (record["speaker_name"], record["text"], record["cue"]) == (speaker, content, cue)


@pytest.mark.parametrize(
    "text",
    [
        "He declined to say whether he would stand again.",
        "Lund wanted to say the plan was wrong.",
        "She took to the stage to say a few words.",
    ],
)
def test_a_wish_a_refusal_or_an_object_reports_nothing(text: str) -> None:
    assert quote_records(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The union called on ministers to say whether the pay offer would be improved.",
        "He never wrote to say that the money had arrived.",
        "The mayor could have phoned to warn that the dam was leaking.",
        "The minister was called in to explain why the figures had been changed.",
        "The data appeared to confirm that the virus was spreading faster.",
        "Alarms went off to warn that the reactor was overheating.",
        "The council took a year to confirm that the school would close.",
        "Mourners went to the church to say goodbye to the retired vicar.",
    ],
)
def test_demands_negations_seemings_and_devices_report_nothing(text: str) -> None:
    assert quote_records(text) == []


def test_whom_a_warning_addresses_is_no_part_of_it() -> None:
    [record] = quote_records("The police took to social media to warn drivers that the motorway was closed.")
    assert record["text"] == "the motorway was closed"


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The manager wrote a letter to the board to say he was leaving.", "he was leaving", "to say"),
        (
            "The parish council emailed villagers to warn that the bridge was closed.",
            "the bridge was closed",
            "to warn",
        ),
    ],
)
def test_the_act_is_no_cue_of_its_own(text: str, content: str, cue: str) -> None:
    [record] = quote_records(text)
    assert (record["text"], record["cue"]) == (content, cue)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Neighbours wrote to the council to say the tree was dangerous, but nothing was done, said Iris Bean.",
            "Iris Bean",
            "said",
        ),
        (
            "He wrote that the council called the police to warn that children were at risk.",
            "unidentified speaker",
            "wrote",
        ),
    ],
)
def test_an_attribution_around_the_infinitive_reports_the_whole(text: str, speaker: str, cue: str) -> None:
    [record] = quote_records(text)
    assert (record["speaker_name"], record["cue"]) == (speaker, cue)
