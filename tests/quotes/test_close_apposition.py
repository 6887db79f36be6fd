"""A name right after the noun that describes it ("the singer Marla", "the union Fairwork",
"the carmaker Voltana") is the speaker, typed by the noun: a body's noun makes an
organisation, a person's noun a person. A demonym, a party's member used as a noun or a
title's modifier before a capitalised word keeps its old reading."""

import pytest

from workbench.quotes import quote_records


def _sources(text: str) -> list[tuple[str, str]]:
    return [(r["speaker_name"], r["source_type"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The union Fairwork said members would strike.", [("Fairwork", "organisation")]),
        ("The budget airline Skyvane said fares would rise.", [("Skyvane", "organisation")]),
        ("The carmaker Voltana said the plant would stay open.", [("Voltana", "organisation")]),
        ("The campaign group Greenfold said the spill was a disaster.", [("Greenfold", "organisation")]),
        ("The supermarket chain Grocemart said prices would rise.", [("Grocemart", "organisation")]),
        ("The newspaper El Correo reported that the talks had collapsed.", [("El Correo", "organisation")]),
        ("The singer Marla said she was thrilled.", [("Marla", "person")]),
        ("The striker Okafor said the team was ready.", [("Okafor", "person")]),
    ],
)
def test_a_name_after_its_noun_is_the_speaker(text, expected):
    assert _sources(text) == expected


def test_a_later_noun_of_the_same_kind_is_the_named_body():
    text = "The union Fairwork said members would strike. The union said talks had failed."
    assert _sources(text) == [("Fairwork", "organisation"), ("Fairwork", "organisation")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The 52-year-old Frenchman said he was innocent.", [("52-year-old Frenchman", "anonymous")]),
        ("A senior Tory said the leader had to go.", [("senior Tory", "anonymous")]),
        ("The veteran Democrat said the bill would pass.", [("veteran Democrat", "anonymous")]),
        ("A local Briton said the town was quiet.", [("local Briton", "anonymous")]),
        # a body's own word or a post after the noun: no name
        ("The hospital Trust said it would investigate.", [("hospital Trust", "organisation")]),
        ("The party's Treasurer said funds were low.", [("party's Treasurer", "anonymous")]),
    ],
)
def test_demonyms_members_and_posts_keep_their_reading(text, expected):
    assert _sources(text) == expected


def test_a_name_after_a_texts_noun_is_its_writer_not_a_body():
    from workbench.quotes._mentions import parse_speaker

    m = parse_speaker("The memo Tara Boyd", 0)
    assert m is not None and m.kind == "name" and m.name == "Tara Boyd"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The airline Skyvane said it would cut flights. The company added that fares would rise.",
            [("Skyvane", "organisation"), ("Skyvane", "organisation")],
        ),
        (
            "The carmaker Voltana said the plant would stay open. The firm said demand was weak.",
            [("Voltana", "organisation"), ("Voltana", "organisation")],
        ),
        # a union is no company: "the company" is another body
        (
            "The union Fairwork said members would strike. The company said talks would go on.",
            [("Fairwork", "organisation"), ("company", "organisation")],
        ),
    ],
)
def test_the_company_refers_back_to_a_business_introduced_by_its_noun(text, expected):
    assert _sources(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a post of the body's, a person's noun or title opening the name: a person
        ("The club's Dean Purcell said the squad was thin.", [("Dean Purcell", "person")]),
        ("The newspaper Editor Jo Kemp said the story was true.", [("Jo Kemp", "person")]),
        # the body's own word after its owner's noun: no name
        ("The council Cabinet said it would review the decision.", [("council Cabinet", "organisation")]),
        # two bodies speak together
        (
            "The charity Hopewell and the union Fellmark said in a joint statement that the cuts were unfair.",
            [("Hopewell and Fellmark", "organisation")],
        ),
    ],
)
def test_posts_titles_body_words_and_pairs(text, expected):
    assert _sources(text) == expected
