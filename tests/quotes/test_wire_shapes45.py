"""Wire copy in translation and election copy: an opening "Noting that A, X said B" (A is X's
too); "reported, citing <a longer source>, that ..."; "As <outlet>'s source in the ministry
explained, ..."; "..., but the opposition said ..." read as a second speaker's statement;
"said A, alleging "B"" keeping A. Self-written sentences."""

import pytest

from workbench.quotes import quote_records


def _recs(text: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["speaker_name"], r["cue"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, lead, speaker",
    [
        (
            "Noting that the harvest had been poor, Okonkwo said the grain reserve would be opened.",
            "the harvest had been poor",
            "Okonkwo",
        ),
        (
            'Stressing that the border would stay open, the minister said: "Trade must go on."',
            "the border would stay open",
            "minister",
        ),
        (
            "Recalling that the treaty had been signed in 1994, Kemal Aydin said both sides had kept it.",
            "the treaty had been signed in 1994",
            "Kemal Aydin",
        ),
    ],
)
def test_lead_participle_clause(text, lead, speaker):
    recs = _recs(text)
    assert (lead, speaker) in [(t, name) for t, name, _ in recs]
    assert len(recs) == 2 and {name for _, name, _ in recs} == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        "The agency reported, citing a source in the interior ministry, that the convoy had crossed the river.",
        "The paper wrote, citing people close to the governor, that the budget would be cut.",
    ],
)
def test_citing_a_longer_source(text):
    [(content, _, cue)] = _recs(text)
    assert content.startswith("the ") and cue in ("reported", "wrote")


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "As Vecherny Kurier's source in the cabinet explained, the tax will rise in autumn.",
            "Vecherny Kurier's source in the cabinet",
        ),
        (
            "As the agency's source in the ministry said, the talks will resume next week.",
            "agency's source in the ministry",
        ),
    ],
)
def test_as_possessor_source_in_body(text, speaker):
    [(content, name, _)] = _recs(text)
    assert name == speaker and content.startswith("the ")


@pytest.mark.parametrize(
    "text, first, second, cue",
    [
        (
            "The commission said turnout had reached 64 per cent, but the opposition said the figure was inflated.",
            "turnout had reached 64 per cent",
            "the figure was inflated",
            "said",
        ),
        (
            "The governor said the election was peaceful, but the opposition claimed ballots had been burned.",
            "the election was peaceful",
            "ballots had been burned",
            "claimed",
        ),
    ],
)
def test_but_the_opposition_said(text, first, second, cue):
    recs = _recs(text)
    assert [t for t, _, _ in recs] == [first, second]
    assert recs[1][1:] == ("opposition", cue)


@pytest.mark.parametrize(
    "text, main, quoted",
    [
        (
            'The Green Alliance said it would contest the count in the high court, alleging "systematic fraud".',
            "it would contest the count in the high court",
            "systematic fraud",
        ),
        (
            'The police said they had detained nine men, accusing them of "looting".',
            "they had detained nine men",
            'them of "looting"',
        ),
    ],
)
def test_said_then_participle_quote(text, main, quoted):
    assert [t for t, _, _ in _recs(text)] == [main, quoted]
