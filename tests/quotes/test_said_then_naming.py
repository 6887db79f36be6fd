"""A report followed by a naming or characterising participle that hands over a quotation
("said the state would sue, calling the rule "..."") is two statements of one speaker: the
reported clause, which ends before the participle, and the words named. Sentences self-written."""

import pytest

from workbench.quotes import quote_records


@pytest.mark.parametrize(
    "text, first, cue2, second",
    [
        (
            'The governor said the state would sue, calling the rule "an overreach."',
            "the state would sue",
            "calling",
            'the rule "an overreach."',
        ),
        (
            'The coach said his team had played well, praising the defence as "rock solid."',
            "his team had played well",
            "praising",
            'the defence as "rock solid."',
        ),
    ],
)
def test_the_report_and_the_naming_are_two_statements(text: str, first: str, cue2: str, second: str) -> None:
    got = [(r["speaker_name"], r["text"], r["cue"]) for r in quote_records(text)]
    speaker = got[0][0]
    assert got == [(speaker, first, "said"), (speaker, second, cue2)]


def test_a_naming_without_a_quotation_stays_in_the_report() -> None:
    [r] = quote_records("The governor said the state would sue, calling the rule an overreach.")
    assert r["text"] == "the state would sue, calling the rule an overreach"
