"""Cheaper tests, same statements: ``_triggers.may_report`` looks for "ing" in the sentence
(no list of every "ing" of the text), the apposition test of '..., said X' reads the words
after the cue before the speaker phrase, a cue's PolNeAR judgement is made once a cue. Each
is checked against what it replaced."""

from pathlib import Path

from workbench.quotes import _extract
from workbench.quotes._cue_precision import (
    _unannotated_cue,
    cue_form,
    cue_key,
    unannotated_cues,
    unannotated_forms,
)
from workbench.quotes._extract import quote_records
from workbench.quotes._openers import subject_before_cue
from workbench.quotes._triggers import may_report

ARTICLES = sorted((Path(__file__).parent.parent / "data" / "quotes" / "articles").glob("*.txt"))


def _plain(records: list[dict]) -> list[tuple]:
    return [(r["kind"], r["speaker"], r["cue"], r["text"], r["char_start"], r["source_key"]) for r in records]


def test_may_report_needs_an_ing_beside_that():
    # "that" alone lets no rule search; with an "ing" (a participle's) it may
    assert not may_report("The tide rose so high that the quay went under.", 0, 48)
    text = "The tide rose so high that the quay went under, leaving the boats."
    assert may_report(text, 0, len(text))
    assert not may_report(text, 0, text.index(","))


def test_may_report_tried_on_every_sentence_finds_the_same(monkeypatch):
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    texts.append(
        "The port board met on Monday. It cut the fees, hoping that trade would grow. The wardens "
        "were calling it \u201ca lifeline\u201d. In the harbour master\u2019s view, the quay was safe."
    )
    for text in texts:
        with monkeypatch.context() as m:
            m.setattr(_extract, "may_report", lambda text, a, b: True)
            every = _plain(quote_records(text))
        assert _plain(quote_records(text)) == every


def test_apposition_subject_before_cue():
    text = "Another engineer, Ola Brekke of the port office, said the rails were new."
    cue = text.index(" said") + 1
    assert subject_before_cue(text, 0, cue, text[cue + 4 :])
    text = "The rails were new, the pier was safe, said Ola Brekke."
    cue = text.index(" said") + 1
    assert not subject_before_cue(text, 0, cue, text[cue + 4 :])


def test_cue_judged_once_as_before():
    for cue in (
        "said",
        "says",
        "argue",
        "argued",
        "noted",
        "revealed",
        "insist",
        "maintained",
        None,
        "according to",
    ):
        expected = cue_key(cue) in unannotated_cues() or cue_form(cue) in unannotated_forms()
        assert _unannotated_cue(cue) is expected, cue
