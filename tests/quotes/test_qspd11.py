"""Cheaper work, same statements and frames: ``_triggers`` finds the naming verbs only when a
sentence with a quotation mark asks for them, and no word twice (the promise words from
their rule's index, "ccording to" with "ccording"); the kin nouns are looked for only when
one is a word of the text (``lower_runs``, shared with the cue index). Each is checked
against what it replaced."""

from pathlib import Path

import pytest

from workbench.quotes import _name_runs, _triggers
from workbench.quotes._according import _phrase_tails
from workbench.quotes._cues import _text_cues
from workbench.quotes._name_runs import KIN_RE, LOWER_LETTERS_ONLY, kin_matches, lower_runs
from workbench.quotes._participles import _SPEECH_PARTICIPLES
from workbench.quotes._promises import PROMISE_WORDS
from workbench.quotes._triggers import may_report

ARTICLES = sorted((Path(__file__).parent.parent / "data" / "quotes" / "articles").glob("*.txt"))

#: sentences of our own: naming verbs beside a quotation mark or not, and none at all
_TEXT = (
    "The harbour board met on Tuesday. Dockers have called the new crane \u201ca white elephant\u201d. "
    "The board described the plan as sound. Nobody labelled the \u201cquiet season\u201d a failure. "
    "The tide rose over the quay. \u201cWe were dubbed the slow port,\u201d a clerk wrote in the log, "
    "and the wardens termed it unfair."
)


def _naming_places(text: str) -> list[int]:
    """The old index's list: every naming stem's place, found with the other words."""
    return sorted(k for stem in _triggers._NAMING_STEMS for k in _triggers._places(text, stem))


def _old_may_report(text: str, a: int, b: int) -> bool:
    """``may_report`` as it was, with the naming verbs found beside the other words."""
    if (
        0 < b < len(text)
        and (text[b - 1].isalnum() or text[b - 1] == "_")
        and (text[b].isalnum() or text[b] == "_")
    ):
        return True
    starts, thats, marks = _triggers._index(text)
    naming = _naming_places(text)
    if _triggers._any_within(starts, a, b):
        return True
    if text.startswith(("In", "From"), a, b) and any(text.find(w, a, b) >= 0 for w in _triggers._VIEW_NOUNS):
        return True
    return (_triggers._any_within(thats, a, b) and text.find("ing", a, b + 2) >= 0) or (
        _triggers._any_within(marks, a, b) and _triggers._any_within(naming, a, b)
    )


def test_naming_places_as_before():
    assert _triggers._naming(_TEXT) == _naming_places(_TEXT)
    assert len(_triggers._naming(_TEXT)) == 5  # called, described, labelled, dubbed, termed
    assert _triggers._naming("The tide rose over the quay.") == []


def test_may_report_as_before_on_every_range():
    texts = [_TEXT] + [p.read_text(encoding="utf-8") for p in ARTICLES[:3]]
    for text in texts:
        ends = [k + 1 for k, c in enumerate(text) if c in ".\u201d"] + [len(text)]
        starts = [0] + [e + 1 for e in ends[:-1]]
        for a in starts:
            for b in ends:
                if a < b <= a + 400:
                    assert may_report(text, a, b) is _old_may_report(text, a, b), (a, b)


def test_naming_verb_beside_a_mark_lets_the_sentence_through():
    text = "Dockers have called the new crane \u201ca white elephant\u201d."
    assert may_report(text, 0, len(text))
    # the same words without a quotation mark: no rule reads them
    plain = "Dockers have called the new crane a white elephant."
    assert not may_report(plain, 0, len(plain))


def _old_starts(text: str) -> list[int]:
    """The old index's trigger starts: the cues, then every word's places, searched for."""
    starts = list(_text_cues(text)[0])
    for word in dict.fromkeys((*_triggers._WORDS, *_SPEECH_PARTICIPLES, *_phrase_tails())):
        starts += _triggers._places(text, word)
    return sorted(starts)


_PROMISES = (
    "The mayor vowed to rebuild the pier. Her deputy promised a vote, and the board pledged funds "
    "according to its charter. In the words of one clerk, nobody was asking. Vows were made."
)


def test_trigger_starts_as_before():
    # the same places (each once: "ccording to" starts where "ccording" does)
    for text in (_TEXT, _PROMISES, "", "The tide rose over the quay."):
        assert sorted(set(_triggers._index(text)[0])) == sorted(set(_old_starts(text)))
    assert "ccording to" not in _triggers._trigger_words()
    assert "ccording" in _triggers._trigger_words()
    assert not set(PROMISE_WORDS) & set(_triggers._trigger_words())


def test_lower_runs_as_the_cue_index_read_them():
    text = "Ola said: \u201cwe’re fine\u201d, the pier’s 3rd crane-hook SAID nothing.\u00a0Unsaid."
    expected = text.encode("ascii", "replace").translate(LOWER_LETTERS_ONLY).split()
    assert lower_runs(text) == expected
    assert lower_runs(text)[:3] == [b"la", b"said", b"we"]
    assert lower_runs("") == []


def _old_kin_matches(text: str) -> list[str]:
    if not any(_name_runs._kin_noun_at(text, noun) for noun in _name_runs._KIN_NOUNS):
        return []
    return [m.group() for m in KIN_RE.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Calloway runs the ferry. Her husband, Ewan, mends the nets.",
        "Ruth Calloway runs the ferry with her son Dean.",
        "The person who spoke took his reason and his sonnet home.",  # "son" inside words only
        "His sons, Ade and Tom, came too. Their daughter\u00a0Mira stayed.",
        "Her partner, Jo Baines, agreed.",  # a second capital after the name: no match
        "No relatives are named in this report.",
        "",
    ],
)
def test_kin_matches_as_before(text):
    _name_runs.kin_matches.cache_clear()
    assert [m.group() for m in kin_matches(text)] == _old_kin_matches(text)
