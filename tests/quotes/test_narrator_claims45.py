"""The writer's words around a reported clause: a noun phrase in apposition to the whole
claim, with who answered it ("..., a claim the army denied"), is no content; "said little"
or "said very little publicly" tells how much was said, no clause; sources "within" or
"inside" a body are read whole, not as the body. Self-written sentences."""

import pytest

from workbench.quotes import quote_records


def _recs(text: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["speaker_name"], r["source_type"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "The militia said it had shot down two drones over the valley, a claim the army denied.",
            "it had shot down two drones over the valley",
        ),
        (
            "The rebels said they had taken the bridge, an assertion the government rejected.",
            "they had taken the bridge",
        ),
        ("The firm said the leak was minor, a claim disputed by residents.", "the leak was minor"),
        ("The club said the fee was a record, a figure its rivals dispute.", "the fee was a record"),
        (
            "The ministry said 40 fighters had surrendered, a number that could not be independently verified.",
            "40 fighters had surrendered",
        ),
        (
            "The landlord said the flats were safe, an account the tenants flatly reject.",
            "the flats were safe",
        ),
    ],
)
def test_claim_apposition_is_no_content(text, content):
    assert [r[0] for r in _recs(text)] == [content]


@pytest.mark.parametrize(
    "text, content",
    [
        # an apposition that is part of what was said, not the writer's remark on it
        (
            "The minister said the tax was a claim on the future that voters would reject.",
            "the tax was a claim on the future that voters would reject",
        ),
        (
            "The coach said the draw was fair, a result that suited both sides.",
            "the draw was fair, a result that suited both sides",
        ),
    ],
)
def test_apposition_without_an_answer_stays(text, content):
    assert [r[0] for r in _recs(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The coach said very little after the match.",
        "The mayor has said little publicly about the deal.",
        "The board said little about the merger.",
    ],
)
def test_how_much_was_said_is_no_statement(text):
    assert _recs(text) == []


@pytest.mark.parametrize(
    "text, content",
    [
        ("The minister said little has changed since the flood.", "little has changed since the flood"),
        ("The minister said much of the work was done.", "much of the work was done"),
    ],
)
def test_little_or_much_opening_a_clause_stays(text, content):
    assert [r[0] for r in _recs(text)] == [content]


def test_said_little_then_another_speaker():
    recs = _recs("The minister said little about the budget, but her deputy said cuts were coming.")
    assert recs == [("cuts were coming", "deputy", "anonymous")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Sources within the Treasury Office said the plan had been shelved.",
            "Sources within the Treasury Office",
        ),
        ("Sources inside the government said the vote would be delayed.", "Sources inside the government"),
        ("People inside the campaign said the candidate was furious.", "People inside the campaign"),
    ],
)
def test_sources_within_a_body_are_read_whole(text, speaker):
    ((_, name, kind),) = _recs(text)
    assert (name, kind) == (speaker, "group")


@pytest.mark.parametrize(
    "text",
    [
        "My aides cautioned me not to make that speech at the summit, but I did.",
        "The staff cautioned the mayor not to repeat that joke in public.",
    ],
)
def test_that_after_an_infinitive_verb_is_a_determiner(text):
    assert _recs(text) == []


@pytest.mark.parametrize(
    "text, content",
    [
        ("Analysts say the bank tried to do that with the last rate cut too.", "the bank tried to do that"),
        ("The minister urged voters to remember that prices rose.", "prices rose"),
    ],
)
def test_a_clause_around_that_stays(text, content):
    assert any(content in r[0] for r in _recs(text))


@pytest.mark.parametrize(
    "text, content",
    [
        # a number's comma is no clause's end after "to parliament that"
        (
            "The defence minister said in a written answer to parliament that 2,118 recruits had quit.",
            "2,118 recruits had quit",
        ),
        # a closing attribution's participle with a preposition's object, or a naming one, takes
        # nothing from the statement before it
        (
            'Bus drivers in Harwick will strike on Monday, the union said, warning of "chaos" at peak hours.',
            "Bus drivers in Harwick will strike on Monday",
        ),
        (
            'Nurses at the clinic backed the walkout, the union said, calling the pay offer "an insult".',
            "Nurses at the clinic backed the walkout",
        ),
    ],
)
def test_statement_before_a_closing_attribution_stays(text, content):
    assert content in [r[0] for r in _recs(text)]
