"""Bodies of business and science copy typed as they are: a firm the text writes as one
(its shares, its chief executive, a relative "which", a ticker) or one of the best-known
firms and agencies; a product's maker and a palace as organisations; a firm in apposition
after "the developer"; an index and a notification as documents; a body's researchers as a
group. Self-written sentences with invented names; near-misses stay as they were."""

import pytest

from workbench.quotes import quote_records


def _records(text: str) -> list[tuple[str, str, str]]:
    return [(r["text"], str(r["speaker_name"]), r["source_type"]) for r in quote_records("Intro.\n\n" + text)]


def _kinds(text: str) -> dict[str, str]:
    return {name: kind for _, name, kind in _records(text)}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Shares in Halvern rose 4 per cent after Halvern said bookings had recovered.", "Halvern"),
        ("Halvern shares fell sharply. Halvern said demand had weakened.", "Halvern"),
        ("Marlow Stanton's chief executive resigned. Marlow Stanton said profits fell.", "Marlow Stanton"),
        (
            "Brisco Tarn reported a pre-tax profit of 40 million. Brisco Tarn said demand was strong.",
            "Brisco Tarn",
        ),
        ("Kelvor Ridge, which owns 40 per cent of the mine, said it would appeal.", "Kelvor Ridge"),
        ("According to Page Nine, the couple were seen at a restaurant.", "Page Nine"),
        ("Boeing said deliveries would be delayed by six weeks.", "Boeing"),
        ("Nasa said the launch would slip to April.", "Nasa"),
        ("Morgan Stanley said margins would recover in 2027.", "Morgan Stanley"),
    ],
)
def test_a_firm_the_text_writes_as_one_is_an_organisation(text, name):
    assert _kinds(text)[name] == "organisation"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Reed said the plan was sound.", "Reed"),
        ("Reed shares the view of her colleagues. Reed said the plan was sound.", "Reed"),
        ("Price, who owns a farm nearby, said the road was dangerous.", "Price"),
        ("The report by Dr Ann Cole, which was released on Tuesday, said rates were falling.", "Ann Cole"),
        ("Malcolm Ten said the plan was sound.", "Malcolm Ten"),
        ("The developer, Tom Kilbride, said he would appeal.", "Tom Kilbride"),
        ("Its owner, Darius Roe, said it had paid.", "Darius Roe"),
    ],
)
def test_a_person_with_no_firm_words_stays_a_person(text, name):
    assert _kinds(text)[name] == "person"


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The drugmaker said the trial met its primary endpoint.", "drugmaker", "organisation"),
        ("The planemaker said deliveries rose in March.", "planemaker", "organisation"),
        ("The palace said the prince was recovering well.", "palace", "organisation"),
        ("The miner said output fell in the quarter.", "miner", "organisation"),
        ("The lawmaker said the bill was flawed.", "lawmaker", "anonymous"),
        ("The filmmaker said the film was unfinished.", "filmmaker", "anonymous"),
        ("The speaker said the debate was over.", "speaker", "anonymous"),
        ("The officer said the car was speeding.", "officer", "anonymous"),
        ("The miners said the shaft was unsafe.", "miners", "group"),
        (
            "Overnight, the palace press secretary said the king was well.",
            "palace press secretary",
            "anonymous",
        ),
        ("The drugmaker's spokesman said the trial had worked.", "drugmaker's spokesman", "anonymous"),
    ],
)
def test_a_product_maker_is_a_body_and_a_person_s_noun_is_not(text, name, kind):
    assert _kinds(text)[name] == kind


def test_a_firm_in_apposition_after_the_developer_is_an_organisation():
    text = "The developer, Tarrow Homes, said in a statement that it would work closely with residents."
    assert _kinds(text)["Tarrow Homes"] == "organisation"
    text = "The contractor, Brennock Construction, said the work was on schedule."
    assert _kinds(text)["Brennock Construction"] == "organisation"


def test_an_index_and_a_notification_are_documents():
    text = "Freight rates fell 9 per cent, according to the Harwell Container Freight Index."
    assert _kinds(text)["Harwell Container Freight Index"] == "document"
    text = "The regulator has raised the price of gas, according to a notification issued on Saturday."
    assert set(_kinds(text).values()) == {"document"}


@pytest.mark.parametrize("verb", ["say", "said"])
def test_a_body_s_researchers_are_a_group(verb):
    text = f"University of Tarrow researchers {verb} the bat population has doubled."
    [(content, name, kind)] = _records(text)
    assert (name, kind) == ("University of Tarrow researchers", "group")
    assert content == "the bat population has doubled"


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "One of the Premier League managers said the fixture list was unfair.",
            "Premier League managers",
            "anonymous",
        ),
        ("Leaders of the opposition parties said they would vote against.", "Leaders", "group"),
        (
            "The University of Tarrow said the bat population has doubled.",
            "University of Tarrow",
            "organisation",
        ),
    ],
)
def test_near_misses_of_a_body_s_people(text, name, kind):
    assert _kinds(text)[name] == kind
