"""Which sentences a reported-speech rule can fire on: the words each rule of
``_indirect.sentence_statement`` needs before it searches, placed once a text, so that a
sentence holding none of them (two thirds of a news article's narration) is not handed to the
rules at all (each rule's own pre-check, a dozen calls, cost ~9% of an extraction).

The test is a necessary condition only: a sentence that passes goes through every rule as
before, so the statements found are the same. A rule added to ``sentence_statement`` that
fires without any of the words below must add its own here (tests/quotes/test_qspd9.py
compares the extraction with and without this test).

What each rule needs (in the range ``[a, b)``, or ``[a, end_b)`` inside it):

- the cue rules, a second clause, coordination, relatives: a cue form (``cues_in``);
- ``outer_source``: "ccording" or "report"; ``according_to``: a phrase's tail ("ccording to");
- ``as_source``: "as"/"As" with whitespace or the range's edge on both sides;
- ``in_view``: "In"/"From" at ``a`` and one of its nouns ("view", "opinion", ...);
- ``naming_with_quote``: a quotation mark (``QUOTE_CHARS``);
- ``participle_statement``: "ing" and "that", or a speech participle ("saying", ...);
- ``progressive_statement``: "saying"/"telling"; ``question_statement``: "sk";
- ``promise_statement``: "vow", "promise", "pledge"; ``directive_statement``: "urge"/"ask";
- ``second_statement`` and ``drop_unannotated`` act on statements the others added.
"""

from __future__ import annotations

from bisect import bisect_left

from ._according import _phrase_tails
from ._cues import QUOTE_CHARS, _char_positions, _text_cues
from ._memo import per_document
from ._participles import _SPEECH_PARTICIPLES

__all__ = ["may_report"]

#: substrings that let some rule search (each a rule's own pre-check, see above)
_WORDS = ("ccording", "report", "saying", "telling", "sk", "vow", "promise", "pledge", "urge")
#: the nouns of "In his view," / "In the opinion of X," (``_according.in_view``'s patterns)
_VIEW_NOUNS = ("view", "opinion", "words", "assessment", "estimation", "judg")
#: what may stand after "as" for it to be a word where the range ends: whitespace, or the
#: sentence's stop (``end_b`` excludes it)
_AS_ENDS = ".!?"


def _places(text: str, word: str) -> list[int]:
    out = []
    find = text.find
    k = find(word)
    while k >= 0:
        out.append(k)
        k = find(word, k + 1)
    return out


@per_document
def _index(text: str) -> tuple[list[int], list[int], list[int]]:
    """Where a trigger starts in ``text`` (sorted), and the places of "ing" and of "that"
    (the participle rule needs both)."""
    starts = list(_text_cues(text)[0])
    starts += _char_positions(text, QUOTE_CHARS)
    for word in (*_WORDS, *_SPEECH_PARTICIPLES, *_phrase_tails()):
        starts += _places(text, word)
    n = len(text)
    for word in ("as", "As"):
        for k in _places(text, word):
            # a word of its own: whitespace before and whitespace or a stop after (the range's
            # edges are tested in may_report)
            if (k == 0 or text[k - 1].isspace()) and (
                k + 2 == n or text[k + 2].isspace() or text[k + 2] in _AS_ENDS
            ):
                starts.append(k)
    starts.sort()
    return starts, _places(text, "ing"), _places(text, "that")


def _any_within(places: list[int], a: int, b: int) -> bool:
    i = bisect_left(places, a)
    return i < len(places) and places[i] < b


def may_report(text: str, a: int, b: int) -> bool:
    """False when no rule of ``sentence_statement`` can find a statement in ``text[a:b]``
    (none of their words is there); True otherwise."""
    if (
        0 < b < len(text)
        and (text[b - 1].isalnum() or text[b - 1] == "_")
        and (text[b].isalnum() or text[b] == "_")
    ):
        return True  # a word cut at b: ``cues_in`` searches such a range afresh
    starts, ings, thats = _index(text)
    if _any_within(starts, a, b):
        return True
    if text.startswith(("as", "As"), a, b) or text.endswith(("as", "As"), a, b):
        return True  # "as" at the range's edge: a word there whatever stands outside
    if text.startswith(("In", "From"), a, b) and any(text.find(w, a, b) >= 0 for w in _VIEW_NOUNS):
        return True
    return _any_within(ings, a, b) and _any_within(thats, a, b)
