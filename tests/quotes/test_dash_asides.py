"""A quotation inside an aside between dashes does not end the reported clause: the dash
after it closes the aside, and the clause goes on ("the plan — which critics call "..." —
would go ahead"); a dash after a quotation with no aside open, or one followed by the
subject's next act, still ends it. Sentences self-written."""

import pytest

from workbench.quotes import quote_records


def test_the_clause_goes_on_after_the_aside() -> None:
    [r] = quote_records('The mayor insisted the plan — which critics call "reckless" — would go ahead.')
    assert r["text"] == 'the plan — which critics call "reckless" — would go ahead'


@pytest.mark.parametrize(
    "text, content",
    [
        ('The mayor said the plan was "reckless" — a view shared by many.', 'the plan was "reckless"'),
        (
            'The mayor said the pier — "a relic," she called it — was unsafe - and ordered it shut.',
            'the pier — "a relic," she called it — was unsafe',
        ),
    ],
)
def test_a_dash_with_no_aside_open_ends_it(text: str, content: str) -> None:
    assert quote_records(text)[0]["text"] == content
