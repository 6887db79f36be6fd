"""A quoted manner adverbial after a speech act and its noun object ('The ministry condemned
the attack "in the strongest terms"', 'denied the claims "categorically"', 'welcomed the
decision "with open arms"'): the act is narration (a speech act with only a noun object,
GUIDELINES.md), and the quoted words say how it was done, not what was said."""

from __future__ import annotations

import re

from ._clauses import has_verb
from ._cues import reporting_verb_forms

__all__ = ["manner_quote"]

#: the quoted words: one adverb in "-ly", or a short phrase opened by "in", "with" or "without"
_MANNER_RE = re.compile(
    r"[a-z]+ly|(?:in|with|without)\s+(?:[\w'\u2019-]+\s+){0,5}[\w'\u2019-]+",
)
#: the words before the opening mark: an inflected verb, then its noun object (a determiner
#: or a possessive, up to five words, no clause)
_VERB_OBJECT_RE = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?:the|a|an|this|that|these|those|his|her|its|their|our|any|all)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+\s*$"
)


#: speech acts that take a noun object and are no reporting verbs of the cue list
_ACTS = frozenset(
    """condemned condemns condemn denounced denounces rejected rejects welcomed welcomes
    dismissed dismisses criticised criticises criticized criticizes slammed slams praised
    praises hailed hails opposed opposes backed backs supported supports endorsed endorses
    deplored deplores""".split()
)


def manner_quote(text: str, sp, sentence_start: int) -> bool:
    """Whether the quotation ``sp`` is a manner adverbial after a speech act's noun object."""
    if sp.open_mark is None or sp.close_mark is None:
        return False
    words = text[sp.start : sp.end].strip().rstrip(".,!?;:").strip()
    if not _MANNER_RE.fullmatch(words) or has_verb(words):
        return False
    m = _VERB_OBJECT_RE.search(text, sentence_start, sp.open_mark)
    if m is None or m.group("verb") not in _ACTS and m.group("verb") not in reporting_verb_forms():
        return False
    obj = text[m.end("verb") : sp.open_mark]
    return " that " not in obj and not has_verb(obj)
