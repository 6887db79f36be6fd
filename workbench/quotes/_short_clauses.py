"""A reported clause of two words: a bare subject and its past verb ("Uber said bookings
rose", "she said he lied"), which the three-word minimum of a statement would drop."""

from __future__ import annotations

import re

from ._names import speaker_words

#: a lower-case subject word and a verb, nothing else before the sentence's end
_TWO_WORDS_RE = re.compile(r"\s*(?:that\s+)?([a-z][a-z'\u2019-]*)\s+([a-z]+)[\s.!?]*$")
#: first words that open no subject ("said so yesterday", "said little changed" is a clause
#: but a rare one; "told reporters gathered" is an addressee)
_NO_SUBJECT = frozenset(
    "a an the this that these those so no not yes little much nothing something sorry goodbye hello "
    "again also only just then there here still later earlier today yesterday".split()
)


def two_word_clause(lemma: str, post: str) -> bool:
    """``post`` after a cue of ``lemma`` is a bare subject and its past-tense verb ("said
    revenue doubled", "said crossings fell"): a clause, short as it is. Not after "tell" or
    "ask", whose first word is whom they spoke to ("told reporters assembled")."""
    if lemma in ("tell", "ask"):
        return False
    m = _TWO_WORDS_RE.match(post)
    if m is None or m.group(1) in _NO_SUBJECT:
        return False
    verb = m.group(2)
    return verb in speaker_words()["past"] or (verb.endswith("ed") and len(verb) > 4)
