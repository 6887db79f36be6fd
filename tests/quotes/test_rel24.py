"""A reported clause inside a relative clause set off by commas ends where the main clause's
verb follows, an irregular past ("spoke", "went", "took") as well as one in -ed (sentences
written for this test)."""

import pytest

from workbench.quotes import quote_records


def contents(text):
    return [(r["text"], r["speaker"], r["cue"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            'The coach of the under-12 side, who said the pitch was "a mud bath, not a field", spoke after the match.',
            'the pitch was "a mud bath, not a field"',
        ),
        ("Rosa Delgado, who said the ferry fares were far too high, went on to chair the inquiry.", None),
        ("The landlord, who said the boiler had been fixed twice, took no further calls that day.", None),
        ("Pavel Ilic, who said the bakery would stay open all summer, gave the keys to his son.", None),
        (
            "The head teacher, who said the roof had leaked for years, became the school's first governor.",
            None,
        ),
        # a regular past ended it before this change too
        ("Rosa Delgado, who said the ferry fares were far too high, chaired the inquiry.", None),
    ],
)
def test_relative_report_ends_before_the_main_verb(text, content):
    got = contents(text)
    expected = content or text.split("who said ", 1)[1].split(",")[0]
    assert got[0][0] == expected and got[0][1] == "who" and got[0][2] == "said"


def test_a_participle_modifier_inside_the_report_is_no_main_verb():
    # 'held' is a participle as often as a past: it never ends the report
    got = contents(
        "Rosa Delgado, who said the ferry reports, held back for months, show clear damage to the hull."
    )
    assert got[0][0] == "the ferry reports, held back for months, show clear damage to the hull"


def test_a_relative_with_a_short_object_leaves_the_main_statement():
    # "predicted the slump" is narration: the main clause's report is the statement
    got = contents("Economist Lina Berg, who predicted the slump, said prices would fall by the autumn.")
    assert got == [("prices would fall by the autumn", "Lina Berg", "said")]
