"""Closing attributions and reported clauses: a possessive role as the closing speaker
("..., her publicist said"); the apposition that ends "..., according to X, Y." is X's, not
the statement's; an article-less role after "According to X,"; "continue" before a quoted
phrase inside a reported clause hands over nothing; an organisation's "it" closing the
sentence or after a time; a clause before a colon and its quotation are one statement; text
sources typed document; a wire dateline's city is no person; 'would continue "..."' leaves
the closing attribution its speaker; an adjunct or addressee and "that" after the cue stay
out of the clause before a colon. Self-written sentences."""

import pytest

from workbench.quotes import quote_records


def _recs(text: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["speaker_name"], r["source_type"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        ("The drummer is resting at home, his publicist said.", "publicist", "anonymous"),
        ("The drummer is resting at home, his publicist said on Tuesday.", "publicist", "anonymous"),
        ("The comedian has cancelled two dates, her agent told the Gazette.", "agent", "anonymous"),
        # (a publishing house: an organisation)
        ("The memoir will be reprinted in June, its publisher said.", "publisher", "organisation"),
    ],
)
def test_closing_possessive_role(text, speaker, kind):
    assert _recs("Intro.\n\n" + text) == [(text.split(",")[0], speaker, kind)]


@pytest.mark.parametrize(
    "text, content, speaker, kind",
    [
        (
            "The atlas has sold 80,000 copies, according to its publisher, Fenwick & Lowe.",
            "The atlas has sold 80,000 copies",
            "Fenwick & Lowe",
            "organisation",
        ),
        (
            "The walkout will start at noon, according to Petra Quill, the union's regional organiser.",
            "The walkout will start at noon",
            "Petra Quill",
            "person",
        ),
        (
            "The festival lost money, according to her manager, Orla Finch.",
            "The festival lost money",
            "Orla Finch",
            "person",
        ),
        (
            "The ferry was delayed for six hours, according to Wavewatch, a website that tracks sailings.",
            "The ferry was delayed for six hours",
            "Wavewatch",
            None,
        ),
    ],
)
def test_according_closing_apposition(text, content, speaker, kind):
    recs = _recs("Intro.\n\n" + text)
    assert [(r[0], r[1]) for r in recs] == [(content, speaker)]
    if kind is not None:
        assert recs[0][2] == kind


def test_according_closing_clause_stays_content():
    # a clause after the source is the statement's second part, not an apposition
    text = "Intro.\n\nThe mill will close, according to the owners, and forty jobs will go."
    assert [r[0] for r in _recs(text)] == ["The mill will close and forty jobs will go"]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "According to Tomas Reilly, warden of the reserve, the herons had returned early.",
            "the herons had returned early",
        ),
        (
            "According to Ines Marr, head of the parish council, 40 homes were flooded.",
            "40 homes were flooded",
        ),
    ],
)
def test_according_bare_role_apposition(text, content):
    assert [r[0] for r in _recs("Intro.\n\n" + text)] == [content]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            'The warden said the patrols would continue "until the poaching stops".',
            'the patrols would continue "until the poaching stops"',
        ),
        (
            'The coach said that training will continue "as if nothing had happened".',
            'training will continue "as if nothing had happened"',
        ),
    ],
)
def test_continue_inside_reported_clause(text, content):
    recs = quote_records("Intro.\n\n" + text)
    assert [(r["text"], r["cue"]) for r in recs] == [(content, "said")]


def test_continue_still_hands_over_after_comma():
    recs = quote_records('Intro.\n\nOkafor continues, "The orchard will not survive another drought."')
    assert [(r["text"], r["speaker_name"], r["cue"]) for r in recs] == [
        ("The orchard will not survive another drought.", "Okafor", "continues")
    ]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "The Harbour Authority closed two berths. Repairs will take a month, it said.",
            "Repairs will take a month",
        ),
        (
            'The Harbour Authority closed two berths. Two hours later it added: "Berth 4 is open again."',
            "Berth 4 is open again.",
        ),
        (
            "The Harbour Authority closed two berths. Later, it said that more closures were possible.",
            "more closures were possible",
        ),
    ],
)
def test_organisation_it(text, content):
    assert _recs("Intro.\n\n" + text) == [(content, "Harbour Authority", "organisation")]


def test_thing_it_closing_is_no_speaker():
    assert _recs("Intro.\n\nThe gale reached the coast at dawn. Two piers were damaged, it said.") == []


@pytest.mark.parametrize(
    "text, content",
    [
        (
            'The baker said the recipe was her grandmother\'s: "I have never changed a thing."',
            'the recipe was her grandmother\'s: "I have never changed a thing."',
        ),
        (
            'The captain told reporters the crew had been lucky: "We were minutes from disaster."',
            'the crew had been lucky: "We were minutes from disaster."',
        ),
    ],
)
def test_clause_before_colon(text, content):
    assert [r["text"] for r in quote_records("Intro.\n\n" + text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        'The mayor said this: "We will rebuild the pier."',
        'The mayor said as the crowd cheered: "We will rebuild the pier."',
    ],
)
def test_colon_after_phrase_or_adjunct_keeps_quotation_alone(text):
    assert [r["text"] for r in quote_records("Intro.\n\n" + text)] == ["We will rebuild the pier."]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Bookings fell by a tenth, according to official figures.", "official figures"),
        ("The site was down for an hour, according to the company's status page.", "company's status page"),
        ("The alarm sounded at 4am, according to the incident log.", "incident log"),
    ],
)
def test_text_sources_are_documents(text, speaker):
    recs = _recs("Intro.\n\n" + text)
    assert [(r[1], r[2]) for r in recs] == [(speaker, "document")]


def test_evidence_noun_still_no_closing_speaker():
    # "the figures showed" closing a sentence: published counts, a text's source (typed a
    # document, as "according to official figures" is), never a person speaking
    recs = _recs("Intro.\n\nThe harvest was the worst in a decade, the figures showed.")
    assert [(r[1], r[2]) for r in recs] == [("figures", "document")]


def test_dateline_city_is_no_person():
    text = (
        "Intro.\n\nPORT LOUIS, May 4 -- The harbour will reopen on Friday, said port director "
        "Anil Ramdin. He said the dredging was finished."
    )
    assert [r[1] for r in _recs(text)] == ["Anil Ramdin", "Anil Ramdin"]


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        (
            'The ferry line would continue "to sail in all weathers," a spokeswoman said.',
            "spokeswoman",
            "said",
        ),
        (
            'The orchestra will continue "its summer concerts by the lake," the conductor said.',
            "conductor",
            "said",
        ),
        ('The bakery continues "to bake the old loaves," its owner told the Herald.', "owner", "told"),
        ('The league would keep "a close eye on the clubs," an official said.', "official", "said"),
    ],
)
def test_continue_before_quoted_words_leaves_closing_attribution(text, speaker, cue):
    # the quoted words end the clause "continue" heads: the attribution after them speaks
    recs = quote_records("Intro.\n\n" + text)
    assert [(r["speaker_name"], r["cue"]) for r in recs] == [(speaker, cue)]
    assert recs[0]["text"].startswith(text.split(" ", 1)[0])


@pytest.mark.parametrize(
    "text, content",
    [
        (
            'The curator said in a radio interview that the loan was a coup: "We waited ten years."',
            'the loan was a coup: "We waited ten years."',
        ),
        (
            'The curator said on Friday that the loan was a coup: "We waited ten years."',
            'the loan was a coup: "We waited ten years."',
        ),
        (
            'The curator said Friday that the loan was a coup: "We waited ten years."',
            'the loan was a coup: "We waited ten years."',
        ),
        (
            'The skipper told the crew that the storm had passed: "Hoist the sails."',
            'the storm had passed: "Hoist the sails."',
        ),
        (
            'The skipper told journalists at the harbour that the storm had passed: "Hoist the sails."',
            'the storm had passed: "Hoist the sails."',
        ),
    ],
)
def test_adjunct_and_that_stay_out_of_clause_before_colon(text, content):
    recs = quote_records("Intro.\n\n" + text)
    assert [r["text"] for r in recs] == [content]


@pytest.mark.parametrize(
    "text",
    [
        # no "that" to show where the adjunct ends: the quotation alone
        'The curator answered with a line that could have come from a novel: "We waited ten years."',
        'The curator said in a radio interview the loan was a coup: "We waited ten years."',
        'The curator said on Friday the loan was a coup: "We waited ten years."',
    ],
)
def test_adjunct_without_that_keeps_quotation_alone(text):
    # (nor with a relative "that" on the adjunct's noun)
    assert [r["text"] for r in quote_records("Intro.\n\n" + text)] == ["We waited ten years."]
