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
- ``as_source``: a cue form too (its cue must be one, a word between whitespace and a comma
  or whitespace), its passive "reported"/"detailed" ("noted", "revealed" are cue forms), or
  "put it", "sees it", "saw it";
- ``outer_source``: "ccording" or "report"; ``according_to``: a phrase's tail ("ccording to");
- ``in_view``: "In"/"From" at ``a`` and one of its nouns ("view", "opinion", ...);
- ``naming_with_quote``: a quotation mark (``QUOTE_CHARS``) and a naming verb ("called", ...);
- ``participle_statement``: "ing" and "that", or a speech participle ("saying", ...) or "telling";
- ``progressive_statement``: "saying"/"telling"; ``question_statement``: "ask"/"Ask";
- ``promise_statement``: "vow", "promise", "pledge"; ``directive_statement``: "urge"/"ask";
- ``finding_statement``: "found", "finds", "find", a court's "ruled", "held" (whole words);
- ``view_statement``: " view" or " opinion" and "that";
- ``speech_noun_statement``: a speech noun before "that" (``_speech_nouns.noun_that_places``);
- ``second_statement`` and ``drop_unannotated`` act on statements the others added.

``_indirect.trailing_statement`` (a sentence that holds a statement already) has no such
test: one (an index of its words' places, a regex of them, a search of each in the sentence)
cost more than the rules it spared (callgrind, a pass of the 60 dev texts: ~7.6-9.5M
instructions against ~7.2M for the rules on all 271 covered sentences).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ._according import _phrase_tails
from ._cues import QUOTE_CHARS, _char_positions, _text_cues
from ._findings import FIND_WORDS
from ._memo import per_document
from ._participles import _SPEECH_PARTICIPLES
from ._promises import PROMISE_WORDS as _PROMISE_WORDS
from ._promises import _promise_words
from ._speech_nouns import noun_that_places
from ._whole_words import word_starts

__all__ = ["may_report"]

#: substrings that let some rule search (each a rule's own pre-check, see above)
_WORDS = (
    "ccording",
    "report",
    "detailed",
    "saying",
    "telling",
    "ask",
    "Ask",
    "vow",
    "promise",
    "pledge",
    "urge",
    "put it",
    "sees it",
    "saw it",
)
#: the nouns of "In his view," / "In the opinion of X," (``_in_view.in_view``'s patterns)
_VIEW_NOUNS = ("view", "opinion", "words", "assessment", "estimation", "judg")
#: the stems of ``_cues.NAMING_RE``'s verbs ("called", "described", "dubbed", "labelled", ...)
_NAMING_STEMS = ("call", "describ", "dub", "label", "termed", "accuse")


def _places(text: str, word: str) -> list[int]:
    out = []
    find = text.find
    k = find(word)
    while k >= 0:
        out.append(k)
        k = find(word, k + 1)
    return out


@lru_cache(maxsize=1)
def _trigger_words() -> tuple[str, ...]:
    """The words whose places ``_index`` searches for, less those that open with another of
    them ("ccording to" with "ccording": such a word starts where the other does, so its
    places are among the other's already; each is a search of the whole text) and the
    promise words (read from ``_promise_words``)."""
    words = tuple(dict.fromkeys((*_WORDS, *_SPEECH_PARTICIPLES, *_phrase_tails())))
    return tuple(
        w for w in words if w not in _PROMISE_WORDS and not any(w != v and w.startswith(v) for v in words)
    )


@per_document
def _index(text: str) -> tuple[list[int], list[int], list[int]]:
    """Where a trigger starts in ``text`` (sorted); then the places of the words that only
    two by two let a rule search: "that" (with an "ing", looked for in the sentence: a
    list of every "ing" of a text cost more than the sentences' own searches) and a
    quotation mark (the naming verbs, asked for beside a mark only: :func:`_naming`)."""
    # (the promise rule's index of "vow", "promise" and "pledge" holds their places: read
    # from there, which that rule reads later, rather than searched for twice)
    starts = [*_text_cues(text)[0], *_promise_words(text)[0]]
    for word in _trigger_words():
        starts += _places(text, word)
    for word in FIND_WORDS:  # ``finding_statement``'s verb, a whole word ("found", not "founder")
        starts += word_starts(text, word)
    starts.sort()
    marks = _char_positions(text, QUOTE_CHARS)
    return starts, _places(text, "that"), marks


@per_document
def _naming(text: str) -> list[int]:
    """Where a naming verb's stem starts in ``text`` (sorted): read only when a sentence the
    other words let by holds a quotation mark (in fewer than half of the dev texts; six
    searches of the whole text otherwise)."""
    return sorted(k for stem in _NAMING_STEMS for k in _places(text, stem))


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
    starts, thats, marks = _index(text)
    i = bisect_left(starts, a)
    if i < len(starts) and starts[i] < b:
        return True
    if text.startswith(("In", "From"), a, b) and any(text.find(w, a, b) >= 0 for w in _VIEW_NOUNS):
        return True
    # an "ing" that starts before b (it may run past it, as the index of places read it)
    return (
        (_any_within(thats, a, b) and text.find("ing", a, b + 2) >= 0)
        # ``view_statement``: "was of the view that", "took the view that"
        or (_any_within(thats, a, b) and (text.find(" view", a, b) >= 0 or text.find(" opinion", a, b) >= 0))
        or (_any_within(marks, a, b) and _any_within(_naming(text), a, b))
        or _any_within(noun_that_places(text), a, b)
    )
