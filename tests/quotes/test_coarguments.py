"""A definite description is not the named person a clause before set beside it as another
participant ("Ann Lowe met the minister ... The minister said"), but stays the person an
apposition or a copula made it ("Tom Reed, the coach", "Tom Reed became the coach")."""

import pytest

from workbench.quotes import quote_records


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["speaker_name"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Ann Lowe met the minister on Monday. "It went well," she said.\n\n'
            "The minister said he would consider the proposal.",
            [("she", "Ann Lowe"), ("The minister", "minister")],
        ),
        (
            "The coach thanked Tom Reed after the game. Reed said the fans had been superb. "
            "The coach said the team would rest on Sunday.",
            [("Reed", "Tom Reed"), ("The coach", "coach")],
        ),
    ],
)
def test_another_participant_of_an_earlier_clause_is_not_the_named_person(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed, the coach, said the fans had been superb. The coach said the team would rest.",
        "Tom Reed became the coach in May. He said the fans had been superb. The coach said the team would rest.",
    ],
)
def test_an_apposition_or_a_copula_keeps_the_named_person(text):
    assert [name for _, name in _speakers(text)] == ["Tom Reed", "Tom Reed"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a passive's agent and a sentence's own "The" are other people too
        (
            'Mia Holt was interviewed by the inspector for an hour. "I was calm," Holt said.\n\n'
            "The inspector said the file would go to prosecutors.",
            "inspector",
        ),
        (
            'The mayor greeted Mia Holt at the station. "What a welcome," Holt said.\n\n'
            "The mayor said the town was proud of her.",
            "mayor",
        ),
    ],
)
def test_a_passive_agent_or_a_capitalised_participant_is_another_person(text, expected):
    assert _speakers(text)[-1][1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the noun names a job, a prize or an oath, not a second person
        'Mia Holt won the referee of the season prize. "I am stunned," Holt said.\n\nThe referee said she would keep going.',
        'Mia Holt started the head referee job in June. "It is a privilege," Holt said.\n\nThe referee said she was ready.',
        'Mia Holt swore the mayor\'s oath on Friday. "I will listen," Holt said.\n\nThe mayor said her first act would be on housing.',
        # a naming verb, a copula and an apposition without a comma make them one
        'Mia Holt calls herself the town\'s oldest referee. "I love it," Holt said.\n\nThe referee said she had no plans to stop.',
        'Mia Holt will stay the referee for the final. "I am delighted," Holt said.\n\nThe referee said she had watched the tapes.',
        'The board chose Mia Holt as the new referee. "I am honoured," Holt said.\n\nThe referee said she would be fair.',
        'The league named the referee of the year Mia Holt. "I am thrilled," Holt said.\n\nThe referee said she owed her family.',
    ],
)
def test_a_job_a_prize_a_naming_verb_or_a_copula_keep_the_named_person(text):
    assert _speakers(text)[-1][1] == "Mia Holt"


def test_one_of_a_pair_is_not_the_pair():
    text = (
        'Mia Holt and the envoy signed the accord on Monday. "It took a year," Holt said.\n\n'
        "The envoy said the talks had been hard."
    )
    assert [name for _, name in _speakers(text)] == ["Mia Holt", "envoy"]
