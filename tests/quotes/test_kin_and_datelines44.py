"""A kinsman's phrase speaks for the kin ("the family of X said", "the widow of Sgt X"), not
for X; "it" after "The airline said" is the airline named before, not the word "airline";
'was "useful" but that ...' keeps its second clause; a city's colon dateline ("COLOMBO: ")
is no part of the subject; a relative aside on a quotation ends at its comma after a short
adjunct ('who called it "a prison" in her diary, want ...'). Self-written sentences."""

import pytest

from workbench.quotes import quote_records


def _recs(text: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["speaker_name"], r["source_type"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text",
    [
        '"We are heartbroken," the family of Lucy Varga said in a statement.',
        '"We are heartbroken," the family of Lucy Varga, who died in the crash, said.',
        "The family of Owen Marsh, who was 19, said he was the kindest boy in town.",
    ],
)
def test_the_family_of_a_person_speaks(text):
    [(_, name, typed)] = _recs("Intro.\n\n" + text)
    assert (name, typed) == ("family", "group")


def test_a_title_after_a_kinsmans_of_is_the_other_persons():
    [(_, name, _)] = _recs('Intro.\n\n"He was our hero," the widow of Sgt Tom Bale said.')
    assert name == "widow"


def test_a_spokesman_for_a_titled_body_keeps_the_body():
    [(_, name, typed)] = _recs(
        "Intro.\n\nA spokesman for Sheikh Rashed Medical City said the patients were stable."
    )
    assert (name, typed) == ("Sheikh Rashed Medical City", "organisation")


def test_it_after_a_body_named_by_its_noun_is_the_body():
    text = (
        "Intro.\n\nA Karaline Airlines flight turned back. The airline said the crew had reported a fault. "
        "All passengers disembarked normally, it added."
    )
    assert [r[1] for r in _recs(text)] == ["Karaline Airlines", "Karaline Airlines"]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            'The ministry said the meeting was "useful" but that more work was needed.',
            'the meeting was "useful" but that more work was needed',
        ),
        (
            'The union said the offer was "a step forward" but also that members would strike.',
            'the offer was "a step forward" but also that members would strike',
        ),
    ],
)
def test_but_that_goes_on_with_the_reported_clause(text, content):
    assert _recs("Intro.\n\n" + text)[0][0] == content


def test_a_quotation_before_but_and_a_new_clause_still_ends_there():
    text = 'Intro.\n\nThe ministry said the talks were "useful" but the rebels walked out.'
    assert _recs(text)[0][0] == 'the talks were "useful"'


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("COLOMBO: The bank kept rates unchanged, saying inflation was low.", "bank"),
        (
            "KARACHI: The ministry raised fuel prices on Friday, saying the subsidy was unaffordable.",
            "ministry",
        ),
    ],
)
def test_a_colon_dateline_is_no_part_of_the_subject(text, speaker):
    [(_, name, _)] = _recs("Intro.\n\n" + text)
    assert name == speaker


def test_a_relative_aside_ends_at_its_comma_after_a_short_adjunct():
    text = 'Intro.\n\nThe family of Mrs Okoro, who described the care home as "a prison" in her diary, want an inquiry.'
    assert _recs(text) == [('the care home as "a prison" in her diary', "Okoro", "person")]
