"""The speaker phrase and the name (issue 15, round 47): a group named with a list of places
("the envoys of Norvania, Kestria and Dalmor"); a body's name that holds "and"; a name before
a chain of article-less appositions, before the cue or after a quotation; a name given late
("who gave only her first name, Mercy"); regional honorifics ("Phra", "Mama", "Aling", "SP")
and the army rank "Major" stripped; Filipino "Ma." kept in the given name, with a nickname too;
an aside on anonymity, on who leads a group or on the outlet spoken to before the cue (an
outlet's web address no glued sentence); a unit's name in marks or a district in brackets in a
long role; a critic's review where the words were written; a parent's acronym in the
possessive before a body's full name; a peer's designation. Self-written sentences, invented
names."""

import pytest

from workbench.quotes import quote_records
from workbench.quotes._coordinated import and_name


def _one(text: str) -> tuple[str, str, str]:
    recs = quote_records(text)
    assert len(recs) == 1, recs
    r = recs[0]
    return r["speaker"], r["speaker_name"], r["source_type"]


_CLAUSE = " said the talks on the northern border had failed after three weeks."


@pytest.mark.parametrize(
    "subject",
    [
        "The envoys of Norvania, Kestria and Dalmor",
        "The foreign ministers of Norvania, Kestria, and Dalmor",
        "Officials from Norvania, Kestria and Dalmor",
    ],
)
def test_group_named_with_a_list(subject):
    speaker, _, kind = _one(subject + _CLAUSE)
    assert (speaker, kind) == (subject, "group")


def test_two_places_stay_a_group_of_two():
    # (no list: the shape main read already)
    speaker, _, kind = _one("The envoys of Norvania and Kestria" + _CLAUSE)
    assert (speaker, kind) == ("The envoys of Norvania and Kestria", "group")


@pytest.mark.parametrize(
    "text, name",
    [
        ('"The border is quiet," U.S. Coastal and Border Patrol said.', "U.S. Coastal and Border Patrol"),
        ("Norvania Harbour and Border Agency" + _CLAUSE, "Norvania Harbour and Border Agency"),
    ],
)
def test_body_name_with_and(text, name):
    assert _one(text)[1:] == (name, "organisation")


@pytest.mark.parametrize(
    "phrase", ["Jeb Roe and Chris Lund", "Khalil and Ghada Mansour", "Norvania and Upper Kestria"]
)
def test_two_people_or_places_are_no_body(phrase):
    assert and_name(phrase, 0) is None


def test_apposition_chain_without_articles():
    text = "Pavel Zorin, Doctor of Economic Sciences, professor at the academy, believes that the talks will be long."
    assert _one(text)[1:] == ("Pavel Zorin", "person")
    text = "Pavel Zorin, director of the institute, a professor at the academy, said that the talks will be long."
    assert _one(text)[1:] == ("Pavel Zorin", "person")


def test_list_of_people_keeps_the_last():
    # (near miss: no apposition, three names: the one before the cue)
    text = "Anna Brekke, Tom Lisle, Bo Farrant said that the talks will be long."
    assert _one(text)[1] == "Bo Farrant"


@pytest.mark.parametrize(
    "text, name",
    [
        ('"The water rose in minutes," said one resident, who gave only her first name, Ilse.', "Ilse"),
        (
            '"We have nothing left," said a 20-year-old from the coast who asked to be identified '
            'only by his first name, Teodor. "But we are alive."',
            "Teodor",
        ),
        ('"The water rose in minutes," said a nurse, identified only as Ilse.', "Ilse"),
    ],
)
def test_name_given_late(text, name):
    assert _one(text)[1:] == (name, "person")


def test_late_name_needs_a_description():
    # (near miss: a group, two names: no one name is the speaker)
    speaker, _, kind = _one('"The water rose in minutes," said the nurses, Ilse and Jo.')
    assert kind == "group"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Phra Anan Suksawat said the temple would reopen for the new year festival.", "Anan Suksawat"),
        ("SP Tunde Aremu said the suspects had been arrested near the market on Monday.", "Tunde Aremu"),
        ('"The market has flooded again," said Mama Wanjiru Odhiambo, a trader.', "Wanjiru Odhiambo"),
        ('"We will not give up," said Aling Perla Dimaculangan, a vendor.', "Perla Dimaculangan"),
        ('"The enemy is regrouping," said Major Taras Hnatyuk.', "Taras Hnatyuk"),
    ],
)
def test_regional_honorifics_and_rank_stripped(text, name):
    assert _one(text)[1:] == (name, "person")


def test_major_as_a_surname_stays():
    text = "Former premier Colin Major said the budget would have to be cut by a fifth next year."
    assert _one(text)[1] == "Colin Major"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Ma. Corazon Dimalanta said classes in the province would resume on Monday.",
            "Ma. Corazon Dimalanta",
        ),
        ("Ma. Teresa Dimalanta said classes in the province would resume on Monday.", "Ma. Teresa Dimalanta"),
        ('"Classes will resume on Monday," said Ma. Teresa Dimalanta.', "Ma. Teresa Dimalanta"),
        (
            "Undersecretary Ma. Luisa Dimalanta said classes in the province would resume on Monday.",
            "Ma. Luisa Dimalanta",
        ),
        (
            'Agency spokesperson Ma. Teresa "Tess" Dimalanta said 40,000 people had been affected by the floods.',
            "Ma. Teresa Dimalanta",
        ),
    ],
)
def test_filipino_ma_is_part_of_the_given_name(text, name):
    assert _one(text)[1] == name


def test_surname_ma_still_ends_a_sentence():
    text = "The deal was signed by Walter Ma. The company said it was pleased with the terms of the sale."
    recs = quote_records(text)
    assert [(r["speaker_name"], r["source_type"]) for r in recs] == [("company", "organisation")]


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        (
            "Several priests in the parish, speaking on condition of anonymity, said they had been "
            "told not to discuss the case.",
            "Several priests in the parish",
            "group",
        ),
        (
            "Two officials, who spoke on condition of anonymity, said they had been told not to discuss the case.",
            "Two officials",
            "group",
        ),
        (
            "Analysts at Harrow Capital, led by Efua Mensah-Larbi, wrote that the guidance looks conservative.",
            "Analysts at Harrow Capital",
            "group",
        ),
    ],
)
def test_aside_before_the_cue(text, speaker, kind):
    got = _one(text)
    assert (got[0], got[2]) == (speaker, kind)


def test_memoir_apposition_before_the_name():
    text = (
        'In "Small Rooms," her memoir of growing up in Tamale, Abena Quartey-Dodoo recalls that her '
        'mother "sold bread so that I could buy books."'
    )
    assert _one(text)[1:] == ("Abena Quartey-Dodoo", "person")


def test_town_and_region_still_no_name():
    # (near miss: a known region after the town)
    text = "A voter from Manchester, New Hampshire, said prices rose sharply in the market this week."
    assert _one(text)[1:] == ("voter", "anonymous")


def test_parent_acronym_possessive_cut():
    text = "The UN's Coastal Fisheries Organization warned that the catch could halve within a decade."
    assert _one(text)[1:] == ("Coastal Fisheries Organization", "organisation")


@pytest.mark.parametrize(
    "text",
    [
        'Deputy Minister Oleg Varnin, in an interview with "Vestnik", said that the talks had stalled this week.',
        "Deputy Minister Oleg Varnin, in an interview with Vestnik, said that the talks had stalled this week.",
        'Deputy Minister Oleg Varnin, in a comment to "Vestnik" said that the talks had stalled this week.',
    ],
)
def test_outlet_spoken_to_in_an_aside(text):
    assert _one(text)[1:] == ("Oleg Varnin", "person")


def test_unit_name_in_marks_inside_a_long_role():
    text = (
        "The brigades lost up to 90 servicemen in the southern direction over the past day. This was "
        'stated by the head of the press center of the group of forces "North" Pavel Lisitsyn.'
    )
    assert _one(text)[1:] == ("Pavel Lisitsyn", "person")


def test_district_in_brackets_inside_a_title():
    text = '"We have registered a case and the probe is on," Deputy Commissioner of Police (East) Arun Mehra said.'
    assert _one(text)[1:] == ("Arun Mehra", "person")


def test_outlet_web_address_is_no_glued_sentence():
    text = (
        "Military expert Viktor Orlin, in a comment to Vestnik.Ru pointed out that the strikes "
        '"change the nature of the conflict".'
    )
    assert _one(text)[1:] == ("Viktor Orlin", "person")


def test_apposition_chain_after_a_quotation():
    text = '"It will fail," Pavel Zorin, Doctor of Economic Sciences, professor at the academy, said.'
    assert _one(text)[1:] == ("Pavel Zorin", "person")


def test_review_where_a_critic_writes_is_no_part_of_the_name():
    text = '"The soup is a revelation," writes Odile Brennan-Sato in her review of the bistro.'
    assert _one(text)[1:] == ("Odile Brennan-Sato", "person")


def test_he_after_a_role_with_a_country_before_the_name():
    text = (
        "The head of the intelligence directorate of Ukraine Taras Holub, in an interview with the "
        'publication "The Harbour Post", said that the enemy was preparing a new offensive in the summer. '
        '"They have the resources for it," he noted.'
    )
    assert [r["speaker_name"] for r in quote_records(text)] == ["Taras Holub", "Taras Holub"]


def test_expressed_the_opinion_after_an_outlet_aside():
    text = (
        'Retired general Oleg Zimin, in a conversation with "Vestnik" expressed the opinion that the '
        'new aid package "will not change anything on the front".'
    )
    recs = quote_records(text)
    assert [(r["speaker_name"], r["cue"]) for r in recs] == [("Oleg Zimin", "expressed")]


def test_peer_keeps_title_and_designation():
    text = "Lord Ashcombe of Dunmere said the bill was flawed and would be amended in the Lords."
    assert _one(text)[0] == "Lord Ashcombe of Dunmere"
