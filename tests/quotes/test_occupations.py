"""People named by their trade or their part in an event ("the inspector", "the coroner",
"shopkeepers"), which the speaker lists did not hold: a pronoun after them resolves to them,
and a relative clause or a passive reads them as people. Sentences self-written."""

import pytest

from workbench.quotes import quote_records


def _names(text: str) -> list[str]:
    return [r["speaker_name"] for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            'The inspector visited the school on Monday. He said the roof was "close to collapse".',
            "inspector",
        ),
        ('The referee sent off two players. He said they had "left him no choice".', "referee"),
        ('The coroner read the verdict. She said the death was "entirely avoidable".', "coroner"),
        ('As the magistrate closed the hearing, she called the case "deeply troubling".', "magistrate"),
        (
            'A local pharmacist watched the fire from across the road. She said it was "like a war zone".',
            "local pharmacist",
        ),
    ],
)
def test_a_pronoun_after_a_trade_resolves_to_it(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_a_relative_clause_after_people_of_a_trade_is_theirs() -> None:
    records = quote_records(
        'Fans booed the umpire, who sent off two players and said the game had been "out of control".'
    )
    assert [(r["speaker"], r["speaker_name"]) for r in records] == [("who", "umpire")]


def test_a_named_person_of_a_trade_keeps_the_name() -> None:
    assert _names(
        'Chief inspector Ann Lee visited the school. The inspector said the roof was "close to collapse".'
    ) == ["Ann Lee"]


def test_a_past_verb_after_a_subject_is_no_part_of_the_antecedent() -> None:
    records = quote_records(
        'The mayor thanked firefighters, who fought the blaze for nine hours and said it was "the worst they had seen".'
    )
    assert [(r["speaker"], r["speaker_name"]) for r in records] == [("who", "firefighters")]
    records = quote_records('The mayor praised the retired teachers, who said the cuts were "cruel".')
    assert [r["speaker_name"] for r in records] == ["retired teachers"]


@pytest.mark.parametrize(
    "text, name",
    [
        ('Mr Pastor said the deal was "good for everyone".', "Pastor"),
        ('Ms Imam said the charity had "no political agenda".', "Imam"),
        ('Mr Officer, the club secretary, said the vote was "unanimous".', "Officer"),
    ],
)
def test_a_trade_after_a_courtesy_title_is_a_surname(text: str, name: str) -> None:
    assert [(r["speaker_name"], r["source_type"]) for r in quote_records(text)] == [(name, "person")]


@pytest.mark.parametrize(
    "text",
    [
        'Anna Green and her boyfriend were on the bus. He said the driver was "speeding".',
        'Tom Hale and the actress arrived together. She said the evening was "magical".',
    ],
)
def test_a_singular_pronoun_never_resolves_to_a_pair(text: str) -> None:
    assert " and " not in _names(text)[0]
