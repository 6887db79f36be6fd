"""Shapes of attribution common in wire copy, much of it translated (Russian, Ukrainian, Chinese
agencies writing English): a sentence of its own that attributes the one before ("This was
stated by X.", "X said this on Monday."), "according to him", "as he put it", and dialogue
set off by dashes with the cue after ("— A, — said X."). Sentences self-written, names invented."""

import pytest

from workbench.quotes import quote_records

CONTEXT = "Oleg Marin spoke to reporters on Monday. "


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["speaker_name"], r["source_type"]) for r in quote_records(text)]


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        (
            "The contacts are continuing. This was stated by ministry spokesman Oleg Marin.",
            "Oleg Marin",
            "person",
        ),
        (
            "The contacts are continuing. This was stated by Oleg Marin in an interview.",
            "Oleg Marin",
            "person",
        ),
        (
            "The contacts are continuing. This was announced by the press service of the Transport Ministry.",
            "press service of the Transport Ministry",
            "organisation",
        ),
        (
            "The contacts are continuing.\n\nThis was reported by the Volna agency, citing a source.",
            "Volna agency",
            "organisation",
        ),
        ("The contacts are continuing. Oleg Marin said this on Monday.", "Oleg Marin", "person"),
        (
            "The contacts are continuing. Earlier, Oleg Marin said this in an interview with a radio station.",
            "Oleg Marin",
            "person",
        ),
        (
            "The contacts are continuing. Oleg Marin told reporters this at a briefing.",
            "Oleg Marin",
            "person",
        ),
    ],
)
def test_a_sentence_that_attributes_the_one_before(text: str, speaker: str, source_type: str) -> None:
    assert _read(text) == [("The contacts are continuing", speaker, source_type)]


@pytest.mark.parametrize(
    "text",
    [
        "The bridge will reopen in May. Nobody expected this.",
        "The bridge will reopen in May. This was confirmed by tests on Monday.",
        "The bridge will reopen in May. This was built by workers from three towns.",
    ],
)
def test_no_attribution_without_a_speaker_or_a_speech_verb(text: str) -> None:
    assert quote_records(text) == []


def test_this_as_the_object_of_a_reported_clause_stays_a_clause() -> None:
    [record] = quote_records("The bridge will reopen in May. The mayor said this was good news.")
    assert record["text"] == "this was good news"


def test_a_sentence_read_by_another_rule_is_not_taken_again() -> None:
    records = _read("The talks will continue, Oleg Marin said. Anna Sova said this too.")
    assert records == [("The talks will continue", "Oleg Marin", "person")]


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        (CONTEXT + "According to him, the contacts are continuing.", "Oleg Marin", "person"),
        (CONTEXT + "The contacts are continuing, according to him.", "Oleg Marin", "person"),
        (CONTEXT + "The contacts, according to him, are continuing.", "Oleg Marin", "person"),
        ("Anna Sova met the envoys. According to her, the contacts are continuing.", "Anna Sova", "person"),
        ("The envoys met on Monday. According to them, the contacts are continuing.", "envoys", "group"),
    ],
)
def test_according_to_a_pronoun(text: str, speaker: str, source_type: str) -> None:
    [(content, name, kind)] = _read(text)
    assert (content.lower(), name, kind) == ("the contacts are continuing", speaker, source_type)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (CONTEXT + "As he put it, the contacts are going nowhere.", "Oleg Marin", "put it"),
        ("As one analyst put it on Monday, the contacts are going nowhere.", "analyst", "put it"),
        ("As one analyst put it in a radio interview, the contacts are going nowhere.", "analyst", "put it"),
        ("The contacts, as one diplomat put it, are going nowhere.", "diplomat", "put it"),
        ("As the minister pointed out, the contacts are going nowhere.", "minister", "pointed out"),
    ],
)
def test_as_someone_put_it(text: str, speaker: str, cue: str) -> None:
    [record] = quote_records(text)
    assert (record["speaker_name"], record["cue"]) == (speaker, cue)
    assert record["text"].lower().endswith("are going nowhere")


@pytest.mark.parametrize(
    "text",
    [
        "As the company put it on sale last year, prices rose sharply.",
        "As the cook put it in a pan, the lights went out.",
        "As soon as the builders put it up, the wall fell down again.",
    ],
)
def test_putting_a_thing_somewhere_is_no_statement(text: str) -> None:
    assert quote_records(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "\u2014 We will not allow this, \u2014 said Oleg Marin.",
        "- We will not allow this, - said Oleg Marin.",
        "We will not allow this \u2014 said Oleg Marin.",
        "\u2014 We will not allow this, \u2014 Oleg Marin said.",
    ],
)
def test_dash_dialogue_with_the_cue_after(text: str) -> None:
    assert _read("Intro.\n\n" + text) == [("We will not allow this", "Oleg Marin", "person")]


def test_a_dash_aside_with_said_to_is_no_statement() -> None:
    assert quote_records("The plan \u2014 said to cost millions \u2014 was dropped.") == []


def test_a_subject_with_a_dash_aside_before_its_verb_is_no_dialogue() -> None:
    text = "Intro.\n\nVoters -- including Anna Sova -- quickly accused Oleg Marin of lying to them."
    assert quote_records(text) == []


@pytest.mark.parametrize("when", ["this week", "this morning", "last week"])
def test_a_time_with_this_after_a_trailing_cue(when: str) -> None:
    [record] = quote_records(f"Intro.\n\nThe bridge is safe, the mayor said {when}.")
    assert (record["text"], record["speaker_name"]) == ("The bridge is safe", "mayor")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The minister underlined that the talks would continue.", "underlined"),
        ("The ministry affirmed that the talks would continue.", "affirmed"),
        ("Officials disclosed that the talks would continue.", "disclosed"),
        ("The envoy opined that the talks would continue.", "opined"),
        ("The envoy expressed hope that the talks would continue.", "expressed"),
        ("The envoy expressed his confidence that the talks would continue.", "expressed"),
        ("The envoy voiced concern that the talks would stall.", "voiced"),
    ],
)
def test_reporting_verbs_of_wire_copy(text: str, cue: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert record["cue"] == cue
    assert record["text"].startswith("the talks would")


@pytest.mark.parametrize(
    "text",
    [
        "She underlined the word twice.",
        "Their hope is that the talks will continue.",
        "The incident highlighted the risks of the route.",
    ],
)
def test_no_statement_from_a_verb_with_an_object_or_a_mood(text: str) -> None:
    assert quote_records("Intro.\n\n" + text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("As Gennady Rudin told a news agency, the court will meet in May.", "Gennady Rudin"),
        ("As the minister told reporters on Monday, the court will meet in May.", "minister"),
        ("As stated in the report of the Accounts Chamber, the court will meet in May.", "Accounts Chamber"),
        ("As mentioned in the letter, the court will meet in May.", "letter"),
    ],
)
def test_an_as_clause_with_its_addressee_or_a_passive(text: str, speaker: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert (record["speaker_name"], record["text"]) == (speaker, "the court will meet in May")


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        ("The minister was quoted as saying that the talks would continue.", "minister", "anonymous"),
        ("Anna Sova was quoted by the agency as saying the talks would continue.", "Anna Sova", "person"),
        ("Anna Sova was cited as telling reporters that the talks would continue.", "Anna Sova", "person"),
        ("It was noted in the statement that the talks would continue.", "statement", "document"),
        (
            "It was reported by the Ministry of Health that the talks would continue.",
            "Ministry of Health",
            "organisation",
        ),
    ],
)
def test_a_statement_reported_in_the_passive(text: str, speaker: str, source_type: str) -> None:
    [record] = quote_records("Intro.\n\n" + text)
    assert (record["text"], record["speaker_name"], record["source_type"]) == (
        "the talks would continue",
        speaker,
        source_type,
    )


@pytest.mark.parametrize(
    "text",
    [
        "It was reported that the talks would continue.",  # no source
        "It is clear from the report that the talks would continue.",
        "The minister was seen as saving the talks from collapse.",
    ],
)
def test_no_statement_from_a_passive_without_a_source_or_a_saying(text: str) -> None:
    assert quote_records("Intro.\n\n" + text) == []


@pytest.mark.parametrize(
    "tail",
    [
        "said a senior official on condition of anonymity",
        "said a senior official who asked not to be named",
        "said a senior official, speaking on condition of anonymity",
        "said a senior official who was not authorised to speak publicly",
    ],
)
def test_why_a_source_is_unnamed_is_no_part_of_it(tail: str) -> None:
    [record] = quote_records(f"Intro.\n\nThe talks will resume next week, {tail}.")
    assert (record["text"], record["speaker_name"], record["source_type"]) == (
        "The talks will resume next week",
        "senior official",
        "anonymous",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The old rules were dropped in 2010. The coach added this to the list of complaints.",
        "Intro.\n\nIt was stated in court that the defendant had been drinking.",
        "Intro.\n\nAs mentioned in the previous chapter, the village was founded in 1320.",
        "Intro.\n\n\u2014 Is that true? \u2014 asked the boy. \u2014 Yes, \u2014 said his mother.",
    ],
)
def test_near_misses_of_the_wire_shapes(text: str) -> None:
    assert quote_records(text) == []


def test_said_this_to_someone_attributes_the_sentence_before() -> None:
    [record] = quote_records("The old rules were dropped in 2010. She said this to her sister, who laughed.")
    assert (record["text"], record["cue"]) == ("The old rules were dropped in 2010", "said")


def test_a_mood_said_aloud_is_its_subjects() -> None:
    [record] = quote_records("Intro.\n\nThe president expressed hope that the talks would succeed.")
    assert (record["speaker_name"], record["text"]) == ("president", "the talks would succeed")


@pytest.mark.parametrize("approx", ["about 12,000", "over 300", "around 40"])
def test_an_approximate_number_opens_the_reported_clause(approx: str) -> None:
    [record] = quote_records(
        f"Intro.\n\nA spokesperson for the utility said {approx} homes were without power."
    )
    assert record["text"] == f"{approx} homes were without power"


def test_an_approximate_time_after_the_cue_is_no_clause() -> None:
    assert quote_records("Intro.\n\nThe history of the club was written over 75 years ago.") == []


@pytest.mark.parametrize("dash", ["\u2014", "-"])
def test_dash_dialogue_goes_on_after_its_attribution(dash: str) -> None:
    text = (
        f"Intro.\n\n{dash} We will not allow this, {dash} said Oleg Marin. {dash} The terms are unacceptable."
    )
    assert _read(text) == [("We will not allow this The terms are unacceptable", "Oleg Marin", "person")]


def test_dash_dialogue_next_turn_with_a_cue_of_its_own_is_not_joined() -> None:
    text = "Intro.\n\n\u2014 We will not allow this, \u2014 said Oleg Marin. \u2014 The terms are bad, \u2014 he added."
    assert _read(text)[0] == ("We will not allow this", "Oleg Marin", "person")
