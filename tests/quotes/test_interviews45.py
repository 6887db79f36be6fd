"""Interview and profile copy: a Q&A whose answers are labelled by the answerer's name
("Halloran:", "PETRA VOSS:", "**Idris Kane:**", bold) or by a dotted "Q." / "A.", while a
city's colon dateline stays no speaker; a copula split by an inverted cue ("It is, says X,
the best ...") read whole; a nickname a habitual "call" gives ('Fans call him "the Admiral"')
no statement. Self-written sentences."""

import pytest

from workbench.quotes import quote_records


def _recs(text: str) -> list[tuple[str, str]]:
    return [(r["text"], r["speaker_name"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, answers, speaker",
    [
        (
            "The potter Agnes Halloran talked to us at her kiln.\n\nQ: Why clay?\n\n"
            "Halloran: Because it forgives nothing.\n\nQ: Nothing?\n\nHalloran: Almost nothing.",
            ["Because it forgives nothing.", "Almost nothing."],
            "Agnes Halloran",
        ),
        (
            "PETRA VOSS: I never wanted to be on television.\n\nINTERVIEWER: Never?\n\n"
            "PETRA VOSS: Not once. It found me.",
            ["I never wanted to be on television.", "Not once. It found me."],
            "Petra Voss",
        ),
        (
            "**Idris Kane:** We built the first boat in a shed.\n\n**Interviewer:** And it floated.\n\n"
            "**Idris Kane:** Eventually. Mostly.",
            ["We built the first boat in a shed.", "Eventually. Mostly."],
            "Idris Kane",
        ),
        (
            "Before the last concert, we spoke to the drummer Colm Fairley.\n\nQ. Why retire?\n\n"
            "A. Because my knees asked me to.\n\nQ. Any advice?\n\nA. Buy earplugs.",
            ["Because my knees asked me to.", "Buy earplugs."],
            "Colm Fairley",
        ),
    ],
)
def test_labelled_answers(text, answers, speaker):
    recs = _recs(text)
    assert [t for t, name in recs if name == speaker] == answers
    assert all(name in (speaker, "unnamed asker") for _, name in recs)


def test_dotted_labels_need_both():
    # (a lone "A." opens an initial as often as an answer)
    assert _recs("A. Because the bridge was closed, the ferry ran twice.") == []


def test_colon_dateline_stays_no_speaker():
    recs = _recs("VALLETTA: The port authority said on Monday that the quay would reopen in June.")
    assert [name for _, name in recs] == ["port authority"]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "It is, says Rosalind Achebe, the finest view in the valley.",
            "It is the finest view in the valley",
            "Rosalind Achebe",
        ),
        (
            "The orchard was, says Tomasz Wren, his grandfather's pride.",
            "The orchard was his grandfather's pride",
            "Tomasz Wren",
        ),
        (
            "This is, Dr Imelda Sorensen says, the oldest oak in the county.",
            "This is the oldest oak in the county",
            "Imelda Sorensen",
        ),
    ],
)
def test_copula_split_by_cue(text, content, speaker):
    assert _recs(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        'Fans call him "the Admiral".',
        'The villagers call her "the lantern woman".',
        'Fishermen call the reef "the Teeth".',
    ],
)
def test_habitual_nickname_no_statement(text):
    assert _recs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'The mayor called the scheme "a costly mistake".',  # (the past: a characterisation)
        'Critics call the scheme "a costly mistake".',  # (no name's shape)
        'Commentators call this the "patience test" of the campaign.',  # (a term for a matter)
    ],
)
def test_characterisation_kept(text):
    assert _recs(text)
