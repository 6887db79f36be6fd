"""Reported statements whose speaker stands before the cue, read after it: an apposition
before "said" ("..., said his survey showed"), an opening adjunct ("Addressing the topic,
X urged ..."), a relative clause's present tense ("owners who say the rule ...")."""

from __future__ import annotations

from workbench.quotes._extract import quote_records


def _texts(sentence: str) -> list[tuple[str, str]]:
    return [(r["text"], r["speaker"]) for r in quote_records(sentence)]


def test_apposition_before_said_is_the_subject_not_the_statement() -> None:
    rows = _texts("A second analyst, Mary Oduya of Leeds University, said her model showed the gap closing.")
    assert rows and rows[0][0] == "her model showed the gap closing"
    assert "Oduya" in rows[0][1]


def test_pronoun_clause_after_said_is_the_statement() -> None:
    rows = _texts("Okafor, who has toured four ports since spring, said she sees dockers backing the plan.")
    assert rows == [("she sees dockers backing the plan", "Okafor")]


def test_opening_adjunct_is_no_statement() -> None:
    rows = _texts("Speaking to farmers on Friday, the ministry urged growers to plant earlier this year.")
    assert all(not t.startswith("Speaking") for t, _ in rows)


def test_relative_present_tense_statement_follows_who_say() -> None:
    rows = _texts(
        "The council drew complaints from shop owners and cyclists who say the new lane slows deliveries."
    )
    assert rows and rows[0][0] == "the new lane slows deliveries"


def test_final_cue_after_a_statement_still_read() -> None:
    rows = _texts("The harbour will reopen next month, said Ana Ruiz, the port's director.")
    assert rows == [("The harbour will reopen next month", "Ana Ruiz")]


def test_pronoun_after_said_opens_the_statement() -> None:
    rows = _texts("Ida Marsh, 61, who farms near the river, says she didn't expect the flood this early.")
    assert rows and rows[0][0] == "she didn't expect the flood this early"


def test_adjunct_then_a_statement_before_the_speaker_is_kept() -> None:
    rows = _texts(
        "Despite two heavy losses last week, the club was confident of staying up, its captain, Leo Varga, told reporters."
    )
    assert rows and rows[0][0].startswith("Despite two heavy losses") and rows[0][1] == "Leo Varga"


def test_who_with_a_modal_is_no_statement() -> None:
    assert _texts("They describe her as a candidate who will say whatever pleases the room on the day.") == []


def test_whom_a_statement_was_told_is_never_its_speaker() -> None:
    rows = _texts(
        "Despite two heavy losses last week, the club remains confident of staying up, its captain, Leo Varga, told reporters."
    )
    assert all(speaker != "reporters" for _, speaker in rows)
