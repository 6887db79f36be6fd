"""Speaker phrases are read once across documents; a timing forgets them between passes."""

from workbench.quotes._mentions import _parse_at_zero, forget_parses, parse_speaker


def test_a_phrase_is_read_once_moved_and_forgotten_on_request():
    forget_parses()
    first = parse_speaker("Councillor Wendy Marsh", 10)
    again = parse_speaker("Councillor Wendy Marsh", 40)
    assert first is not None and again is not None
    assert (first.start, first.end, again.start, again.end) == (10, 32, 40, 62)
    assert again.name == first.name
    assert _parse_at_zero.cache_info().hits == 1
    forget_parses()
    assert _parse_at_zero.cache_info().currsize == 0


def test_callers_get_copies_they_may_change():
    forget_parses()
    one = parse_speaker("the spokesman")
    assert one is not None
    one.role = "changed"
    other = parse_speaker("the spokesman")
    assert other is not None and other.role != "changed"


def test_capitalised_runs_are_read_once_and_forgotten_on_request():
    from workbench.quotes._name_leads import _stripped_lead, strip_name_lead
    from workbench.quotes._name_runs import read_run

    forget_parses()
    stripped, surname = read_run("Transport Secretary Mark Harper")
    assert stripped == ["Mark", "Harper"] and surname == ("harper", ["Mark", "Harper"])
    assert read_run("Transport Secretary Mark Harper")[0] is stripped
    assert read_run.cache_info().hits == 1
    forget_parses()
    assert read_run.cache_info().currsize == 0
    assert strip_name_lead(["Transport", "Secretary", "Mark", "Harper"]) == ["Mark", "Harper"]
    assert _stripped_lead.cache_info().currsize == 1
    forget_parses()
    assert _stripped_lead.cache_info().currsize == 0


def test_one_word_runs_read_as_the_general_loop_reads_them():
    from workbench.quotes._name_run import name_run
    from workbench.quotes._names import speaker_words

    words = speaker_words()
    assert name_run(["Okonkwo"], words) == (0, 0, None)
    assert name_run(["Okonkwo,"], words) == (0, 0, None)
    assert name_run(["Okonkwo's"], words) == (None, None, None)
    assert name_run(["the"], words) == (None, None, None)
    # and as a phrase: one word named, a bare possessor no person's name (a firm's, as
    # "Christie's said": typed by the text that follows, round 47)
    assert parse_speaker("Okonkwo") is not None and parse_speaker("Okonkwo").kind == "name"
    assert parse_speaker("Okonkwo's") is None or parse_speaker("Okonkwo's").kind == "organisation"
