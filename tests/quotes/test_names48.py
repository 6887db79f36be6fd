"""Speaker names (issue 15, copy of trade, South Asian and Pacific kinds): a trade or a rank
written as a title before a full name is a role ("Florist Adaeze Okonkwo"); a name keeps its
first word after a role ("Port Authority secretary Zubair Ahmed Qureshi") and its initials
("K. P. Nimal Perera"); a post after a body's name holding "and" names the person ("Tea
Growers and Packers Association (TGPA) President ...", "Harbour Police and Coast Guard duty
officer ..."); an appositive name past a "while ..." aside speaks; a body's name goes on
through "of" ("The Reserve Bank of Norvania") and over a small word inside it ("The Seeds and
Farm products Licensing Agency"). Self-written sentences, invented names."""

import pytest

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (r["text"], str(r["speaker"]), str(r["speaker_name"]), r["source_type"])
        for r in quote_records("Intro.\n\n" + text)
    ]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Florist Adaeze Okonkwo said the wreaths had sold out by noon.", "Adaeze Okonkwo"),
        ('"The crowd never gave up," Shoutcaster Callum MacFarlane said.', "Callum MacFarlane"),
        ("Dietician Oyelaran Babatunde said the menu was too salty.", "Oyelaran Babatunde"),
        ('"He will appear in court on Monday," DSP Qasim Raza Bhatti told reporters.', "Qasim Raza Bhatti"),
        (
            '"Margins held up," Chief Financial Officer Suthep Ratanakorn said on the call.',
            "Suthep Ratanakorn",
        ),
    ],
)
def test_a_trade_or_rank_before_a_full_name_is_a_role(text, name):
    [(_, speaker, got, kind)] = _records(text)
    assert (speaker, got, kind) == (name, name, "person")


@pytest.mark.parametrize(
    "text, name",
    [
        # surnames that end like a trade's noun stay whole, and so do bodies after a capital rank
        ("Baker Tom Hale said the bread was late.", "Tom Hale"),
        ("Rosa Baker said the bread was late.", "Rosa Baker"),
        ("Ann Taylor said the bread was late.", "Ann Taylor"),
        ("Councillor Dev Raman said the plan was sound.", "Dev Raman"),
    ],
)
def test_names_that_look_like_trades_stay(text, name):
    [(_, _, got, kind)] = _records(text)
    assert (got, kind) == (name, "person")


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Port Authority secretary Zubair Ahmed Qureshi said the berths would reopen.",
            "Zubair Ahmed Qureshi",
        ),
        (
            "Port Authority Secretary Zubair Ahmed Qureshi said the berths would reopen.",
            "Zubair Ahmed Qureshi",
        ),
        ('"We sell at a loss now," said K. P. Nimal Perera, a tea planter.', "K. P. Nimal Perera"),
        # ("A." is an initial there, no article)
        ('"We sell at a loss now," said A. Nimal Perera.', "A. Nimal Perera"),
    ],
)
def test_name_parts_are_kept(text, name):
    [(_, speaker, got, kind)] = _records(text)
    assert (speaker, got, kind) == (name, name, "person")


def test_a_body_before_a_given_name_is_still_cut():
    # ("the agency Grainline Consult" is the employer, not the person's first name)
    [(_, _, got, _)] = _records(
        "An analyst at the agency Grainline Consult Pavel Hrytsenko said prices would rise."
    )
    assert got == "Pavel Hrytsenko"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Norvania Tea Growers and Packers Association (NTGPA) President Mahbub Alam Siddiqui said "
            "exports had fallen by a tenth.",
            "Mahbub Alam Siddiqui",
        ),
        (
            "The blaze was brought under control after three hours, Harbour Police and Coast Guard duty "
            "officer Nasir Uddin Khondoker said.",
            "Nasir Uddin Khondoker",
        ),
        (
            "The spokesperson of the Interior Ministry, Rukhsana Bano Mirza, while responding to a question "
            "at the weekly briefing, said that the border would stay open.",
            "Rukhsana Bano Mirza",
        ),
    ],
)
def test_the_person_after_a_long_post_speaks(text, name):
    [(_, _, got, kind)] = _records(text)
    assert (got, kind) == (name, "person")


def test_two_people_joined_by_and_stay_apart():
    # no body's word in "Granollers and team captain": no post holding "and"
    records = _records("Granollers and team captain Feliciano Lopez said the match was over.")
    assert all(name != "Feliciano Lopez" for _, _, name, _ in records)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The Reserve Bank of Norvania held its main rate at 4 per cent on Thursday and said it "
            "expected to keep it there.",
            "Reserve Bank of Norvania",
        ),
        (
            "The Seeds and Farm products Licensing Agency said it was reviewing 12 complaints.",
            "Seeds and Farm products Licensing Agency",
        ),
        (
            "The Food and Drug Administration said it was reviewing 12 complaints.",
            "Food and Drug Administration",
        ),
    ],
)
def test_a_body_name_is_whole(text, name):
    [(_, _, got, kind)] = _records(text)
    assert (got, kind) == (name, "organisation")


@pytest.mark.parametrize(
    "text, name",
    [
        ('Shoutcaster Ewan "Macca" Lindqvist called it "the comeback of the decade".', "Ewan Lindqvist"),
        ('Councillor Marisol "Sol" Dagatan said the road would reopen.', "Marisol Dagatan"),
    ],
)
def test_a_nickname_inside_the_name_is_left_out_of_it(text, name):
    [(_, speaker, got, kind)] = _records(text)
    assert speaker.endswith(name)  # (a title as written stays: "Councillor Marisol Dagatan")
    assert (got, kind) == (name, "person")


def test_a_group_named_in_marks_before_a_name_stays():
    # (after a lower-case word the marks name a unit, no nickname: its head speaks)
    [(_, speaker, got, _)] = _records(
        'Ten posts were lost, the spokesman of the brigade "North" Ivo Daskalov said.'
    )
    assert got == "Ivo Daskalov"
