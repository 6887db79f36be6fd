"""Speakers of statements in quotation marks (issue 15): a relative pronoun after a name and
its apposition is the speaker as written, standing for the name."""

from workbench.quotes import quote_records


def _speakers(text: str) -> list[tuple[str, str, str]]:
    return [(r["kind"], r["speaker"], r["speaker_name"]) for r in quote_records(text)]


def test_who_after_a_name_and_its_apposition_speaks_a_quotation():
    text = (
        "Intro line.\n\nThe loudest objection came from Petra Olsen, a ferry pilot on the lake, "
        'who said, "Nobody asked the crews before the timetable changed."\n'
    )
    assert _speakers(text) == [("direct", "who", "Petra Olsen")]


def test_who_after_a_name_and_its_apposition_speaks_mixed_quotation():
    text = (
        "Intro line.\n\nAmong the critics is Tomas Brink, the orchard's manager, who said the frost "
        '"took half of the pears in a single night."\n'
    )
    assert _speakers(text) == [("mixed", "who", "Tomas Brink")]


def test_name_with_no_relative_pronoun_keeps_its_own_words():
    text = 'Intro line.\n\nTomas Brink, the orchard\'s manager, said, "The frost took half of the pears."\n'
    assert _speakers(text) == [("direct", "Tomas Brink", "Tomas Brink")]
