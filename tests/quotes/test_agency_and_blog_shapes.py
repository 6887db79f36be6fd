"""Shapes of agency copy and live blogs: "The agency quoted X as saying ...", "said in its
quarterly report that ...", a blog entry's time before its subject. Sentences self-written,
names invented."""

import pytest

from workbench.quotes import quote_records


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["speaker_name"], r["source_type"]) for r in quote_records("Intro.\n\n" + text)]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The Orvo News agency quoted Tomas Brandt, the cabinet secretary, as saying the fleet "
            "would return to port.",
            "Tomas Brandt",
            "person",
        ),
        (
            "The Orvo News agency quoted Tomas Brandt, the cabinet secretary, as saying the fleet would "
            "\u201creturn to port\u201d soon.",
            "Tomas Brandt",
            "person",
        ),
        (
            "Orvo quoted a spokesman for the aviation authority as saying that the fleet would return to port.",
            "spokesman",
            "anonymous",
        ),
        (
            "The spokesman for the navy, Admiral Tomas Brandt, was quoted by the agency as saying that the "
            "fleet would return to port.",
            "Tomas Brandt",
            "person",
        ),
    ],
)
def test_the_person_an_agency_quotes_speaks(text: str, name: str, kind: str) -> None:
    [(content, speaker, source_type)] = _read(text)
    assert content.startswith("the fleet would") and (speaker, source_type) == (name, kind)


def test_a_participle_after_the_quoted_words_stays_the_reporters() -> None:
    records = _read(
        'The Ledger quoted Dora Lind as saying the deal was "done," adding that it had seen the contract.'
    )
    assert [r[1] for r in records] == ["Dora Lind", "Ledger"]


@pytest.mark.parametrize(
    "medium",
    ["in its quarterly report", "in its report", "in its report on the economy", "in a report"],
)
def test_said_in_its_report_that(medium: str) -> None:
    [record] = _read(f"The Bank of Orvia said {medium} that inflation would ease to 2 percent.")
    assert record == ("inflation would ease to 2 percent", "Bank of Orvia", "organisation")


@pytest.mark.parametrize("stamp", ["16:02", "16:02 -", "4.02pm", "16:02 GMT -", "16:02:"])
def test_a_blog_entry_time_is_no_part_of_the_subject(stamp: str) -> None:
    [record] = _read(f"{stamp} The fire service says crews are still tackling the blaze.")
    assert record == ("crews are still tackling the blaze", "fire service", "organisation")


def test_a_number_inside_a_paragraph_is_no_time() -> None:
    [record] = _read("Turnout was low. 12.5 percent of voters said the plan was bad.")
    assert record[1] == "12.5 percent of voters"


@pytest.mark.parametrize("cue", ["stressed", "affirmed", "underlined", "noted"])
def test_a_cue_of_that_coordinated_after_another_verb(cue: str) -> None:
    [record] = _read(
        f"Minister Dora Lind chaired the cabinet session and {cue} that the housing plan would go ahead."
    )
    assert record == ("the housing plan would go ahead", "Dora Lind", "person")


@pytest.mark.parametrize(
    "tail",
    [
        "citing a military source",
        "the Harbor Times newspaper reported on Saturday",
        "state media reported",
    ],
)
def test_the_writers_sourcing_is_no_part_of_the_content(tail: str) -> None:
    [record] = _read(f"The Orvo Fleet Agency said the navy had tracked the vessel for three days, {tail}.")
    assert record[0] == "the navy had tracked the vessel for three days"


def test_a_named_outlet_after_the_clause_is_still_the_outer_source() -> None:
    # (the nested reading of tests/data/quotes/GUIDELINES.md: the outlet reports the statement)
    [record] = _read("The Orvo Fleet Agency said the navy had tracked the vessel, Kestrel reported.")
    assert record[:2] == ("The Orvo Fleet Agency said the navy had tracked the vessel", "Kestrel")


@pytest.mark.parametrize(
    ("intro", "noun", "name"),
    [
        ("The news agency Orvo-Press first reported the move on Monday.", "agency", "Orvo-Press"),
        ("The broadcaster RTV-4 aired the interview on Sunday.", "broadcaster", "RTV-4"),
        ("The daily Gazeta Halna published the figures on Monday.", "newspaper", "Gazeta Halna"),
        ("The TransLine union called a 24-hour strike.", "union", "TransLine"),
    ],
)
def test_the_noun_refers_to_the_body_it_was_brought_in_with(intro: str, noun: str, name: str) -> None:
    [record] = _read(f"{intro}\n\nThe {noun} said the government would present the draft in June.")
    assert record[1:] == (name, "organisation")


@pytest.mark.parametrize("participle", ["stressing", "emphasising", "reaffirming", "underlining"])
def test_a_participle_of_emphasis_ends_the_first_statement(participle: str) -> None:
    text = f"Interior Minister Clara Vidal said the attacker was known to police, {participle} that the inquiry was young."
    assert _read(text) == [
        ("the attacker was known to police", "Clara Vidal", "person"),
        ("the inquiry was young", "Clara Vidal", "person"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kyrena reported that the two leaders would meet at the forum.",
        "The Joint Border Staff (JBS) said the two leaders would meet at the forum.",
        "NewsBeat said the two leaders would meet at the forum.",
        "Harborwatch.org said the two leaders would meet at the forum.",
    ],
)
def test_what_the_text_shows_of_a_body(text: str) -> None:
    [record] = _read(text)
    assert record[2] == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Lind reported that her car had been stolen.",
        "McArdle said the two leaders would meet at the forum.",
        "MacArthur said the two leaders would meet at the forum.",
    ],
)
def test_people_stay_people(text: str) -> None:
    [record] = _read(text)
    assert record[2] == "person"


def test_a_surname_label_after_a_titled_name() -> None:
    text = (
        "Mayor Dana Whitcombe held a briefing at 5pm.\n\n"
        "Whitcombe: We are asking everyone in zones A and B to leave now."
    )
    [record] = quote_records(text)
    assert (record["text"], record["speaker_name"]) == (
        "We are asking everyone in zones A and B to leave now.",
        "Dana Whitcombe",
    )


@pytest.mark.parametrize(
    "occasion",
    [
        "At a news conference",
        "In a statement",
        "In a statement on Monday",
        "At the meeting on Friday",
        "Speaking at the summit",
    ],
)
def test_an_occasion_opening_the_sentence_without_a_comma(occasion: str) -> None:
    [record] = _read(f"{occasion} Clara Jensen said the plan was dead.")
    assert record == ("the plan was dead", "Clara Jensen", "person")


def test_a_reason_cited_by_the_speaker_stays_in_the_content() -> None:
    [record] = _read("Officials said the plant would reopen, citing a drop in demand.")
    assert record[0] == "the plant would reopen, citing a drop in demand"


def test_emphasising_with_no_clause_is_no_statement() -> None:
    assert [r[0] for r in _read("Jana Sykes said the show was over, emphasising it with a bow.")] == [
        "the show was over, emphasising it with a bow"
    ]


def test_two_bodies_of_the_noun_leave_it_unresolved() -> None:
    text = "The union Metallia and the union Fervia called a strike. The union said pay talks had failed."
    assert _read(text)[-1][1] == "union"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Council leader Rosa Sen said the budget was tight.", "Rosa Sen"),
        ("Gen Tanaka, the club's new signing, said she was excited to play.", "Gen Tanaka"),
        ("Gen. Mark Lee said the troops would stay.", "Mark Lee"),
    ],
)
def test_sen_and_gen_are_names_without_a_full_stop(text: str, name: str) -> None:
    [record] = _read(text)
    assert record[1:] == (name, "person")


def test_a_source_inside_a_cited_reason_is_no_sourcing() -> None:
    [record] = _read("Dora Lind said the hearing was a sham, citing the lack of witnesses.")
    assert record[0] == "the hearing was a sham, citing the lack of witnesses"
