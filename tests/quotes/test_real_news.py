"""Failure classes seen on real news (issue 15), each with a sentence of our own: the
statement found, its speaker resolved, its source typed."""

import pytest

from workbench.quotes import extract_quotes


def _found(text):
    q = extract_quotes(text)
    return [(r.text, r.speaker_name, r.cue) for r in q.itertuples()]


@pytest.mark.parametrize(
    "text, expected",
    [
        # typewriter quotation marks
        (
            "''Shoppers may at last be getting some price relief,'' the economist Lena Ortiz wrote on her blog.",
            [("Shoppers may at last be getting some price relief", "Lena Ortiz", "wrote")],
        ),
        # a participle after the attribution: the second quotation is a statement of its own
        (
            '"The plant is safe," Mayor Ana Ruiz said, adding that "nobody will lose a job."',
            [("The plant is safe", "Ana Ruiz", "said"), ("nobody will lose a job.", "Ana Ruiz", "adding")],
        ),
        (
            '"We are ready," Tomas Erb said, adding: "The crews worked all night."',
            [("We are ready", "Tomas Erb", "said"), ("The crews worked all night.", "Tomas Erb", "adding")],
        ),
        # a colon introduction
        (
            'Ilse Varga said: "The pier comes first."',
            [("The pier comes first.", "Ilse Varga", "said")],
        ),
        # a quotation that ends mid-sentence keeps its attribution however long the clause runs
        (
            '"We will tax every crate that comes in," Ruiz said in March of the importers, whose '
            "trucks had been waiting at the border for three weeks.",
            [("We will tax every crate that comes in", "Ruiz", "said")],
        ),
        # any past-tense verb right after such a quotation attributes it
        ('"Go back to the boat," Captain Erb barked.', [("Go back to the boat", "Erb", "barked")]),
        # reporting verbs of the inventory
        (
            "The mayor denied that the contract had been rigged in favour of her brother.",
            [("the contract had been rigged in favour of her brother", "mayor", "denied")],
        ),
        (
            "Ruiz vowed that the harbour would reopen before the summer season.",
            [("the harbour would reopen before the summer season", "Ruiz", "vowed")],
        ),
        # a time adjunct and a connective around the subject
        (
            "But Senator Hal Brandt on Tuesday morning said the council was not in trouble.",
            [("the council was not in trouble", "Hal Brandt", "said")],
        ),
        # a party label after a name
        (
            '"We need a vote this week," said Sen. Ron Pike (R-Wis.).',
            [("We need a vote this week", "Ron Pike", "said")],
        ),
        # documents speak
        (
            'The report says "little will improve unless the rules do."',
            [("little will improve unless the rules do.", "report", "says")],
        ),
    ],
)
def test_statements(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, names",
    [
        # "the agency" refers to the organisation that spoke last, an acronym to its name
        (
            "Customs and Border Protection said it had seized the boats. The agency said the crews "
            "had been released.",
            ["Customs and Border Protection", "Customs and Border Protection"],
        ),
        (
            'The Coastal Fisheries Authority (CFA) set new quotas on Monday. "The stocks need a rest," '
            "the CFA said.",
            ["Coastal Fisheries Authority"],
        ),
        # ... but "the club" is no company's short form
        (
            "Brightwell Foods Plc said on Tuesday its profit rose 12%.\n\nThe club said in a statement "
            "it would appeal against the ban.",
            ["Brightwell Foods", "club"],
        ),
        # a group introduced by name, then by its noun
        (
            "Doctors for Camp Closure, a group of physicians, said the camps were unsafe. The doctors "
            "said they had seen children fall ill.",
            ["Doctors for Camp Closure", "Doctors for Camp Closure"],
        ),
        # a pronoun after another person's quotation: the person the narration named last
        (
            'Mike Pompeo met Ashraf Ghani on Monday. "We want peace," Pompeo said. Ghani spoke after '
            "him. He said the army was ready.",
            ["Mike Pompeo", "Ashraf Ghani"],
        ),
        # a headline's title case is no speaker
        ('"We will not stop," said Harbour Watch Over The Bay.', []),
    ],
)
def test_speakers(text, names):
    assert list(extract_quotes(text)["speaker_name"]) == names


@pytest.mark.parametrize(
    "text, source_type",
    [
        ("Maria Lund said the talks had been useful and would resume.", "person"),
        ("The plan was drafted in secret, according to Washington.", "organisation"),
        ("The ministry said the bridge would reopen in the spring.", "organisation"),
        ("The survey found that most residents wanted the pier rebuilt, the report noted.", "document"),
        ("Dozens said the harbour had been closed for a week without warning.", "group"),
        ("Fishermen said the new quotas would ruin the season.", "group"),
        ("A senior official said the talks had stalled over the border.", "anonymous"),
    ],
)
def test_source_type(text, source_type):
    q = extract_quotes(text)
    assert list(q["source_type"]) == [source_type]


def test_groups_are_never_named_people():
    q = extract_quotes("Dozens said the harbour had been closed for a week without warning.")
    assert bool(q["anonymous"].iloc[0]) and q["speaker_name"].iloc[0] == "dozens"
