"""Cheaper tests, same statements: ``trailing_statement`` is tried only on a covered sentence
holding one of its words (``_triggers.may_trail``), the apposition test of '..., said X'
reads the words after the cue before the speaker phrase, a cue's PolNeAR judgement is made
once a cue. Each is checked against the extraction without the shortcut."""

import re
from pathlib import Path

import pytest

from workbench.quotes import _extract, _participles
from workbench.quotes._cue_precision import (
    _unannotated_cue,
    cue_form,
    cue_key,
    unannotated_cues,
    unannotated_forms,
)
from workbench.quotes._extract import quote_records
from workbench.quotes._openers import subject_before_cue
from workbench.quotes._triggers import may_trail

ARTICLES = sorted((Path(__file__).parent.parent / "data" / "quotes" / "articles").glob("*.txt"))


def _plain(records: list[dict]) -> list[tuple]:
    return [(r["kind"], r["speaker"], r["cue"], r["text"], r["char_start"], r["source_key"]) for r in records]


def test_every_trailing_participle_is_a_trail_word():
    # a participle added to the rule's pattern without its word here would be skipped silently
    group = re.search(r"\(([a-z|]+)\)", _participles._TRAILING_PARTICIPLE_RE.pattern)
    assert group is not None
    for word in group.group(1).split("|"):
        assert may_trail(f'"We will see," she said, {word} that the vote was close.', 0, 60), word


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ('"The pier is safe," the engineer said, noting the rails were new.', True),
        ('"The pier is safe," said Ola Brekke, who said the rails were new.', True),
        ('"The pier is safe," the engineer said when asked whether it would open.', True),
        ('"The pier is safe," the engineer said, the Courier reported.', True),
        ('"The pier is safe," the engineer said on the quay.', False),
    ],
)
def test_trail_words(sentence, expected):
    assert may_trail(sentence, 0, len(sentence)) is expected


def test_trailing_rules_tried_on_every_covered_sentence_find_the_same(monkeypatch):
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    texts.append(
        '"The pier is safe," the engineer said, noting the rails were new. "It will open in May," '
        'said Ola Brekke, who said the council had paid for it. "Not yet," the mayor said when '
        'asked whether the ferry would stop there. "It is late," the clerk said on the quay.'
    )
    for text in texts:
        with monkeypatch.context() as m:
            m.setattr(_extract, "may_trail", lambda text, a, b: True)
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
