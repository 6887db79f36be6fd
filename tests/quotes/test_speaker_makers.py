"""Sources that made a document ("according to a tally by ...", "interviews with ...") and
organisations whose names end in a portfolio word ("the Coastal Press"). Sentences written
for the rules."""

import pytest

from workbench.quotes import extract_quotes
from workbench.quotes._mentions import parse_speaker


@pytest.mark.parametrize(
    "text, speaker, source_type",
    [
        # who made the tally, analysis or calculations speaks, not the document
        (
            "The ferry carried 9,000 people in May, according to a tally by the Coastal Press.",
            "Coastal Press",
            "organisation",
        ),
        (
            "Fares rose by a tenth last year, according to an analysis by the Northfield Transport Institute.",
            "Northfield Transport Institute",
            "organisation",
        ),
        (
            "A fair rent for a single nurse is about $900 a month, according to calculations by Mara Venn "
            "of Harbour College.",
            "Mara Venn",
            "person",
        ),
        (
            "The mayor will lose the vote, according to interviews with a dozen councillors and party officials.",
            "a dozen councillors and party officials",
            "group",
        ),
        # a name that ends in a portfolio word is an institution's
        (
            "The harbour will close in May, Coastal Energy Finance said.",
            "Coastal Energy Finance",
            "organisation",
        ),
    ],
)
def test_makers_speak(text, speaker, source_type):
    q = extract_quotes(text)
    assert list(zip(q["speaker"], q["source_type"])) == [(speaker, source_type)]


def test_what_was_analysed_is_no_source():
    # "an analysis of the calendar": the calendar was analysed, it said nothing
    m = parse_speaker("an analysis of her diary and phone records")
    assert m is not None and m.head == "analysis"


@pytest.mark.parametrize(
    "phrase, name, role",
    [
        # a portfolio word ends an organisation's name only at the end of the run
        ("Union Director of Public Affairs Nora Hale", "Nora Hale", "Union Director of Public Affairs"),
        ("Energy Secretary Ruth Calder", "Ruth Calder", "Energy Secretary"),
        ("the Coastal Press", "Coastal Press", ""),
    ],
)
def test_portfolio_words_in_names(phrase, name, role):
    m = parse_speaker(phrase)
    assert m is not None and (m.kind, m.name, m.role) == ("name", name, role)


def test_an_organisation_ending_in_a_portfolio_is_no_antecedent_of_a_person():
    q = extract_quotes(
        "Ana Ruiz won 40 percent of the vote, according to a tally by the Coastal Press. The senator "
        "said she would stay in the race."
    )
    assert list(q["speaker_name"])[0] == "Coastal Press"
    assert "Coastal Press" not in list(q["speaker_name"])[1:]


@pytest.mark.parametrize(
    "phrase, kind, head, number",
    [
        # a compound of organisation nouns is headed by its last noun
        ("the editorial board", "organisation", "board", "sg"),
        ("the party committee", "organisation", "committee", "sg"),
        # the plural of a head in "-man"
        ("the committee chairmen", "descriptor", "chairman", "pl"),
    ],
)
def test_compound_and_plural_heads(phrase, kind, head, number):
    m = parse_speaker(phrase)
    assert m is not None and (m.kind, m.head, m.number) == (kind, head, number)


def test_a_verb_and_its_object_is_no_organisation():
    assert parse_speaker("launched a petition campaign with the union") is None


def test_a_board_after_another_speaker_quoted_is_its_own_speaker():
    q = extract_quotes(
        '"The port will reopen," Tom Kent said. "The council has gone too far," the editorial board wrote.'
    )
    assert list(zip(q["speaker"], q["text"])) == [
        ("Tom Kent", "The port will reopen"),
        ("the editorial board", "The council has gone too far"),
    ]


def test_plural_chairmen_are_no_single_person():
    q = extract_quotes('"The port will reopen," Tom Kent said. "The rules were broken," the chairmen wrote.')
    assert list(q["speaker_name"]) == ["Tom Kent", "chairmen"]


@pytest.mark.parametrize(
    "phrase",
    [
        # a subject, its verb and the verb's object: a clause, never a speaker
        "The reporters checked the files",
        "The council saw 30 applicants for the posts",
        "the Greens ate lunch in a hall",
        "The files included 44 letters",
        # what a speaker talked about
        "about cutting rents and helping tenants",
    ],
)
def test_clauses_are_no_speakers(phrase):
    assert parse_speaker(phrase) is None
    assert parse_speaker(phrase, lenient=True) is None


@pytest.mark.parametrize(
    "phrase, head",
    [
        ("a retired police officer", "officer"),
        ("the elected officials", "official"),
        ("a report published Monday", "report"),
    ],
)
def test_participles_as_adjectives_stay(phrase, head):
    m = parse_speaker(phrase)
    assert m is not None and m.head == head


def test_they_agrees_in_number_with_a_group():
    q = extract_quotes(
        "The farmers gathered at the harbour on Monday. Minister Ana Ruiz said the quotas would stay. "
        '"We cannot live on this," they said.'
    )
    assert list(q["speaker_name"]) == ["Ana Ruiz", "farmers"]
