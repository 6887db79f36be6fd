"""What stands last before a cue besides the speaker: a group named with a list ("the envoys
of A, B, and C"), an aside on why a source goes unnamed or who leads a group, an outlet spoken
to. Where each starts, so that the speaker phrase is read without it."""

from __future__ import annotations

import re

from ._coordinated import trailing_list

__all__ = ["aside_start", "is_channel_aside", "trailing_list"]

#: an aside that says why a source goes unnamed or who leads a group, closed by the comma
#: before the cue (", speaking on condition of anonymity,", ", who asked not to be named,",
#: ", led by Ann Roe,")
_UNNAMING_ASIDE_RE = re.compile(
    r",\s+(?:(?:speaking|talking)\s+on\s+(?:the\s+)?condition\s+(?:of|that)\s|who\s+(?:spoke|asked|requested|declined)"
    r"\s+(?:on\s+condition|not\s+to\s+be|anonymity)|led\s+by\s)[^,;:]*,\s*$"
)
#: where the words were said, set off after the speaker, its commas often left out in
#: translated copy ('Ivan Orlov, in an interview with "Vesti", said', 'Ivan Orlov, in a
#: comment to Gazeta.Ru pointed out', 'Ivan Orlov in a comment to "Vedomosti" said'): the
#: outlet spoken to is no part of the speaker
_CHANNEL_ASIDE_RE = re.compile(
    r",?\s+in\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:interview|conversation|comment|commentary"
    r"|statement|talk|remarks|letter|post|message|address|speech|briefing|op-ed|column|article)s?\s+"
    r"(?:with|to|for|on|at)\s+[^,;:]{1,80},?\s*$"
)


def aside_start(pre: str) -> int | None:
    """Where an aside that ends ``pre`` (the words before a cue) starts, after some words of
    the speaker's; else None."""
    aside = _UNNAMING_ASIDE_RE.search(pre) if pre.endswith(",") else None
    if aside is None and " in " in pre:
        aside = _CHANNEL_ASIDE_RE.search(pre)
    return aside.start() if aside is not None and aside.start() > 0 else None


def is_channel_aside(s: str) -> bool:
    """``s`` (from a comma to a cue) is where the words were said, no clause's subject
    ("Ivan Orlov, in a comment to Gazeta.Ru pointed out that": one clause, not two)."""
    return _CHANNEL_ASIDE_RE.match(s) is not None
