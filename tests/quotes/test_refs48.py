"""What a body's noun, a descriptor or a pronoun refers back to: "the company" after "Shares
in X", a wire trade noun ("the planemaker"), "the lender" when another bank is named inside
what the first said; a party's name before a legislator's post; a person named as a possessor
before "the rookie"; a pronoun the next sentence names; a body before a role and a name is no
"he". Self-written sentences."""

import pytest

from workbench.quotes import quote_records


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(str(r["speaker_name"]), r["source_type"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        # the body in the subject's "in" phrase, in the same sentence or the one before
        (
            "Shares in Tarnby Minerals jumped 9 per cent after the company said it had struck gold.",
            "Tarnby Minerals",
        ),
        (
            "Shares in Tarnby Minerals jumped 9 per cent. The company said it had struck gold.",
            "Tarnby Minerals",
        ),
        # a one-word name with a capital inside it is a name, not a sentence's first word
        ("QuellTech cut its outlook for the year, the company said.", "QuellTech"),
        # a wire trade noun refers to the firm the sentence or the one before is about
        ("Harland Aerospace delivered 72 jets in May, the planemaker said.", "Harland Aerospace"),
        ("Corvex Pharma said sales rose. The drugmaker also said it would cut jobs.", "Corvex Pharma"),
    ],
)
def test_a_body_noun_refers_to_the_body_the_text_is_about(text, name):
    assert _speakers(text)[-1] == (name, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        # a common noun opening the sentence is no body, a capital inside a surname no name's
        "Demand fell in October, the company said.",
        "LeBrun left early, the company said.",
    ],
)
def test_a_sentences_first_word_is_no_body(text):
    assert _speakers(text)[-1] == ("company", "organisation")


def test_a_body_named_inside_what_the_first_said_is_not_the_lender():
    text = (
        "Harbour Bank said its margins would shrink this year as the Central Bank of Velmora cuts "
        "rates. The lender also said it would pay a special dividend."
    )
    assert [n for n, _ in _speakers(text)] == ["Harbour Bank", "Harbour Bank"]


def test_a_body_named_in_a_sentence_of_its_own_is_still_the_lender():
    text = (
        "Harbour Bank said its margins would shrink. Westmark Bank reported a record profit on Friday. "
        "The lender said it would hire 200 staff."
    )
    assert _speakers(text)[-1][0] == "Westmark Bank"


def test_a_firm_descriptor_after_no_firm_stays_unresolved():
    # no firm to resolve to: the descriptor as written, a body by its noun (test_orgs48)
    assert _speakers("The drugmaker said it would cut jobs.") == [("drugmaker", "organisation")]


@pytest.mark.parametrize("post", ["TD", "MSP", "MLA"])
def test_a_party_before_a_legislators_post_is_its_modifier(post):
    text = f'"I am staying put," the Labour {post} insisted.'
    assert _speakers(text) == [(f"Labour {post}", "anonymous")]


def test_a_legislators_post_after_a_name_is_still_cut():
    assert _speakers('"We won," said Orla Brennan TD.') == [("Orla Brennan", "person")]


def test_a_body_before_a_role_and_a_name_is_no_antecedent():
    text = (
        'Velocity team boss Ingrid Solberg-Haug said there was "no favouritism". '
        '"Both drivers get the same car," she said.'
    )
    assert [n for n, _ in _speakers(text)] == ["Ingrid Solberg-Haug", "Ingrid Solberg-Haug"]


@pytest.mark.parametrize(
    "text",
    [
        "Caution is not in Tamsin Okoro's nature. \"I'd rather finish second,\" the rookie told reporters.",
        "Tamsin Okoro's pace was never in doubt. The rookie said she would rather finish second.",
    ],
)
def test_a_descriptor_is_the_person_the_sentence_before_is_about(text):
    assert _speakers(text) == [("Tamsin Okoro", "person")]


@pytest.mark.parametrize(
    "text",
    [
        # someone else the sentence before names as its subject may be the one speaking
        'Police arrested Tomas Ruud on Monday. "He is dangerous," the officer said.',
        'The crowd cheered Tamsin Okoro on Sunday. "I\'d rather finish second," the rookie said.',
        # two people: either
        'Tamsin Okoro and Piet Hals shared the podium. "It was cold," the rookie said.',
    ],
)
def test_a_descriptor_stays_unnamed_when_the_sentence_before_is_not_about_one_person(text):
    assert _speakers(text)[-1][1] == "anonymous"


def test_a_pronoun_is_the_speaker_the_next_sentence_names():
    text = (
        '"Honestly? I ruined the first batch," she joked, laughing about her new show. '
        'Presenter Chidinma Oyelaran-Hart, 41, said she had "no business" on television.'
    )
    assert [n for n, _ in _speakers(text)] == ["Chidinma Oyelaran-Hart"] * 2


def test_a_pronoun_is_not_a_speaker_named_two_sentences_later():
    text = (
        '"I ruined the first batch," she joked. The show was filmed in May. '
        "Presenter Chidinma Oyelaran-Hart said she had no business on television."
    )
    assert _speakers(text)[0] == ("unidentified speaker", "anonymous")


@pytest.mark.parametrize(
    "text, name",
    [
        # a named storm is no person a role refers back to (a review of the round)
        ("Storm Keld brought winds of 90 mph to the coast. The mayor said schools would stay shut.", "mayor"),
        (
            "Typhoon Lanni made landfall overnight. The governor said 20,000 people had been moved.",
            "governor",
        ),
        # a quotation's first words are no narration's person
        (
            "\u201eDie Lage ist ernst\u201c, sagte der Innenminister. The minister said the police would be reinforced.",
            "minister",
        ),
    ],
)
def test_a_role_after_a_sentence_naming_no_person_stays_unresolved(text, name):
    assert _speakers(text)[-1] == (name, "anonymous")
