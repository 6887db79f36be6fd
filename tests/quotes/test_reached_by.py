"""People a reporter reached, named by a past participle and its agent ("Analysts polled by
the agency said ..."), are the speakers; set off by commas, the participle is an aside and
no part of the phrase. Sentences written for the test."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    "text, speaker, name",
    [
        (
            "Analysts polled by the Courier said rates would fall.",
            "Analysts polled by the Courier",
            "Analysts",
        ),
        (
            "Doctors contacted by the paper said the risk was low.",
            "Doctors contacted by the paper",
            "Doctors",
        ),
        ("The man arrested by police said he was innocent.", "The man arrested by police", "man"),
        ("Residents, questioned by police, said the street was quiet.", "Residents", "Residents"),
    ],
)
def test_the_speaker(text, speaker, name):
    (r,) = quote_records("Intro.\n\n" + text)
    assert (str(r["speaker"]), str(r["speaker_name"])) == (speaker, name)


def test_an_outer_sources_cue_closing_the_sentence_is_no_part_of_the_content():
    (r,) = quote_records(
        "Intro.\n\nA witness said the manager had told staff to keep quiet, the review said."
    )
    assert r["text"] == "the manager had told staff to keep quiet"
