"""Statements in quotation marks whose span a sentence's shape cut short (issue 15): a
quotation whose sentence goes on, without marks, past the attribution that interrupts it."""

from tests.quotes.test_qmk13 import _rows
from workbench.quotes import quote_records


def test_sentence_going_on_with_a_modal_after_the_attribution_is_one_statement():
    text = "Intro line.\n\n\u201cOnly the bakers,\u201d the owner said, would keep the ovens lit through the strike.\n"
    assert _rows(text) == [
        ("mixed", "the owner", ["Only the bakers", "would keep the ovens lit through the strike."])
    ]


def test_that_clause_after_an_attribution_with_its_own_phrase_goes_on_with_the_quotation():
    text = (
        "Intro line.\n\n\u201cWe are deeply troubled,\u201d the parents told the school board on Monday, "
        "that the district may close two libraries before the spring term.\n"
    )
    assert _rows(text) == [
        (
            "mixed",
            "the parents",
            ["We are deeply troubled", "that the district may close two libraries before the spring term."],
        )
    ]


def test_participle_after_the_attribution_is_no_continuation():
    # guard: 'adding that' opens a report of its own (handled elsewhere), not this quotation's rest
    text = "Intro line.\n\n\u201cThe ferry will run,\u201d the captain said, adding that fares would rise.\n"
    assert all(parts[0] == "The ferry will run" and len(parts) == 1 for _, _, parts in _rows(text)[:1])


def test_title_case_line_in_single_marks_after_a_name_and_colon_is_a_headline():
    text = (
        "Baker Ines Holm: \u2018Our Rye Bread Will Stay At One Dollar All Winter.\u2019\n\n"
        "The bakery on Quay Street raised its other prices on Monday.\n"
    )
    assert _rows(text) == []


def test_sentence_case_quotation_after_a_name_and_colon_stays_a_statement():
    # guard: only title-case headlines are dropped
    text = "Intro line.\n\nInes Holm: \u2018our rye bread will stay at one dollar all winter.\u2019\n"
    assert [r[2] for r in _rows(text)] == [["our rye bread will stay at one dollar all winter."]]


def test_that_with_a_time_noun_after_the_attribution_is_no_continuation():
    # 'that morning' dates the attribution: the quotation stands alone
    text = (
        "Intro line.\n\n\u201cThe new ovens are finally here,\u201d the baker said, that morning at the shop "
        "on Mill Lane.\n"
    )
    assert [r[2] for r in _rows(text)] == [["The new ovens are finally here"]]


def test_writing_that_reads_with_a_comma_or_colon_hands_over_its_words():
    text = (
        "Intro line.\n\nThe bakery posted a notice on its door. The last line reads, "
        "\u201cWe will reopen when the ovens are repaired.\u201d\n\n"
        "The school board\u2019s new banner reads: \u201cEvery child deserves a library that stays open late.\u201d\n"
    )
    assert [(r[1], r[2]) for r in _rows(text)] == [
        ("The last line", ["We will reopen when the ovens are repaired."]),
        ("The school board\u2019s new banner", ["Every child deserves a library that stays open late."]),
    ]


def test_reads_as_a_noun_hands_over_nothing():
    # guard: 'one of her recent reads' names a book, it says nothing
    text = (
        "Intro line.\n\nOne of her recent reads, \u201cThe Long Harbour Winter,\u201d a memoir by a ferry "
        "captain, stayed with the mayor for months.\n"
    )
    assert _cue_rows(text) == []


def _cue_rows(text: str) -> list[tuple]:
    return [(r["kind"], r["speaker"], r["text"], r["cue_lemma"]) for r in quote_records(text)]
