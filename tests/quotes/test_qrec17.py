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


def test_naming_participle_clause_goes_on_after_the_closing_mark():
    text = (
        "Intro line.\n\nThe mayor toured the depot on Friday, calling the new buses "
        "\u201ca costly gamble\u201d of the transit board.\n"
    )
    assert any(t.endswith("\u201ca costly gamble\u201d of the transit board") for t in _texts(text))


def test_naming_participle_clause_goes_on_over_a_later_quotation():
    text = (
        "Intro line.\n\nThe senator brushed off the report, calling it a \u201cclerical slip\u201d "
        "that was blown up in a \u201cgossip column\u201d by a rival paper.\n"
    )
    assert any(t.endswith("\u201cgossip column\u201d by a rival paper") for t in _texts(text))


def test_naming_participle_then_a_new_clause_stops_at_the_mark():
    # guard: 'and' opens the subject's next act, not the name's clause
    text = (
        "Intro line.\n\nThe coach left the pitch early, calling the referee \u201ca disgrace\u201d "
        "and refused to shake hands with anyone.\n"
    )
    found = _texts(text)
    assert found and all("refused" not in t for t in found)


def test_characterising_clause_goes_on_over_because():
    text = (
        "Intro line.\n\nThe chef laughed off the review, calling the dish \u201cmy plainest plate\u201d "
        "because \u201cthe fish does the work.\u201d\n"
    )
    assert any(t.startswith("the dish") and "the fish does the work" in t for t in _texts(text))


def test_characterising_clause_goes_on_over_a_relative_who():
    text = (
        "Intro line.\n\nThe owner closed for the day, calling the inspector a \u201cbully\u201d "
        "who had never run a kitchen.\n"
    )
    assert any(t.endswith("who had never run a kitchen") for t in _texts(text))


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["cue"], r["text"]) for r in quote_records(text)]


def test_pronoun_after_an_opening_time_without_comma_speaks():
    text = "Intro line.\n\nThe harbour closed early. On Friday she said the ferries would \u201cstay docked\u201d all week.\n"
    assert ("she", "said", "the ferries would \u201cstay docked\u201d all week") in _found(text)


def test_pronoun_after_last_week_speaks_in_a_bracketed_sentence():
    text = (
        "Intro line.\n\nThe harbour closed early. (Last week he said the pier was safe for another decade.)\n"
    )
    assert any(s == "he" and t.startswith("the pier was safe") for s, _, t in _found(text))


def test_quotations_listed_with_and_after_a_cue_are_one_statement():
    text = 'Intro line.\n\nThe mayor arrived late. The nurses chanted, "Save the ward," and "Pay us now."\n'
    found = _found(text)
    assert len(found) == 1 and "Save the ward" in found[0][2] and "Pay us now" in found[0][2]


def test_quotations_listed_mid_sentence_are_not_joined():
    # guard: the list does not close its sentence, the narration goes on after it
    text = (
        'Intro line.\n\nThe mayor arrived late. The nurses chanted, "Save the ward," and "Pay us now" '
        "until the doors closed at noon.\n"
    )
    assert all(not ("Save the ward" in t and "Pay us now" in t) for _, _, t in _found(text))


def test_a_quotation_after_but_goes_on_with_the_attributed_one():
    text = (
        'Intro line.\n\n"I do not think the vote is lost," Berg said outside the hall. '
        'But "the party is stronger with the mayor on board. It helps."\n\nNext paragraph here.\n'
    )
    # the two quoted parts, without the narration's "But" or a quotation mark
    assert _found(text) == [
        (
            "Berg",
            "said",
            "I do not think the vote is lost the party is stronger with the mayor on board. It helps.",
        )
    ]


def test_a_quotation_after_but_with_its_own_attribution_stays_apart():
    # guard: the second quotation names its own speaker
    text = (
        'Intro line.\n\n"I do not think the vote is lost," Berg said outside the hall. '
        'But "the party is stronger now," Lund said.\n\nNext paragraph here.\n'
    )
    assert [s for s, _, _ in _found(text)] == ["Berg", "Lund"]
