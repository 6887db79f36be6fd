"""Direct tests of the narration module: the person a sentence of narration is about."""

import pytest

from workbench.quotes._narration import narration_subject, verbish


@pytest.mark.parametrize(
    "sentence, kind, name",
    [
        ("Council member James Whitfield voted against the plan.", "name", "James Whitfield"),
        ("The ministry rejected the offer.", None, None),  # an organisation is no person of the narration
        ("It rained all day.", None, None),
        ("She walked to the harbour.", None, None),  # a pronoun introduces no one
    ],
)
def test_narration_subject(sentence, kind, name):
    m = narration_subject(sentence, 0, len(sentence))
    assert (m.kind, m.name) == (kind, name) if kind else m is None


@pytest.mark.parametrize("tok, expected", [("voted", True), ("rejects", True), ("harbour", False)])
def test_verbish(tok, expected):
    assert verbish(tok) is expected
