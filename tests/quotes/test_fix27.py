"""What a third review of this round's quote rules found (sentences written for this test): a
text leaked, seen or obtained by someone still speaks for itself, one signed or written by
them is theirs; full titles of address after "of" belong to the named person; more how-often,
state and time phrases after a phone line; a report in a relative clause ends before "sang"."""

import pytest

from workbench.quotes import quote_records


def speakers(text):
    return [(r["speaker_name"].lower(), r["cue"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The memo was leaked by a junior clerk, saying the depot had been unsafe for months.", "memo"),
        ("The letter was seen by local reporters, warning that the ferry could stop by spring.", "letter"),
        (
            "The report was obtained by a weekly paper, revealing that the mill had hidden the spills.",
            "report",
        ),
        (
            'The letter was signed by thirty nurses, warning that the ward was "short every night".',
            "thirty nurses",
        ),
    ],
)
def test_a_text_speaks_for_itself_unless_its_signers_wrote_it(text, speaker):
    assert speakers(text)[0][0] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            'A friend of Professor Ines Moro, who said the grant was "far too small", wrote to the board.',
            "friend",
        ),
        (
            'The nephew of Lady Agnes Hale, who said the roof was "beyond repair", has sold the hall.',
            "nephew",
        ),
    ],
)
def test_a_full_title_after_of_is_the_named_persons(text, speaker):
    assert speakers(text)[0][0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        'Tenants called the repairs line "three times a day" for a week.',
        'Drivers called the hotline "at least a dozen times" about the closure.',
        'She called the helpline "in floods of tears" after the letter came.',
        'He called the help line "late at night" when the pain began.',
    ],
)
def test_more_calls_placed_name_nothing(text):
    assert [s for s in speakers(text) if s[1] == "called"] == []


def test_a_relative_report_ends_before_sang():
    got = quote_records('Rosa Delgado, who said the choir had "never sounded better", sang the last hymn.')
    assert got[0]["text"] == 'the choir had "never sounded better"'


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The survey was reviewed by outside auditors, saying it was sound.", "outside auditors"),
        ('Walkers called the new path "a dozen times" safer than the old cliff track.', "walkers"),
    ],
)
def test_a_reviewer_judges_and_a_comparative_names(text, speaker):
    assert speakers(text)[0][0] == speaker
