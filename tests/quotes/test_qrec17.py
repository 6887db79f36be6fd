"""Where a reported clause holding a quotation ends (issue 15): words after the closing mark
that still belong to the clause ('"..." as treasurer', '"..." but did not ...') are kept, a
new clause after it ('"..." as she left ...') still ends it."""

from workbench.quotes import quote_records


def _texts(text: str) -> list[str]:
    return [r["text"] for r in quote_records(text)]


def test_as_before_a_bare_role_noun_stays_in_the_clause():
    text = (
        "Intro line.\n\nThe auditor said the harbour board had \u201cwasted public money\u201d "
        "as landlord of the old ferry terminal.\n"
    )
    assert any(t.endswith("as landlord of the old ferry terminal") for t in _texts(text))


def test_as_before_a_plural_noun_clause_stays_in_the_clause():
    text = (
        "Intro line.\n\nThe growers said prices would \u201cfall off a cliff\u201d "
        "as imports from abroad doubled.\n"
    )
    assert any(t.endswith("as imports from abroad doubled") for t in _texts(text))


def test_as_before_a_pronoun_subject_still_ends_the_clause():
    # guard: 'as she ...' opens the writer's clause about the speaker
    text = (
        "Intro line.\n\nThe skipper said the crew was \u201cready for the worst\u201d "
        "as she walked back to the harbour office.\n"
    )
    found = _texts(text)
    assert found and all("walked back" not in t for t in found)
