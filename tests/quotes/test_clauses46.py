"""Probes 46a/46b's clause classes: ", which said" after an object or a preposition's object;
a quoted word inside the clause before a closing attribution; "told me, <aside>, that";
a closing poll or survey after a say-clause; "said the figures showed that"; a closing
"research/analysis by X found" and "a fact-check by X found that"; partitive and number
subjects ("Two of the seven trustees", "Dozens of drivers"). Self-written sentences."""

import pytest

from workbench.quotes import quote_records


def _recs(text: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["speaker_name"], r["source_type"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "The complaint was passed to the Marlow Licensing Authority, which said it would review the case.",
            "it would review the case",
            "Marlow Licensing Authority",
        ),
        (
            "The ferry firm was fined by the regulator, which said it had misled passengers.",
            "it had misled passengers",
            "regulator",
        ),
        (
            "Tenants took their dispute to the council, which says the repairs will start in May.",
            "the repairs will start in May",
            "council",
        ),
    ],
)
def test_which_after_an_object_speaks(text, content, speaker):
    recs = _recs(text)
    assert [(c, s) for c, s, _ in recs] == [(content, speaker)]
    assert recs[0][2] == "organisation"


def test_which_after_a_thing_is_no_speaker():
    # a document or thing before ", which" is no body: it does not speak
    recs = _recs("He pointed to the new timetable, which says trains will run hourly.")
    assert all(r[1] != "timetable" for r in recs)


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            'The new code will end "pay to stay" fees for residents, the ministry said.',
            'The new code will end "pay to stay" fees for residents',
            "ministry",
        ),
        (
            'Landlords must treat "long-term lodgers" fairly, the tribunal said.',
            'Landlords must treat "long-term lodgers" fairly',
            "tribunal",
        ),
    ],
)
def test_quoted_word_inside_a_clause_before_a_closing_attribution(text, content, speaker):
    recs = _recs(text)
    assert [(c, s) for c, s, _ in recs] == [(content, speaker)]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Pella Grint once told me, only half in jest, that the harbour board never reads its post.",
            "the harbour board never reads its post",
        ),
        (
            "The bursar told governors, rather stiffly, that the accounts were in order.",
            "the accounts were in order",
        ),
    ],
)
def test_told_whom_then_an_aside_then_that(text, content):
    assert [r[0] for r in _recs(text)] == [content]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Most cyclists say the new lanes feel safer, a survey by the Hollin Trust found.",
            "the new lanes feel safer",
        ),
        (
            "Many anglers say the river is cleaner than it was, a new poll suggests.",
            "the river is cleaner than it was",
        ),
    ],
)
def test_closing_poll_is_not_in_the_say_clause(text, content):
    assert [r[0] for r in _recs(text)] == [content]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Wardens said the counts showed that otter numbers had doubled.",
            "the counts showed that otter numbers had doubled",
        ),
        (
            "The brewer said the tests proved that the water was safe.",
            "the tests proved that the water was safe",
        ),
    ],
)
def test_evidence_verb_before_that_keeps_its_subject(text, content):
    assert [r[0] for r in _recs(text)] == [content]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Bus fares rose by a fifth, research by the Tolland Institute found.", "Tolland Institute"),
        ("Bus fares rose by a fifth, analysis by the Tolland Institute found.", "Tolland Institute"),
        (
            "A fact-check by the Tolland Institute found that the photograph had been altered.",
            "Tolland Institute",
        ),
    ],
)
def test_bare_research_and_fact_check_by_an_author(text, speaker):
    recs = _recs(text)
    assert [r[1] for r in recs] == [speaker]
    assert recs[0][2] == "organisation"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "A majority of farmers polled by the co-op said the harvest was late.",
            "majority of farmers polled by the co-op",
        ),
        ("Two of the seven trustees said the sale should be stopped.", "Two of the seven trustees"),
        ("Dozens of drivers said they had been fined by mistake.", "Dozens of drivers"),
    ],
)
def test_partitive_and_number_subjects(text, speaker):
    recs = _recs(text)
    assert [r[1] for r in recs] == [speaker]
    assert recs[0][2] == "group"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            'Tobias Wren, popularly known as "Toby Thunder", said his next tour would be his last.',
            "Tobias Wren",
        ),
        ('Nell Carrow, known to her customers as "Aunt Nell", says the shop will stay open.', "Nell Carrow"),
        (
            "The streamer, known online as PixelPaddy, apologised, saying he had let his viewers down.",
            "streamer",
        ),
    ],
)
def test_known_as_alias_after_the_subject(text, speaker):
    recs = _recs(text)
    assert [r[1] for r in recs] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The Bureau for Rail Statistics, hardly a hotbed of dissent, says the fares are too high.",
            "Bureau for Rail Statistics",
        ),
        (
            "The Institute for Canal Studies, never one to flatter, said the plan was unworkable.",
            "Institute for Canal Studies",
        ),
    ],
)
def test_writers_comment_after_a_body_keeps_its_name(text, speaker):
    recs = _recs(text)
    assert [r[1] for r in recs] == [speaker]


def test_quotation_after_a_sentence_about_a_person_named_by_given_name():
    text = 'Anna was 40 when she opened the bakery. "Everyone said I had left it too late."'
    assert [r[1] for r in _recs(text)] == ["Anna"]
