"""A naming participle that opens the sentence before a quotation ('Calling the rule "...,"
the governor said A') names in the subject's words, and the subject's cue reports A; a
report before "citing" ends there. Speech nouns of verdicts and assessments, given or issued
("gave his assessment that"), report too. Sentences self-written."""

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker_name"], r["text"], r["cue"]) for r in quote_records(text)]


def test_a_fronted_naming_and_the_subject_s_report() -> None:
    assert _records('Calling the rule "an overreach," the governor said the state would sue.') == [
        ("governor", 'the rule "an overreach,"', "Calling"),
        ("governor", "the state would sue", "said"),
    ]


def test_a_quotation_opening_with_calling_is_the_speaker_s() -> None:
    assert _records('"Calling it a farce is wrong," Lund said.') == [
        ("Lund", "Calling it a farce is wrong", "said")
    ]


def test_a_report_before_citing() -> None:
    assert _records('The governor said the state would sue, citing "serious legal flaws."') == [
        ("governor", "the state would sue", "said"),
        ("governor", "serious legal flaws.", "citing"),
    ]


def test_verdicts_and_assessments() -> None:
    assert _records("The head coach's verdict was that the team lacked fitness.") == [
        ("head coach", "the team lacked fitness", "verdict was")
    ]
    assert _records("The plumber gave his assessment that the pipes needed replacing.") == [
        ("plumber", "the pipes needed replacing", "gave his assessment")
    ]
