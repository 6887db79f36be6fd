"""Bodies and titles of defence, diplomacy and labour copy: firms named by their trade
("Pellworth Systems", "Brackley Trains") and "the Confederation of X" whole; services, forces
and a firm's management named by their kind ("the navy", "the coast guard", "the general
staff", "Management") as organisations, and "it" after them; "the force" after a police
force's name, "the company" after a firm named only by its staff ("Delmont workers"); cables and drafts as documents; church titles and "Sheikh" left out of a name,
a surname with "al-" kept in it; a lower-case "rep" as a representative, not the title "Rep.";
a capitalised "One" opening a body's name. Self-written sentences."""

import pytest

from workbench.quotes import quote_records


def _recs(text: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["speaker_name"], r["source_type"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Pellworth Systems said it would open a plant in the north.", "Pellworth Systems"),
        ("Dunmere Services said the contract had been renewed.", "Dunmere Services"),
        ("Brackley Trains said no trains would run on Sunday.", "Brackley Trains"),
        ("Ostley Dynamics said the missile had passed its tests.", "Ostley Dynamics"),
        ("Harrowgate Aerospace said the order was worth £2bn.", "Harrowgate Aerospace"),
        ("The Confederation of Shipowners said the levy was unfair.", "Confederation of Shipowners"),
    ],
)
def test_firms_by_trade(text, speaker):
    [(_, name, kind)] = _recs(text)
    assert (name, kind) == (speaker, "organisation")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The navy said the destroyer had left port.", "navy"),
        ("The air force said two jets had been scrambled.", "air force"),
        ("The coast guard said nine people had been rescued.", "coast guard"),
        ("The national guard said its troops would stay until May.", "national guard"),
        ("The general staff said the offensive had stalled.", "general staff"),
        ("The militia said it held the bridge.", "militia"),
        ("The constabulary said the road would reopen.", "constabulary"),
        ("The carmaker said the plant would close in 2027.", "carmaker"),
        ("The union's executive said the ballot would go ahead.", "union's executive"),
        ("Management said the canteen would close.", "Management"),
        ("The management said the canteen would close.", "management"),
    ],
)
def test_bodies_by_kind(text, speaker):
    [(_, name, kind)] = _recs(text)
    assert (name, kind) == (speaker, "organisation")


def test_one_guard_is_a_person():
    # (a guard, a border guard: one person; only the services' compounds are bodies)
    assert _recs("A border guard said the crossing was shut.") == [
        ("the crossing was shut", "border guard", "anonymous")
    ]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The coast guard searched the bay. Two fishermen were missing, it said.", "coast guard"),
        ("The air force grounded its fleet. The checks would take a week, it said.", "air force"),
    ],
)
def test_it_after_a_body_by_kind(text, speaker):
    assert _recs(text)[-1][1:] == (speaker, "organisation")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Lindale Police were called at 4am. A man had been arrested, the force said.", "Lindale Police"),
        ("Police Wales attended the fire. The force said no one was hurt.", "Police Wales"),
        (
            "The Brenmoor Constabulary made two arrests. The force said more were likely.",
            "Brenmoor Constabulary",
        ),
    ],
)
def test_the_force_after_a_police_name(text, speaker):
    assert _recs(text)[-1][1:] == (speaker, "organisation")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Delmont depot workers staged a walkout. The company said most staff had worked.", "Delmont"),
        ("Pelham warehouse workers in Derby walked out. The company said talks would resume.", "Pelham"),
        ("Grayton's drivers will strike next week. The carmaker said the cuts were needed.", "Grayton"),
        ("Norbury Post staff walked out on Friday. The company said letters would be late.", "Norbury Post"),
    ],
)
def test_the_company_after_its_staff(text, speaker):
    # (a body named only as its people's modifier or possessor is what "the company" means)
    assert _recs(text)[-1][1:] == (speaker, "organisation")


def test_a_farmers_workers_are_no_company():
    recs = _recs("Farmer Tom Hale's workers went on strike. The company said it was surprised.")
    assert recs[-1][1] == "company"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The cable, sent in March, warned that the talks had stalled.", "cable"),
        ("A diplomatic cable said the envoy had been recalled.", "diplomatic cable"),
        ("The draft says that tariffs would be cut in stages.", "draft"),
        ("The tariffs would be cut in stages, according to a draft seen by reporters.", "draft"),
    ],
)
def test_diplomatic_texts(text, speaker):
    [(_, name, kind)] = _recs(text)
    assert (name, kind) == (speaker, "document")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Cardinal Ilario Benedetti said the talks must continue.", "Ilario Benedetti"),
        ("Archbishop Kwabena Osei said the violence must stop.", "Kwabena Osei"),
        ("Bishop Clara Wendt said the shelter would stay open.", "Clara Wendt"),
        ("Sheikh Omar al-Tamimi said the ceasefire would hold.", "Omar al-Tamimi"),
        ("Faris al-Haddad said the ceasefire would hold.", "Faris al-Haddad"),
    ],
)
def test_church_titles_and_honorifics(text, speaker):
    [(_, name, kind)] = _recs(text)
    assert (name, kind) == (speaker, "person")


def test_bishop_as_a_surname():
    recs = _recs("Senator Gail Bishop said the bill was dead. Bishop said she would vote no.")
    assert [r[1] for r in recs] == ["Gail Bishop", "Gail Bishop"]


@pytest.mark.parametrize(
    "text",
    [
        '"We have a deal at last," a union rep at the depot said.',
        '"We have a deal at last," a union rep said.',
        '"We have a deal at last," said a union rep.',
        'A union rep at the depot said: "We have a deal at last."',
    ],
)
def test_lower_case_rep(text):
    [(content, name, kind)] = _recs(text)
    assert (content.rstrip("."), name, kind) == ("We have a deal at last", "union rep", "anonymous")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("One Harbour said the ferry plan was reckless.", "One Harbour"),
        ("The One Planet Trust said the grant would double.", "One Planet Trust"),
        ("The One Valley Radio Network said the poll was wrong.", "One Valley Radio Network"),
    ],
)
def test_one_opening_a_name(text, speaker):
    [(_, name, kind)] = _recs(text)
    assert (name, kind) == (speaker, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "One Republican said the vote was close.",
        "One Kenyan said the vote was close.",
        "One official said the vote was close.",
    ],
)
def test_one_as_a_determiner(text):
    # (one of a party's members, a people or a role's holders: no body's name)
    [(_, _, kind)] = _recs(text)
    assert kind != "organisation"
