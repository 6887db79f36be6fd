"""Probes 45a/45b's closing-attribution and pronoun classes: a closing descriptor of a kind
the content's subject is not ("Tarrow Foods will shut a plant, the union said") and the
participle after it; a role set off by commas after a quotation ('"...", the port's
director, Ann Vey, said'); a contact relative on a noun in apposition ("a decision the
council says was ..."); a group "on" a place with a present "say"; a plural in "-men" before
"saying"; a pronoun after a one-word possessor, and after someone's person who acted on
them ("Her agent told her to wait"). Self-written sentences."""

import pytest

from workbench.quotes import quote_records


def _recs(text: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["speaker_name"], r["source_type"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Tarrow Foods will shut its bakery in Penlow, the union said.", "union"),
        ("Corrin Pharma will cut 220 jobs, the union said on Friday.", "union"),
        ("Wexford University will sell its sports ground, the council said.", "council"),
        ("Bellhaven Airport will close for repairs, the council said.", "council"),
        ("The Marsh Road Hospital will lose its stroke unit, the health board said.", "health board"),
    ],
)
def test_closing_descriptor_is_not_the_content_subject(text, speaker):
    recs = _recs(text)
    assert len(recs) == 1
    assert recs[0][1] == speaker
    assert recs[0][2] == "organisation"


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the controls: a descriptor of the subject's own kind is the subject
        ("Tarrow Foods will shut its bakery in Penlow, the company said.", "Tarrow Foods"),
        ("Penlow Council will close two pools, the authority said.", "Penlow Council"),
        ("Osprey Rovers have signed a goalkeeper, the club said.", "Osprey Rovers"),
    ],
)
def test_closing_descriptor_of_the_subject_kind_still_resolves(text, speaker):
    assert [r[1] for r in _recs(text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            'Storm Irwen will bring gales to the coast, the Met Office said, adding that there was a "risk to life".',
            "Met Office",
        ),
        (
            'Hurricane Lorne will reach land on Sunday, the center said, adding that the surge would be "severe".',
            "center",
        ),
        (
            'Penlow Council will shut two libraries, a spokeswoman said, adding that the cuts were "painful".',
            "spokeswoman",
        ),
    ],
)
def test_adding_after_a_closing_attribution_is_that_speaker(text, speaker):
    recs = _recs(text)
    assert len(recs) == 2
    assert {r[1] for r in recs} == {speaker}


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            'Waiting lists are "far too long", the health secretary, Mared Tillot, said on Monday.',
            'Waiting lists are "far too long"',
            "Mared Tillot",
        ),
        (
            'The harbour is "in good shape", the port\'s director, Ivo Stancu, told reporters.',
            'The harbour is "in good shape"',
            "Ivo Stancu",
        ),
    ],
)
def test_role_between_commas_after_a_quotation_is_no_content(text, content, speaker):
    recs = _recs(text)
    assert [(r[0], r[1]) for r in recs] == [(content, speaker)]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "The trust shut the ward in May, a decision the county council says was taken too quickly.",
            "was taken too quickly",
            "county council",
        ),
        ("The board sold the depot, a move drivers say was a mistake.", "was a mistake", "drivers"),
        (
            "The club raised ticket prices, a step Colm Averill says will drive fans away.",
            "will drive fans away",
            "Colm Averill",
        ),
    ],
)
def test_contact_relative_on_an_apposed_noun(text, content, speaker):
    recs = _recs(text)
    assert [(r[0], r[1]) for r in recs] == [(content, speaker)]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "Cafe owners on Quarry Lane say the roadworks have halved their trade.",
            "the roadworks have halved their trade",
            "Cafe owners on Quarry Lane",
        ),
        (
            "Tenants on the Millbrook estate say the heating has failed again.",
            "the heating has failed again",
            "Tenants on the Millbrook estate",
        ),
    ],
)
def test_group_on_a_place_with_present_say(text, content, speaker):
    recs = quote_records("Intro.\n\n" + text)
    assert [(r["text"], r["speaker"], r["source_type"]) for r in recs] == [(content, speaker, "group")]


def test_on_a_day_is_no_place():
    recs = quote_records("Intro.\n\nVoters on Thursday said the queues were short.")
    assert [r["speaker"] for r in recs] == ["Voters"]


def test_men_plural_before_saying():
    recs = _recs("Local boatmen have opposed the marina, saying it will block the slipway.")
    assert recs == [("it will block the slipway", "Local boatmen", "group")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Tamsin\'s pottery sits above the harbour. "I fire the kiln at dawn," she says.', "Tamsin"),
        ('Ferreday\'s second album sold poorly. "I nearly quit," he says.', "Ferreday"),
    ],
)
def test_pronoun_after_a_one_word_possessor(text, speaker):
    assert [r[1] for r in _recs(text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            'Rhiannon Coles almost sold the farm in 2015. Her accountant told her to let it go. "I kept it," she says.',
            "Rhiannon Coles",
        ),
        (
            'Idris Penhale was 61 when the yard shut. His son urged him to move away. "I stayed," he says.',
            "Idris Penhale",
        ),
    ],
)
def test_pronoun_is_not_the_person_who_acted_on_them(text, speaker):
    assert [r[1] for r in _recs(text)][-1] == speaker
