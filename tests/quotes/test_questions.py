"""Questions ("X asked Y whether ...", "was asked by X why ...", "Asked whether ..., she
said"): a statement from the wh-word on, the named asker's or, with none named, an unnamed
asker's (PolNeAR annotates both). Self-written sentences."""

import pytest

from workbench.quotes import extract_quotes


def _rows(text: str) -> list[tuple[str, str]]:
    q = extract_quotes(text)
    return [(r.speaker, r.text) for r in q.itertuples()]


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            "The mayor was asked by a reporter whether the council would pay for the bridge.",
            [("a reporter", "whether the council would pay for the bridge")],
        ),
        (
            "When a reporter later asked Dunmore if the bridge would reopen, he said it was still too soon to say.",
            [("a reporter", "if the bridge would reopen"), ("he", "it was still too soon to say")],
        ),
    ],
)
def test_question_of_a_named_asker(text, rows):
    assert _rows(text) == rows


def _unnamed(text: str) -> list[tuple[str, str, str]]:
    q = extract_quotes(text)
    return [(r.speaker, r.speaker_name, r.text) for r in q.itertuples()]


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            "Asked whether the council would pay for the bridge, the mayor said it was too early to tell.",
            [
                ("", "unnamed asker", "whether the council would pay for the bridge"),
                ("the mayor", "mayor", "it was too early to tell"),
            ],
        ),
        (
            "When asked why the bridge was closed, Dunmore said the engineers had found cracks.",
            [
                ("", "unnamed asker", "why the bridge was closed"),
                ("Dunmore", "Dunmore", "the engineers had found cracks"),
            ],
        ),
        (
            "The mayor was asked whether the council would pay for the bridge.",
            [("", "unnamed asker", "whether the council would pay for the bridge")],
        ),
        (
            "“It is far too early,” Dunmore said when asked whether the bridge would reopen in May, after the floods.",
            [
                ("Dunmore", "Dunmore", "It is far too early"),
                ("", "unnamed asker", "whether the bridge would reopen in May, after the floods"),
            ],
        ),
    ],
)
def test_question_without_asker_is_an_unnamed_askers(text, rows):
    assert _unnamed(text) == rows


def test_unnamed_asker_is_no_one_a_continuation_follows():
    text = (
        "“The bridge stays shut,” Dunmore said when asked whether the council would pay for the repairs."
        "\n\n“We will know more in May, once the engineers report.”"
    )
    last = list(extract_quotes(text).itertuples())[-1]
    assert (last.speaker, last.speaker_name) == ("Dunmore", "Dunmore")
