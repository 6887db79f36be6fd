"""What the text shows of a capitalised word being a body's name, read once a text: written
where no sentence opens ("A Tarvo spokeswoman said"), or right after a body's noun ("he told
the newspaper Bergens Posten.")."""

from __future__ import annotations

import re
from functools import lru_cache

from ._names import speaker_words
from ._roles import body_start
from ._source_type import document_words

__all__ = ["after_body_noun", "named_inside"]

#: a capitalised word written where no sentence opens: after a lower-case word or a comma,
#: or as a modifier after an article ("said Toyota", "A Toyota spokeswoman")
_NAMED_INSIDE_RE = re.compile(r"(?:[a-z,]|\b(?:A|An|The))[^\S\n]+([A-Z][\w'\u2019-]*)")


@lru_cache(maxsize=4)
def named_inside(text: str) -> frozenset[str]:
    """The capitalised words ``text`` writes somewhere no sentence opens (one scan a text)."""
    # (from the body's start: a headline's title case writes common words so too)
    return frozenset(m.group(1) for m in _NAMED_INSIDE_RE.finditer(text, body_start(text)))


#: a determiner, up to two modifiers and a lower-case noun right before a name ("the
#: newspaper Bergens Posten", "the budget airline Skyvane")
_NOUN_BEFORE_NAME_RE = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]*)\s+$")


def after_body_noun(text: str, k: int, end: int) -> bool:
    """A body's noun ("newspaper", "broadcaster", "airline") and its determiner stand right
    before the name at ``k``..``end``, which a clause's punctuation closes: the name is that
    body's, no person's (not "the campaign Ayotte hoped to run": a relative clause's subject)."""
    if text[end : end + 1] not in (".", ",", ";", ":", "!", "?", ")", ""):
        return False
    found = _NOUN_BEFORE_NAME_RE.search(text, max(0, k - 40), k)
    if found is None:
        return False
    noun = found.group(1)
    return (noun in speaker_words()["orgs"] or noun.endswith("maker")) and noun not in document_words()
