"""Bodies that speak through a possessor or a "which": 'the nurses' union' is the union, and
'which' after a person stands for the body in the phrase, never the person. Sentences
self-written."""

import pytest

from workbench.quotes import quote_records
from workbench.quotes._mentions import parse_speaker


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker_name"], r["source_type"], r["text"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "phrase, kind, head",
    [
        ("the nurses' union", "organisation", "union"),
        ("the teachers\u2019 union", "organisation", "union"),
        ("the residents' association", "organisation", "association"),
        ("the nurse's union", "organisation", "union"),
        ("the mayor's office", "organisation", "office"),
        # a person's noun after the possessor heads it, as before
        ("the president's spokesman", "descriptor", "spokesman"),
        ("the players' representatives", "descriptor", "representative"),
    ],
)
def test_a_possessor_never_heads_the_phrase(phrase: str, kind: str, head: str) -> None:
    mention = parse_speaker(phrase, 0, lenient=True)
    assert mention is not None and (mention.kind, mention.head) == (kind, head)


def test_a_possessor_before_an_unknown_noun_still_reads() -> None:
    # "family" is in no list: the phrase is read as before, and the statement kept
    assert len(quote_records('The victim\'s family said they were "heartbroken" by the verdict.')) == 1


@pytest.mark.parametrize(
    "text, name",
    [
        (
            'The pay offer was rejected by the nurses\' union, calling it "an insult to every ward".',
            "nurses' union",
        ),
        (
            "The pension reform was opposed by the retired teachers' association, saying members "
            "would lose out.",
            "retired teachers' association",
        ),
    ],
)
def test_a_possessive_by_agent_speaks(text: str, name: str) -> None:
    assert [(n, t) for n, t, _ in _records(text)] == [(name, "organisation")]


def test_a_quotation_of_a_possessive_body() -> None:
    assert _records('"This is an insult," the nurses\' union said.') == [
        ("nurses' union", "organisation", "This is an insult")
    ]


@pytest.mark.parametrize(
    "text, name, said",
    [
        (
            'Mark Ellis, the chairman of the board of governors, which said the budget was "tight", '
            "declined to comment.",
            "board of governors",
            'the budget was "tight"',
        ),
        (
            'Staff at the museum, which said the loan was "a coup", declined to give figures.',
            "museum",
            'the loan was "a coup"',
        ),
        (
            'Acme Corp, a maker of garden tools, which said sales were "strong", rose 4%.',
            "Acme",
            'sales were "strong"',
        ),
    ],
)
def test_which_after_a_person_is_the_body(text: str, name: str, said: str) -> None:
    assert _records(text) == [(name, "organisation", said)]


def test_who_after_an_apposition_stays_the_person() -> None:
    assert _records('Ann Boyd, a nurse at the clinic, who called the cuts "reckless", resigned.') == [
        ("Ann Boyd", "person", 'the cuts "reckless"')
    ]


def test_a_relative_report_after_an_apposition_ends_at_the_main_verb() -> None:
    records = _records(
        'Mark Ellis, the chairman of the governors, who said the budget was "tight", declined to comment.'
    )
    assert records == [("Mark Ellis", "person", 'the budget was "tight"')]


@pytest.mark.parametrize(
    "text, said",
    [
        (
            'Ruth Kemp, the director of the charity, who said the grant, awarded by the council, was "vital", '
            "thanked donors.",
            'the grant, awarded by the council, was "vital"',
        ),
        (
            'Helen Ward, the chair of the trust, who said costs, adjusted for inflation, were "rising", called for help.',
            'costs, adjusted for inflation, were "rising"',
        ),
        # the main verb ends the sentence
        (
            'Harris, who said the fund, managed by a broker, was "badly run", resigned.',
            'the fund, managed by a broker, was "badly run"',
        ),
        ('Ada Hill, who said the pier was "unsafe", resigned.', 'the pier was "unsafe"'),
        # the reported clause's own verb after the modifier
        (
            "Alan Price, who said the road, resurfaced last year, is already cracking, called for an inquiry.",
            "the road, resurfaced last year, is already cracking",
        ),
        # a statement cut before its last word: that word is no main verb
        (
            "Jo Hale, who said the ward was understaffed, underfunded, and overcrowded, quit.",
            "the ward was understaffed, underfunded",
        ),
    ],
)
def test_a_participles_modifier_inside_the_report_is_no_main_verb(text: str, said: str) -> None:
    assert [t for _, _, t in _records(text)] == [said]


@pytest.mark.parametrize(
    "text, name",
    [
        ('The offer was welcomed by the farmers\' union, calling it "long overdue".', "farmers' union"),
        # a person's noun or a body as the passive's subject keeps the participle
        ('The cyclist was hit by a council lorry, telling paramedics he was "fine".', "cyclist"),
        ("The club was fined by the league, saying it would appeal the decision.", "club"),
    ],
)
def test_a_possessive_by_agent_after_a_thing_not_a_person(text: str, name: str) -> None:
    assert [n for n, _, _ in _records(text)] == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        ('A spokesman for the company, which said profits were "solid", declined to comment.', "company"),
        ('Officials at the ministry, which said the figures were "provisional", gave no date.', "ministry"),
    ],
)
def test_which_after_people_of_a_body_is_the_body(text: str, name: str) -> None:
    assert [(n, t) for n, t, _ in _records(text)] == [(name, "organisation")]
