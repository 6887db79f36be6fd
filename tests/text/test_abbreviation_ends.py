"""A sentence that ends in an abbreviation ("2 a.m.", "U.S.", "Corp.") ends there when the
next word is capitalised only by its position; a name that goes on stays one sentence."""

from __future__ import annotations

import pytest

from workbench.quotes import quote_records
from workbench.text import sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        # a function word: a determiner, a pronoun, a quantifier
        (
            "The barn caught fire at about 3 a.m. A neighbour called the fire brigade.",
            ["The barn caught fire at about 3 a.m.", "A neighbour called the fire brigade."],
        ),
        (
            "The shop opened at 9 a.m. I was the first customer in line.",
            ["The shop opened at 9 a.m.", "I was the first customer in line."],
        ),
        (
            "Copyright 2031 Quillmoor Ltd. All rights reserved.",
            ["Copyright 2031 Quillmoor Ltd.", "All rights reserved."],
        ),
        (
            "We stock paint, brushes, ladders etc. See the full list below.",
            ["We stock paint, brushes, ladders etc.", "See the full list below."],
        ),
        # a plural noun of people
        (
            "Most of the harvest is sold in the U.S. Farmers said prices had fallen.",
            ["Most of the harvest is sold in the U.S.", "Farmers said prices had fallen."],
        ),
        (
            "The bank agreed to buy Tarrow Holdings Corp. Investors welcomed the news.",
            ["The bank agreed to buy Tarrow Holdings Corp.", "Investors welcomed the news."],
        ),
        (
            "The ferry sank just after 11 p.m. Residents of the island watched from the pier.",
            ["The ferry sank just after 11 p.m.", "Residents of the island watched from the pier."],
        ),
        # after a time or a legal form, a name a reporting verb follows
        (
            "The storm hit the coast at 4 a.m. Police said two roads were closed.",
            ["The storm hit the coast at 4 a.m.", "Police said two roads were closed."],
        ),
        (
            "The mill was sold to Brenholt Inc. Marsh told staff on Friday.",
            ["The mill was sold to Brenholt Inc.", "Marsh told staff on Friday."],
        ),
    ],
)
def test_abbreviation_ends_sentence(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Voting closes at 8 a.m. Eastern time on Tuesday.",
        "The launch is set for 6 p.m. ET on the second day.",
        "Doors open at 7 p.m. Friday in the old hall.",
        "The auction starts at 2 p.m. May 9 at the town hall.",
        "She was elected to the U.S. Senate in 2030.",
        "The U.S. Senate voted against the plan.",
        "The U.S. Congress owns the tax code, he argued.",
        "U.S. President Ada Lorne visited the plant.",
        "He met U.S. Attorneys from three states last week.",
        "The talks at Tarrow Holdings Corp. Chief Executive Lena Osk attended ended late.",
        "Shares of Orbin Electronics Co. Ltd. rose sharply.",
        "The U.S. Mine Safety agency sent inspectors.",
        "She quoted George H.W. Bush in her speech.",
        "Our reviewer, Jr. Pallas, insisted the test be repeated.",
        "He joined Apple Inc. in 2010.",
    ],
)
def test_abbreviation_inside_sentence(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The storm hit the coast at 4 a.m. Police said two roads were closed.", "Police"),
        ("Most of the harvest is sold in the U.S. Farmers said prices had fallen.", "Farmers"),
    ],
)
def test_quote_of_the_next_sentence_keeps_its_speaker(text, speaker):
    speakers = [r["speaker"] for r in quote_records("Intro.\n\n" + text)]
    assert speakers == [speaker]
