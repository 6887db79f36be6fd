"""Cues whose reported statements PolNeAR train rarely annotates (counted, not listed by
hand): their statements without quotation marks are dropped. Every sentence is self-written."""

import pytest

from workbench.quotes import extract_quotes
from workbench.quotes._cue_precision import cue_key, unannotated_cues


def _texts(text: str) -> list[str]:
    return list(extract_quotes(text)["text"])


def test_counted_cues_are_dropped_but_speech_and_belief_verbs_stay():
    bad = unannotated_cues()
    assert {"maintain", "reveal", "noting"} <= bad
    assert not {"say", "tell", "note", "believe", "think"} & bad
    assert cue_key("Revealed") == "reveal" and cue_key("noting") == "noting"


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board maintained its lead over the rival port for a third year.",
        "The auditors revealed that the depot had lost four trucks in a single winter.",
    ],
)
def test_unannotated_cue_gives_no_statement(text):
    assert _texts(text) == []


def test_the_same_clause_with_a_speech_verb_is_a_statement():
    text = "The auditors said that the depot had lost four trucks in a single winter."
    assert _texts(text) == ["the depot had lost four trucks in a single winter"]


def test_a_quotation_with_an_unannotated_cue_stays():
    text = '"We lost four trucks in one winter," the depot manager revealed.'
    assert _texts(text) == ["We lost four trucks in one winter"]
