"""Reporting cues and shapes of press-release, regional, markets and feature copy: a wish's,
a pleasure's or a habit's infinitive cue ("is pleased to announce that", "wishes to inform
the public that", "used to say that"), a view held ("was of the view that"), a charge laid
("alleged that"), a team's estimate, a caption, a second complement after "telling X that",
a characterising verb after an adjunct aside, a body's relative finding, an "including"
aside in a group's subject, a long where-said adjunct before "that", a "-men" group; and the
non-statements: a name given ("dubbed the tower "the Toaster""), a claim rebutted ("rejected
claims that"). Self-written sentences."""

import pytest

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(r["text"], str(r["speaker_name"]), str(r["cue"])) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, content, name",
    [
        (
            "The company is pleased to announce that Ms Dalia Farooq has been appointed finance director.",
            "Ms Dalia Farooq has been appointed finance director",
            "company",
        ),
        (
            "The ministry wishes to inform the public that the ferry service will resume on 3 May.",
            "the ferry service will resume on 3 May",
            "ministry",
        ),
        (
            "He was of the view that the budget could not be balanced without new taxes.",
            "the budget could not be balanced without new taxes",
            "unidentified speaker",
        ),
        (
            "The tribunal took the view that the dismissal had been unfair.",
            "the dismissal had been unfair",
            "tribunal",
        ),
        (
            "Villagers alleged that the dam had been built with cheap cement.",
            "the dam had been built with cheap cement",
            "Villagers",
        ),
        (
            "The team estimates that the comet is about 40 metres across.",
            "the comet is about 40 metres across",
            "team",
        ),
        (
            "Critics, including the campaign group Fair Rents Now, argue that the scheme was rushed.",
            "the scheme was rushed",
            "Critics",
        ),
        (
            "Orrin Foods said in a filing with the Securities and Exchange Commission on Monday that its "
            "finance chief would retire.",
            "its finance chief would retire",
            "Orrin Foods",
        ),
        (
            "The tally was close in the northern wards, tallymen said.",
            "The tally was close in the northern wards",
            "tallymen",
        ),
        (
            "The case went to the Harbour Commission, which found that the pier had been poorly kept.",
            "the pier had been poorly kept",
            "Harbour Commission",
        ),
        (
            "Council leader Anwen Price asked the mayor whether the depot would close before winter.",
            "whether the depot would close before winter",
            "Anwen Price",
        ),
    ],
)
def test_the_cue_reports_the_clause(text, content, name):
    assert (content, name) in [(t, n) for t, n, _ in _records(text)]


def test_a_caption_is_the_posters_words():
    [(text, name, cue)] = _records('The actor, 31, captioned the post: "Back where I started."')
    assert (text, name, cue) == ("Back where I started.", "actor", "captioned")


def test_a_telling_participle_reports_a_second_statement():
    got = _records(
        "Governor Rhea Lindqvist said on Monday she favoured a slower pace, telling an audience at "
        "the Corran Institute that wages had yet to catch up."
    )
    assert [t for t, _, _ in got] == ["she favoured a slower pace", "wages had yet to catch up"]


def test_a_characterising_verb_after_an_adjunct_aside():
    got = _records('The chief executive, in a call with reporters, dismissed talk of a sale as "gossip".')
    assert got == [('talk of a sale as "gossip"', "chief executive", "dismissed")]


def test_a_data_tail_leaves_the_filing_its_speaker():
    [(text, name, _)] = _records(
        "Tarn Mills said in a filing on Monday that it expected sales of $2.1 billion, below the $2.3 "
        "billion analysts had forecast, according to LSEG data."
    )
    assert name == "Tarn Mills"
    assert text.endswith("analysts had forecast")


def test_a_comparison_with_expectations_is_the_writers():
    [(text, name, _)] = _records(
        "Output grew 0.3 per cent in May, the statistics office said on Friday, slightly below "
        "economists' expectations of 0.4 per cent."
    )
    assert (text, name) == ("Output grew 0.3 per cent in May", "statistics office")


@pytest.mark.parametrize(
    "text",
    [
        # a name given, as "nicknamed" is
        'Residents have dubbed the 20-storey block "the Cheese Grater" because of its shape.',
        'Fans dubbed him "the Professor" after the final.',
        # a claim rebutted: the claims are others'
        "Transport Minister Owen Tegg rejected claims that the new fares would push commuters away.",
        "The ministry denied reports that the minister had resigned.",
        # near-misses: no clause, or no finder
        "The car was towed by Hale Motors, which found the keys in the glovebox.",
        "The board wishes to thank the staff for their work.",
        "From that point of view, the plan is sound.",
        "Villagers described an alleged attack on the road.",
    ],
)
def test_no_statement(text):
    assert _records(text) == []


@pytest.mark.parametrize(
    "text, content",
    [
        # a characterisation with "dubbed" and no object between is kept
        ('Lena Ortiz, who he dubbed "the quiet senator," lost the vote.', "the quiet senator"),
        ('Critics dubbed the plan "a gift to landlords".', 'the plan "a gift to landlords"'),
        # the source's own figure after the cue stays its statement
        (
            "Inflation fell to 2.1 per cent in May, the agency said, down from 2.4 per cent in April.",
            "Inflation fell to 2.1 per cent in May down from 2.4 per cent in April",
        ),
        # a request keeps whom it is put to
        ("Two committees asked the department to investigate whether the rules were broken.", None),
    ],
)
def test_near_misses_kept(text, content):
    got = [t for t, _, _ in _records(text)]
    assert got
    if content is not None:
        assert content in got


def test_a_dash_after_a_message_hands_the_quotation_over():
    got = _records('She tweeted a single word \u2014 "Thankful" \u2014 after the album topped the charts.')
    assert [(t, c) for t, _, c in got] == [("Thankful", "tweeted")]


@pytest.mark.parametrize(
    "text",
    [
        'The manager said the signing \u2014 "a fine player," he called him \u2014 would arrive on Monday.',
        'The party called a referendum \u2014 "No to Tolls" \u2014 for June.',
    ],
)
def test_a_dash_after_a_clause_subject_or_a_named_thing_is_no_colon(text):
    assert "No to Tolls" not in [t for t, _, _ in _records(text)]
    assert "a fine player," not in [t for t, _, _ in _records(text)]


@pytest.mark.parametrize(
    "text, content, name",
    [
        (
            "My grandmother used to say that a house without books is a house without windows, Ola Fasina recalled.",
            "My grandmother used to say that a house without books is a house without windows",
            "Ola Fasina",
        ),
        (
            "His father used to say that farming was a bet against the weather, Hamid Qadri said.",
            "His father used to say that farming was a bet against the weather",
            "Hamid Qadri",
        ),
    ],
)
def test_a_habit_reported_by_a_closing_attribution_is_the_outer_speakers(text, content, name):
    # (a review of the round: "used to say that" as a cue took the sentence whole, the closing
    # attribution inside its content; by the guidelines a nested report is the outer source's)
    assert [(t, n) for t, n, _ in _records(text)] == [(content, name)]
