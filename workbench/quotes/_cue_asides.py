"""A phrase between commas after the subject and before the reporting cue, read as an aside
whose nouns are no speaker: a participle's ("Lund, contradicting Berg, said"), a question
put to the subject ("The firm, asked about the losses under Mr. Brown, said"), a passive
participle's agent ("The nurses, led by Ann Roe, said"), an alias ("Roe, known to fans as
"Big Annie", said") or a subordinate participle ("Cole, after arguing with Reed, said")."""

from __future__ import annotations

import re

#: ("acting political director", "managing editor": a title's modifier, before an adjective
#: or a noun, is no participle's phrase)
ASIDE_PARTICIPLE_RE = re.compile(
    r"\s*(?:[a-z]+ly\s+)?(?!(?:including|according)\s)[a-z]{3,}ing\s+"
    r"(?:the|a|an|his|her|their|its|that|this|these|those|what|how|to|at|on|in|for|with|[A-Z])"
)
#: a question put to the subject: its object is the matter asked about, not who answers;
#: a passive participle's agent ("Scientists, led by Prof. Petrov, said": the group speaks)
_ASKED_ASIDE_RE = re.compile(
    r"\s*(?:[a-z]+ly\s+)?(?:(?:asked|pressed|questioned|quizzed)\s+(?:about|on|over|whether|if|why|how|what|by)"
    r"|(?:led|joined|accompanied|flanked|backed|surrounded|followed)\s+by"
    # an alias ('Ann Roe, popularly known as "Big Annie", said': the name it gives is hers)
    r"|known\s+(?:[\w'\u2019]+\s+){0,4}?as)\s"
)
#: a subordinator opening the aside right after the subject's comma ("Cole, after arguing")
_SUBORDINATE_OPEN_RE = re.compile(r",\s+(?:after|before|while|since|when)\s+$")


def aside_open(pre: str, cut: int, seg: str) -> int | None:
    """Where the aside ``seg`` (``pre[cut:]``, closed by a comma) opens in ``pre``: just past
    the subject's comma; None when ``seg`` is no aside of these shapes."""
    if not cut or not seg.rstrip().rstrip('"\u201d').endswith(","):
        return None  # (the comma may close quoted words: 'Lund, calling it "a farce," said')
    if pre[:cut].rstrip().endswith(","):
        return cut if ASIDE_PARTICIPLE_RE.match(seg) or _ASKED_ASIDE_RE.match(seg) else None
    sub = _SUBORDINATE_OPEN_RE.search(pre, 0, cut)
    if sub is not None and ASIDE_PARTICIPLE_RE.match(seg):
        return sub.start() + 1
    return None
