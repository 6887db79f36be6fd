"""Whether the words before a cue's speaker leave it opening a clause (``open_lead``), and a
subject pronoun after a time ("Although in March she said")."""

from __future__ import annotations

import re

from ._clauses import is_lead
from ._cue_speakers import speaker_before
from ._lead_shapes import CLEFT_OPENING, TIME_ENDS, occasion_lead, time_opener, without_time
from ._mentions import Mention
from ._narration import DATELINE_RE


def open_lead(lead: str) -> bool:
    """Whether the words of a sentence before a cue's speaker leave the speaker opening a
    clause: none, a connective ("But"), a dateline, a comma or colon ("...: 47% say"), a dash
    ("... - he reported earning"), a coordinator ("..., but she said") or a subordinator
    ("... when she said") or a cleft's "It was ... that", also with a time between them and the speaker ("but late Friday
    he announced")."""
    if (
        not lead
        or lead.endswith((",", ":", ";", "\u2014", "\u2013", "--"))
        or DATELINE_RE.fullmatch(lead + " ")
        or is_lead(lead)
        or lead.endswith("that")
        and re.fullmatch(CLEFT_OPENING, lead) is not None
        or lead[:1] in "AIDFS("
        and occasion_lead(lead)
    ):
        return True
    for k in range(2):
        if re.search(r"[,;]\s+(?:and|but|yet|so)$", lead) or subordinator_end(lead):
            return True
        short = without_time(lead)
        if k or short == lead:
            return False
        lead = short
        if not lead or is_lead(lead) or time_opener(lead):
            return True  # ("On Friday she said", "(Last week they told": the time alone)
    return False


_PRONOUN_END_RE = re.compile(r"\s(?:he|she|they|I|we)$")


def pronoun_after_time(text: str, a: int, b: int) -> tuple[Mention | None, int]:
    """A subject pronoun just before the cue at ``b`` with a time before it ("Although in
    March she"), as :func:`speaker_before` reads the pronoun alone; (None, a) otherwise."""
    # (the last 40 characters hold the time's last word and the pronoun: no copy of the sentence)
    a0 = max(a, b - 40)
    pre = text[a0:b].rstrip()
    m = _PRONOUN_END_RE.search(pre, max(0, len(pre) - 5))
    if m is None or not pre[: m.start()].endswith(TIME_ENDS):
        return None, a
    k = a0 + m.start() + 1
    mention, start = speaker_before(text, k, b)
    return (mention, start) if mention is not None and mention.kind == "pronoun" else (None, a)


#: a subordinate clause opening before a speaker ("... when she said ...", "While X says A, B",
#: "Now that X has claimed ...")
_SUBORDINATOR_END_RE = re.compile(
    r"\b(?:[Ww]hen|[Ww]hile|[Aa]fter|[Bb]ecause|[Aa]s|[Aa]lthough|[Tt]hough|[Ss]ince|[Ww]hereas|until|[Nn]ow that)$"
)


def subordinator_end(lead: str) -> bool:
    """Whether ``lead`` ends with a subordinator (searched in its last 8 characters: "although")."""
    return _SUBORDINATOR_END_RE.search(lead, max(0, len(lead) - 8)) is not None
