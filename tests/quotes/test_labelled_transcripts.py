"""Transcripts whose lines a label opens, beyond "Anna Berg: We rebuild ...": an interview's
"Q:" and "A:", labels in capitals ("HOST:", "MORROW:"), a role before the name ("Presenter
Omar Felt:"), a title ("Mr Doyle:"), a caller's aside ("CALLER (Dave, Leeds):"), short
answers. A label is read only with proof of a transcript (an exchange of two speakers), so a
newsroom's note, a heading, a profile's or a tally's lines and a FAQ stay no one's words.
Texts self-written."""

import pandas as pd
import pytest

from workbench.quotes import quote_records


def _lines(text: str) -> list[tuple[str, str, str]]:
    """(content, resolved speaker, source type) of the statements without a cue."""
    return [
        (r["text"], r["speaker_name"], r["source_type"]) for r in quote_records(text) if pd.isna(r["cue"])
    ]


INTERVIEW = (
    "Marta Vilde spoke to us about the reopening of the lido.\n\n"
    "Q: Do you regret closing it for a whole summer?\n\n"
    "A: No. I would close it again tomorrow.\n\n"
    "The pool had lost a third of its water in a single week.\n\n"
    "Q: What comes next?\n\n"
    "A: A new roof, then the café."
)


def test_an_interviews_answers_are_the_interviewees_and_its_questions_an_unnamed_askers() -> None:
    assert _lines(INTERVIEW) == [
        ("Do you regret closing it for a whole summer?", "unnamed asker", "anonymous"),
        ("No. I would close it again tomorrow.", "Marta Vilde", "person"),
        ("The pool had lost a third of its water in a single week.", "Marta Vilde", "person"),
        ("What comes next?", "unnamed asker", "anonymous"),
        ("A new roof, then the café.", "Marta Vilde", "person"),
    ]


@pytest.mark.parametrize(
    "intro",
    [
        "We asked Dr Nils Oberg about the new ward.",
        "A conversation with surgeon Nils Oberg.\n\nThe new ward opens in May.",
        "Nils Oberg, who runs the new ward, sat down with us on Friday.",
    ],
)
def test_the_introduction_names_the_interviewee(intro: str) -> None:
    text = intro + "\n\nQ: Is the ward ready?\n\nA: Almost. We need two more nurses."
    assert [name for _, name, _ in _lines(text)] == ["unnamed asker", "Nils Oberg"]


def test_a_question_whose_colon_was_lost_with_its_bold_type() -> None:
    text = (
        "An interview with Marta Vilde, edited for length.\n\n"
        "QWhy did the lido close?\n\nA: The roof was failing and we could not risk it."
    )
    assert [name for _, name, _ in _lines(text)] == ["unnamed asker", "Marta Vilde"]


def test_a_quoted_question_is_the_askers_not_the_interviewees() -> None:
    text = 'Marta Vilde spoke to us on Friday.\n\nQ: "Will it open in May?"\n\nA: "Yes, on the first."'
    assert [name for _, name, _ in _lines(text)] == ["unnamed asker", "Marta Vilde"]


def test_a_paragraph_after_a_question_is_not_the_askers() -> None:
    text = (
        "Marta Vilde spoke to us about the lido.\n\nQ: Why now?\n\n"
        "Because the council finally paid for the roof.\n\nQ: And the café?\n\nA: Next year, I hope."
    )
    names = [name for _, name, _ in _lines(text)]
    assert names == ["unnamed asker", "unnamed asker", "Marta Vilde"]


def test_a_broadcasts_labels_in_capitals() -> None:
    text = (
        "Union negotiator Ruth Ansell joined the programme.\n\n"
        "HOST: Welcome back.\n\nANSELL: Thank you for having me.\n\n"
        "HOST: Will the talks resume?\n\nANSELL: Yes.\n\nHOST: When?\n\nANSELL: Monday, I expect."
    )
    assert _lines(text) == [
        ("Welcome back.", "host", "anonymous"),
        ("Thank you for having me.", "Ruth Ansell", "person"),
        ("Will the talks resume?", "host", "anonymous"),
        ("Yes.", "Ruth Ansell", "person"),
        ("When?", "host", "anonymous"),
        ("Monday, I expect.", "Ruth Ansell", "person"),
    ]


def test_a_full_name_in_capitals_then_the_surname() -> None:
    text = (
        "The anchor pressed the campaign on the debates.\n\n"
        "KESTRA MORROW: Will your candidate face her on television?\n\n"
        "OSKAR BRANDT: Because the other side keeps changing the rules.\n\n"
        "MORROW: So there will be no debate in the autumn?\n\n"
        "BRANDT: Not unless the tone changes."
    )
    assert [name for _, name, _ in _lines(text)] == [
        "Kestra Morrow",
        "Oskar Brandt",
        "Kestra Morrow",
        "Oskar Brandt",
    ]


def test_a_role_before_the_name() -> None:
    text = (
        "This week's episode.\n\n"
        "Podcast host Ida Brenner: Welcome to the show, it is good to have you.\n\n"
        "Presenter Omar Felt: Thanks, I am glad we could do this."
    )
    assert [name for _, name, _ in _lines(text)] == ["Ida Brenner", "Omar Felt"]


def test_a_short_answer_to_a_named_speakers_question() -> None:
    text = "A short exchange.\n\nLena Sorel: What made you leave?\n\nPiet Vand: Honestly, the hours."
    assert [(t, n) for t, n, _ in _lines(text)] == [
        ("What made you leave?", "Lena Sorel"),
        ("Honestly, the hours.", "Piet Vand"),
    ]


def test_a_title_and_a_surname() -> None:
    text = "The debate ran late.\n\nMr Doyle: I ask the minister to explain the delay on the bypass."
    [record] = quote_records(text)
    assert (record["speaker_name"], record["source_type"]) == ("Doyle", "person")


def test_callers_named_in_an_aside() -> None:
    text = (
        "The mayor took calls on the phone-in.\n\n"
        "CALLER (Dave, Leeds): Why is the bypass late?\n\n"
        "MAYOR: We ran out of money, I am afraid.\n\n"
        "CALLER (Sue, Hull): And the ferry?"
    )
    assert [name for _, name, _ in _lines(text)] == ["Dave", "mayor", "Sue"]


def test_a_reporters_lines_are_the_narration() -> None:
    text = (
        "The pier closes this week.\n\n"
        "ANA ROSS, BYLINE: The pier has stood for ninety years. Tomas Hale says it cannot be saved.\n\n"
        "TOMAS HALE: I have fished from it since I was six.\n\n"
        "ROSS: Hale hopes the council will change its mind."
    )
    records = quote_records(text)
    assert ("I have fished from it since I was six.", "Tomas Hale") in [
        (r["text"], r["speaker_name"]) for r in records
    ]
    assert not any("ninety years" in r["text"] for r in records)
    assert "it cannot be saved" in [r["text"] for r in records if not pd.isna(r["cue"])]


def test_a_label_inside_the_opening_mark() -> None:
    text = (
        "The panel argued on Saturday.\n\n"
        '"Lena Sorel: Why would anyone pay for that?"\n\n'
        "Piet Vand: Nobody will, and I say so every week."
    )
    assert [(t, n) for t, n, _ in _lines(text)] == [
        ("Why would anyone pay for that?", "Lena Sorel"),
        ("Nobody will, and I say so every week.", "Piet Vand"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a colon cue, a newsroom's notes, headings
        "Police said: the road is closed until further notice.\n\nDrivers were told to avoid the area.",
        "The road reopened.\n\nUpdate: the road is open again.\n\nNote: this article was amended.",
        "The film is hard to watch.\n\nWarning: some readers may find this upsetting, we know.",
        "Council news.\n\nBackground: The plan was put forward in 2019 and we have waited since.\n\n"
        "Verdict: You should read the small print.",
        # a how-to page's headings, in the second person and asking
        "Setting up a desk.\n\nSeat Height: Set your seat so your feet are flat on the floor.\n\n"
        "Height: We suggest the top of the screen sits at eye level. Why?",
        # a profile's and a tally's lines
        "Who is who on the council.\n\nAnna Berg: Our longest-serving member, she has sat since 1998.\n\n"
        "Tom Hale: He runs the bakery and chairs the fete.",
        "Results.\n\nAnna Berg: 1,204 votes.\n\nTom Hale: 987 votes.\n\nAnna Berg: re-elected.",
        # a FAQ: questions and answers with no one interviewed
        "Bin collections.\n\nQ: When are bins collected?\n\nA: Every second Tuesday, so you should check.",
        # an event's listing and a spec table in capitals
        "What's on.\n\nSpeaker: Dr Jane Roe\n\nHost: The History Society\n\nTickets: Free, but you must book.",
        "Boot guide.\n\nSIZE: From 36 to 47, half sizes too.\n\nWEIGHT: Under a kilo a pair. Why does it matter?",
    ],
)
def test_narrative_colon_lines_are_no_transcript(text: str) -> None:
    assert _lines(text) == []
