"""A relative clause of the sentence's subject with a verb of its own before the main
reporting verb ("The memo she drafted said ...", "The man who wrote the review said ..."):
the relative clause's verb is no cue, the main verb's clause is the statement and the
subject's head noun phrase its source. A statement inside such a clause ("The pier that Lund
said was unsafe has reopened") ends where the main clause's verb starts."""

import pytest

from workbench.quotes import quote_records


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(r["text"], r["speaker"], r["source_type"], r["cue"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The memo that she drafted said the depot would close.",
            [("the depot would close", "The memo", "document", "said")],
        ),
        (
            "The notice he signed said the depot would close.",
            [("the depot would close", "The notice", "document", "said")],
        ),
        (
            "The email she wrote to staff said the depot would close.",
            [("the depot would close", "The email", "document", "said")],
        ),
        (
            "A petition they signed last month said the depot should stay open.",
            [("the depot should stay open", "A petition", "document", "said")],
        ),
        (
            "The man who wrote the review said the depot would close.",
            [("the depot would close", "The man who wrote the review", "anonymous", "said")],
        ),
    ],
)
def test_the_relative_clauses_verb_is_no_cue(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text, content",
    [
        ("The pier that Lund said was unsafe has reopened.", "was unsafe"),
        ("The depot that Mrs Okafor said would close has stayed open.", "would close"),
        ("The lane that officials said was finished remains shut.", "was finished"),
        # an auxiliary after a pronoun is the statement's own verb
        (
            "The scheme that Lund said would cost more than it would save was dropped.",
            "would cost more than it would save",
        ),
    ],
)
def test_a_statement_in_the_subjects_relative_clause_ends_at_the_main_verb(text, content):
    assert [r[0] for r in _rows(text)] == [content]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cue followed by a clause with its own subject is the clause's, as before
        ("He said officials said the plan was dead.", ["officials said the plan was dead"]),
        ("Lund said the man she met was a spy.", ["the man she met was a spy"]),
        # a noun after the cue that is a cue's form too is no main verb
        (
            "A Labour aide said comments from the mayor were unhelpful.",
            ["comments from the mayor were unhelpful"],
        ),
    ],
)
def test_a_complement_clause_keeps_its_cue(text, expected):
    assert [r[0] for r in _rows(text)] == expected
