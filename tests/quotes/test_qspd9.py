"""The reported-speech rules are tried only on sentences holding one of their words
(``_triggers.may_report``): the test may pass sentences no rule reads, never drop one a
rule reads, so the statements are the same as with every sentence tried."""

from pathlib import Path

import pytest

from workbench.quotes import _extract
from workbench.quotes._extract import quote_records
from workbench.quotes._triggers import may_report

ARTICLES = sorted((Path(__file__).parent.parent / "data" / "quotes" / "articles").glob("*.txt"))


def _records_every_sentence_tried(monkeypatch, text: str) -> list[dict]:
    with monkeypatch.context() as m:
        m.setattr(_extract, "may_report", lambda text, a, b: True)
        return quote_records(text)


def _plain(records: list[dict]) -> list[tuple]:
    return [(r["kind"], r["speaker"], r["cue"], r["text"], r["char_start"], r["source_key"]) for r in records]


def test_plain_narration_holds_no_rule_word():
    text = "The ferry left the harbour at noon. Gulls followed it out to the point."
    assert not may_report(text, 0, 35)
    assert not may_report(text, 36, len(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour master said the ferry left at noon.",  # a cue
        "The ferry left at noon, the Gazette reported.",  # an outer source
        "According to the harbour master, the ferry left at noon.",
        "As the harbour master noted, the ferry left at noon.",
        "As detailed in the harbour log, the ferry left at noon.",
        "In her view, the ferry left too early.",
        "The crew called it a \u201cquiet crossing\u201d.",  # a quotation mark
        "The crew cut the crossing short, hoping that the wind would drop.",  # "ing" and "that"
        "The crew are saying the crossing was rough.",
        "The pilot was asked whether the crossing was safe.",
        "The owners pledged to keep the ferry running.",
        "The owners urged the town to keep the ferry running.",
    ],
)
def test_each_rule_word_lets_the_sentence_through(sentence):
    assert may_report(sentence, 0, len(sentence))


def test_words_that_need_a_second_word():
    # "as" with no cue, a quotation mark with no naming verb, "ing" with no "that": no rule searches
    for sentence in (
        "The gulls came as the ferry left.",
        "The “quiet crossing” took an hour.",
        "The crew cut the crossing short, hoping for calm.",
        "In the morning, the ferry left.",
    ):
        assert not may_report(sentence, 0, len(sentence)), sentence


def test_a_word_cut_at_the_range_end_is_read():
    # the range ends inside "saidx": the rules' cue search reads "said" there
    text = "The mill owner saidx the wage would rise."
    assert not may_report(text, 0, len(text))
    assert may_report(text, 0, text.index("x"))


def test_rules_tried_on_every_sentence_find_the_same(monkeypatch):
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    texts.append(
        "The council met on Monday. As the clerk noted, the budget is short. In her view, the levy "
        "must rise. The mayor pledged to cut costs, warning that jobs would go. She was asked "
        "whether the pool would close. The unions are saying the plan is unfair."
    )
    assert texts
    for text in texts:
        assert _plain(quote_records(text)) == _plain(_records_every_sentence_tried(monkeypatch, text))
