"""Whether the full stop after a single capital ends a sentence or an initial inside a name
("Ann B. Cole", "George H. W. Bush", "Nurse K. Adams" against "Zone C. The mayor", "Plan B.
Officials", "World War I. His son")."""

from __future__ import annotations

import re

from ._names import openers, speaker_words

__all__ = ["inside_name"]

#: the word before a single capital ("Lee C."), and the capitalised word after its full stop
_WORD_BEFORE_INITIAL_RE = re.compile(r"(?<![\w.])([A-Z][a-z]+|[A-Z]\.) [A-Z]$")
_WORD_AFTER_INITIAL_RE = re.compile(r"\s([A-Z][a-z]+)\b")
#: another initial right after the full stop ("H. W. Bush", "E. B. White")
_NEXT_INITIAL_RE = re.compile(r"\s[A-Z]\.\s+[A-Z]")


def inside_name(text: str, stop: int) -> bool:
    """The full stop at ``stop`` after a single capital ends an initial inside a name, not a
    sentence: one initial of several ("H. W. Bush"), or one after a given name ("Ann B.
    Judge"), a title ("Nurse K. Adams") or a word that could be a name's, when the next word
    is no sentence opener or common noun ("Zone C. The mayor", "Plan B. Officials", "World
    War I. His son" end a sentence)."""
    if _NEXT_INITIAL_RE.match(text, stop + 1):
        return True
    before = _WORD_BEFORE_INITIAL_RE.search(text, max(0, stop - 30), stop)
    after = _WORD_AFTER_INITIAL_RE.match(text, stop + 1)
    if before is None or after is None:
        return False
    words = speaker_words()
    first, next_ = before.group(1).lower(), after.group(1).lower()
    if next_ in openers() or next_ in words["determiners"]:
        return False
    if first.endswith(".") or first in words["given_names"] or first in words["titles"]:
        return True  # ("H. W. Bush", "Ann B. Judge", "Captain J. Miller")
    if first in words["heads"] and next_ not in words["heads"] and next_ not in words["orgs"]:
        return True  # ("Nurse K. Adams")
    return not any(w in words["heads"] or w in words["orgs"] for w in (first, next_))
