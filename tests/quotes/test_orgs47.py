"""Source types of round 47: bodies the text shows as bodies (a body's noun before the name,
a firm's own channel, "its" after the verb, a foreign article or a seat's word in the name),
firms named by a possessive ("Christie's"), plural people (an acronym's plural, "Advocates"),
and other types (a person in apposition after a person's noun, an age, a document, a
contact relative clause after "according to"). Self-written sentences, invented names."""

from __future__ import annotations

import pytest

from workbench.quotes import quote_records


def _one(text: str) -> dict:
    records = quote_records(text)
    assert len(records) == 1, records
    return records[0]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body's noun right before the name, with or without the apposition's commas
        ("Crossings fell by a third this year, the border agency Varnex said on Monday.", "Varnex"),
        (
            "He was writing a last novel when he died, according to his publisher, Quellan Brook.",
            "Quellan Brook",
        ),
        # a firm's own channel later in its sentence
        ('Olvera Juniors confirmed his death on its website, calling him "a true legend."', "Olvera Juniors"),
        # "its" right after the verb, whatever the name's length
        ("Medicos Sin Tregua said its teams had treated 80 people on Sunday.", "Medicos Sin Tregua"),
        # a foreign article or a seat's word opening the name, a palace or a conference ending it
        ("O Vigia reported that the minister had met the contractor twice.", "O Vigia"),
        ("The Casa Velada said in a statement that the measures were needed.", "Casa Velada"),
        ("The talks were frank, the Marlow Palace said in a statement.", "Marlow Palace"),
        ("The Regional Bishops' Conference said the bill was unjust.", "Regional Bishops' Conference"),
    ],
)
def test_bodies_shown_by_the_text(text: str, speaker: str) -> None:
    r = _one(text)
    assert r["speaker_name"] == speaker
    assert r["source_type"] == "organisation"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tarrow's said the vase sold for £2.4 million.", "Tarrow's"),
        ("Penwick's said sales rose 4 per cent in the quarter.", "Penwick's"),
        ("Halbury\u2019s said it would cut prices.", "Halbury\u2019s"),
        ('"It was a record," said Tarrow\'s.', "Tarrow's"),
    ],
)
def test_possessive_firm_names(text: str, speaker: str) -> None:
    r = _one(text)
    assert r["speaker"] == speaker
    assert r["source_type"] == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        # a possessive with its noun: the noun's owner speaks, not a firm
        "Tarrow's lawyer said the case was weak.",
        # a contracted "has" or "is" after a pronoun is no firm
        "He's said he would go to the meeting.",
    ],
)
def test_possessive_near_misses(text: str) -> None:
    assert all(r["source_type"] != "organisation" for r in quote_records(text))


def test_possessive_of_a_name_written_bare_elsewhere_is_no_firm() -> None:
    # ("Varga's promises": the man's promises, read as a cue; "Varga" is written bare too)
    text = "Varga spoke at the rally. Varga's promises to cut taxes won applause from the crowd."
    assert all(r["speaker"] != "Varga's" for r in quote_records(text))


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Pilgrims said the heat had been almost unbearable on the walk.", "Pilgrims"),
        ("Advocates say the rule is cruel.", "Advocates"),
        ("GPs in the area told the paper that they were seeing twice as many patients.", "GPs in the area"),
        ("Opposition MPs said the bill would hurt renters.", "Opposition MPs"),
    ],
)
def test_plural_people_are_groups(text: str, written: str) -> None:
    r = _one(text)
    assert r["speaker"] == written
    assert r["source_type"] == "group"


@pytest.mark.parametrize(
    "text",
    [
        # surnames that end as plurals do stay people
        "Evans said the plan would fail.",
        "Gates said the rule was cruel.",
    ],
)
def test_surnames_stay_people(text: str) -> None:
    assert _one(text)["source_type"] == "person"


def test_person_after_a_persons_noun_whatever_it_did() -> None:
    text = "Pressed by the panel, its vice-president, Doran Kessick, said it had paid everything."
    r = _one(text)
    assert r["speaker_name"] == "Doran Kessick"
    assert r["source_type"] == "person"


@pytest.mark.parametrize(
    "text",
    [
        # a person's role before the name, though a body's noun comes right before it
        "The spokeswoman for the Brelling group, Katla Ferrow, told reporters that talks went well.",
        "The leader of the Green group in the city council Marit Solbeck said she would vote against.",
    ],
)
def test_person_with_a_role_stays_a_person(text: str) -> None:
    assert _one(text)["source_type"] == "person"


def test_an_age_is_a_persons() -> None:
    r = _one("Taras, a 41-year-old drone operator, said his unit gets a third of the shells it needs.")
    assert r["source_type"] in ("person", "anonymous")


def test_the_prefecture_and_the_essay() -> None:
    assert _one("The prefecture said the road was closed.")["source_type"] == "organisation"
    r = _one('The catalogue essay argues that the movement was "less a style than a refusal."')
    assert r["source_type"] == "document"


def test_contact_relative_after_according_to() -> None:
    r = _one("The engineers had warned about the risks, according to a letter they sent to the board.")
    assert r["speaker"] == "a letter"
    assert r["source_type"] == "document"
    # ("what they told me": a clause, no source)
    assert quote_records("The engineers had warned about the risks, according to what they told me.") == []


def test_a_states_intelligence_service_is_a_body() -> None:
    r = _one("According to Vardian military intelligence, the missile was fired from a bomber.")
    assert r["source_type"] == "organisation"
    # (a text whose noun an "intelligence" modifies stays a text)
    r = _one(
        "The intelligence assessment, which was shared with allies, concluded that the missile was Vardian."
    )
    assert r["source_type"] == "document"
