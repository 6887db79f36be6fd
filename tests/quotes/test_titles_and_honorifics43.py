"""Speakers' names as West African, Malaysian, Philippine, church, council, school and
entertainment copy write them: honorifics and two-word titles before a name, a dotted title
after a quotation, a role written as a title, a nickname in marks inside a name, a name after a
relative's noun and its phrase. Sentences self-written, names invented."""

import pytest

from workbench.quotes import quote_records


def records(text: str) -> list[tuple[str, str]]:
    """(statement, speaker_name) of each record of ``text``."""
    return [(r["text"], r["speaker_name"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "title",
    [
        "Hon.",
        "Alhaji",
        "Hajia",
        "Datuk",
        "Datuk Seri",
        "Dato' Sri",
        "Tan Sri",
        "Datin Paduka",
        "Madam",
        "Sheriff",
        "Brigadier",
        "Fire Marshal",
        "State Fire Marshal",
        "Cllr.",
        "Engr.",
        "the Rev.",
    ],
)
def test_an_honorific_or_a_title_is_no_part_of_the_name(title: str) -> None:
    assert records(f"{title} Oyelaran Betikuma said the bridge would reopen in May.") == [
        ("the bridge would reopen in May", "Oyelaran Betikuma")
    ]


def test_a_surname_later_is_the_name_without_the_title() -> None:
    text = 'Sheriff Wendla Orcutt said the search had ended. "They were lucky," Orcutt said.'
    assert records(text) == [
        ("the search had ended", "Wendla Orcutt"),
        ("They were lucky", "Wendla Orcutt"),
    ]


@pytest.mark.parametrize("name", ["Tan Brightwater", "Sri Pemala Anggun", "Marshal Vostrikov"])
def test_a_title_pairs_words_alone_are_names(name: str) -> None:
    assert records(f"{name} said the ferry was late.") == [("the ferry was late", name)]


@pytest.mark.parametrize(
    "title",
    ["Atty.", "Cllr.", "Engr.", "Msgr.", "Fr.", "the Rev.", "the Very Rev.", "Hon.", "Brig. Gen."],
)
def test_a_dotted_title_after_a_quotation_ends_no_sentence(title: str) -> None:
    assert records(f'"The appeal is lodged," said {title} Quintessa Ballard.') == [
        ("The appeal is lodged", "Quintessa Ballard")
    ]
    assert records(f'"The appeal is lodged," {title} Quintessa Ballard told reporters.') == [
        ("The appeal is lodged", "Quintessa Ballard")
    ]


def test_a_particle_of_philippine_names_joins_the_name() -> None:
    assert records('"The dike held," said Engr. Teodulo dela Paz Jr., the district engineer.') == [
        ("The dike held", "Teodulo dela Paz")
    ]


@pytest.mark.parametrize(
    "role",
    [
        "Rapper",
        "Principal",
        "Newcomer",
        "Singer-songwriter",
        "Sixth-former",
        "Ten-year-old",
        "Head of sixth form",
        "Head of year",
        "Director of communications",
    ],
)
def test_a_role_written_as_a_title_is_no_part_of_the_name(role: str) -> None:
    assert records(f"{role} Quillon Averhart said the results were a relief.") == [
        ("the results were a relief", "Quillon Averhart")
    ]


def test_a_post_with_its_portfolio_opens_a_transcripts_label() -> None:
    assert records('Head of sixth form Quillon Averhart: "We are proud of every one of them."') == [
        ("We are proud of every one of them.", "Quillon Averhart")
    ]


def test_a_trade_that_is_a_surname_stays_in_the_name() -> None:
    # "Singer" is a surname as often as a trade (a known given name after it is cut as before)
    assert records("Singer Brannoch Vale said the tour was over.") == [
        ("the tour was over", "Singer Brannoch Vale")
    ]


def test_a_plural_noun_before_a_given_name_is_no_part_of_it() -> None:
    text = 'Twins Emily and Rosa Penhallow both passed. "We studied together," said Emily.'
    assert records(text) == [("We studied together", "Emily")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mayor Teodoro “Dodong” Alcaraz said classes would resume on Monday.", "Teodoro Alcaraz"),
        ('Councilor Jose "Pempe" Villareal said the ordinance had passed.', "Jose Villareal"),
        ("Kwame “Scorch” Addae, a trader, said prices had doubled.", "Kwame Addae"),
    ],
)
def test_a_nickname_in_marks_is_part_of_the_name_and_no_quotation(text: str, speaker: str) -> None:
    (record,) = records(text)
    assert record[1] == speaker
    assert "“" not in record[0] and '"' not in record[0]


def test_a_headline_in_title_case_keeps_its_quoted_word() -> None:
    assert not any(sp == "Vote" for _, sp in records('Lund Calls Plan "Reckless" Ahead of Vote'))


@pytest.mark.parametrize(
    "name",
    ["José Luis Barrientos Oyarzún", "Mayor José Luis Barrientos Oyarzún", "Senator José Antonio Oyarzún"],
)
def test_an_accented_given_name_opens_the_name(name: str) -> None:
    (record,) = records(f"{name} said the road was closed.")
    assert record[1] == name.removeprefix("Mayor ").removeprefix("Senator ")


@pytest.mark.parametrize(
    ("relative", "name"),
    [
        ("his wife of 52 years, Ottilie,", "Ottilie"),
        ("her husband of 30 years, Brannagh,", "Brannagh"),
        ("his partner of 12 years, Dana Whitcombe,", "Dana Whitcombe"),
    ],
)
def test_a_name_after_a_relatives_noun_and_its_phrase_is_the_speaker(relative: str, name: str) -> None:
    assert records(f'"He was my rock," {relative} said.') == [("He was my rock", name)]


def test_a_name_after_a_person_in_the_phrase_stays_ambiguous() -> None:
    # the name may be the wife's or the defender's: the descriptor is kept
    (record,) = records('"It is over for us," the wife of the defender, Corrin Vasquez, said.')
    assert record[1] != "Corrin Vasquez"


def types(text: str) -> list[tuple[str, str]]:
    """(speaker_name, source_type) of each record of ``text``."""
    return [(r["speaker_name"], r["source_type"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "surname", ["Sheriff", "Brigadier", "Madam", "Tun", "Puan", "Datin", "Hon", "Alderman"]
)
@pytest.mark.parametrize(
    "template",
    [
        '"The levee held," said Orla {}, a retired nurse.',
        '"The levee held," said Orla {}.',
        '"The levee held," Orla {} told reporters.',
        "Orla {}, 61, said the levee had held.",
        "Orla {} said the levee had held.",
        '"The levee held," said Orla Mae {}.',
    ],
)
def test_a_title_word_after_a_given_name_the_lists_do_not_know_is_a_surname(
    template: str, surname: str
) -> None:
    name = ("Orla Mae " if "Mae" in template else "Orla ") + surname
    assert types(template.format(surname)) == [(name, "person")]


@pytest.mark.parametrize(
    "text",
    [
        '"The levee held," said the Dunmore Sheriff.',
        '"The levee held," said Ballard County Sheriff.',
        '"The levee held," Tarrow Mayor said.',
        '"The levee held," said Kelso Spokesman.',
    ],
)
def test_a_place_and_an_office_stay_unnamed(text: str) -> None:
    # an article, a jurisdiction's word or a role's noun: the office, no person's surname
    assert "person" not in [t for _, t in types(text)]


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        ('"We held the line," Bienvenido "Bongbong" Aquilar said.', "We held the line", "Bienvenido Aquilar"),
        ('"We held the line," Corazon “Cora” Ilagan told reporters.', "We held the line", "Corazon Ilagan"),
        ('"We held the line," said Bienvenido "Bongbong" Aquilar.', "We held the line", "Bienvenido Aquilar"),
        (
            '"We held the line," said Bienvenido "Bongbong" Aquilar, a boatman from the cove.',
            "We held the line",
            "Bienvenido Aquilar",
        ),
        (
            '"We held the line," Bienvenido "Bongbong" Aquilar, a boatman, told the crowd.',
            "We held the line",
            "Bienvenido Aquilar",
        ),
    ],
)
def test_a_nickname_in_the_speakers_name_after_a_quotation(text: str, quoted: str, speaker: str) -> None:
    assert records(text) == [(quoted, speaker)]


def test_a_pronoun_after_a_nicknamed_speaker_is_theirs() -> None:
    text = '"The nets are empty," Bienvenido "Bongbong" Aquilar said. "We will sail again," he added.'
    assert records(text) == [
        ("The nets are empty", "Bienvenido Aquilar"),
        ("We will sail again", "Bienvenido Aquilar"),
    ]
