"""A spaced dash that hands a quotation over as a colon does: "She tweeted a single word \u2014
"Grateful" \u2014 after the album topped the charts" (feature and celebrity copy), after a verb
of sending words and its indefinite object only."""

from __future__ import annotations

import re

__all__ = ["dash_as_colon"]

#: a verb of sending words, an indefinite object of up to four words (what was sent: "a single
#: word", "a short message"; not a clause's subject, 'said the signing \u2014 "..." \u2014 would',
#: nor a thing named, 'called a referendum \u2014 "No to X" \u2014') and a spaced dash ending the
#: head (the cue list is read below)
_CUE_OBJECT_DASH_RE = re.compile(
    r"\b(?:tweet|post|text|messag|email|e-mail|wrot|writ|repli|respond|answer|caption)[a-z]*\s+(?:a|an|one)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}[\u2014\u2013]$"
)


def dash_as_colon(stripped: str) -> str:
    """``stripped`` (the words before an opening mark, right-stripped) with a closing dash
    after a verb of sending and its object read as a colon; same length, so offsets hold."""
    if stripped.endswith(("\u2014", "\u2013")) and _CUE_OBJECT_DASH_RE.search(stripped):
        return stripped[:-1] + ":"
    return stripped
