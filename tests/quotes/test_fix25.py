"""Classes a review of fix24's rules judged worse, each with sentences of my own (and a few of
the reviewer's own, not from any benchmark). Sentences self-written."""

import pytest

from workbench.quotes import quote_records


def _names(text: str) -> list[str]:
    return [r["speaker_name"] for r in quote_records(text)]


# R6: a time word opening a sentence is an adverb, cut before an organisation's name too
# (a name that opens with one, "Later Life Trust", is much rarer than the adverb)


@pytest.mark.parametrize(
    "text, name",
    [
        ('Later Acme Bank said its systems had been "fully restored".', "Acme Bank"),
        (
            'Earlier Harbour Housing Trust said tenants would be "rehoused within a week".',
            "Harbour Housing Trust",
        ),
        ('Now Coral Group said the offer was "final".', "Coral Group"),
        ("Later Dunmore Rail Trust said the line would reopen on Monday morning.", "Dunmore Rail Trust"),
        (
            'Earlier Kestrel Water Company called the leak "a minor fault in an old main."',
            "Kestrel Water Company",
        ),
        (
            "Now Fenwick Arts Foundation has said the gallery will stay shut until June.",
            "Fenwick Arts Foundation",
        ),
        (
            "Later Marlow Sports Club backed the plan, saying it would bring more players to the town.",
            "Marlow Sports Club",
        ),
    ],
)
def test_a_time_word_before_an_organisation_is_cut(text, name):
    assert _names(text) == [name]

