"""A member named in an aside after a group ("Ferry crews, including Oda Lind, said") is no
speaker: the group before the aside speaks, as PolNeAR's sources (the whole noun phrase,
aside and all) read it; the same for a collective noun and for someone the subject is likened
to ("The coach, like her assistant, said"). Self-written sentences, with near misses where
the old answer was right."""

from workbench.quotes import quote_records


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(r["kind"], r["speaker"]) for r in quote_records(text)]


def test_plural_subject_before_an_including_aside_speaks():
    text = 'Ferry crews, including Oda Lind, said: "The timetable cannot hold."'
    assert _speakers(text) == [("direct", "Ferry crews")]
    text = (
        "Many beekeepers, including Jon Aas, said the spring frost had killed half of their "
        "colonies across the valley."
    )
    assert _speakers(text) == [("indirect", "Many beekeepers")]


def test_each_opening_word_of_the_aside():
    for opening in ("among them", "among whom", "notably", "like", "such as"):
        text = f'Bus drivers, {opening} Rui Costa, said: "Nobody checked the brakes."'
        assert _speakers(text) == [("direct", "Bus drivers")], opening


def test_a_list_of_members_and_a_member_with_a_relative_clause():
    text = 'Bus drivers, including Rui Costa, Lena Falk and Tim Ode, said: "Nobody checked the brakes."'
    assert _speakers(text) == [("direct", "Bus drivers")]
    text = 'Bus drivers, including Rui Costa, who has driven for 20 years, said: "Nobody checked the brakes."'
    assert _speakers(text) == [("direct", "Bus drivers")]


def test_members_of_something_else_than_people():
    text = 'Bus drivers, including some mechanics, said: "Nobody checked the brakes."'
    assert _speakers(text) == [("direct", "Bus drivers")]


def test_a_collective_subject_speaks_not_its_named_member():
    text = 'The choir, including its conductor Ines Vale, said: "We will sing on Sunday."'
    assert _speakers(text) == [("direct", "The choir")]
    text = 'The jury, notably its foreman Abel Roth, said: "We need another day."'
    assert _speakers(text) == [("direct", "The jury")]


def test_someone_the_subject_is_likened_to_is_no_speaker():
    text = 'The coach, like her assistant Milo Brandt, said: "We lost our nerve."'
    assert _speakers(text) == [("direct", "The coach")]
    text = 'Nora Egge, like Milo Brandt, said: "We lost our nerve."'
    assert _speakers(text) == [("direct", "Nora Egge")]


def test_aside_after_a_quotation_and_after_an_inverted_cue():
    text = '"The timetable cannot hold," residents, including Oda Lind, said.'
    assert _speakers(text) == [("direct", "residents")]
    text = '"The timetable cannot hold," said residents, including Oda Lind.'
    assert _speakers(text) == [("direct", "residents")]
    # a group no reader knows after a quotation: as without the aside, no speaker
    text = '"The timetable cannot hold," ferry crews, including Oda Lind, said.'
    assert _speakers(text) == _speakers('"The timetable cannot hold," ferry crews said.') == []


def test_aside_about_the_object_of_the_subjects_relative_clause():
    # the aside names members of "several harbours", the relative clause's object
    text = 'Nora Egge, who has managed several harbours, including the Vik quay, said: "We lost our nerve."'
    assert _speakers(text) == [("direct", "Nora Egge")]
    text = 'The port board, which met several union leaders, including Ada Holm, said: "Talks will go on."'
    assert _speakers(text) == [("direct", "The port board")]


def test_near_misses_keep_the_name():
    # no group before the aside: the name speaks
    text = 'Nora Egge, including in her weekly column, said: "We lost our nerve."'
    assert _speakers(text) == [("direct", "Nora Egge")]
    # a relative clause that mentions a group: the name before it speaks
    text = 'Rui Costa, who spoke for many drivers, said: "Nobody checked the brakes."'
    assert _speakers(text) == [("direct", "Rui Costa")]
    # "Including" opening the sentence: no subject before it, the relative's name speaks
    text = 'Including Rui Costa, who said "Nobody checked the brakes."'
    assert [(r["speaker"], r["speaker_name"]) for r in quote_records(text)] == [("who", "Rui Costa")]
    # an apposition is no member aside: the name in it is the role's person
    text = 'The driver, Rui Costa, said: "Nobody checked the brakes."'
    assert _speakers(text) == [("direct", "Rui Costa")]


def test_no_group_read_when_a_member_is_named_in_a_belief_clause():
    # the group is no known speaker before a belief verb: as without the aside, no statement,
    # rather than the member named in it
    text = 'Many anglers, including Jon Aas, think the new weir is "a threat to the salmon."'
    without = 'Many anglers think the new weir is "a threat to the salmon."'
    assert _speakers(text) == _speakers(without) == []
