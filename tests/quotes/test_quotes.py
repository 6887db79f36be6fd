"""workbench.quotes: attributed statements, their kinds, speakers and offsets."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from workbench.quotes import extract_quotes, quoted_spans, reporting_verb_forms
from workbench.quotes._speakers import parse_speaker

DEV = Path(__file__).parents[1] / "data" / "sources"


def one(text: str) -> pd.Series:
    q = extract_quotes(text)
    assert len(q) == 1, q[["kind", "speaker", "text"]]
    return q.iloc[0]


# ---- rules, one snippet each: (text, kind, speaker as written, resolved name, start of content)
RULES = [
    ('"We will win," she said.', "direct", "she", "unidentified speaker", "We will win"),
    ('"We will win," said Anna Berg, the party leader.', "direct", "Anna Berg", "Anna Berg", "We will win"),
    (
        "“Prices will rise,” Finance Minister Jan Novak told reporters.",
        "direct",
        "Jan Novak",
        "Jan Novak",
        "Prices will rise",
    ),
    ('Jan Novak said: "Prices will rise next year."', "direct", "Jan Novak", "Jan Novak", "Prices will rise"),
    (
        'So, Jan Novak continues, "the budget has to change."',
        "direct",
        "Jan Novak",
        "Jan Novak",
        "the budget has to change",
    ),
    ('"It is over" Jan Novak believes.', "direct", "Jan Novak", "Jan Novak", "It is over"),
    (
        "Jan Novak said that prices would rise next year.",
        "indirect",
        "Jan Novak",
        "Jan Novak",
        "prices would rise",
    ),
    (
        "Jan Novak said prices would rise next year.",
        "indirect",
        "Jan Novak",
        "Jan Novak",
        "prices would rise",
    ),
    (
        "According to Jan Novak, prices will rise next year.",
        "indirect",
        "Jan Novak",
        "Jan Novak",
        "prices will rise",
    ),
    (
        "Prices will rise next year, according to Jan Novak.",
        "indirect",
        "Jan Novak",
        "Jan Novak",
        "Prices will rise",
    ),
    (
        "Experts believe that prices will rise next year.",
        "indirect",
        "Experts",
        "Experts",
        "prices will rise",
    ),
    (
        "He admitted, however, that the plan had failed completely.",
        "indirect",
        "He",
        "unidentified speaker",
        "the plan had failed",
    ),
    (
        'Jan Novak said the plan was "dead on arrival" and walked out.',
        "mixed",
        "Jan Novak",
        "Jan Novak",
        "the plan was",
    ),
    (
        "Prices will rise sharply next year, three people familiar with the matter said.",
        "unmarked",
        "three people familiar with the matter",
        "people familiar with the matter",
        "Prices will rise",
    ),
    (
        "Prices will rise sharply next year, a senior official told Reuters.",
        "unmarked",
        "a senior official",
        "senior official",
        "Prices will rise",
    ),
    (
        '"Prices will rise," a spokesman for the ministry said.',
        "direct",
        "a spokesman for the ministry",
        "spokesman",
        "Prices will rise",
    ),
]


@pytest.mark.parametrize("text, kind, speaker, name, start", RULES)
def test_rules(text, kind, speaker, name, start):
    row = one(text)
    assert (row["kind"], row["speaker"], row["speaker_name"]) == (kind, speaker, name)
    assert row["text"].startswith(start)


# copies that lost their quotation marks: attributed speech is "unmarked"
UNMARKED = [
    ("There is a need for dialogue, the former official said.", "There is a need for dialogue"),
    (
        "Russian power, he concluded, is not necessarily a bad thing.",
        "Russian power is not necessarily a bad thing",
    ),
    (
        "When it came to the talks, the former official stated: We were given some access.",
        "We were given some access",
    ),
    (
        "This does not mean we are leaving, the former official was quick to note.",
        "This does not mean we are leaving",
    ),
    (
        "If there was support among the elite, he said, ousting the leader would not be impossible.",
        "If there was support among the elite ousting the leader would not be impossible",
    ),
]


@pytest.mark.parametrize("text, content", UNMARKED)
def test_unmarked_speech(text, content):
    row = one(text)
    assert row["kind"] == "unmarked" and row["text"] == content


# not statements: narration, questions, scare quotes, titles, slogans, impersonal claims
NOT_QUOTES = [
    "Meetings between the two sides have been taking place at least twice a month.",
    'The government\'s so-called "growth plan" has been criticised for its vague targets.',
    'The documentary "Voices of the Valley" followed three families.',
    'However, it is believed that his formula "two for one" did not suit Moscow.',
    'Their formula "no negotiations on Ukraine without Ukraine" still stands.',
    "What does the plan mean for small towns?",
    "Ukraine asserts its intent to reclaim the region which Russia annexed in 2014.",
    "Russia apparently declined this offer and claimed to have annexed the territories.",
    "The students’ union has called a protest for the same day.",
    "He refused to publish his own figures next week.",  # a promise is one (GUIDELINES.md): test_promises.py
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_quotes(text):
    assert extract_quotes(text).empty


def test_trailing_attribution_is_indirect_in_a_copy_with_quotation_marks():
    q = extract_quotes('Prices will rise next year, a senior official said. "We are ready," she said.')
    assert list(q["kind"]) == ["indirect", "direct"]


def test_interrupted_quote_is_one_statement_with_two_parts():
    text = '"The plan," she said, "was never going to work."'
    row = one(text)
    assert row["text"] == "The plan was never going to work."
    pieces = [tuple(map(int, p.split("-"))) for p in row["parts"].split(";")]
    assert [text[a:b] for a, b in pieces] == ["The plan", "was never going to work."]
    assert (row["char_start"], row["char_end"]) == (pieces[0][0], pieces[1][1])


def test_attribution_sentence_then_quote_at_once_is_one_interrupted_statement():
    # gold guidelines: '"A," Prentice said. "B. C."' is one statement interrupted by its attribution
    q = extract_quotes('"We are ready," Anna Berg said. "The vote is on Friday and we will win it."')
    assert list(q["speaker_name"]) == ["Anna Berg"]
    assert list(q["text"]) == ["We are ready The vote is on Friday and we will win it."]
    assert q.loc[0, "parts"].count(";") == 1


def test_quote_with_its_own_attribution_after_an_attribution_is_a_new_statement():
    q = extract_quotes('"We are ready," Anna Berg said. "The vote is on Friday," she added.')
    assert list(q["speaker_name"]) == ["Anna Berg", "Anna Berg"]
    assert list(q["text"]) == ["We are ready", "The vote is on Friday"]


def test_quote_after_narration_is_a_new_statement():
    q = extract_quotes('"We are ready," Anna Berg said. She added: "The vote is on Friday."')
    assert len(q) == 2


def test_multi_paragraph_quote_is_one_statement():
    text = (
        '"The ice cracked at four," said Dr. Amara Osei. "By five, the camp had moved.\n\n'
        '"Nobody panicked. We packed the instruments first."\n\nThe university reviewed its rules.'
    )
    q = extract_quotes(text)
    # interrupted by its attribution and running on into the next paragraph: one statement
    assert len(q) == 1
    assert q.iloc[0]["text"].startswith("The ice cracked") and q.iloc[0]["text"].endswith(
        "instruments first."
    )
    assert q.iloc[0]["speaker_name"] == "Amara Osei"
    assert text[q.iloc[0]["char_end"] - 1] == "."  # ends before the closing mark


def test_missing_opening_mark_starts_after_previous_attribution():
    text = (
        '"It is present," says Elena Suponina. In addition, they discuss it with allies," Dmitry Suslov says.'
    )
    q = extract_quotes(text)
    assert list(q["speaker_name"]) == ["Elena Suponina", "Dmitry Suslov"]
    assert q.iloc[1]["text"] == "In addition, they discuss it with allies"


def test_nested_scare_quotes_stay_inside_the_statement():
    text = '"It was about so-called "humanitarian issues". Prisoners, mainly," explains Elena Suponina.'
    row = one(text)
    assert row["text"] == 'It was about so-called "humanitarian issues". Prisoners, mainly'


@pytest.mark.parametrize(
    "text, start",
    [
        ('"A B C D"', [(1, 8)]),
        ('x "a "b" c" y', [(3, 10)]),
        ('one.\n\n"two\n\n"three"', [(7, 18)]),
        ("a‘b’ and ‘quoted words’ here", [(10, 22)]),
    ],
)
def test_quoted_spans(text, start):
    paras = [(0, len(text))] if "\n\n" not in text else [(0, 4), (6, 10), (12, len(text))]
    assert [(s.start, s.end) for s in quoted_spans(text, paras)] == start


@pytest.mark.parametrize(
    "phrase, kind, name, role",
    [
        (
            "political scientist, RIAC expert Elena Suponina",
            "name",
            "Elena Suponina",
            "political scientist, RIAC expert",
        ),
        (
            "Russian Deputy Foreign Minister Sergei Ryabkov",
            "name",
            "Sergei Ryabkov",
            "Russian Deputy Foreign Minister",
        ),
        (
            "Helen Park, a spokeswoman for the Safety Office",
            "name",
            "Helen Park",
            "spokeswoman for the Safety Office",
        ),
        (
            "a former United States official directly involved in the talks",
            "descriptor",
            "former United States official",
            "former United States official directly involved in the talks",
        ),
        (
            "people familiar with the matter",
            "descriptor",
            "people familiar with the matter",
            "people familiar with the matter",
        ),
        ("he", "pronoun", "", ""),
        ("Deputy Minister of Energy Azim Akhmedov", "name", "Azim Akhmedov", "Deputy Minister of Energy"),
        (
            "the director of the Center for Central Asian Studies Anna Goncharova",
            "name",
            "Anna Goncharova",
            "director of the Center for Central Asian Studies",
        ),
    ],
)
def test_parse_speaker(phrase, kind, name, role):
    m = parse_speaker(phrase)
    assert (m.kind, m.name, m.role) == (kind, name, role)


@pytest.mark.parametrize(
    "phrase",
    [
        "it",
        "which the president",
        "the war has killed many",
        "",
        "who chairs the Fenwick Residents' Association",
    ],
)
def test_not_a_speaker(phrase):
    assert parse_speaker(phrase) is None


@pytest.mark.parametrize(
    "phrase, lenient, head",
    [
        ("the shopkeeper", True, "shopkeeper"),  # after a closing mark any noun phrase speaks
        ("the 52-year-old", True, "52-year-old"),
        ("the shopkeeper", False, None),  # elsewhere only listed head nouns do
        ("the shopkeeper quickly", True, None),
    ],
)
def test_lenient_descriptor(phrase, lenient, head):
    m = parse_speaker(phrase, lenient=lenient)
    assert (m.head if m is not None else None) == head


def test_resolution_pronoun_by_gender_and_descriptor():
    text = (
        '"It is a good plan," Mayor Linda Torres said. Council member James Whitfield disagreed.\n\n'
        '"We cannot afford it," he said. "It will pay for itself," she said.\n\n'
        "A former official said the plan was rushed. The ex-official added that nobody had read it."
    )
    q = extract_quotes(text)
    assert list(q["speaker_name"]) == [
        "Linda Torres",
        "James Whitfield",
        "Linda Torres",
        "former official",
        "former official",
    ]
    assert q["anonymous"].tolist() == [False, False, False, True, True]


def test_surname_resolves_to_full_name_and_role():
    text = (
        '"We talk," political scientist Elena Suponina explains. According to Suponina, '
        "the talks began in February."
    )
    q = extract_quotes(text)
    assert set(q["speaker_name"]) == {"Elena Suponina"}
    assert set(q["role"]) == {"political scientist"}


def test_reporting_verbs_resource_is_readable():
    forms = reporting_verb_forms()
    assert forms["said"] == ("say", "speech") and forms["believes"] == ("believe", "belief")


def test_offsets_give_each_part_back_and_inputs_unchanged():
    text = (DEV / "a06_glacier.txt").read_text(encoding="utf-8")
    before = str(text)
    q = extract_quotes(text)
    assert text == before
    for row in q.itertuples():
        pieces = [tuple(map(int, p.split("-"))) for p in row.parts.split(";")]
        assert " ".join(text[a:b] for a, b in pieces) == row.text
        if row.speaker_start is not pd.NA and not pd.isna(row.speaker_start):
            assert text[row.speaker_start : row.speaker_end] == row.speaker


def test_any_text_even_empty():
    assert extract_quotes("").empty
    assert list(extract_quotes("").columns) == list(extract_quotes("x said y").columns)
    with pytest.raises(TypeError):
        extract_quotes(None)
