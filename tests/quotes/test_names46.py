"""Names of stop 46: particles and double given names, honorifics before a name, capitals
beyond Latin-1, nicknames inside a name, "Mr al-X" after the full name, bodies whose names
open with "UK"/"British", an anonymous "senior Tory MP", and an office "of/for <place>"
before its holder's name. Every sentence is invented."""

import pytest

from workbench.quotes import quote_records


def _names(text: str) -> list[str]:
    return [r["speaker_name"] for r in quote_records(text)]


def _sources(text: str) -> list[tuple[str, str]]:
    return [(r["speaker_name"], r["source_type"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        # B2: particles of Malay, Portuguese and Welsh names
        ("Siti Hajar binti Kamal said the clinic had run out of vaccine.", "Siti Hajar binti Kamal"),
        ("Joana das Neves Brito said the ferry had not come for a week.", "Joana das Neves Brito"),
        ("Bruno della Vigna said the vineyard would be sold.", "Bruno della Vigna"),
        # a double given name in a name written beyond ASCII, whose first no list knows
        ("Mehmet Ali Ka\u00e7ar, a fisherman, said the catch had halved.", "Mehmet Ali Ka\u00e7ar"),
    ],
)
def test_particles_and_double_given_names(text, name):
    assert _names(text) == [name]


def test_an_english_word_before_a_name_is_no_given_name():
    # (all ASCII: "Favourite" is a capitalised word of the sentence, no name's)
    assert _names("Favourite Tom Moyle said he would win the race.") == ["Tom Moyle"]


@pytest.mark.parametrize(
    "text, name",
    [
        # B4: honorifics before a name are titles
        ("Ustaz Farid Hakimi said the classes would resume on Monday.", "Farid Hakimi"),
        ("Smt Rekha Varadan said the well had dried up.", "Rekha Varadan"),
        ("Shri Mohan Talwar said the dam was sound.", "Mohan Talwar"),
        ("Mallam Idris Bako, a cattle trader, said prices had doubled.", "Idris Bako"),
        ("Sardar Jaspal Singh Rekhi said the fields had flooded.", "Jaspal Singh Rekhi"),
        ("Begum Rahela Anwar said the women had not been asked.", "Rahela Anwar"),
        # ... but a name that ends with a word of them keeps it
        ("Rahela Begum said the women had not been asked.", "Rahela Begum"),
    ],
)
def test_honorifics_before_a_name(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        # B20: capitals beyond Latin-1
        ("\u0141ucja Wr\u00f3bel, a nurse in Opole, said the ward was full.", "\u0141ucja Wr\u00f3bel"),
        ("\u015eeyma Kandemir, a teacher, said the exams had been a disaster.", "\u015eeyma Kandemir"),
        ("Kemal \u015eenol, a baker, said flour had doubled in price.", "Kemal \u015eenol"),
        ("\u0130brahim Topal said the bridge would reopen.", "\u0130brahim Topal"),
        ("\u0110uro Mati\u0107, a lawyer, said the ruling was unlawful.", "\u0110uro Mati\u0107"),
        ("\u017delimir Horvat said the pier was unsafe.", "\u017delimir Horvat"),
    ],
)
def test_capitals_beyond_latin_1(text, name):
    assert _sources(text) == [(name, "person")]


def test_nicknames_inside_a_name():
    # B17: the given name before a nickname stands for the whole name
    text = 'At 79, Walter "Wally" Prentiss still opens the forge at dawn. "Who else would?" he says.'
    assert _names(text) == ["Walter Prentiss"]
    # ... and a nickname in single marks is none of the surname
    assert _names("Ronald 'Ronnie' Cask said the pit closed in 1984.") == ["Ronald Cask"]


def test_mr_with_a_hyphened_particle_links_the_full_name():
    # B21
    text = "Karim al-Hadidi is the transport minister. Mr al-Hadidi said the port would reopen."
    assert _names(text) == ["Karim al-Hadidi"]
    text = "Samir el-Khoury is a judge in Tyre. Mr el-Khoury said the appeal would be heard."
    assert _names(text) == ["Samir el-Khoury"]


@pytest.mark.parametrize(
    "text, name",
    [
        # S13/S24: "UK"/"British" opening a body's name is the body's
        ("UK Finance said card fraud had fallen.", "UK Finance"),
        ("UK Finance, the lenders' trade body, said card fraud had fallen.", "UK Finance"),
        ("Card fraud fell last year, UK Finance said.", "UK Finance"),
        ("The British Retail Consortium said shop prices had risen.", "British Retail Consortium"),
        ("The British Chambers of Commerce said exports had slowed.", "British Chambers of Commerce"),
        ("UK Hospitality said a fifth of cafes were for sale.", "UK Hospitality"),
    ],
)
def test_a_country_word_opening_a_body(text, name):
    assert _names(text) == [name]


def test_a_country_word_before_a_person_stays_a_title():
    assert _names("British Transport Secretary Ann Rolt said the line would reopen.") == ["Ann Rolt"]


@pytest.mark.parametrize(
    "text",
    [
        # S16: a party and a post after a modifier describe someone unnamed
        'One senior Tory MP told me: "We are done for."',
        "A senior Conservative MP said the bill was doomed.",
    ],
)
def test_a_senior_party_mp_is_anonymous(text):
    [(name, kind)] = _sources(text)
    assert name.endswith("MP") and kind == "anonymous"


def test_a_named_mp_with_letters_after():
    assert _names("The former minister Tony Bracewell MP said the bill was doomed.") == ["Tony Bracewell"]


@pytest.mark.parametrize(
    "text, name",
    [
        # S20: an office with "of"/"for" and a place of several words, then the holder
        ("Mayor of Greater Ashcombe Dina Rawle said the trams would run all night.", "Dina Rawle"),
        ("Police and Crime Commissioner for Wendle Vale Owen Sparrow said crime had fallen.", "Owen Sparrow"),
        ("Mayor of Bristol Tom Rees said the council was short of money.", "Tom Rees"),
    ],
)
def test_an_office_of_a_place_before_a_name(text, name):
    assert _sources(text) == [(name, "person")]
