"""An aside naming members of the subject, or someone it is likened to, between the subject
and the cue ("Several growers, including Per Lund, said"; "The union, among them its chair
Ann Cole, said"; "The mayor, like her predecessor, said"): the subject speaks, not the
member named (``members_aside``, ``speaks_past_aside``)."""

from __future__ import annotations

import re

from ._mentions import Mention

#: the words that open such an aside
_OPENING = r"(?:including|among\s+(?:them|whom)|notably|like|such\s+as)\s+"

#: the aside, after a comma, closed by the comma before the cue; a list of members may hold
#: commas of its own ("including Per Lund, Ola Berg and Kim Ng,") and a member a relative
#: clause ("including Per Lund, who runs the co-op,")
_ASIDE_RE = re.compile(r",\s+" + _OPENING + r"[^,;:]+(?:,\s+[^,;:]+){0,4},\s*$")

#: an appositive after the speaker that opens the same way ('said local growers, including Per Lund')
MEMBERS_APPOSITIVE_RE = re.compile(r"\s*" + _OPENING)

#: a clause between a phrase and the aside: the aside names members of that clause's object
#: ("The board, which met several growers, including ..., said": not the growers)
_CLAUSE_BEFORE_RE = re.compile(r",\s+(?:who|whom|whose|which|that|when|while|after|as)\s", re.I)

#: a relative clause after the subject, up to the aside, which names the members of its object
_RELATIVE_AFTER_RE = re.compile(r",\s+(?:who|whose|which)\s[^,;:]*")


def members_aside(pre: str) -> int | None:
    """Where the aside that closes ``pre`` (the words before a cue) starts (its comma), or None."""
    if "," not in pre or not re.search(_OPENING, pre):
        return None  # (the common case, without the pattern's search)
    found = _ASIDE_RE.search(pre)
    return found.start() if found is not None else None


def speaks_past_aside(text: str, head: Mention | None, a: int, k: int) -> bool:
    """The phrase ``head`` read from ``text[a:k]`` (the words before the aside at ``k``) is
    the subject the aside belongs to: it ends right before the aside and no clause stands
    between them."""
    if head is None or head.start is None or head.end is None or head.kind == "continuation":
        return False
    between = text[head.end : k]
    if head.kind != "pronoun" and _RELATIVE_AFTER_RE.fullmatch(between):
        return True  # "Ann Cole, who has sat on several boards, including ..., said": hers
    if between.strip(" ,"):
        return False  # a phrase inside the words before, not their last
    return _CLAUSE_BEFORE_RE.search(text, a, head.start) is None
