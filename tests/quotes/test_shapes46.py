"""Probes 46a/46b's shape classes: a press release's label before a quotation ("Quote from X,
<title>:", "Statement from X:"), a live blog's "Key quotes:" over a list of quotations, a
line's furniture (a bullet, "UPDATE 16:50 -") before its sentence, a one-word adverbial before
a subject ("Overnight, the company said"), social handles as speakers ("wrote @name"), an
adjunct between a speech noun and its colon ("a warning on Saturday:") and a number's comma
in the addressee of "told". Self-written sentences."""

import pytest

from workbench.quotes import quote_records


def _recs(text: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["speaker_name"], r["source_type"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            'Quote from Dr Mina Castell, head of research at the Pellow Trust:\n\n"Early help works, and it works fast."',
            "Mina Castell",
        ),
        (
            'Statement from the Garrow family:\n\n"Ellis filled every room with laughter. We miss him."',
            "Garrow family",
        ),
        (
            'Comment from Rhys Tallant, chief executive of Oakbrook Homes:\n\n"We are proud of this scheme."',
            "Rhys Tallant",
        ),
        (
            'Quote attributable to Lena Brisk, spokesperson for Skylark Ferries:\n\n"Safety comes first for us."',
            "Lena Brisk",
        ),
        (
            'Quote from Tam Ocker, Managing Director, Fenwick Pumps:\n\n"This order secures 200 jobs here."',
            "Tam Ocker",
        ),
        (
            'Statement from Harlow Mutual:\n\n"We are sorry for the delay and are working to fix it."',
            "Harlow Mutual",
        ),
    ],
)
def test_press_release_label_names_the_source(text, name):
    recs = _recs(text)
    assert len(recs) == 1
    assert recs[0][1] == name


@pytest.mark.parametrize(
    "text, names",
    [
        (
            'The housing minister has been speaking in the chamber. Key quotes:\n\n- "Rents are too high."\n'
            '- "I have asked for a review by June."',
            ["housing minister", "housing minister"],
        ),
        (
            'Key quotes from the chancellor:\n\n\u2022 "We will balance the books."\n\u2022 "Growth comes first, and it comes now."',
            ["chancellor", "chancellor"],
        ),
        (
            'Key quotes:\n\n- "We will balance the books." - Petra Vail\n- "Growth comes first, and it comes now." - Odo Marlin',
            ["Petra Vail", "Odo Marlin"],
        ),
        (
            'Key quotes:\n\n\u2022 Petra Vail: "We will balance the books."\n\u2022 Odo Marlin: "Growth comes first, and it comes now."',
            ["Petra Vail", "Odo Marlin"],
        ),
    ],
)
def test_key_quotes_list(text, names):
    assert [n for _, n, _ in _recs(text)] == names


@pytest.mark.parametrize(
    "text, content, name",
    [
        (
            "\u2022 The council says the bin strike will end on Friday.",
            "the bin strike will end on Friday",
            "council",
        ),
        (
            "\u2022 The company says its tills have been fixed.\n\u2022 Stores will open as usual",
            "its tills have been fixed",
            "company",
        ),
        (
            "UPDATE 16:50 - The council has confirmed that every school in the borough will shut tomorrow.",
            "every school in the borough will shut tomorrow",
            "council",
        ),
        (
            "Update 12:30 - The force said the bridge would reopen on Sunday.",
            "the bridge would reopen on Sunday",
            "force",
        ),
        ("16:50 GMT: The council says the ring road will reopen.", "the ring road will reopen", "council"),
    ],
)
def test_line_furniture_before_the_sentence(text, content, name):
    recs = _recs(text)
    assert len(recs) == 1
    assert recs[0][0] == content
    assert recs[0][1] == name


@pytest.mark.parametrize(
    "text, name",
    [
        ("Overnight, the company said its servers had been restored.", "company"),
        ("Elsewhere, the council said the bypass would reopen.", "council"),
        ("Locally, the council said it had no plans to shut the pool.", "council"),
        (
            'Overnight, the palace press secretary said the king "remains well" after his fall.',
            "palace press secretary",
        ),
        ("Downstairs, the landlord said the flat had been empty for weeks.", "landlord"),
    ],
)
def test_one_word_adverbial_is_no_speaker(text, name):
    recs = _recs(text)
    assert len(recs) == 1
    assert recs[0][1] == name


@pytest.mark.parametrize(
    "text, name",
    [
        ('"Utterly shameful," wrote @heronwatch_liz.', "@heronwatch_liz"),
        ("@runner_moira wrote that she had waited three hours for a bus.", "@runner_moira"),
        ('"Who planned this junction?" the Reddit user u/roundaboutrage wrote.', "u/roundaboutrage"),
        ("The Reddit user u/quietlodger42 wrote that the landlord had kept the deposit.", "u/quietlodger42"),
        ("One user, @greenfinch77, replied that the council should be ashamed.", "@greenfinch77"),
    ],
)
def test_social_handle_is_the_speaker(text, name):
    recs = _recs(text)
    assert len(recs) == 1
    assert recs[0][1] == name


@pytest.mark.parametrize(
    "text, name",
    [
        (
            'The video was first shared by the account @marsh_owls, which wrote: "Look who came back."',
            "@marsh_owls",
        ),
        ('The account @tidewater_buses wrote: "Services are suspended."', "@tidewater_buses"),
    ],
)
def test_a_noun_before_a_handle_describes_it(text, name):
    # the handle names who posted, a person unless the text says otherwise (a handle ending
    # in "s" is no plural)
    recs = _recs(text)
    assert [(n, t) for _, n, t in recs] == [(name, "person")]


def test_email_address_is_no_handle():
    recs = _recs("Write to letters@example.org, the paper said.")
    assert all("@" not in n for _, n, _ in recs)


@pytest.mark.parametrize(
    "text, content",
    [
        (
            'Forecaster Ada Pell tweeted a warning on Sunday: "Stay off the roads tonight."',
            "Stay off the roads tonight.",
        ),
        (
            'Forecaster Ada Pell issued a warning on Sunday: "Stay off the roads tonight."',
            "Stay off the roads tonight.",
        ),
        (
            'The coastguard gave a warning to walkers: "Keep away from the cliffs."',
            "Keep away from the cliffs.",
        ),
    ],
)
def test_adjunct_before_colon_is_no_content(text, content):
    recs = _recs(text)
    assert len(recs) == 1
    assert recs[0][0] == content


@pytest.mark.parametrize(
    "text",
    [
        "The vlogger told his 650,000 subscribers that he would take a break from filming.",
        "The vlogger told his 650,000 subscribers during a live stream that he would take a break from filming.",
    ],
)
def test_number_comma_in_addressee(text):
    recs = _recs(text)
    assert len(recs) == 1
    assert recs[0][0] == "he would take a break from filming"
