"""The possessor of a speech noun before a quotation speaks it: "over her remark that
"...", "Trump's claim that Obama "founded ISIS"", "Lund's response was: "..."" (PolNeAR
marks the possessor as the source)."""

from __future__ import annotations

import re

from ._mentions import Mention, parse_speaker

#: a possessor ("her", "Ann Reyes's"; its words end in no full stop but an initial's, so
#: that the last word of a sentence before is none of them), up to two words ("March", "Facebook") and a noun
#: naming something said, then what may stand between it and the quoted words: a short
#: phrase ("to his interns"), "that ..." or "was", a comma or colon
_POSSESSED_SPEECH_RE = re.compile(
    r"(?:\b([Hh]er|[Hh]is|[Tt]heir)|((?:[A-Z]\.\s+|[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w-]*)['\u2019]s)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:remarks?|comments?|claims?|assertions?|statements?|dictum|response|reply|quip|retort|"
    r"warnings?|words|tweets?|post|pledge|promises?|vow|declaration|admission|insistence|"
    r"argument|contention|suggestion|boast|message)"
    r"(?:\s+(?:to|about|on|for)\s+(?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]+)?"
    # (not across "as": 'her claim that she opposed the war as "a fairy tale"' is the narrator's
    # or another's name for it)
    r"(?:\s+(?:was|is|were)|\s+(?:that|of)\b(?:(?!\bas\b)[^\"\u201c\u201d.;!?]){0,80}?)?\s*[,:]?\s*$"
)
#: how far before the quoted words the possessor is looked for (characters)
_WINDOW = 200

_OPENING = frozenset(" \"'\u201c\u2018")
_LEAD_RE = re.compile(r"(?:From|In|On|At|After|Over|To|For)\s+")

_PRONOUNS = {"her": "she", "his": "he", "their": "they"}


def possessive_pronoun(word: str, k: int) -> Mention | None:
    """The speaker a possessive pronoun at ``k`` stands for ("her" -> she), written as the
    possessive; None for another word."""
    subject = _PRONOUNS.get(word.lower())
    pronoun = parse_speaker(subject, k) if subject is not None else None
    if pronoun is not None:
        pronoun.text, pronoun.end = word, k + len(word)  # as written, "her"
    return pronoun


def possessor_speaker(text: str, lo: int, start: int) -> Mention | None:
    """The possessor of the speech noun right before ``start`` (the quoted words or the
    clause holding them), reading no further back than ``lo``; None when there is none."""
    while start > lo and text[start - 1] in _OPENING:
        start -= 1  # the opening mark and the space before the quoted words
    m = _POSSESSED_SPEECH_RE.search(text, max(lo, start - _WINDOW), start)
    if m is None:
        return None
    if m.group(1):
        return possessive_pronoun(m.group(1), m.start(1))
    named = parse_speaker(m.group(2), m.start(2))
    lead = _LEAD_RE.match(m.group(2))
    if (named is None or named.kind not in ("name", "organisation")) and lead is not None:
        named = parse_speaker(m.group(2)[lead.end() :], m.start(2) + lead.end())  # "From Bush's post:"
    return named if named is not None and named.kind in ("name", "organisation") else None
