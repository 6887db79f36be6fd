"""A quotation that closes its own sentence, between a speaker's quotation and another
sentence that reports a clause ('"A," said Jo. "B." Her husband said they would fight.'), goes
on with the quotation before it; the next sentence's speaker does not take it. With no
quotation before it, the next sentence's speaker still does. Sentences self-written."""

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str]]:
    return [(r["speaker_name"], r["text"]) for r in quote_records(text)]


def test_the_quotation_goes_on_with_the_speaker_before_it() -> None:
    text = (
        '"I cannot believe it," said Jo Marsh. "We have lived here 30 years." '
        "Her husband, Ken, said they would fight the plans."
    )
    got = _records(text)
    assert ("Ken", "We have lived here 30 years.") not in got
    assert got[0][0] == "Jo Marsh" and got[0][1].endswith("We have lived here 30 years.")
    assert ("Ken", "they would fight the plans") in got


def test_with_no_quotation_before_it_the_next_speaker_takes_it() -> None:
    text = '"We have lived here 30 years." Ken Marsh said they would fight the plans.'
    assert ("Ken Marsh", "We have lived here 30 years.") in _records(text)


def test_an_answer_after_a_question_is_the_next_speakers() -> None:
    text = '"Why now?" asked presenter Gail Rowe. "Because it is time." Her guest, Ned Pryce, said he had waited years.'
    assert ("Ned Pryce", "Because it is time.") in _records(text)


def test_a_quotation_opening_a_line_of_its_own_is_the_next_speakers() -> None:
    text = '"Everything is fine," said Mayor Lou Hearn.\n"It is not fine." Councillor Dora Vance said the budget had a hole.'
    assert ("Dora Vance", "It is not fine.") in _records(text)
