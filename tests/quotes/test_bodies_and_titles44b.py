"""Bodies and titles of faith, farm, transport and South Asian / Gulf copy: honorifics, police
ranks and "H.E." left out of a name; firms named "... Air", "... Voyages", "... Futures" and
one-word names in apposition after a body's noun as organisations; "National"/"Federal"
opening a body's name, "the Diocese of X" and "Faith in X" kept whole; religious orders,
cooperatives, a coastguard, a bishops' conference and an inspectorate as bodies; long
portfolio titles before a name; "the imam", "the priest", "the vicar" back to the cleric so
titled; apologies and fatwas as documents; unnamed sources inside an office. Self-written
sentences."""

import pytest

from workbench.quotes import quote_records


def _recs(text: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["speaker_name"], r["source_type"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Maulana Fazal Karim Hashmi said the sit-in would end on Friday.", "Fazal Karim Hashmi"),
        ("Haji Rasool Bakhsh said the bazaar would reopen next week.", "Rasool Bakhsh"),
        ("Advocate Nida Sheikhani said the appeal had been lodged.", "Nida Sheikhani"),
        ("SSP Dinesh Wickrama said four suspects were in custody.", "Dinesh Wickrama"),
        ("DSP Arif Lodhi said the highway had been cleared.", "Arif Lodhi"),
        ('"We welcome every visitor," H.E. Sultan Al Mazrooq said.', "Sultan Al Mazrooq"),
    ],
)
def test_titles_left_out(text, speaker):
    [(_, name, kind)] = _recs(text)
    assert (name, kind) == (speaker, "person")


def test_initials_kept_whole():
    # (the run after dotted initials reads them whole: no initial lost, none invented)
    [(_, name, _kind)] = _recs("Historian A.J. Penhallow said the archive was unique.")
    assert name == "A.J. Penhallow"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Corvel Air said it had cancelled six flights.", "Corvel Air"),
        ("Tidemark Voyages said the cruise had been cut short.", "Tidemark Voyages"),
        ("The think tank Upland Futures said rents would keep rising.", "Upland Futures"),
        ("The Eelam People's Front said the talks had failed.", "Eelam People's Front"),
        ("The Coastal Farm Policy Unit said the scheme was underfunded.", "Coastal Farm Policy Unit"),
        (
            "The cheese maker's parent, the dairy processor Brindlecombe, said prices would fall.",
            "Brindlecombe",
        ),
        ("Portugal's sea agency, Marvela, said the storm would pass by Sunday.", "Marvela"),
    ],
)
def test_organisations_not_people(text, speaker):
    recs = _recs(text)
    assert recs and all((name, kind) == (speaker, "organisation") for _, name, kind in recs)


def test_company_then_a_person_stays_a_person():
    # (no comma closes the apposition: a person speaks after the clause)
    [(_, name, kind)] = _recs("After meeting the company, Trelawny said the offer was fair.")
    assert (name, kind) == ("Trelawny", "person")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The National Beekeepers' Guild said the winter had been hard.", "National Beekeepers' Guild"),
        ("The Federal Audit Bureau said the accounts were in order.", "Federal Audit Bureau"),
        ("The Diocese of Marrowby said the chapel would close.", "Diocese of Marrowby"),
        ("The charity Faith in Harbour said the shelter was full.", "Faith in Harbour"),
        ("Hope in Orchards said volunteers were needed.", "Hope in Orchards"),
    ],
)
def test_names_kept_whole(text, speaker):
    [(_, name, kind)] = _recs(text)
    assert (name, kind) == (speaker, "organisation")


def test_national_body_it_and_its_noun():
    text = (
        "The National Tides Bureau issued a flood alert. Residents should move cars, it said. "
        "The Federal Census Office released figures. The office said births had fallen."
    )
    names = [name for _, name, _ in _recs(text)]
    assert names == ["National Tides Bureau", "Federal Census Office"]


def test_party_committee_keeps_its_opening_word():
    [(_, name, _kind)] = _recs("The Liberal National Committee said the vote was fair.")
    assert name == "Liberal National Committee"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The Dominican order said the priory would be sold.", "Dominican order"),
        ("The dairy cooperative Fernhollow said its members would vote.", "Fernhollow"),
        ("The state news agency Al-Noor reported that the prince had arrived.", "Al-Noor"),
        ("The Maltese coastguard said 31 people had been picked up.", "Maltese coastguard"),
    ],
)
def test_bodies_by_their_noun(text, speaker):
    [(_, name, kind)] = _recs(text)
    assert (name, kind) == (speaker, "organisation")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Minister of State for Information Shahbaz Qureshi said the curfew was lifted.", "Shahbaz Qureshi"),
        (
            "Federal Minister for Planning Junaid Warraich said the railway would be upgraded.",
            "Junaid Warraich",
        ),
        ("Federal Minister for Water Resources Saad Bhatti said the canal was finished.", "Saad Bhatti"),
    ],
)
def test_long_portfolio_titles(text, speaker):
    [(_, name, kind)] = _recs(text)
    assert (name, kind) == (speaker, "person")


def test_coastguard_never_resolves_forward():
    text = (
        'The Coastguard said two anglers had been lifted off the rocks. "The tide came in fast," '
        "said winchman Oren Talbot."
    )
    assert [(name, kind) for _, name, kind in _recs(text)] == [
        ("Coastguard", "organisation"),
        ("Oren Talbot", "person"),
    ]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            'Imam Wahid Rasheed led prayers for the victims. "Our hall is open to all," the imam said.',
            "Wahid Rasheed",
        ),
        ('Father Sean Ormsby spoke at the gate. "We hold them close," the priest said.', "Sean Ormsby"),
        (
            "Reverend Miriam Tull opened the harvest supper. The vicar said the roof fund was growing.",
            "Miriam Tull",
        ),
    ],
)
def test_cleric_descriptors(text, speaker):
    [(_, name, kind)] = _recs(text)
    assert (name, kind) == (speaker, "person")


@pytest.mark.parametrize(
    "text",
    [
        "The apology said the school had failed its pupils.",
        "The fatwa said the lottery was forbidden.",
    ],
)
def test_apology_and_fatwa_are_documents(text):
    [(_, _name, kind)] = _recs(text)
    assert kind == "document"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The cardinal will visit in June, the bishops' conference said.", "bishops' conference"),
        ("The quarry was unsafe, the Mines and Safety Inspectorate said.", "Mines and Safety Inspectorate"),
        ("The Mines and Safety Inspectorate said the quarry was unsafe.", "Mines and Safety Inspectorate"),
    ],
)
def test_closing_bodies(text, speaker):
    [(_, name, kind)] = _recs(text)
    assert (name, kind) == (speaker, "organisation")


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Sources in the Chief Minister's Office told reporters that the cabinet would meet.",
            "Sources in the Chief Minister's Office",
        ),
        ("Sources in the Governor's Office said the decree was ready.", "Sources in the Governor's Office"),
    ],
)
def test_sources_inside_an_office(text, speaker):
    [(_, name, _kind)] = _recs(text)
    assert name == speaker
