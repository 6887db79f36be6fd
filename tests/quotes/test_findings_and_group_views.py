"""What a study, a poll or researchers found, what a report concluded, and what a group
holds in the plain present ("Critics argue that ...") are statements of the text or the
group; "found" elsewhere is no cue. Sentences self-written, names invented."""

import pytest

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["speaker_name"], r["source_type"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The survey found that most tenants back the rent cap.",
            ("most tenants back the rent cap", "survey", "document"),
        ),
        (
            "The study, published on Monday in the Harlow Medical Review, found that night shifts "
            "shorten sleep by an hour.",
            ("night shifts shorten sleep by an hour", "study", "document"),
        ),
        (
            "One report found that a third of the wells were dry.",
            ("a third of the wells were dry", "report", "document"),
        ),
        (
            "The poll found 58 percent of voters were against the bypass.",
            ("58 percent of voters were against the bypass", "poll", "document"),
        ),
        (
            "Researchers found that bees in the valley recognised faces.",
            ("bees in the valley recognised faces", "Researchers", "group"),
        ),
        (
            "Studies find that most patients recover within a week.",
            ("most patients recover within a week", "studies", "document"),
        ),
        (
            "The inquiry report concluded that no single person was to blame.",
            ("no single person was to blame", "inquiry report", "document"),
        ),
        (
            "Critics argue that the bypass will cut the town in two.",
            ("the bypass will cut the town in two", "Critics", "group"),
        ),
        (
            "Doctors warn that the clinic cannot cope with another winter.",
            ("the clinic cannot cope with another winter", "Doctors", "group"),
        ),
        (
            "Polls suggest the race is tightening in the final week.",
            ("the race is tightening in the final week", "polls", "document"),
        ),
    ],
)
def test_findings_and_views(text: str, expected: tuple[str, str, str]) -> None:
    assert _records(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "He found that the job was harder than he had expected.",
        "Police found the car abandoned near the quarry on Tuesday.",
        'The inspector, who visited in March and found the kitchen "filthy", recommended closure.',
        "The study, which found the drug was highly effective, was published in a leading journal.",
        "Sales teams use the new tool to predict which deals will close.",
    ],
)
def test_no_finding_or_view(text: str) -> None:
    assert _records(text) == []


def test_found_is_no_cue_elsewhere() -> None:
    # "found" in a relative clause's statement is no cue that ends or splits it
    [record] = quote_records("Intro.\n\nThe house where police said the body was found has been sealed off.")
    assert (record["text"], record["speaker_name"]) == ("the body was found", "police")


@pytest.mark.parametrize(
    "text",
    [
        "If doctors warn that the hospital is unsafe, the minister must act.",
        "Unless doctors warn that the ward is unsafe, it will stay open.",
        "Experts suggest walking 8,000 steps a day.",
        "Analysts suggest caution ahead of the results.",
    ],
)
def test_no_group_view_in_a_condition_or_with_a_noun(text: str) -> None:
    assert _records(text) == []


def test_a_group_view_with_a_pronoun_clause() -> None:
    [(content, name, kind)] = _records(
        "Ted Marsh's associates insist he's returning to the council as the same man."
    )
    assert (content[:15], kind) == ("he's returning ", "group")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tribunal found that she had been unfairly dismissed.",
            ("she had been unfairly dismissed", "tribunal", "organisation"),
        ),
        (
            "The inquiry found the minister had breached the code, a finding he disputes.",
            ("the minister had breached the code", "inquiry", "organisation"),
        ),
    ],
)
def test_a_bodys_finding_ends_before_the_writers_word_on_it(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _records(text) == [expected]
