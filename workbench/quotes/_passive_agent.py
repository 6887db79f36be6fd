"""The by-agent of a passive right before a participle cue: "The bill was opposed by the
union, calling it ..." is the union's statement. The participle's doer is the one doing the
act the clause before it tells, the agent, not the passive's subject (the bill); when that
subject is a person ("Reed was sacked by the club, saying ..."), the participle stays hers."""

from __future__ import annotations

import re

from ._group_subjects import bare_plural_subject
from ._mentions import Mention, parse_speaker
from ._names import speaker_words

__all__ = ["passive_agent"]

#: a passive ("was backed", "were praised on Monday", "has been opposed") and its "by"
#: phrase ending the clause right before the participle (a comma or a dash between)
_AGENT_RE = re.compile(
    r"\b(?:was|were|is|are|been|being|be|got|gets)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|t)"
    r"(?:\s+(?!by\b)[\w'\u2019-]+){0,4}?\s+by\s+"
    r"(?P<agent>[^,;:()\"\u201c\u201d\u2014\u2013]{2,60}?)\s*(?P<sep>,|\s--?|\s[\u2014\u2013])?\s*$"
)
#: where the passive's subject starts: after the last comma, dash or semicolon before it
_SUBJECT_START_RE = re.compile(r".*[,;:\u2014\u2013]\s*", re.S)
#: the speakers a participle may have
_SPEAKER_KINDS = ("name", "descriptor", "organisation")
#: a passive is looked for this far before the participle
_WINDOW = 160


def _a_person(subject: str) -> bool:
    """The passive's subject is a person or people ("Reed", "she", "the coach"): the
    participle after the agent is theirs, as an active clause's would be."""
    m = parse_speaker(subject, 0, lenient=True)
    if m is None:
        return False
    if m.kind in ("name", "pronoun"):
        return m.kind == "name" or m.text.lower() in ("he", "she", "they", "i", "we")
    words = speaker_words()
    return m.kind == "descriptor" and (m.head in words["heads"] or m.head in words["person_nouns"])


def passive_agent(text: str, a: int, b: int) -> Mention | None:
    """The agent of a passive that ends ``text[a:b]`` right before the participle at ``b``
    ("The plan was backed by Ann Lee, calling"), when the passive's subject is no person:
    a name, description or organisation; else None."""
    m = _AGENT_RE.search(text, max(a, b - _WINDOW), b)
    if m is None or (m.group("sep") is None and not text.startswith(",", b)):
        return None
    cut = _SUBJECT_START_RE.match(text, a, m.start())
    if _a_person(text[cut.end() if cut is not None else a : m.start()].strip()):
        return None
    k = m.start("agent")
    agent = parse_speaker(m.group("agent"), k, lenient=True) or bare_plural_subject(m.group("agent"), k)
    return agent if agent is not None and agent.kind in _SPEAKER_KINDS else None
