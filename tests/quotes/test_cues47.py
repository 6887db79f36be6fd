"""Statements missed with ordinary cues, and their near misses: a court's "ruled that" or
"held that", a two-word reported clause ("said bookings rose"), plural subjects the lists did
not know ("Harbour Patrol agents say"), house-style cues ("informed the House that", a named
person's "revealed that"), two roles joined before a name, a record of the speaker's own words
before the clause (court papers, a readout), a recording that catches someone speaking, a
banner bearing words, an inverted "read" with a participle phrase, a trial that found. Self-written
sentences."""

import pytest

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (r["text"], str(r["speaker_name"]), r["source_type"], str(r["cue"]))
        for r in quote_records("Intro.\n\n" + text)
    ]


@pytest.mark.parametrize(
    "text, name, content",
    [
        ("The appeals court ruled that the levy was unlawful.", "appeals court", "the levy was unlawful"),
        ("The Supreme Court held that the statute was void.", "Supreme Court", "the statute was void"),
        ("The tribunal ruled that the dismissal was unfair.", "tribunal", "the dismissal was unfair"),
        ("The High Court found that the permit had lapsed.", "High Court", "the permit had lapsed"),
        (
            "The 4th Circuit Court of Appeals ruled that the ban broke the charter.",
            "Circuit Court of Appeals",
            "the ban broke the charter",
        ),
        (
            "The agency's inspector general found that files were kept for years.",
            "agency's inspector general",
            "files were kept for years",
        ),
    ],
)
def test_a_court_that_rules_or_holds(text, name, content):
    [(got, speaker, _, _)] = _records(text)
    assert (speaker, got) == (name, content)


@pytest.mark.parametrize(
    "text",
    [
        "The court ruled in May.",
        "The judge held the hearing in private.",
        "Ravel held that post for a decade.",
        "The study held that diet mattered.",
        "The panel ruled out a delay.",
    ],
)
def test_no_ruling_without_a_court_and_that(text):
    assert _records(text) == []


@pytest.mark.parametrize(
    "text, name, content",
    [
        ("Kestrel Rail said bookings rose.", "Kestrel Rail", "bookings rose"),
        ("Ama Okyere-Bonsu said revenue doubled.", "Ama Okyere-Bonsu", "revenue doubled"),
        ("Brannock said deliveries fell.", "Brannock", "deliveries fell"),
        ("Ilse Marn admitted she lied.", "Ilse Marn", "she lied"),
    ],
)
def test_a_two_word_clause_is_a_statement(text, name, content):
    [(got, speaker, _, _)] = _records(text)
    assert (speaker, got) == (name, content)


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Marn said so yesterday.",
        "Ilse Marn told reporters gathered.",
        "Ilse Marn said the budget.",
        "Ilse Marn said little changed.",
    ],
)
def test_two_words_that_are_no_clause(text):
    assert _records(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Harbour Patrol agents say crossings are up.", "Harbour Patrol agents"),
        ("Four people died, emergency services said, as crews searched the rubble.", "emergency services"),
    ],
)
def test_plural_subjects_of_ordinary_cues(text, name):
    [(_, speaker, _, _)] = _records(text)
    assert speaker == name


def test_a_quotation_inside_an_outer_that_clause_is_the_outer_speakers():
    text = (
        "Dr. Mina Stroud said it was too early to draw conclusions, but that the photographs "
        'suggested "a sudden failure of the hull".'
    )
    [(got, speaker, _, cue)] = _records(text)
    assert (speaker, cue) == ("Mina Stroud", "said")
    assert got.startswith("it was too early") and got.endswith('"a sudden failure of the hull"')


@pytest.mark.parametrize(
    "text, name, content",
    [
        (
            "Minister of State Shri Arun Velkar informed the House that 40 new halts would open.",
            "Arun Velkar",
            "40 new halts would open",
        ),
        (
            "Mr. Odera informed the committee that the funds had been released.",
            "Odera",
            "the funds had been released",
        ),
        (
            "County Governor Wanjiru Kameme revealed that the county had cleared its pending bills.",
            "Wanjiru Kameme",
            "the county had cleared its pending bills",
        ),
        (
            "The housing minister, Ciaran Mulvey, indicated that the government would accept the change.",
            "Ciaran Mulvey",
            "the government would accept the change",
        ),
    ],
)
def test_house_style_cues(text, name, content):
    [(got, speaker, _, _)] = _records(text)
    assert (speaker, got) == (name, content)


def test_informed_without_that_is_no_statement():
    assert _records("Odera informed the police of the theft.") == []


@pytest.mark.parametrize(
    "text",
    [
        '"She would argue with a lamppost," recalled her friend and fellow activist Lerato Nkosi.',
        '"She would argue with a lamppost," said her colleague and co-author Lerato Nkosi.',
    ],
)
def test_two_roles_joined_before_one_name(text):
    [(_, speaker, kind, _)] = _records(text)
    assert (speaker, kind) == ("Lerato Nkosi", "person")


def test_two_people_joined_are_no_one_name():
    assert [r[1] for r in _records('"It is over," said the mayor and the clerk Ines Varga.')] != [
        "Ines Varga"
    ]


@pytest.mark.parametrize(
    "text, name, content",
    [
        (
            "According to court papers, Okafor told investigators he had never met the buyer.",
            "Okafor",
            "he had never met the buyer",
        ),
        (
            "According to a readout of the call, Premier Halvard Dunn told his counterpart that the talks were useful.",
            "Halvard Dunn",
            "the talks were useful",
        ),
    ],
)
def test_a_record_before_the_clause_is_no_outer_source(text, name, content):
    [(got, speaker, _, _)] = _records(text)
    assert (speaker, got) == (name, content)


def test_an_outlet_before_the_clause_stays_the_outer_source():
    [(_, speaker, _, cue)] = _records(
        "According to the Lakeside Herald, the mayor said the bridge would open."
    )
    assert (speaker, cue) == ("Lakeside Herald", "According to")


@pytest.mark.parametrize(
    "text, name",
    [
        ('The cockpit recorder captured the captain saying "we have lost both engines".', "captain"),
        ('At 2 a.m. the controller can be heard telling the crew: "Hold short of the runway."', "controller"),
    ],
)
def test_a_recording_that_catches_someone_speaking(text, name):
    [(_, speaker, _, _)] = _records(text)
    assert speaker == name


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ('A banner reading "Stop the war" hung from the balcony.', "banner", "document"),
        (
            '"TAKE SHELTER NOW," read the emergency alert sent to phones across the county.',
            "emergency alert",
            "document",
        ),
        (
            '"Do not discuss the sale," read a message posted by the firm\'s counsel, Nadia Ferro, on Slack.',
            "Nadia Ferro",
            "person",
        ),
    ],
)
def test_texts_that_bear_words(text, name, kind):
    [(got, speaker, got_kind, _)] = _records(text)
    assert (speaker, got_kind) == (name, kind)
    assert "hung" not in got


@pytest.mark.parametrize(
    "text",
    [
        'Kavel is reading "The Long Harbour" again.',
        'Protesters held placards reading "Stop the war".',
    ],
)
def test_reading_that_bears_no_words(text):
    assert _records(text) == []


def test_a_trial_that_found():
    [(got, speaker, kind, _)] = _records(
        "The trial, published in The Lancet, found that the drug cut the risk of a second stroke by a quarter."
    )
    assert (speaker, kind) == ("trial", "document")
    assert got.startswith("the drug cut")


@pytest.mark.parametrize(
    "text",
    [
        'Some reviewers will refuse to say a task is "done" until every test passes.',
        "Halloran declined to say the deal was off.",
        "The platform links storage and compute, enabling remote teams to store, think, share and act at once.",
        "Kelso helps firms make informed, timely decisions by turning data into insight.",
        "If you write such scripts, be informed that a better option exists.",
        "Any real estate agent will tell you it is all about location.",
    ],
)
def test_nothing_said(text):
    assert _records(text) == []
