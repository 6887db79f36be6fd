"""A speech participle after "and" that closes a participle phrase reports, and the person of
an absolute "with" clause is its speaker; "stating" reports a clause without "that".
Sentences written for the test."""

import pytest

from workbench.quotes import quote_records


def _rows(text: str) -> list[tuple[str, str]]:
    return [(r["text"], str(r["speaker_name"])) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The coach praised the defence, singling out the captain and adding that the win was deserved.",
            [("the win was deserved", "coach")],
        ),
        (
            "The deal was signed, with the chief executive hailing it as bold and saying more jobs would follow.",
            [("more jobs would follow", "chief executive")],
        ),
        (
            "The union backed the offer, with members praising the pay rise and saying it was overdue.",
            [("it was overdue", "members")],
        ),
        (
            "The verdict was read out, with their lawyer thanking the jury and saying the ordeal was over.",
            [("the ordeal was over", "lawyer")],
        ),
        (
            "The agency replied to the petition, stating harbour fees were set by the port board.",
            [("harbour fees were set by the port board", "agency")],
        ),
    ],
)
def test_the_participle_reports(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She left the stage waving and saying goodbye to the crowd.",
        "The club wrote to its members, stating the obvious.",
        "He ended the call, stating his name and his address.",
        # a noun phrase with a relative clause after "stating" is its object
        "The audit was filed late, stating reasons no one could check.",
        "The gallery hung new labels, stating the painters who made each work.",
        # "and" before an -ing word that opens no second participle of the phrase
        "The bells rang and warning notices went up on every door in Marsby.",
        "The children were drawing and adding up scores when the bell rang.",
        "The accused denied taking the van and saying he would harm the driver.",
        "The jury heard he had been drinking and insisting he was fine to drive.",
    ],
)
def test_no_clause_no_statement(text):
    assert _rows(text) == []
