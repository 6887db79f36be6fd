"""A relative clause after a name and a place ('Tom Reed of Leeds, who called ...'): the
pronoun is the person's, not the place's or the body's after the preposition."""

from __future__ import annotations

import re

from ._mentions import Mention, parse_speaker
from ._names import speaker_words

__all__ = ["after_preposition", "person_before_preposition"]

#: a name, then the preposition before a single capitalised word ('Tom Reed of Leeds, who')
_NAME_BEFORE_PREPOSITION_RE = re.compile(
    r"(?<![\w.'\u2019-])((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)\s+(?:from|of|in|on|at|with|for)\s+$"
)
#: a preposition right before a word
_AFTER_PREPOSITION_RE = re.compile(r"\b(?:by|from|of|in|on|at|with|for|to|about)\s+$")


def after_preposition(text: str, a: int, k: int) -> bool:
    """A preposition ends right before ``k`` ('of Leeds', 'for Nakamura')."""
    return _AFTER_PREPOSITION_RE.search(text, max(a, k - 6), k) is not None


def person_before_preposition(text: str, a: int, k: int) -> Mention | None:
    """The name of a person right before the preposition that ends at ``k`` ('Ann Lee of
    Boston'), or None."""
    m = _NAME_BEFORE_PREPOSITION_RE.search(text, max(a, k - 60), k)
    if m is None:
        return None
    mention = parse_speaker(m.group(1), m.start(1))
    given = speaker_words()["given_names"]
    if mention is None or mention.kind != "name" or not any(w.lower() in given for w in mention.text.split()):
        return None
    return mention
