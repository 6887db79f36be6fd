"""Reported speech without quotation marks: subjects and cues that news copy uses beyond
"X said (that) ...". Every sentence here is self-written."""

import pytest

from workbench.quotes import extract_quotes


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    q = extract_quotes(text)
    return [(r.speaker, r.speaker_name, r.cue, r.text) for r in q.itertuples()]


@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        # a plural noun phrase of common nouns, in no list of speakers, before "say"
        ("But harbour engineers say the old pier might not survive another winter.",
         "harbour engineers", "say", "the old pier might not survive another winter"),
        ("Local officials have said they doubt the driver acted alone.",
         "Local officials", "said", "they doubt the driver acted alone"),
        ("A large number of farmers said they are ready to sell their land.",
         "A large number of farmers", "said", "they are ready to sell their land"),
        # a that-verb before a clause opened by a subject pronoun, without "that"
        ("Kestrel Paper reported it sold two mills in the quarter.",
         "Kestrel Paper", "reported", "it sold two mills in the quarter"),
        # a long subject: an apposition set off by dashes, a prepositional phrase
        ("Brandt — who guarded the depot gate for nine years — stated that the night shift was a punishment.",
         "Brandt", "stated", "the night shift was a punishment"),
        ("Ferry captains across the region warned that the new timetable could not be kept.",
         "Ferry captains", "warned", "the new timetable could not be kept"),
        # questions and calls with their subject
        ("The mayor asked whether the council would pay for the new bridge.",
         "The mayor", "asked", "whether the council would pay for the new bridge"),
        ("The union urged its members to reject the offer at Friday's vote.",
         "The union", "urged", "its members to reject the offer at Friday's vote"),
        ("The mayor accused the council of wasting money on consultants.",
         "The mayor", "accused", "the council of wasting money on consultants"),
        # "according to" a document, a poll or an organisation's name in no list
        ("Ferry fares rose by a tenth last year, according to census data released on Monday.",
         "census data", "according to", "Ferry fares rose by a tenth last year"),
        ("According to early returns, the mayor won the primary in the north.",
         "early returns", "According to", "the mayor won the primary in the north"),
        ("Ferry fares rose by a tenth last year, according to the United Ferry Press.",
         "United Ferry Press", "according to", "Ferry fares rose by a tenth last year"),
        # a speech participle before a clause of its own, with or without "that"
        ("Other growers echoed those remarks, saying the levy is far too high for small farms.",
         "Other growers", "saying", "the levy is far too high for small farms"),
        ("Tom Hale is facing criticism after saying that he regards himself as above the fray.",
         "Tom Hale", "saying", "he regards himself as above the fray"),
        ("The harbour board issued a statement on Monday saying the ferry would resume in May.",
         "The harbour board", "saying", "the ferry would resume in May"),
    ],
)  # fmt: skip
def test_reported_statement(text, speaker, cue, content):
    rows = _rows(text)
    assert [(s, c, t) for s, _, c, t in rows] == [(speaker, cue, content)]


def test_a_participle_after_a_quotation_and_its_attribution_is_the_same_speakers_statement():
    rows = _rows('"It is too early to tell," Ana Kowal said, adding that the vote would come in May.')
    assert [(s, c, t) for s, _, c, t in rows] == [
        ("Ana Kowal", "said", "It is too early to tell"),
        ("Ana Kowal", "adding", "the vote would come in May"),
    ]


def test_a_clause_after_the_cue_is_the_content_not_what_came_before():
    # "Noting ..., X said CLAUSE": the opening participle is no statement
    rows = _rows("Noting he trained as an engineer, Walters said he likes to test every idea twice.")
    assert [(s, t) for s, _, _, t in rows] == [("Walters", "he likes to test every idea twice")]


def test_a_speaker_in_a_subordinate_clause_is_the_sentence_subject():
    # the pronoun as written, resolved to the subject it refers to, not the earlier speaker
    text = (
        '"We played well," said Marta Ruiz.\n\n'
        "The coach, Stefan Adeyemi, refused to blame the referee, although he said he would "
        "review the goal again on video."
    )
    rows = _rows(text)
    assert rows[-1][:2] == ("he", "Stefan Adeyemi")
    assert rows[-1][3] == "he would review the goal again on video"


def test_while_one_says_a_the_subordinate_clause_ends_at_its_comma():
    rows = _rows("While local officials say the dam is safe, engineers on site have raised concerns.")
    assert [(s, t) for s, _, _, t in rows] == [("local officials", "the dam is safe")]


def test_a_relative_clause_statement_is_spoken_by_the_phrase_before_who():
    rows = _rows(
        "The reform was backed by Tom Hale, who has argued for years that trustees cannot be recalled."
    )
    assert rows == [("who", "Tom Hale", "argued", "trustees cannot be recalled")]


@pytest.mark.parametrize(
    "text",
    [
        "The results add to a long list of studies on the river.",
        # a promise or plan with only a noun object is narration ("promised to ..." is a
        # statement since the PolNeAR convention on promises: test_promises.py)
        "He promised a new set of figures next week.",
        "The ministry announced a series of new steps on Monday.",
        # the source asked not to be named: no statement
        "Two people familiar with the talks asked not to be named because the vote is private.",
        # adjuncts and plural things are no subject
        "In interviews voters said little about the new rules.",
        "Strong harvests in three regions have kept prices low this year.",
        # a noun that looks like a cue ("states that cast votes")
        "His weak results in states that held ballots last week have hurt the campaign badly.",
    ],
)
def test_no_reported_statement(text):
    assert _rows(text) == []


def test_a_town_and_its_region_after_a_speaker_are_no_speaker():
    rows = _rows("Dana Ruiz of Lansing, Mich., said she had not given up hope of a recount.")
    assert [(s, t) for s, _, _, t in rows] == [("Dana Ruiz", "she had not given up hope of a recount")]
    rows = _rows("Sam Orr, a farmer from Jackson, Miss., said the new levy would ruin small growers.")
    assert rows[0][0] == "Sam Orr"


def test_a_sentence_adverb_is_no_speaker():
    rows = _rows("Significantly, the referee said he would not replay the match.")
    assert [s for s, _, _, _ in rows] == ["the referee"]


def test_an_opening_phrase_with_a_town_and_region_names_no_subject():
    # the participle's speaker is the clause subject, not the place nor the person attacked
    rows = _rows(
        'Speaking at a town hall in Bend, Oregon, Hale went after Moreno, calling him "a cardboard cutout."'
    )
    assert [(s, c) for s, _, c, _ in rows] == [("Hale", "calling")]
    rows = _rows(
        'Early in the race, Hale mocked Moreno, calling him, among other things, "a part-time mayor."'
    )
    assert [(s, c) for s, _, c, _ in rows] == [("Hale", "calling")]
