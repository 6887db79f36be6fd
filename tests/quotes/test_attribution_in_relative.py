"""An attribution inside a relative clause of the sentence's subject, before the clause's own
verb ("The van police said was stolen has been found"): the clause's subject speaks, with or
without a relative pronoun, and the statement is the predicate up to the main clause's verb.
When the relative pronoun is the speaker ("The clerk who said she saw the fire has resigned"),
the statement ends at the main verb too. Asides between commas, statements that hold a
relative clause and questions read as before."""

import pytest

from workbench.quotes import quote_records


def _rows(text: str) -> list[tuple[str, str]]:
    return [(r["text"], r["speaker"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative pronoun and the clause's own subject
        (
            "The cyclist who police said caused the pile-up has been charged.",
            ("caused the pile-up", "police"),
        ),
        ("The trader who prosecutors said stole £2m has fled to Spain.", ("stole £2m", "prosecutors")),
        (
            "The landlord whom tenants said ignored the damp has sold the block.",
            ("ignored the damp", "tenants"),
        ),
        ("The boy who his coach said was bullied has moved schools.", ("was bullied", "his coach")),
        (
            "The senator who aides say is weighing a run will visit Ohio next week.",
            ("is weighing a run", "aides"),
        ),
        # no relative pronoun: a noun phrase, a name, a pronoun or a plural
        ("The levy the mayor said would cut traffic has been shelved.", ("would cut traffic", "the mayor")),
        ("The pier Lund said was unsafe has reopened.", ("was unsafe", "Lund")),
        (
            "The loan Mr Adeyemi says will save the club was signed on Monday.",
            ("will save the club", "Adeyemi"),
        ),
        ("The man she says robbed her has been charged.", ("robbed her", "she")),
        ("The van police said was stolen has been found.", ("was stolen", "police")),
        ("The guards police said were on duty did not intervene.", ("were on duty", "police")),
        ("The road that they said would open in May is still closed.", ("would open in May", "they")),
        # a main verb with no auxiliary after a whole predicate
        ("The dye the firm said was harmless leaked into the canal.", ("was harmless", "the firm")),
        (
            "The bill Democrats say would gut the agency passed the House on Friday.",
            ("would gut the agency", "Democrats"),
        ),
    ],
)
def test_the_relative_clauses_subject_speaks_up_to_the_main_verb(text, expected):
    assert _rows(text) == [expected]


@pytest.mark.parametrize(
    "text, content, name",
    [
        ("The clerk who said she saw the fire has resigned.", "she saw the fire", "clerk"),
        ("The porter who told the inquiry he heard a bang was recalled.", "he heard a bang", "porter"),
        ("The guard who warned that the gate was broken has been sacked.", "the gate was broken", "guard"),
        (
            "The analyst who said the figures were wrong was proved right.",
            "the figures were wrong",
            "analyst",
        ),
        # after a noun phrase with "of", or before a main verb with no auxiliary
        (
            "The share of farmers who say the subsidy is too low has doubled.",
            "the subsidy is too low",
            "farmers",
        ),
        ("The number of tenants who said they would move fell sharply.", "they would move", "tenants"),
    ],
)
def test_a_relative_pronoun_that_speaks_ends_its_statement_at_the_main_verb(text, content, name):
    records = quote_records("Intro.\n\n" + text)
    assert [(r["text"], r["speaker_name"]) for r in records] == [(content, name)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an aside between commas, as before
        ("The driver, who police said was 52, was treated in hospital.", [("was 52", "police")]),
        # a relative clause inside the statement
        (
            "Police said the cyclist who caused the pile-up had been charged.",
            [("the cyclist who caused the pile-up had been charged", "Police")],
        ),
        # a later cue after a comma reports the whole sentence
        (
            "The levy the mayor said would cut traffic has been shelved, officials said.",
            [("The levy the mayor said would cut traffic has been shelved", "officials")],
        ),
        # a subject and its apposition, an adjective after the cue: no relative clause
        ("The spokesman Tom Reyes said the plant was safe.", [("the plant was safe", "Tom Reyes")]),
        (
            "The ferry operator said added costs would be passed on.",
            [("added costs would be passed on", "The ferry operator")],
        ),
        # a pseudo-cleft: no main verb after the predicate
        ("The first thing he said was that he was sorry.", []),
        # a verb and its object after "who" are no subject
        (
            "But those who back her rivals say the scandal has hurt her brand.",
            [("the scandal has hurt her brand", "those who back her rivals")],
        ),
        # another cue before the verb read as the main one
        (
            "The man who said he was her son told reporters the family was devastated.",
            [("he was her son told reporters the family was devastated", "The man who")],
        ),
    ],
)
def test_near_misses_read_as_before(text, expected):
    assert _rows(text) == expected


def test_a_question_keeps_its_statement():
    assert _rows("Was the cyclist who police said caused the pile-up ever charged?") == [
        ("caused the pile-up ever charged", "police")
    ]


@pytest.mark.parametrize(
    "text, content",
    [
        # a past verb after the statement ends it before a later clause's auxiliary
        ("The mother who said her son was innocent wept as the verdict was read.", "her son was innocent"),
        # a subordinate clause's own verb ends nothing; the main verb after it does
        (
            "The MP who said he would resign if the bill passed voted for it.",
            "he would resign if the bill passed",
        ),
    ],
)
def test_the_statement_ends_at_the_main_verb_not_a_subordinate_clauses(text, content):
    assert [r["text"] for r in quote_records(text)] == [content]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a plural no list knows speaks as a group
        ("The drug that regulators said was safe has been withdrawn.", [("regulators", "was safe")]),
        (
            "The storm that forecasters said would miss the coast flooded three towns.",
            [("forecasters", "would miss the coast")],
        ),
        # a head without an article before "who"
        ("Residents who said they heard the blast were evacuated.", [("Residents", "they heard the blast")]),
        # a passive cue inside the statement is no second act of speaking
        (
            "The nurse who said she was told to stay silent has been sacked.",
            [("nurse", "she was told to stay silent")],
        ),
    ],
)
def test_unknown_plurals_bare_heads_and_passives(text, expected):
    assert [(r["speaker_name"], r["text"]) for r in quote_records(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The soldier whose mother said he was bullied has died.", [("mother", "he was bullied")]),
        (
            "The firm whose chief executive said profits would rise has collapsed.",
            [("chief executive", "profits would rise")],
        ),
    ],
)
def test_a_whose_clause_speaks_for_its_noun_up_to_the_main_verb(text, expected):
    assert [(r["speaker_name"], r["text"]) for r in quote_records(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a common noun's relative clause whose statement has its own subject
        (
            "The man police said they wanted to speak to has handed himself in.",
            [("police", "they wanted to speak to")],
        ),
        ("The loan the minister said he had repaid is still outstanding.", [("minister", "he had repaid")]),
        # a capitalised name after a noun is its apposition, read as before
        ("Union leader Tom Hale said the mill would close.", [("Tom Hale", "the mill would close")]),
    ],
)
def test_an_object_gap_with_the_statements_own_subject(text, expected):
    assert [(r["speaker_name"], r["text"]) for r in quote_records(text)] == expected


def test_a_participles_object_is_no_relative_clauses_subject():
    text = "A statement posted on the website Gunsmart.example said listings are user generated."
    assert [(r["speaker_name"], r["text"]) for r in quote_records(text)] == [
        ("statement", "listings are user generated")
    ]
