"""Direct tests of the cue module: reporting verbs and the speaker phrase around a cue."""

import pytest

from workbench.quotes._cue_speakers import speaker_after, speaker_before
from workbench.quotes._cues import cue_re, n_words, reporting_verb_forms, strip_aux


@pytest.mark.parametrize(
    "form, lemma, cls",
    [
        ("said", "say", "speech"),
        ("told", "tell", "speech"),
        ("noted", "note", "that"),
        ("announced", "announce", "that"),
        ("believes", "believe", "belief"),
    ],
)
def test_reporting_verb_forms(form, lemma, cls):
    assert reporting_verb_forms()[form] == (lemma, cls)


@pytest.mark.parametrize("form", ["saying", "state", "points", "fear"])
def test_not_cues(form):
    # no -ing forms, no noun-like bare forms, no verbs of mood
    assert form not in reporting_verb_forms()


def test_bare_point_is_a_cue_only_before_out():
    # ("point" is a form for "were quick to point out that"; the noun is no cue)
    text = "At one point she said the point was moot; he was quick to point out that it was not."
    assert [m.group() for m in cue_re().finditer(text)] == ["said", "point"]
    # ("forecast" after a determiner is the noun)
    text = "The forecast suggests rain; the bank forecast that rates would fall."
    assert [m.group() for m in cue_re().finditer(text)] == ["suggests", "forecast"]


def test_cue_re_finds_whole_words_only():
    text = "He said and she noted; the sayings of unsaid things"
    assert [m.group() for m in cue_re().finditer(text)] == ["said", "noted"]


@pytest.mark.parametrize(
    "pre, kept, perfect",
    [
        ("He has repeatedly", "He", True),
        ("She was quick to", "She", False),
        ("The board", "The board", False),
    ],
)
def test_strip_aux(pre, kept, perfect):
    assert strip_aux(pre) == (kept, perfect)


@pytest.mark.parametrize("text, n", [("don't stop-gap 12", 3), ("", 0), ("A, b; c.", 3)])
def test_n_words(text, n):
    assert n_words(text) == n


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Russian Deputy Foreign Minister Sergei Ryabkov said",
            "Sergei Ryabkov",
            "Russian Deputy Foreign Minister",
        ),
        (
            "Helen Park, a spokeswoman for the Safety Office, said",
            "Helen Park",
            "a spokeswoman for the Safety Office",
        ),
        ("The regional health ministry said", "regional health ministry", ""),
    ],
)
def test_speaker_before_the_cue(text, name, role):
    mention, start = speaker_before(text, 0, text.rindex(" said"))
    assert (mention.name, mention.role) == (name, role)
    assert start <= text.index(name.split()[0])


@pytest.mark.parametrize(
    "text, name, role",
    [
        ('"We will win," said Dmitry Peskov, the Kremlin spokesman.', "Dmitry Peskov", "Kremlin spokesman"),
        ('"No," said the surgeon, Dr. Farhan Qureshi.', "Farhan Qureshi", None),
    ],
)
def test_speaker_after_the_cue(text, name, role):
    k = text.index("said") + 4
    mention = speaker_after(text, k, len(text))
    assert mention.name.endswith(name)
    if role is not None:
        assert mention.role == role
