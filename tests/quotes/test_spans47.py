"""Content spans and transcripts (issue 15, round 47): a parliament's and a call's transcript
labels, reported speech interrupted by its source or coordinated ("and that ..."), a
translated agency's dash attribution, an unnamed asker's question after the answer or before
an appositive subject, a second source joined by "while", and the writer's words after a
claim. Near-misses that must stay as they are beside each. Texts self-written."""

import pandas as pd
import pytest

from workbench.quotes import quote_records


def _recs(text: str) -> list[tuple[str, str, str]]:
    """(content, resolved speaker, source type) of each statement."""
    return [(r["text"], r["speaker_name"], r["source_type"]) for r in quote_records(text)]


# --- 1. transcript and Hansard labels ---------------------------------------------------


def test_a_members_label_with_seat_and_party_is_her_statement_whatever_its_person() -> None:
    text = (
        "Ms Petra Ondrasek (Kettering South) (Lab): The Minister says the scheme is working. "
        "Why, then, are 900 families in my town still waiting?"
    )
    [(content, name, kind)] = _recs(text)
    assert name == "Petra Ondrasek" and kind == "person"
    assert content.startswith("The Minister says") and content.endswith("still waiting?")


def test_a_sitting_with_an_office_holder_and_the_house_answering() -> None:
    text = (
        "Mr Alwyn Tregarth (Penmore) (Con): Will the Minister tell the House when the review "
        "will be published?\n\n"
        "The Minister for Roads (Ms Fenna Oduya): I can tell the hon. Gentleman that it will be "
        "published before the recess.\n\n"
        "Madam Deputy Speaker: Order. We must move on.\n\n"
        "Hon. Members: Hear, hear!"
    )
    recs = _recs(text)
    assert [name for _, name, _ in recs] == [
        "Alwyn Tregarth",
        "Fenna Oduya",
        "madam deputy speaker",
        "hon. members",
    ]
    assert recs[1][0].startswith("I can tell the hon. Gentleman")
    assert recs[3][2] == "group"


def test_a_member_with_a_party_alone() -> None:
    text = "Oyelaran Kibet (ODM): The Bill before this House is unconstitutional and will be struck down."
    assert [(name, kind) for _, name, kind in _recs(text)] == [("Oyelaran Kibet", "person")]


def test_a_call_transcript_that_opens_the_text() -> None:
    text = (
        "Operator: Our next question comes from Dario Pellucci with Hartwell.\n\n"
        "Dario Pellucci: Thanks. Can you talk about margins in the storage business?\n\n"
        "Kemi Adesanya: Sure. We expect margins to hold for the year."
    )
    names = [name for _, name, _ in _recs(text)]
    assert names == ["operator", "Dario Pellucci", "Kemi Adesanya"]


def test_a_press_conference_question_and_a_named_answer() -> None:
    text = "Q: How is the shoulder?\n\nMilica Dragan: Better. I trained for an hour with no pain."
    assert [(name, kind) for _, name, kind in _recs(text)] == [
        ("unnamed asker", "anonymous"),
        ("Milica Dragan", "person"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a results table: a party's aside, but no speech after the label
        "Results.\n\nAnna Berg (Lab): 1,204 votes.\n\nTom Hale (Con): 987 votes.",
        # a headline's title case after a member's label
        "Petra Ondrasek (Lab): Why We Will Win The Seat Again",
        # a city's dateline, then a report
        "KETTERING: The council said the road would reopen on Monday after the repairs.",
    ],
)
def test_colon_lines_that_are_no_sitting(text: str) -> None:
    assert [r for r in quote_records(text) if pd.isna(r["cue"])] == []


# --- 2. interrupted and coordinated reported speech ------------------------------------


def test_a_subject_then_according_to_then_its_predicate() -> None:
    text = "The new tariffs, according to Ottawa, target firms that shipped steel through third countries."
    [(content, name, _)] = _recs(text)
    assert name == "Ottawa"
    assert content == "The new tariffs target firms that shipped steel through third countries"


def test_according_to_closing_with_the_sources_apposition_stays() -> None:
    text = "Two workers were hurt in the blast, according to Moira Kinnaird, the union's general secretary."
    [(content, name, _)] = _recs(text)
    assert (content, name) == ("Two workers were hurt in the blast", "Moira Kinnaird")


def test_a_source_set_off_before_the_quoted_predicate() -> None:
    text = 'The other side, the Veskian Foreign Ministry noted, "systematically ignores" the ceasefire terms.'
    [(content, name, _)] = _recs(text)
    assert name == "Veskian Foreign Ministry"
    assert content.startswith("The other side") and content.endswith("the ceasefire terms")


def test_a_quoted_predicate_and_a_coordinated_that_clause_are_one_statement() -> None:
    text = 'The premier said arrivals "cannot all stay" and that the bloc must share them.'
    [(content, _, _)] = _recs(text)
    assert content.startswith("arrivals") and content.endswith("must share them")


def test_a_participles_addressee_then_that_and_a_quotation() -> None:
    text = (
        'Chancellor Ilse Marten defended the deal, telling reporters that Veskia "cannot take '
        'everyone" and that the bloc needed a fair share.'
    )
    [(content, name, _)] = _recs(text)
    assert name == "Ilse Marten"
    assert content.startswith("Veskia") and content.endswith("a fair share")


def test_a_promises_object_keeps_its_relative_clause() -> None:
    text = "Foreign Minister Tamas Orvay vowed to block any new package that included the gas sector."
    [(content, _, _)] = _recs(text)
    assert content == "to block any new package that included the gas sector"


def test_a_promise_to_an_addressee_that_stays_a_that_clause() -> None:
    [(content, _, _)] = _recs("Orvay vowed to the crowd that the package would fail.")
    assert content == "the package would fail"


def test_a_dialogue_turn_over_two_sentences() -> None:
    text = (
        "— Are you ready to meet them?\n\n"
        "— We have never refused contacts. The next move is theirs, — the minister answered."
    )
    [(content, name, _)] = _recs(text)
    assert name == "minister"
    assert content == "We have never refused contacts. The next move is theirs"


# --- 3. the agency's dash attribution ----------------------------------------------------


@pytest.mark.parametrize("tail", [", - Volodin added.", ", Volodin added.", ", said Volodin."])
def test_in_his_opinion_closed_by_a_named_attribution(tail: str) -> None:
    text = "In his opinion, the West is not interested in a settlement" + tail
    [(content, name, _)] = _recs(text)
    assert (content, name) == ("the West is not interested in a settlement", "Volodin")


def test_in_his_opinion_with_no_name_after_stays_the_pronouns() -> None:
    text = "Petr Volodin spoke on Monday. In his opinion, the West is not interested in a settlement."
    [(content, name, _)] = _recs(text)
    assert (content, name) == ("the West is not interested in a settlement", "Petr Volodin")


# --- 4. unnamed askers -------------------------------------------------------------------


def test_an_answer_then_the_question_put_to_the_speaker() -> None:
    text = "The trust's chief executive, Mara Lindqvist, said she would not resign when asked whether she had lost the staff."
    assert _recs(text) == [
        ("she would not resign", "Mara Lindqvist", "person"),
        ("whether she had lost the staff", "unnamed asker", "anonymous"),
    ]


def test_a_question_opening_the_next_clause_stays_inside() -> None:
    text = (
        "He said he had not seen the clash in the square, and when asked whether he was "
        'stoking the anger, he said, "I hope not."'
    )
    assert not any(name == "unnamed asker" for _, name, _ in _recs(text))


def test_a_topic_ends_before_the_answers_appositive_subject() -> None:
    text = 'Asked about his future, the coach, Ilan Serrano-Voss, said: "I have a contract until 2029."'
    assert _recs(text)[0] == ("about his future", "unnamed asker", "anonymous")


def test_a_question_with_an_apposition_inside_runs_to_its_verb() -> None:
    text = "Asked whether Hale, the nominee, was fit for office, Ban said he had no doubt about it."
    assert _recs(text)[0] == ("whether Hale, the nominee, was fit for office", "unnamed asker", "anonymous")


# --- 5. a second statement joined by "while"; the writer's words after the claim ----------


def test_a_second_source_joined_by_while_ends_the_first_statement() -> None:
    text = 'Critics were split. The Harbour Gazette called the staging "bold," while the Evening Ledger found it "tiresome."'
    recs = _recs(text)
    assert recs[0][1] == "Harbour Gazette"
    assert "while" not in recs[0][0] and recs[0][0].endswith('"bold,"')


def test_figures_no_one_could_verify_are_the_writers_words() -> None:
    text = (
        "The General Staff said the enemy had lost 900 troops in a day, figures the agency could not verify."
    )
    [(content, _, _)] = _recs(text)
    assert content == "the enemy had lost 900 troops in a day"


def test_citing_after_according_to_is_no_part_of_the_statement() -> None:
    text = "According to the agency, citing the fire service, the blaze at the depot has been put out."
    [(content, name, _)] = _recs(text)
    assert content == "the blaze at the depot has been put out"


def test_the_writers_clause_after_the_quoted_words_is_no_part_of_them() -> None:
    text = 'The agency chief, Ruth Okafor-Lind, said the dam was "extremely fragile", after a drone struck the spillway.'
    [(content, _, _)] = _recs(text)
    assert content == 'the dam was "extremely fragile"'


def test_a_clause_after_unquoted_words_runs_on() -> None:
    text = (
        "The agency chief, Ruth Okafor-Lind, said the dam would hold, after engineers checked the spillway."
    )
    [(content, _, _)] = _recs(text)
    assert content.endswith("checked the spillway")


def test_a_glossarys_acronym_after_a_term_is_no_party() -> None:
    text = (
        "Cover explained.\n\n"
        "Actual Cash Value (ACV): ACV cover pays you the value of your home minus depreciation over time.\n\n"
        "Replacement Cost Value (RCV): RCV cover, on the other hand, pays today's cost of rebuilding?"
    )
    assert [r for r in quote_records(text) if pd.isna(r["cue"])] == []
