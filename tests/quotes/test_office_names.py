"""Offices and bodies named with "of" or "for" are read whole, not cut at their first word.

Sentences written for the test.
"""

import pytest

from workbench.quotes import quote_records
from workbench.quotes._mentions import parse_speaker


def _speaker(text: str) -> tuple[str, str, str]:
    (r,) = quote_records(text)
    return str(r["speaker"]), str(r["speaker_name"]), str(r["source_type"])


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Mayor of Northport said the tram line would open in May.",
            ("Mayor of Northport", "Mayor of Northport", "person"),
        ),
        (
            "The Duchess of Elmstead said she was proud of the volunteers.",
            ("Duchess of Elmstead", "Duchess of Elmstead", "person"),
        ),
        (
            "The Bishop of Kellford said the cathedral roof needed urgent repair.",
            ("Bishop of Kellford", "Bishop of Kellford", "person"),
        ),
        (
            "The Secretary of State for Transport said the bridge tolls would be scrapped.",
            ("Secretary of State for Transport", "Secretary of State for Transport", "person"),
        ),
        (
            "The Leader of the Council said the budget gap had closed.",
            ("Leader of the Council", "Leader of the Council", "person"),
        ),
        (
            "The Department for Rural Affairs said the grants would be paid in June.",
            ("Department for Rural Affairs", "Department for Rural Affairs", "organisation"),
        ),
        (
            "The Institute for Coastal Studies said sea levels were rising faster.",
            ("Institute for Coastal Studies", "Institute for Coastal Studies", "organisation"),
        ),
        (
            "The Department for Work and Leisure said the scheme would be extended.",
            ("Department for Work and Leisure", "Department for Work and Leisure", "organisation"),
        ),
        (
            "The House of Delegates said the vote would be held on Friday.",
            ("House of Delegates", "House of Delegates", "organisation"),
        ),
        (
            "Friends of the Marshes said the drainage plan would ruin the wetland.",
            ("Friends of the Marshes", "Friends of the Marshes", "organisation"),
        ),
        (
            '"Waiting lists are falling," said the Minister for Health.',
            ("Minister for Health", "Minister for Health", "person"),
        ),
        (
            "The Attorney General of Nevara said the charges would stand.",
            ("Attorney General of Nevara", "Attorney General of Nevara", "person"),
        ),
        (
            "The Chief Justice of Westmark said the courts were under strain.",
            ("Chief Justice of Westmark", "Chief Justice of Westmark", "person"),
        ),
        (
            "The City of Larchmont said the road would reopen on Monday.",
            ("City of Larchmont", "City of Larchmont", "organisation"),
        ),
        (
            "Nurses Without Frontiers said the clinic had run out of supplies.",
            ("Nurses Without Frontiers", "Nurses Without Frontiers", "organisation"),
        ),
    ],
)
def test_an_office_or_a_body_is_named_whole(text, expected):
    assert _speaker(text) == expected


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # a person named after the office is the person
        ("Secretary of State Anna Berg said the talks would resume.", "Anna Berg", "person"),
        ("The Minister of Energy Tomas Varga said prices would fall.", "Tomas Varga", "person"),
        # people of a body, not the body
        ("Officials of the Harbour Board said the quay would close.", "Officials", "group"),
        ("Attorneys for Halvard Mills said the ruling would be appealed.", "Attorneys", "group"),
        ("Friends of the victim said he loved the sea.", "Friends", "group"),
        # one of many holders of a post, unnamed
        ("A Member of Parliament said the bill would be opposed.", "Member", "anonymous"),
        # a party's word in apposition is no office ("a Republican of Tervik")
    ],
)
def test_people_named_with_or_after_an_office_stay_as_they_were(text, name, kind):
    _, speaker_name, source_type = _speaker(text)
    assert (speaker_name, source_type) == (name, kind)


def test_a_capital_that_opens_a_label_is_a_role_not_an_office():
    (r,) = quote_records('Manager of the Kellford Rovers: "We were second best all afternoon."')
    assert (str(r["speaker_name"]), str(r["source_type"])) == ("Manager", "anonymous")


def test_a_pronoun_after_a_titled_office_resolves_to_it():
    text = "The Duke of Elmstead opened the new wing. He said the staff had worked wonders."
    (r,) = quote_records(text)
    assert str(r["speaker_name"]) == "Duke of Elmstead"


@pytest.mark.parametrize(
    "phrase, kind, name",
    [
        ("the Earl of Marsby", "name", "Earl of Marsby"),
        ("the Court of Appeal", "organisation", "Court of Appeal"),
        ("the Senate Committee on Harbour Safety", "organisation", "Senate Committee on Harbour Safety"),
        ("Residents of Marsby", "descriptor", "Residents"),
        ("Catherine of Marsby", "name", "Catherine"),
    ],
)
def test_phrases(phrase, kind, name):
    m = parse_speaker(phrase)
    assert (m.kind, m.name) == (kind, name)


def test_nobility_has_a_gender():
    assert parse_speaker("the Duke of Marsby").gender == "m"
    assert parse_speaker("the Countess of Marsby").gender == "f"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            'The Office of Harbour Affairs in Marsby said: "The quay stays open."',
            "Office of Harbour Affairs in Marsby",
        ),
        (
            "The Committee on Standards in Public Life said the rules would change.",
            "Committee on Standards in Public Life",
        ),
    ],
)
def test_a_body_named_with_in_is_read_whole(text, name):
    (r,) = quote_records(text)
    assert (str(r["speaker_name"]), str(r["source_type"]), str(r["cue"])) == (name, "organisation", "said")
